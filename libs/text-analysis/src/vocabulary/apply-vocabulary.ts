import { defaultAnalyzer } from '../analyzer';
import { domainDictionary, resetDomainDictionary } from '../dictionary';
import { resetPinyinLexicon } from '../pinyin-lexicon';
import { JiebaSegmenter, type Segmenter, defaultSegmenter, setDefaultSegmenter } from '../segmenter';
import { defaultThesaurus } from '../thesaurus';
import { type VocabularyOverlay, activeVocabularies, setOverlay } from './active-vocabulary';

export interface VocabularyChange {
  /** The segmenter documents were analysed with until now (an index needs it to take their old tokens out). */
  readonly previousSegmenter: Segmenter;
  /** Dictionary terms added or removed: only texts containing one of them are segmented differently now. */
  readonly changedTerms: readonly string[];
}

/**
 * Makes `overlay` the process's vocabulary: the shared thesaurus (query expansion in both engines and matching),
 * the domain dictionary, a new jieba segmenter with it (~300 ms) and the pinyin lexicon. Synchronous, so no request
 * sees half of it; the caller then lets the engines re-analyse the documents holding a changed term.
 */
export function applyVocabularyOverlay(overlay: VocabularyOverlay): VocabularyChange {
  const before = new Set(domainDictionary());
  const previousSegmenter = defaultSegmenter();
  setOverlay(overlay);
  resetDomainDictionary();
  const after = domainDictionary();
  const afterSet = new Set(after);
  const changedTerms = [...after.filter((t) => !before.has(t)), ...[...before].filter((t) => !afterSet.has(t))];
  defaultThesaurus().load(activeVocabularies());
  if (changedTerms.length > 0) {
    resetPinyinLexicon();
    const next = new JiebaSegmenter();
    setDefaultSegmenter(next);
    const analyzer = defaultAnalyzer();
    if (analyzer.segmenter === previousSegmenter) analyzer.useSegmenter(next);
  }
  return { previousSegmenter, changedTerms };
}
