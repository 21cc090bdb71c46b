import { Industry } from '@app/core';
import { DeclineReason, MatchDirection, MatchRequestStatus } from './match-request.types';
import { CSV_COLUMNS, reportLabels, reportLang, shanghaiMinute } from './report-labels';

describe('reportLang', () => {
  it.each([
    [undefined, 'zh-CN'],
    ['', 'zh-CN'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['en;q=0.5, zh-TW;q=0.8', 'zh-CN'],
    ['fr-FR, en;q=0.3', 'en'],
    ['fr-FR', 'zh-CN'],
    ['en;q=0', 'zh-CN'],
    ['english', 'zh-CN'],
    ['*', 'zh-CN'],
  ])('%j → %s', (header, lang) => expect(reportLang(header)).toBe(lang));
});

describe('shanghaiMinute', () => {
  it.each([
    ['2026-12-06T01:30:00Z', '2026-12-06 09:30'],
    ['2026-12-05T16:00:00Z', '2026-12-06 00:00'],
    ['2026-12-05T15:59:59.999Z', '2026-12-05 23:59'],
    ['2024-12-31T16:30:00Z', '2025-01-01 00:30'],
    ['2025-07-01T12:00:00+02:00', '2025-07-01 18:00'],
  ])('%s → %s', (at, local) => {
    expect(shanghaiMinute(new Date(at))).toBe(local);
    expect(shanghaiMinute(at)).toBe(local);
  });
  it('null is an empty cell', () => expect(shanghaiMinute(null)).toBe(''));
});

describe('labels', () => {
  it.each(['zh-CN', 'en'] as const)('%s labels every code and titles every column', (lang) => {
    const l = reportLabels(lang);
    const codes: [(c: string) => string, string[]][] = [
      [l.status, Object.values(MatchRequestStatus)],
      [l.direction, Object.values(MatchDirection)],
      [l.declineReason, Object.values(DeclineReason)],
      [l.industry, Object.values(Industry)],
    ];
    for (const [fn, values] of codes) for (const code of values) expect(fn(code)).not.toBe(code);
    expect(CSV_COLUMNS[lang]).toHaveLength(CSV_COLUMNS['zh-CN'].length);
  });

  it('Chinese by the alliance’s words; an unknown code shows as itself', () => {
    const zh = reportLabels('zh-CN');
    expect([
      zh.status('SIGNED'),
      zh.direction('PROPOSAL'),
      zh.industry('PHOTOVOLTAIC'),
      zh.declineReason(null),
    ]).toEqual(['合同签订', '高校推荐成果', '光伏新能源', '']);
    expect(zh.status('ON_HOLD')).toBe('ON_HOLD');
  });
});
