import { type QueryConcept, type QueryPlan, bm25Idf, bm25Saturate } from '@app/text-analysis';
import type { DocTable } from './doc-table';
import { Accumulator, type Bm25Params, FieldIndex, MAX_TF } from './postings';

export const FIELD_NAMES = ['title', 'keywords', 'summary', 'org', 'chars', 'grams', 'pinyin', 'initials'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];
export const WORD_FIELDS: readonly FieldName[] = ['title', 'keywords', 'summary', 'org'];

export interface ScoringOptions {
  /** Per-field multipliers inside the word channel (title > keywords > summary > org). */
  boosts: Record<FieldName, number>;
  /** Per-field BM25; the word fields use only `b` here (their frequencies are saturated together, see `wordsK1`). */
  bm25: Record<FieldName, Bm25Params>;
  /**
   * Channel weights: words (with thesaurus), character grams, pinyin from Chinese characters, pinyin the user typed,
   * initials. The final score is the weighted mean over the channels the query can use, so a pinyin query is judged
   * on pinyin alone and a Chinese query mostly on words.
   */
  channels: { words: number; grams: number; pinyin: number; pinyinTyped: number; initials: number };
  /**
   * Grams and pinyin-from-characters are fallbacks: when every query word was understood (no typo debris, no
   * unknown word) their weights are scaled by this, so 太阳能电池片 does not pull in 储能电池 through 能电.
   */
  cleanFuzzyScale: number;
  /** DisMax tie-breaker: how much a concept's other matching alternatives add to its best one. */
  tieBreaker: number;
  /** BM25F saturation of the word channel (higher keeps field boosts apart longer). */
  wordsK1: number;
  /**
   * In a long (pasted) query, words found in more than this share of the documents are skipped: their idf is
   * near zero, so they barely move the ranking, yet walking their postings was most of a query's cost (产线 in most
   * listings of a manufacturing catalog).
   */
  longQueryMaxDocShare: number;
}

/** Below this many documents a word is never too common to walk: a small catalog's postings are cheap. */
const MIN_COMMON_DF = 1000;

export const DEFAULT_SCORING: ScoringOptions = {
  boosts: { title: 3, keywords: 2.5, summary: 1, org: 0.6, chars: 1, grams: 1, pinyin: 1, initials: 1 },
  bm25: {
    title: { k1: 1.2, b: 0.5 },
    keywords: { k1: 1.2, b: 0.3 },
    summary: { k1: 1.2, b: 0.75 },
    org: { k1: 1.2, b: 0.5 },
    chars: { k1: 1.2, b: 0.3 },
    grams: { k1: 1.2, b: 0.5 },
    pinyin: { k1: 1.2, b: 0.5 },
    initials: { k1: 1.2, b: 0.3 },
  },
  channels: { words: 0.6, grams: 0.2, pinyin: 0.35, pinyinTyped: 1, initials: 0.5 },
  cleanFuzzyScale: 0.3,
  longQueryMaxDocShare: 0.2,
  tieBreaker: 0.1,
  wordsK1: 2,
};

export type Fields = Record<FieldName, FieldIndex>;

export function createFields(options: ScoringOptions): Fields {
  const entries = FIELD_NAMES.map((name) => [name, new FieldIndex(options.bm25[name])] as const);
  return Object.fromEntries(entries) as Fields;
}

/**
 * Runs a query plan over the field indexes. `result` holds per-slot scores: about 1 for a listing that matches
 * every query concept in its title, above 1 when it matches in several fields (kept for ranking; callers clip).
 */
export class Scorer {
  private readonly alt = new Accumulator(1024);
  private readonly best = new Accumulator(1024);
  private readonly sum = new Accumulator(1024);
  private readonly channel = new Accumulator(1024);
  readonly result = new Accumulator(1024);

  constructor(
    private readonly fields: Fields,
    private readonly table: DocTable,
    private readonly options: ScoringOptions,
  ) {}

