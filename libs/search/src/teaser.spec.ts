import type { SearchDocument } from './search.types';
import { teaserDocument, visibleDocument } from './teaser';

const full: SearchDocument = {
  id: 'n1',
  kind: 'NEED',
  key: 'xj-need-002',
  title: '组件隐裂检测',
  summary: '机密良率数据',
  keywords: ['隐裂'],
  industry: 'PHOTOVOLTAIC',
  minTrl: 7,
  budgetWan: 888,
  cooperationModes: ['LICENSE'],
  orgId: 'o1',
  orgName: '秀洲光伏',
  region: '浙江省嘉兴市',
  status: 'OPEN',
  confidential: true,
  publishedAt: '2026-01-01',
  validUntil: '2026-12-31',
};

describe('teaserDocument', () => {
  it('keeps only title, keywords, industry and what the engine needs to file it', () => {
    expect(teaserDocument(full)).toEqual({
      id: 'n1',
      kind: 'NEED',
      key: 'xj-need-002',
      title: '组件隐裂检测',
      keywords: ['隐裂'],
      industry: 'PHOTOVOLTAIC',
      cooperationModes: [],
      status: 'OPEN',
      confidential: true,
      publishedAt: '2026-01-01',
    });
  });

  it.each([
    ['a confidential document becomes its teaser', full, teaserDocument(full)],
    ['a public one is unchanged', { ...full, confidential: false }, { ...full, confidential: false }],
  ])('visibleDocument: %s', (_name, input, expected) => {
    expect(visibleDocument(input)).toEqual(expected);
  });
});
