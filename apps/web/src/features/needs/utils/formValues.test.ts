import { describe, expect, it } from 'vitest';
import { toCreateInput, type NeedFormValues } from './formValues';

const values: NeedFormValues = {
  title: ' 光伏组件检测 ',
  description: '需求描述',
  industry: 'PHOTOVOLTAIC' as NeedFormValues['industry'],
  keywords: [' 光伏 ', ''],
  cooperationModes: [],
  confidential: false,
  contact: '张工',
};

describe('toCreateInput (need)', () => {
  it('sends no key: the server generates one', () => {
    const input = toCreateInput(values);
    expect('key' in input).toBe(false);
    expect(input).toMatchObject({ title: '光伏组件检测', keywords: ['光伏'], confidential: false });
  });
});
