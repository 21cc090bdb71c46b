import { defaultAnalyzer } from './analyzer';
import { type DocumentFeatures, type ListingText } from './document-analyzer';

/**
 * Analyses documents with the default analyzer: the entry a worker thread calls while the embedded index is
 * rebuilt (segmentation, pinyin and n-grams are most of an index build's CPU).
 */
export function analyzeDocuments(docs: readonly ListingText[]): DocumentFeatures[] {
  const analyzer = defaultAnalyzer();
  return docs.map((doc) => analyzer.document(doc));
}

/** The module a worker thread loads to run `analyzeDocuments` (`.ts` under Jest, `.js` in the build). */
export const ANALYSIS_TASK_MODULE = `${__dirname}/analysis-task${__filename.endsWith('.ts') ? '.ts' : '.js'}`;
