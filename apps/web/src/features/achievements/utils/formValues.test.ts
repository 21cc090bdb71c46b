import { describe, expect, it } from 'vitest';
import { toCreateInput, type AchievementFormValues } from './formValues';

const values: AchievementFormValues = {
  title: ' 钙钛矿叠层电池 ',
  summary: '摘要',
  industry: 'PHOTOVOLTAIC' as AchievementFormValues['industry'],
  trl: 5,
  keywords: ['电池'],
  cooperationModes: [],
  negotiable: true,
  team: '课题组',
  contact: '李老师',
  ip: [],
};

describe('toCreateInput (achievement)', () => {
  it('sends no key: the server generates one', () => {
    const input = toCreateInput(values);
    expect('key' in input).toBe(false);
    expect(input.title).toBe('钙钛矿叠层电池');
  });
});
