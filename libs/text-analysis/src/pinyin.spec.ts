import { initialsOf, parsePinyin, phrasePinyin, pinyinForms, syllableBigrams, syllablesOf } from './pinyin';

describe('pinyin', () => {
  it.each([
    ['guangfuboli', ['guang', 'fu', 'bo', 'li']],
    ['tanxianwei', ['tan', 'xian', 'wei']],
    ['yinlie', ['yin', 'lie']],
    ['lv', ['lv']],
    ['lidar', undefined],
    ['gfbl', undefined],
    ['topcon', undefined],
    ['', undefined],
  ])('parses %s', (input, expected) => {
    expect(parsePinyin(input)).toEqual(expected);
  });

  it('reads polyphones by word', () => {
    expect(syllablesOf('银行')).toEqual(['yin', 'hang']);
    expect(syllablesOf('行业')).toEqual(['hang', 'ye']);
  });

  it('gives syllable pairs, initials and full forms', () => {
    expect(syllableBigrams(['guang', 'fu', 'bo', 'li'])).toEqual(['guangfu', 'fubo', 'boli']);
    expect(initialsOf('光伏玻璃')).toBe('gfbl');
    expect(pinyinForms('光伏玻璃')).toEqual({ spaced: 'guang fu bo li', joined: 'guangfuboli', initials: 'gfbl' });
  });

  it('builds phrase features along runs of Chinese words only', () => {
    const bigrams: string[] = [];
    const initials: string[] = [];
    phrasePinyin(['光伏', '玻璃', 'el', '检测'], bigrams, initials);
    expect(bigrams).toEqual(['guangfu', 'fubo', 'boli', 'jiance']);
    expect(initials).toEqual(expect.arrayContaining(['gf', 'gfbl', 'bl', 'jc']));
    expect(initials).not.toContain('bljc');
  });
});
