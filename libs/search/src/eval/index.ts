/** @app/search/eval — search quality (nDCG over judged data) and speed benches, for apps/api/src/tools and specs. */
export {
  type EvalAchievement,
  type EvalDataset,
  type EvalJudgment,
  type EvalNeed,
  type EvalOrganization,
  type EvalQuery,
  keyToUuid,
  toSearchDocuments,
} from './dataset';
export {
  type EvaluateOptions,
  type NeedEvalRow,
  type QueryEvalRow,
  type SearchEvalResult,
  evaluateSearch,
  loadEvalDataset,
} from './evaluate';
export { type Gain, type Grades, exponentialGain, linearGain, mean, ndcgAt } from './ndcg';
export {
  type LatencyStats,
  type SearchBenchOptions,
  type SearchBenchResult,
  benchSearchEngine,
  latencyStats,
} from './bench';
export { type BenchQuery, generateListings, generateQueries } from './bench-corpus';
