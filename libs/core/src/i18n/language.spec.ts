import { resolveLanguage } from './language';

describe('resolveLanguage', () => {
  it.each([
    [undefined, 'zh-CN'],
    ['', 'zh-CN'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['en-GB;q=0.9,zh-TW;q=0.8', 'en'],
    ['zh-TW', 'zh-CN'],
    ['fr-FR,de;q=0.9', 'zh-CN'],
    ['fr-FR,en;q=0.5', 'en'],
    ['*', 'zh-CN'],
    ['en;q=0,zh;q=0.1', 'zh-CN'],
    ['en;q=abc', 'zh-CN'],
    ['EN-us', 'en'],
    ['english', 'zh-CN'],
    [['de', 'en;q=0.7'], 'en'],
  ])('%j → %s', (header, lang) => {
    expect(resolveLanguage(header)).toBe(lang);
  });
});
