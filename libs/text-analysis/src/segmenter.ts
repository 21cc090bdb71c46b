import { Jieba, TfIdf } from '@node-rs/jieba';
import { domainDictionaryLines } from './dictionary';
import { readJiebaDictionary, readJiebaIdf } from './jieba-files';

export interface KeywordWeight {
  term: string;
  weight: number;
}

/** What the analysis needs from a Chinese word segmenter; keeps jieba replaceable (e.g. by jieba-wasm). */
export interface Segmenter {
  /** Precise mode: each character belongs to one word. */
  cut(text: string): string[];
  /** Search mode: precise words plus the dictionary words inside long ones (光伏组件 → 光伏, 组件, 光伏组件). */
  cutForSearch(text: string): string[];
  /** TF-IDF keywords, best first. */
  extract(text: string, topK: number): KeywordWeight[];
}

/**
 * @node-rs/jieba with its default dictionary plus the domain dictionary (which must carry frequencies), as it is
 * when the instance is built; a vocabulary change builds a new instance.
 */
export class JiebaSegmenter implements Segmenter {
  private readonly jieba: Jieba;
  private tfIdf: TfIdf | undefined;

  constructor() {
    // withDict replaces the dictionary, so load the default one first, then add ours.
    this.jieba = Jieba.withDict(readJiebaDictionary());
    this.jieba.loadDict(Buffer.from(domainDictionaryLines().join('\n')));
  }

  /**
   * Whether the TF-IDF table is loaded. It is built on the first `extract` (long queries, matching): ~21 MB and
   * ~150 ms that searching with short queries never needs.
   */
  get keywordTableLoaded(): boolean {
    return this.tfIdf !== undefined;
  }

  cut(text: string): string[] {
    return this.jieba.cut(text, false);
  }

  cutForSearch(text: string): string[] {
    return this.jieba.cutForSearch(text, false);
  }

  extract(text: string, topK: number): KeywordWeight[] {
    this.tfIdf ??= TfIdf.withDict(readJiebaIdf());
    return this.tfIdf.extractKeywords(this.jieba, text, topK).map((k) => ({ term: k.keyword, weight: k.weight }));
  }
}

let shared: Segmenter | undefined;

/** The process-wide segmenter (loading jieba's dictionaries takes ~300 ms, so it is built once, lazily). */
export function defaultSegmenter(): Segmenter {
  shared ??= new JiebaSegmenter();
  return shared;
}

/**
 * For tests, an alternative implementation, or a vocabulary change (a new segmenter rather than a changed one: the
 * document analysis memoises per segmenter instance, and an index needs the old one to take old tokens out).
 */
export function setDefaultSegmenter(segmenter: Segmenter): void {
  shared = segmenter;
}
