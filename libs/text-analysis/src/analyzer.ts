import { type DocumentFeatures, type ListingText, analyzeDocument, indexWordsOf } from './document-analyzer';
import { type KeyTerm, extractKeyTerms } from './key-terms';
import { normalizeText, warmUpNormalizer } from './normalize';
import { type QueryOptions, type QueryPlan, analyzeQuery } from './query-analyzer';
import { type Segmenter, defaultSegmenter } from './segmenter';
import { type Thesaurus, defaultThesaurus } from './thesaurus';

/** The Chinese text analysis both engines share: one segmenter, one thesaurus. */
export class TextAnalyzer {
  constructor(
    private currentSegmenter: Segmenter = defaultSegmenter(),
    readonly thesaurus: Thesaurus = defaultThesaurus(),
  ) {}

  get segmenter(): Segmenter {
    return this.currentSegmenter;
  }

  /** Switches to a segmenter built for a changed vocabulary (see `applyVocabularyOverlay`). */
  useSegmenter(segmenter: Segmenter): void {
    this.currentSegmenter = segmenter;
  }

  normalize(text: string): string {
    return normalizeText(text);
  }

  document(doc: ListingText): DocumentFeatures {
    return analyzeDocument(doc, this.segmenter);
  }

  /** Word tokens of each text as the index's word fields see them (no pinyin or n-grams). */
  words(texts: readonly string[]): string[][] {
    return indexWordsOf(texts, this.segmenter);
  }

  query(text: string, options?: QueryOptions): QueryPlan {
    return analyzeQuery(text, this.segmenter, this.thesaurus, options);
  }

  keyTerms(text: string, limit = 10): KeyTerm[] {
    return extractKeyTerms(normalizeText(text), limit, this.segmenter, this.thesaurus);
  }

  /** Loads dictionaries and tables now rather than on the first request. */
  warmUp(): this {
    warmUpNormalizer();
    this.query('光伏組件 guangfu');
    return this;
  }
}

let shared: TextAnalyzer | undefined;

/** The process-wide analyzer: the default segmenter and thesaurus, which follow run-time vocabulary changes. */
export function defaultAnalyzer(): TextAnalyzer {
  shared ??= new TextAnalyzer();
  return shared;
}
