import { candidateStats, type TermConcept } from './concept-scoring';
import { feedbackConcepts } from './feedback';

const docs = [
  new Map([
    ['暗片', 1],
    ['隐裂', 2],
    ['el', 2],
    ['检测', 1],
  ]),
  new Map([
    ['隐裂', 1],
    ['el', 1],
    ['深度学习', 1],
  ]),
  new Map([
    ['储能', 2],
    ['电池', 1],
  ]),
  new Map([
    ['检测', 1],
    ['电池', 1],
  ]),
];
const stats = candidateStats(docs);
const concepts: TermConcept[] = [{ label: '暗片', weight: 2, alternatives: [{ term: '暗片', weight: 1 }] }];
const ranked = docs.map((doc, i) => ({ doc, score: [3, 2, 0, 0.1][i] }));

describe('feedbackConcepts (pseudo-relevance feedback)', () => {
  it('learns the weightiest new terms of the best documents, sharing alpha of the query weight', () => {
    const extra = feedbackConcepts(concepts, ranked, stats, { docs: 2, terms: 2, alpha: 0.5 });
    expect(extra.map((c) => c.label).sort()).toEqual(['el', '隐裂']);
    expect(extra.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 6);
  });

  it.each([
    [{ docs: 2, terms: 0, alpha: 0.5 }],
    [{ docs: 0, terms: 5, alpha: 0.5 }],
    [{ docs: 2, terms: 5, alpha: 0 }],
  ])('learns nothing when told not to (%j)', (p) => {
    expect(feedbackConcepts(concepts, ranked, stats, p)).toEqual([]);
  });

  it('learns nothing from documents scored 0', () => {
    const none = docs.map((doc) => ({ doc, score: 0 }));
    expect(feedbackConcepts(concepts, none, stats, { docs: 3, terms: 3, alpha: 0.5 })).toEqual([]);
  });
});