  /**
   * Scores the documents for `plan`. `searched` is the query's filter: a word only documents outside it contain
   * (a plant's words in other needs, when achievements are searched) counts as unknown, not as a word every hit
   * failed to match.
   */
  score(plan: QueryPlan, searched?: (slot: number) => boolean): Accumulator {
    for (const acc of [this.alt, this.best, this.sum, this.channel, this.result]) {
      acc.ensure(this.table.size);
      acc.reset();
    }
    const w = this.options.channels;
    let active = 0;
    const fold = (weight: number, ideal: number, coverage = 1): void => {
      if (ideal <= 0 || weight <= 0) return this.channel.reset();
      active += weight;
      const { values, touched, count } = this.channel;
      const result = this.result;
      const scores = result.values;
      const slots = result.touched;
      let n = result.count;
      for (let i = 0; i < count; i++) {
        const slot = touched[i];
        if (scores[slot] === 0) slots[n++] = slot;
        scores[slot] += weight * coverage * Math.min(values[slot] / ideal, 1.5);
      }
      result.count = n;
      this.channel.reset();
    };
    const maxDf = plan.long
      ? Math.max(MIN_COMMON_DF, this.options.longQueryMaxDocShare * this.table.liveCount)
      : Infinity;
    const words = this.words(plan.concepts, maxDf, searched);
    if (plan.long) {
      // Words are the only channel (a long plan has no fuzzy ones): the same fold and division, in place.
      if (words.ideal <= 0 || w.words <= 0) {
        this.channel.reset();
        return this.result;
      }
      const { values, touched, count } = this.channel;
      const weight = w.words;
      const coverage = words.coverage;
      for (let i = 0; i < count; i++)
        values[touched[i]] = (weight * coverage * Math.min(values[touched[i]] / words.ideal, 1.5)) / weight;
      return this.channel;
    }
    fold(w.words, words.ideal, words.coverage);
    const fuzzy = plan.fuzzy || words.coverage < 1 ? 1 : this.options.cleanFuzzyScale;
    fold(w.grams * fuzzy, this.bag('grams', plan.grams));
    const typed = plan.pinyinTyped && words.ideal === 0;
    fold(
      typed ? w.pinyinTyped : plan.pinyinTyped ? w.pinyinTyped / 2 : w.pinyin * fuzzy,
      this.bag('pinyin', plan.pinyin),
    );
    // Initials only for Latin tokens that are not words of the corpus (gfbl yes, bms no).
    const initials = plan.initials.filter((t) => !WORD_FIELDS.some((f) => (this.fields[f].terms.get(t)?.df ?? 0) > 0));
    fold(w.initials, this.bag('initials', initials));
    const { values, touched, count } = this.result;
    for (let i = 0; i < count; i++) values[touched[i]] /= active;
    return this.result;
  }

  private idf(df: number): number {
    return bm25Idf(df, this.table.liveCount);
  }

  /** Adds weight × BM25 of `term` in `field` to `acc`; returns the field's best possible contribution. */
  private scan(field: FieldName, term: string, weight: number, acc: Accumulator): number {
    const index = this.fields[field];
    const posting = index.terms.get(term);
    if (!posting || posting.df <= 0) return 0;
    const { k1, b } = index.params;
    const factor = weight * this.options.boosts[field] * this.idf(posting.df);
    const avg = index.totalLength / Math.max(1, this.table.liveCount) || 1;
    const alive = this.table.alive;
    const lengths = index.lengths;
    const entries = posting.entries;
    const { values, touched } = acc;
    let count = acc.count;
    // factor × bm25Saturate(tf, k1, bm25LengthNorm(k1, b, length, avg)), written out: the same arithmetic, without
    // two calls per entry through the package's re-export getters.
    const k1p1 = k1 + 1;
    for (let i = 0; i < entries.length; i++) {
      const slot = entries[i] >> 4;
      if (!alive[slot]) continue;
      const tf = entries[i] & MAX_TF;
      if (values[slot] === 0) touched[count++] = slot;
      values[slot] += factor * ((tf * k1p1) / (tf + k1 * (1 - b + (b * lengths[slot]) / avg)));
    }
    acc.count = count;
    return factor;
  }

  /** Adds boost × length-normalised tf of `term` in `field` (the BM25F pseudo-frequency); returns its df. */
  private pseudoFrequency(field: FieldName, term: string, acc: Accumulator): number {
    const index = this.fields[field];
    const posting = index.terms.get(term);
    if (!posting || posting.df <= 0) return 0;
    const { b } = index.params;
    const boost = this.options.boosts[field];
    const avg = index.totalLength / Math.max(1, this.table.liveCount) || 1;
    const alive = this.table.alive;
    const lengths = index.lengths;
    const entries = posting.entries;
    const { values, touched } = acc;
    let count = acc.count;
    // (boost × tf) / bm25LengthNorm(1, b, length, avg), written out (see scan).
    for (let i = 0; i < entries.length; i++) {
      const slot = entries[i] >> 4;
      if (!alive[slot]) continue;
      if (values[slot] === 0) touched[count++] = slot;
      values[slot] += (boost * (entries[i] & MAX_TF)) / (1 * (1 - b + (b * lengths[slot]) / avg));
    }
    acc.count = count;
    return posting.df;
  }

