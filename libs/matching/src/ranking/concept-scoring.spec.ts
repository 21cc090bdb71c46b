import {
  type ConceptMatch,
  candidateStats,
  conceptScorer,
  normalise,
  scoreConcepts,
  type TermConcept,
} from './concept-scoring';
import { bm25Idf as idf } from '@app/text-analysis';

const bag = (...terms: string[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
};
const p = { k1: 1.2, b: 0.75, tieBreaker: 0.1 };
const concept = (label: string, weight = 1, ...alts: Array<[string, number]>): TermConcept => ({
  label,
  weight,
  alternatives: [{ term: label, weight: 1 }, ...alts.map(([term, w]) => ({ term, weight: w }))],
});

describe('scoreConcepts', () => {
  const docs = [bag('钝化', '隧穿氧化层', '电池'), bag('电池', '组件', '隐裂'), bag('电池', '储能', '储能')];
  const stats = candidateStats(docs);

  it('prefers the document sharing the rarer concepts', () => {
    const q = [concept('钝化'), concept('电池')];
    const [a, b, c] = docs.map((d) => scoreConcepts(q, d, stats, p).score);
    expect(a).toBeGreaterThan(b);
    expect(b).toBeGreaterThan(0);
    expect(c).toBeGreaterThan(0);
  });

  it('finds a concept through a synonym at that synonym weight and says so', () => {
    const q = [concept('裂片', 1, ['隐裂', 0.8])];
    const direct = scoreConcepts([concept('隐裂')], docs[1], stats, p).score;
    const viaSynonym = scoreConcepts(q, docs[1], stats, p);
    expect(viaSynonym.score).toBeCloseTo(direct * 0.8, 6);
    expect(viaSynonym.shared).toEqual(['裂片≈隐裂']);
  });

  it('counts the best alternative plus a tie-breaker share of the others, not their sum', () => {
    const q = [concept('组件', 1, ['隐裂', 1])];
    const one = scoreConcepts([concept('组件')], docs[1], stats, p).score;
    expect(scoreConcepts(q, docs[1], stats, p).score).toBeCloseTo(one * (1 + p.tieBreaker), 6);
  });

  it('lists shared concepts heaviest first', () => {
    const q = [concept('钝化'), concept('隧穿氧化层', 3), concept('激光')];
    expect(scoreConcepts(q, docs[0], stats, p).shared).toEqual(['隧穿氧化层', '钝化']);
  });

  it('scores 0 without a shared concept', () => {
    expect(scoreConcepts([concept('激光')], docs[0], stats, p)).toEqual({ score: 0, shared: [] });
  });
});

describe('conceptScorer', () => {
  const docs = [
    bag('钝化', '隧穿氧化层', '电池'),
    bag('电池', '组件', '隐裂'),
    bag('电池', '储能', '储能'),
    bag('激光'),
  ];
  const stats = candidateStats(docs);
  const q = [concept('钝化', 2), concept('裂片', 1, ['隐裂', 0.8], ['组件', 0.8]), concept('电池', 0.5, ['储能', 0.4])];

  it('gives each document the score it gets alone, whatever was scored before (its slots are reused)', () => {
    const scorer = conceptScorer(q, stats, p);
    const alone = docs.map((d) => scoreConcepts(q, d, stats, p));
    expect([...docs, ...docs].reverse().map((d) => scorer(d))).toEqual([...alone, ...alone].reverse());
    expect(docs.map((d) => scorer.score(d))).toEqual(alone.map((m) => m.score));
  });

  it('names the earlier of two alternatives that score the same', () => {
    // 隐裂 and 组件 have the same weight, df and tf in docs[1]: the first listed is the one shown.
    expect(conceptScorer(q, stats, p)(docs[1]).shared).toEqual(['裂片≈隐裂', '电池']);
    const swapped = [concept('裂片', 1, ['组件', 0.8], ['隐裂', 0.8])];
    expect(conceptScorer(swapped, stats, p)(docs[1]).shared).toEqual(['裂片≈组件']);
  });
});

/** The definition, read concept by concept and alternative by alternative: what the compiled scorer must equal. */
function reference(
  concepts: readonly TermConcept[],
  doc: Map<string, number>,
  stats: ReturnType<typeof candidateStats>,
): ConceptMatch {
  let length = 0;
  doc.forEach((w) => (length += w));
  const norm = p.k1 * (1 - p.b + (p.b * length) / (stats.avgLength || 1));
  let score = 0;
  const shared: Array<[string, number]> = [];
  for (const c of concepts) {
    let best = 0;
    let sum = 0;
    let found: string | null = null;
    for (const alt of c.alternatives) {
      const tf = doc.get(alt.term) ?? 0;
      if (!tf) continue;
      const s = alt.weight * idf(stats.df.get(alt.term) ?? 0, stats.nDocs) * ((tf * (p.k1 + 1)) / (tf + norm));
      sum += s;
      if (s > best) {
        best = s;
        found = alt.term;
      }
    }
    const value = best + p.tieBreaker * (sum - best);
    if (value <= 0) continue;
    score += c.weight * value;
    shared.push([found === null || found === c.label ? c.label : `${c.label}≈${found}`, c.weight * value]);
  }
  shared.sort((a, b) => b[1] - a[1]);
  return { score, shared: [...new Set(shared.map(([l]) => l))] };
}

describe('conceptScorer against the concept-by-concept definition', () => {
  it('gives exactly the same scores and shared terms on random documents', () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const vocabulary = Array.from({ length: 40 }, (_, i) => `词${i}`);
    const pickTerm = (): string => vocabulary[Math.floor(random() * vocabulary.length)];
    const docs = Array.from({ length: 300 }, () => {
      const d = new Map<string, number>();
      for (let i = 0; i < 25; i++) d.set(pickTerm(), (d.get(pickTerm()) ?? 0) + [1, 2.5, 3][Math.floor(random() * 3)]);
      return d;
    });
    const stats = candidateStats(docs);
    // Concepts of up to eight alternatives, terms shared between concepts, some weights equal (ties), one zero.
    const concepts: TermConcept[] = Array.from({ length: 30 }, (_, i) => {
      const alternatives = [...new Set(Array.from({ length: 1 + Math.floor(random() * 8) }, pickTerm))].map(
        (term, k) => ({
          term,
          weight: k === 0 ? 1 : [0.8, 0.4, 0.8, 0][Math.floor(random() * 4)],
        }),
      );
      return { label: alternatives[0].term, weight: i === 3 ? 0 : 0.5 + random(), alternatives };
    });
    const scorer = conceptScorer(concepts, stats, p);
    for (const d of docs) {
      const expected = reference(concepts, d, stats);
      expect(scorer(d)).toEqual(expected);
      expect(scorer.score(d)).toBe(expected.score);
    }
  });
});

describe('normalise', () => {
  it.each([
    [
      [2, 1, 0],
      [1, 0.5, 0],
    ],
    [
      [0, 0],
      [0, 0],
    ],
    [[], []],
  ])('%j -> %j', (scores, expected) => {
    expect(normalise(scores)).toEqual(expected);
  });
});
