import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmbeddedSearchEngine } from '../embedded/embedded-search-engine';
import type { SearchEngine } from '../search-engine';
import { type EvalDataset, type EvalNeed, toSearchDocuments } from './dataset';
import { mean, ndcgAt, round } from './ndcg';

export interface QueryEvalRow {
  query: string;
  kind: string;
  ndcg: number;
  /** Keys of the first results, best first. */
  top: string[];
}

export interface NeedEvalRow {
  need: string;
  ndcg: number;
  /** Share of the grade ≥ 2 achievements found in the first `candidates` results. */
  recall: number;
}

export interface SearchEvalResult {
  k: number;
  documents: number;
  queries: { count: number; overall: number; byKind: Record<string, number>; perQuery: QueryEvalRow[] };
  /**
   * Need text (title, keywords, description) → achievements, judged by `judgments.json`: how good the engine is
   * as the candidate generator of the matching service.
   */
  needs?: { count: number; ndcg: number; recall: number; candidates: number; perNeed: NeedEvalRow[] };
  timing: { indexMs: number; queryMeanMs: number };
}

export interface EvaluateOptions {
  /** Defaults to a fresh `EmbeddedSearchEngine`. */
  engine?: SearchEngine;
  k?: number;
  /** Candidate depth for the need→achievement recall (default 50). */
  candidates?: number;
}

/** Reads `organizations/achievements/needs/queries[/judgments].json` of a dataset directory. */
export function loadEvalDataset(dir: string): EvalDataset {
  const read = <T>(name: string, fallback?: T): T => {
    try {
      return JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;
    } catch (error) {
      if (fallback !== undefined) return fallback;
      throw new Error(`Cannot read ${join(dir, name)}: ${(error as Error).message}`);
    }
  };
  return {
    organizations: read('organizations.json'),
    achievements: read('achievements.json'),
    needs: read('needs.json'),
    queries: read('queries.json', []),
    judgments: read('judgments.json', []),
  };
}

function needText(need: EvalNeed): string {
  return `${need.title} ${need.keywords.join(' ')} ${need.description}`;
}

/**
 * Indexes a judged dataset in a search engine (the embedded one by default), runs every query across both kinds and
 * reports nDCG@k overall and per query kind; with judgments, also need→achievement retrieval quality.
 */
export async function evaluateSearch(dataset: EvalDataset, options: EvaluateOptions = {}): Promise<SearchEvalResult> {
  const k = options.k ?? 10;
  const depth = options.candidates ?? 50;
  const engine = options.engine ?? new EmbeddedSearchEngine();
  await engine.init();
  const documents = toSearchDocuments(dataset);
  const started = performance.now();
  await engine.reindex(documents);
  const indexMs = performance.now() - started;

  const perQuery: QueryEvalRow[] = [];
  let queryMs = 0;
  for (const q of dataset.queries) {
    const t = performance.now();
    const page = await engine.search({ text: q.query, limit: k });
    queryMs += performance.now() - t;
    const top = page.hits.map((h) => h.key);
    perQuery.push({
      query: q.query,
      kind: q.kind,
      ndcg: round(ndcgAt(top, new Map(Object.entries(q.relevant)), k)),
      top,
    });
  }
  const kinds = [...new Set(perQuery.map((r) => r.kind))];
  const byKind = Object.fromEntries(
    kinds.map((kind) => [kind, round(mean(perQuery.filter((r) => r.kind === kind).map((r) => r.ndcg)))]),
  );

  let needs: SearchEvalResult['needs'];
  const judgments = dataset.judgments ?? [];
  if (judgments.length) {
    const perNeed: NeedEvalRow[] = [];
    for (const need of dataset.needs) {
      const grades: Record<string, number> = {};
      for (const j of judgments) if (j.needKey === need.key) grades[j.achievementKey] = j.grade;
      if (!Object.values(grades).some((g) => g > 0)) continue;
      const t = performance.now();
      const page = await engine.search({ text: needText(need), kinds: ['ACHIEVEMENT'], limit: depth });
      queryMs += performance.now() - t;
      const keys = page.hits.map((h) => h.key);
      const wanted = Object.keys(grades).filter((key) => grades[key] >= 2);
      const found = wanted.filter((key) => keys.includes(key)).length;
      perNeed.push({
        need: need.key,
        ndcg: round(ndcgAt(keys, new Map(Object.entries(grades)), k)),
        recall: round(wanted.length ? found / wanted.length : 1),
      });
    }
    needs = {
      count: perNeed.length,
      ndcg: round(mean(perNeed.map((r) => r.ndcg))),
      recall: round(mean(perNeed.map((r) => r.recall))),
      candidates: depth,
      perNeed,
    };
  }

  const searches = perQuery.length + (needs?.count ?? 0);
  return {
    k,
    documents: documents.length,
    queries: { count: perQuery.length, overall: round(mean(perQuery.map((r) => r.ndcg))), byKind, perQuery },
    needs,
    timing: { indexMs: round(indexMs, 1), queryMeanMs: round(searches ? queryMs / searches : 0, 3) },
  };
}
