import type { UnscheduledReasonCode } from './types';

/** Why a request was left out, in Chinese (what people read by default) and English, with `{value}` holes. */
export const REASON_MESSAGES: Record<'zh-CN' | 'en', Record<UnscheduledReasonCode, string>> = {
  'zh-CN': {
    INVALID_REQUEST: '该洽谈申请无法排程：{detail}',
    NO_TABLE_LARGE_ENOUGH: '没有能坐下这场洽谈 {size} 人的洽谈桌',
    NO_COMMON_FREE_SLOT: '{a}与{b}没有共同的空闲时段',
    BOTH_AT_MAXIMUM: '{a}与{b}的洽谈场次均已达上限（分别为 {maxA} 场和 {maxB} 场）',
    PARTICIPANT_AT_MAXIMUM: '{p}的洽谈场次已达上限（{max} 场）',
    NO_TABLE_FREE: '{a}与{b}共同空闲的时段里洽谈桌均已排满',
    CAPACITY: '若排入{a}与{b}的洽谈，就必须挤掉另一场洽谈',
  },
  en: {
    INVALID_REQUEST: 'this request cannot be scheduled: {detail}',
    NO_TABLE_LARGE_ENOUGH: 'no table seats the {size} people of this meeting',
    NO_COMMON_FREE_SLOT: '{a} and {b} have no free slot in common',
    BOTH_AT_MAXIMUM: '{a} and {b} are both already at their maximum number of meetings ({maxA} and {maxB})',
    PARTICIPANT_AT_MAXIMUM: '{p} is already at their maximum of {max}',
    NO_TABLE_FREE: 'every common free slot of {a} and {b} is fully booked',
    CAPACITY: 'could not fit {a} and {b} in without dropping another meeting',
  },
};

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The reason as a sentence in `lang`; `values` fill the holes (English counts a maximum in meetings). */
export function reasonText(
  code: UnscheduledReasonCode,
  values: Record<string, string | number>,
  lang: 'zh-CN' | 'en',
): string {
  return REASON_MESSAGES[lang][code].replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) return key;
    return lang === 'en' && key === 'max' && typeof value === 'number' ? plural(value, 'meeting') : String(value);
  });
}
