import { defaultAnalyzer } from './analyzer';
import { type DocumentFeatures, type ListingText } from './document-analyzer';
import { type VocabularyOverlay, currentOverlay } from './vocabulary/active-vocabulary';
import { applyVocabularyOverlay } from './vocabulary/apply-vocabulary';

/** A batch for the worker, with the vocabulary the calling process analyses with (the alliance's groups included). */
export interface AnalysisBatch {
  readonly overlay: VocabularyOverlay;
  readonly docs: readonly ListingText[];
}

/**
 * Analyses documents with the default analyzer: the entry a worker thread calls while the embedded index is
 * rebuilt (segmentation, pinyin and n-grams are most of an index build's CPU).
 */
export function analyzeDocuments({ overlay, docs }: AnalysisBatch): DocumentFeatures[] {
  // A worker starts with the shipped files only: take on the caller's overlay first (once per change).
  if (JSON.stringify(overlay) !== JSON.stringify(currentOverlay())) applyVocabularyOverlay(overlay);
  const analyzer = defaultAnalyzer();
  return docs.map((doc) => analyzer.document(doc));
}

/** The module a worker thread loads to run `analyzeDocuments` (`.ts` under Jest, `.js` in the build). */
export const ANALYSIS_TASK_MODULE = `${__dirname}/analysis-task${__filename.endsWith('.ts') ? '.ts' : '.js'}`;
