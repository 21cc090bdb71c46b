import { REASON_MESSAGES, reasonText } from './reason-text';

describe('reasonText', () => {
  it('has a sentence for every code in both languages, with the same holes', () => {
    const holes = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const codes = Object.keys(REASON_MESSAGES.en);
    expect(Object.keys(REASON_MESSAGES['zh-CN']).sort()).toEqual(codes.sort());
    for (const code of codes as (keyof typeof REASON_MESSAGES.en)[])
      expect(holes(REASON_MESSAGES['zh-CN'][code])).toEqual(holes(REASON_MESSAGES.en[code]));
  });

  it('fills the holes; English counts a maximum in meetings', () => {
    expect(reasonText('PARTICIPANT_AT_MAXIMUM', { p: '嘉兴学院', max: 1 }, 'zh-CN')).toBe(
      '嘉兴学院的洽谈场次已达上限（1 场）',
    );
    expect(reasonText('PARTICIPANT_AT_MAXIMUM', { p: 'Jiaxing University', max: 1 }, 'en')).toBe(
      'Jiaxing University is already at their maximum of 1 meeting',
    );
    expect(reasonText('PARTICIPANT_AT_MAXIMUM', { p: 'X', max: 3 }, 'en')).toBe(
      'X is already at their maximum of 3 meetings',
    );
  });
});
