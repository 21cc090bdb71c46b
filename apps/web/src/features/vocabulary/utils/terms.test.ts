import { describe, expect, it } from 'vitest';
import { splitTerms, termFieldErrors } from './terms';

describe('splitTerms', () => {
  it('splits pasted lists, trims and drops empty pieces and exact repeats', () => {
    expect(splitTerms([' 瓶料，再生涤纶 ', 'rPET; 再生聚酯', '瓶料', '、', ''])).toEqual([
      '瓶料',
      '再生涤纶',
      'rPET',
      '再生聚酯',
    ]);
  });

  it('keeps terms with inner spaces whole', () => {
    expect(splitTerms(['solar module', 'pv module\n光伏组件'])).toEqual(['solar module', 'pv module', '光伏组件']);
  });
});

describe('termFieldErrors', () => {
  it('puts the errors of single terms on the terms field, other fields as they are', () => {
    expect(
      termFieldErrors([
        { name: ['terms', 1], errors: ['第 2 个词不能为空'] },
        { name: ['terms'], errors: ['词组需要 2 到 20 个词'] },
        { name: ['kind'], errors: ['无效'] },
      ]),
    ).toEqual([
      { name: ['terms'], errors: ['第 2 个词不能为空', '词组需要 2 到 20 个词'] },
      { name: ['kind'], errors: ['无效'] },
    ]);
  });
});
