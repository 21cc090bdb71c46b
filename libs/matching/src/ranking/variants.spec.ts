import { candidateStats, scoreConcepts, type TermConcept } from './concept-scoring';
import { withVariants } from './variants';
import { MATCH_WEIGHTS } from './weights';

const concept = (label: string): TermConcept => ({ label, weight: 1, alternatives: [{ term: label, weight: 1 }] });
const bag = (...terms: string[]): Map<string, number> => new Map(terms.map((t) => [t, 1]));
const p = { weight: 0.8, minSimilarity: 0.5 };
const variantsOf = (label: string, ...vocabulary: string[]): string[] =>
  withVariants([concept(label)], candidateStats([bag(...vocabulary)]), p)[0]
    .alternatives.slice(1)
    .map((a) => a.term);

describe('withVariants', () => {
  it.each([
    ['含铁', ['铁含量'], ['铁含量']],
    ['铁含量', ['含铁', '含量'], ['含铁', '含量']],
    ['碳排放', ['排放', '排放因子'], ['排放']],
  ])('finds the written variants of %s', (label, vocabulary, expected) => {
    expect(variantsOf(label, ...vocabulary)).toEqual(expected);
  });

  it.each([
    ['正极材料', '负极材料'], // shares three characters, means the opposite
    ['电池片', '电池包'],
    ['钝化', '隧穿氧化层钝化接触'], // a word inside a long compound is not a variant of it
    ['隐裂', '裂纹'], // one shared character
  ])('does not take %s for %s', (label, other) => {
    expect(variantsOf(label, other)).toEqual([]);
  });

  it('weighs a variant by its similarity and leaves Latin words and known alternatives alone', () => {
    const [c] = withVariants([concept('含铁')], candidateStats([bag('铁含量', '含铁')]), p);
    expect(c.alternatives).toEqual([
      { term: '含铁', weight: 1 },
      { term: '铁含量', weight: 0.8 * 0.8 },
    ]);
    expect(withVariants([concept('topcon')], candidateStats([bag('topcon电池')]), p)[0].alternatives).toHaveLength(1);
    expect(
      withVariants([concept('含铁')], candidateStats([bag('铁含量')]), { ...p, weight: 0 })[0].alternatives,
    ).toHaveLength(1);
  });

  it('lets a listing that writes the word differently score, below one that writes it the same', () => {
    const docs = [bag('含铁', '石英砂'), bag('铁含量', '石英砂'), bag('储能', '电池')];
    const stats = candidateStats(docs);
    const asked = withVariants([concept('含铁')], stats, p);
    const [same, variant, unrelated] = docs.map((d) => scoreConcepts(asked, d, stats, MATCH_WEIGHTS.relevance.bm25));
    expect(variant.score).toBeGreaterThan(0);
    expect(same.score).toBeGreaterThan(variant.score);
    expect(unrelated.score).toBe(0);
    expect(variant.shared).toEqual(['含铁≈铁含量']);
  });
});
