/** @app/matching/eval — matching quality over judged data, for apps/api/src/tools and specs. Never imported by the server. */
export { type MatchDataset, loadMatchDataset } from './dataset';
export { type MatchEvalOptions, type MatchEvalReport, type NeedEvalRow, evaluateMatching } from './match-eval';
export { type Grades, type RankingFigures, firstIsBest, ndcgAt, recallAt, summarize } from './metrics';
