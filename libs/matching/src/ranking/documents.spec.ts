import { AchievementStatus, CooperationMode, Industry } from '@app/core';
import { type AchievementEntity, achievementDocument as catalogDocument } from '@app/catalog';
import { toMatchAchievement } from '../matching.service';
import { achievementDocument, achievementFromDocument, needDocument } from './documents';
import { aNeed, anAchievement } from '../testing';

const entity = (over: Partial<AchievementEntity> = {}): AchievementEntity =>
  Object.assign(new (class {})() as AchievementEntity, {
    id: '3f0c6a1e-0000-4000-8000-000000000001',
    key: 'PA900',
    orgId: '3f0c6a1e-0000-4000-8000-0000000000aa',
    title: '钙钛矿叠层电池（实验室）',
    summary: '全钙钛矿叠层，效率28%；封装后1000小时保持95%。',
    industry: Industry.PHOTOVOLTAIC,
    keywords: ['钙钛矿', 'HJT'],
    trl: 5,
    ip: [],
    cooperationModes: [CooperationMode.LICENSE, CooperationMode.JOINT_DEVELOPMENT],
    askingPriceWan: 800,
    team: '',
    contact: '',
    status: AchievementStatus.PUBLISHED,
    publishedAt: '2026-03-01',
    validUntil: '2027-03-01',
    version: 1,
    createdAt: new Date('2026-02-01T00:00:00Z'),
    updatedAt: new Date('2026-02-01T00:00:00Z'),
    ...over,
  });

describe('achievements from search documents', () => {
  it('reads from the catalog projection exactly what the database path reads', () => {
    for (const a of [entity(), entity({ askingPriceWan: null, validUntil: null }), entity({ publishedAt: null })]) {
      expect(
        achievementFromDocument(
          catalogDocument(a, { name: '某大学', region: '浙江省嘉兴市', kind: 'UNIVERSITY' }, '2026-11-01'),
        ),
      ).toEqual(toMatchAchievement(a));
    }
  });

  it('reads back what the eval indexes', () => {
    const a = anAchievement({ askingPriceWan: null, validUntil: '2027-12-31' });
    expect(achievementFromDocument(achievementDocument(a))).toEqual(a);
  });

  it('declines documents without what ranking reads, or of the other kind', () => {
    const { summary: _summary, ...withoutSummary } = achievementDocument(anAchievement());
    expect(achievementFromDocument(withoutSummary)).toBeUndefined();
    expect(achievementFromDocument({ ...achievementDocument(anAchievement()), trl: null })).toBeUndefined();
    expect(achievementFromDocument(needDocument(aNeed()))).toBeUndefined();
  });
});
