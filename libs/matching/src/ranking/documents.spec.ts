import { achievementDocument, achievementFromDocument, needDocument, needFromDocument } from './documents';
import { aNeed, anAchievement } from './testing';

describe('listings from search documents', () => {
  it('reads back an achievement exactly as it was indexed', () => {
    const a = anAchievement({ askingPriceWan: null, validUntil: '2027-12-31' });
    expect(achievementFromDocument(achievementDocument(a))).toEqual(a);
  });

  it('reads back a public need, but not a confidential one (its document is a teaser)', () => {
    const n = aNeed({ publishedAt: '2026-09-01' });
    expect(needFromDocument(needDocument(n))).toEqual(n);
    expect(needFromDocument(needDocument(aNeed({ confidential: true })))).toBeUndefined();
  });

  it('declines documents without what ranking reads, or of the other kind', () => {
    const { summary: _summary, ...withoutSummary } = achievementDocument(anAchievement());
    expect(achievementFromDocument(withoutSummary)).toBeUndefined();
    expect(achievementFromDocument({ ...achievementDocument(anAchievement()), trl: null })).toBeUndefined();
    expect(achievementFromDocument(needDocument(aNeed()))).toBeUndefined();
    expect(needFromDocument(achievementDocument(anAchievement()))).toBeUndefined();
  });
});
