import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { unscheduledText } from './unscheduled';

const t = ((key: string, v?: Record<string, string>) => `${key}|${v?.a ?? ''}|${v?.b ?? ''}`) as unknown as TFunction;

describe('unscheduledText', () => {
  it('uses the catalogue sentence for a known code, with both names', () => {
    expect(unscheduledText('NO_COMMON_FREE_SLOT', 'x and y have no free slot in common', { a: '甲', b: '乙' }, t)).toBe(
      'events.unscheduled.NO_COMMON_FREE_SLOT|甲|乙',
    );
  });
  it('falls back to the server sentence for a code it does not know', () => {
    expect(unscheduledText('SOMETHING_NEW', 'server words', { a: '甲', b: '乙' }, t)).toBe('server words');
  });
  it('says nothing for a scheduled request', () => {
    expect(unscheduledText(null, null, { a: '甲', b: '乙' }, t)).toBeNull();
  });
});