  /**
   * Word channel, BM25F: an alternative's frequencies in title, keywords, summary and org are weighted and summed
   * before one saturation, so a common word found in every field cannot outweigh a rare one found once. Per concept
   * the best alternative counts (DisMax); concepts add up; the ideal is every concept once in a title.
   */
  private words(
    concepts: readonly QueryConcept[],
    maxDf: number,
    searched?: (slot: number) => boolean,
  ): { ideal: number; coverage: number } {
    let ideal = 0;
    let known = 0;
    let unknown = 0;
    const { tieBreaker: tie, wordsK1: k1, boosts } = this.options;
    const saturate = (tf: number): number => bm25Saturate(tf, k1, k1);
    const k1p1 = k1 + 1;
    for (const concept of concepts) {
      let conceptIdeal = 0;
      // A concept found through one alternative only: its DisMax score is that alternative's, written directly.
      const single = this.foundAlternatives(concept, maxDf) === 1;
      for (const alt of concept.alternatives) {
        const fields = alt.field === 'chars' ? (['chars'] as const) : WORD_FIELDS;
        if (this.tooCommon(alt.term, fields, maxDf)) continue;
        let df = 0;
        for (const field of fields) df = Math.max(df, this.pseudoFrequency(field, alt.term, this.alt));
        if (df === 0) continue;
        if (searched && !this.anyTouched(this.alt, searched)) {
          this.alt.reset();
          continue;
        }
        const factor = alt.weight * this.idf(df);
        conceptIdeal = Math.max(conceptIdeal, factor * saturate(alt.field === 'chars' ? boosts.chars : boosts.title));
        // saturate(x) and disMax written out below: the same arithmetic, without calls per slot through the package's
        // re-export getters, and with the accumulators' arrays held in locals.
        const { values, touched, count } = this.alt;
        const weight = concept.weight;
        if (single) {
          const channel = this.channel;
          const sums = channel.values;
          const slots = channel.touched;
          let n = channel.count;
          for (let i = 0; i < count; i++) {
            const slot = touched[i];
            const x = values[slot];
            const v = factor * ((x * k1p1) / (x + k1));
            // best = sum = v, as in the general case below.
            if (sums[slot] === 0) slots[n++] = slot;
            sums[slot] += weight * (v + tie * (v - v));
          }
          channel.count = n;
          this.alt.reset();
          continue;
        }
        const sum = this.sum;
        const best = this.best;
        const sums = sum.values;
        const bests = best.values;
        for (let i = 0; i < count; i++) {
          const slot = touched[i];
          const x = values[slot];
          const v = factor * ((x * k1p1) / (x + k1));
          if (sums[slot] === 0) sum.touched[sum.count++] = slot;
          sums[slot] += v;
          if (v > bests[slot]) {
            if (bests[slot] === 0) best.touched[best.count++] = slot;
            bests[slot] = v;
          }
        }
        this.alt.reset();
      }
      if (conceptIdeal === 0) {
        if (!concept.optional) unknown += concept.weight;
        continue;
      }
      if (!concept.optional) {
        ideal += concept.weight * conceptIdeal;
        known += concept.weight;
      }
      const { values, touched, count } = this.best;
      const sums = this.sum.values;
      const channel = this.channel;
      const scores = channel.values;
      const slots = channel.touched;
      let n = channel.count;
      for (let i = 0; i < count; i++) {
        const slot = touched[i];
        const best = values[slot];
        if (scores[slot] === 0) slots[n++] = slot;
        scores[slot] += concept.weight * (best + tie * (sums[slot] - best));
      }
      channel.count = n;
      this.best.reset();
      this.sum.reset();
    }
    return { ideal, coverage: known + unknown > 0 ? known / (known + unknown) : 0 };
  }

  /** How many of a concept's alternatives occur in the fields they are looked up in (and are not too common). */
  private foundAlternatives(concept: QueryConcept, maxDf: number): number {
    let found = 0;
    for (const alt of concept.alternatives) {
      const fields = alt.field === 'chars' ? (['chars'] as const) : WORD_FIELDS;
      if (
        fields.some((field) => (this.fields[field].terms.get(alt.term)?.df ?? 0) > 0) &&
        !this.tooCommon(alt.term, fields, maxDf)
      )
        found++;
    }
    return found;
  }

  /** Whether any document `acc` touched passes `test` (usually the first one does). */
  private anyTouched(acc: Accumulator, test: (slot: number) => boolean): boolean {
    for (let i = 0; i < acc.count; i++) if (test(acc.touched[i])) return true;
    return false;
  }

  private tooCommon(term: string, fields: readonly FieldName[], maxDf: number): boolean {
    if (maxDf === Infinity) return false;
    for (const field of fields) if ((this.fields[field].terms.get(term)?.df ?? 0) > maxDf) return true;
    return false;
  }

  /** A bag-of-terms channel (grams, pinyin, initials): summed BM25, normalised by the sum of idfs found. */
  private bag(field: FieldName, terms: readonly string[]): number {
    let ideal = 0;
    for (const term of new Set(terms)) ideal += this.scan(field, term, 1, this.channel);
    return ideal;
  }
}
