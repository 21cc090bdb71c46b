import type { TermConcept } from './concept-scoring';
import { textRelevance } from './relevance';
import { MATCH_WEIGHTS } from './weights';

const bag = (...terms: string[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
};
const concept = (label: string, ...synonyms: string[]): TermConcept => ({
  label,
  weight: 1,
  alternatives: [{ term: label, weight: 1 }, ...synonyms.map((term) => ({ term, weight: 0.8 }))],
});

// A plant's words for a symptom; the catalog says it in its own words.
const need = [concept('暗片'), concept('裂片', '隐裂'), concept('漏检')];
const docs = [
  bag('暗片', '隐裂', 'el', '电致发光', '深度学习'), // says it in both vocabularies
  bag('el', '电致发光', '隐裂', '缺陷识别'), // lab vocabulary only
  bag('el', '电致发光', '黑片', '缺陷识别'), // lab vocabulary, none of the need's words
  bag('储能', '电池', 'soc'), // unrelated
];
const w = MATCH_WEIGHTS.relevance;

describe('textRelevance', () => {
  const { evidence, learnt } = textRelevance(need, docs, [], w);

  it('gives the best candidate relevance 1 and an unrelated one 0', () => {
    expect(evidence[0].relevance).toBe(1);
    expect(evidence[3].relevance).toBe(0);
  });

  it('lifts a listing that shares none of the words through terms learnt from the best ones', () => {
    expect(learnt.map((c) => c.label)).toEqual(expect.arrayContaining(['el', '电致发光']));
    expect(evidence[2].relevance).toBeGreaterThan(0);
    expect(evidence[2].commonTerms).toEqual([]); // learnt terms are not "in common"
  });

  it.each([
    [0, ['暗片', '裂片≈隐裂']],
    [1, ['裂片≈隐裂']],
  ])('lists the shared terms of candidate %s', (i, terms) => {
    expect(evidence[i].commonTerms).toEqual(terms);
  });

  it('mixes in the engine score when given', () => {
    const withEngine = textRelevance(need, docs, [0, 0, 1, 0], { ...w, mix: { plain: 0, feedback: 0, engine: 1 } });
    expect(withEngine.evidence.map((e) => e.relevance)).toEqual([0, 0, 1, 0]);
  });
});
