import { type QueryPlan, type TextAnalyzer, currentOverlay } from '@app/text-analysis';

/** Distinct query texts whose analysis is kept. */
const MAX_PLANS = 500;
/** Longer texts (pasted documents) are analysed every time rather than kept. */
const MAX_TEXT = 1000;

/**
 * Query text → its analysis (`TextAnalyzer.query`), least recently used first out. Analysing a query is about a fifth
 * of a search's CPU (segmentation, thesaurus lookups, key terms of a long text) and people repeat queries. A plan
 * depends only on the text, the options and the analyzer's vocabulary (segmenter, thesaurus, overlay): any change of
 * those empties the cache before the next lookup. Plans are shared: callers must not change them.
 */
export class QueryPlanCache {
  private readonly plans = new Map<string, QueryPlan>();
  private stamp: readonly unknown[] = [];

  constructor(
    private readonly analyzer: TextAnalyzer,
    private readonly maxTerms: number,
  ) {}

  plan(text: string, keyTerms?: boolean): QueryPlan {
    if (text.length > MAX_TEXT) return this.analyze(text, keyTerms);
    const stamp = [this.analyzer.segmenter, this.analyzer.thesaurus, currentOverlay()];
    if (stamp.some((part, i) => part !== this.stamp[i])) {
      this.plans.clear();
      this.stamp = stamp;
    }
    const key = keyTerms ? `k ${text}` : `q ${text}`;
    const cached = this.plans.get(key);
    if (cached) {
      // Most recently used last.
      this.plans.delete(key);
      this.plans.set(key, cached);
      return cached;
    }
    const plan = this.analyze(text, keyTerms);
    this.plans.set(key, plan);
    if (this.plans.size > MAX_PLANS) this.plans.delete(this.plans.keys().next().value as string);
    return plan;
  }

  /** Forgets every plan (a vocabulary change). */
  clear(): void {
    this.plans.clear();
  }

  get size(): number {
    return this.plans.size;
  }

  private analyze(text: string, keyTerms?: boolean): QueryPlan {
    return this.analyzer.query(text, { maxTerms: this.maxTerms, keyTerms });
  }
}
