import { DomainError } from '@app/core';
import { cleanGroupInput } from './group-input';

describe('cleanGroupInput', () => {
  it('trims the terms and keeps kind and industry', () => {
    expect(cleanGroupInput({ terms: [' 瓶料 ', '再生涤纶'], kind: 'SYNONYM', industry: 'NEW_MATERIALS' })).toEqual({
      terms: ['瓶料', '再生涤纶'],
      kind: 'SYNONYM',
      industry: 'NEW_MATERIALS',
    });
    expect(cleanGroupInput({ terms: ['a1', 'b2'], kind: 'RELATED' }).industry).toBeNull();
  });

  it.each([
    [['瓶料'], 'terms', '词组需要 2 到 20 个词'],
    [Array.from({ length: 21 }, (_, i) => `词${i}`), 'terms', '词组需要 2 到 20 个词'],
    [['瓶料', '   '], 'terms.1', '第 2 个词不能为空'],
    [['瓶料', '长'.repeat(65)], 'terms.1', '不能超过 64 个字符'],
    [['瓶料', 'a, b'], 'terms.1', '不能包含逗号'],
    [['瓶料', 'a => b'], 'terms.1', '不能包含逗号'],
    [['瓶料', 'a\nb'], 'terms.1', '不能包含逗号'],
    [['瓶料', '再生涤纶', ' 瓶料'], 'terms.2', '“瓶料”与第 1 个词重复'],
    [['PV', 'pv'], 'terms.1', '与第 1 个词重复'],
    [['光伏组件', '光伏組件'], 'terms.1', '与第 1 个词重复'],
  ])('refuses %j on %s', (terms, field, message) => {
    let error: unknown;
    try {
      cleanGroupInput({ terms, kind: 'SYNONYM' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    const { fields } = (error as DomainError).localised('zh-CN');
    expect(fields).toEqual([{ field, message: expect.stringContaining(message) }]);
  });
});
