import { describe, expect, it } from 'vitest';
import { teaserPreview } from './teaser';

describe('teaserPreview', () => {
  const values = {
    title: ' 光伏组件隐裂检测 ',
    industry: 'PHOTOVOLTAIC' as const,
    keywords: ['隐裂', ' ', 'EL检测 '],
    description: '产线上每小时 3000 片',
    budgetWan: 80,
    contact: '王工 138…',
  };

  it.each([
    {
      confidential: true,
      owner: { kind: 'anonymous', industry: 'PHOTOVOLTAIC' },
      description: null,
      hiddenHas: 'description',
    },
    {
      confidential: false,
      owner: { kind: 'name', name: '嘉兴某某光能' },
      description: '产线上每小时 3000 片',
      hiddenHas: 'contact',
    },
  ])('confidential=$confidential', ({ confidential, owner, description, hiddenHas }) => {
    const view = teaserPreview({ ...values, confidential }, '嘉兴某某光能');
    expect(view.owner).toEqual(owner);
    expect(view.description).toBe(description);
    expect(view.hidden).toContain(hiddenHas);
    expect(view.title).toBe('光伏组件隐裂检测');
    expect(view.keywords).toEqual(['隐裂', 'EL检测']);
  });

  it('a confidential need hides every field but title, industry and keywords', () => {
    const view = teaserPreview({ ...values, confidential: true }, 'x');
    expect(view.hidden.sort()).toEqual([
      'budgetWan',
      'contact',
      'cooperationModes',
      'deadline',
      'description',
      'minTrl',
    ]);
  });

  it('a public need never shows the contact', () => {
    expect(teaserPreview({ ...values, confidential: false }, 'x').hidden).toEqual(['contact']);
  });
});
