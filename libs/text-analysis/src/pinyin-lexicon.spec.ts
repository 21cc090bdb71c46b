import { readJiebaDictionary } from './jieba-files';
import { defaultPinyinLexicon, PinyinLexicon } from './pinyin-lexicon';
import { syllablesOf } from './pinyin';
import { isAllCjk } from './text';

describe('PinyinLexicon', () => {
  it('the shared lexicon holds exactly jieba’s 2-4 character words of frequency ≥ 1000, besides the domain terms', () => {
    // The plain reading of the dictionary, line by line and field by field, against the pattern the lexicon uses.
    const lines = readJiebaDictionary().toString('utf8').split('\n');
    const frequent: [string, number][] = [];
    for (const line of lines) {
      const [word, freq] = line.split(' ');
      if (Number(freq) >= 1000 && word.length >= 2 && word.length <= 4 && isAllCjk(word))
        frequent.push([word, Number(freq)]);
    }
    const expected = new Set(frequent.map(([word]) => word));
    expect(expected.size).toBeGreaterThan(4000);
    const lexicon = defaultPinyinLexicon();
    // The most frequent words win their homophone ties among common words.
    for (const [word] of frequent.sort((a, b) => b[1] - a[1]).slice(0, 20))
      expect(lexicon.lookup(syllablesOf(word))).toContain(word);
    // A rare word of the dictionary (frequency below 1000) stays out.
    const rare = lines
      .map((line) => line.split(' '))
      .find(([word, freq]) => Number(freq) < 20 && word.length === 3 && isAllCjk(word))![0];
    expect(lexicon.lookup(syllablesOf(rare))).not.toContain(rare);
    // Every expected word is either in the lexicon or lost a homophone tie (at most 3 words per pinyin).
    const missing = [...expected].filter((word) => !lexicon.lookup(syllablesOf(word)).includes(word));
    for (const word of missing) expect(lexicon.lookup(syllablesOf(word))).toHaveLength(3);
  });

  it('keeps at most three words per pinyin, in the order given', () => {
    const lexicon = new PinyinLexicon(['事实', '时事', '实施', '逝世', '誓师']);
    expect(lexicon.lookup(['shi', 'shi'])).toEqual(['事实', '时事', '实施']);
    expect(lexicon.segment(['yi', 'shi', 'shi', 'shi'])[0]).toMatchObject({ start: 1, end: 3 });
  });
});
