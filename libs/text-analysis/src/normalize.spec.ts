import { hasTraditional, normalizeText, toHalfWidth } from './normalize';

describe('normalizeText', () => {
  it.each([
    ['full-width Latin, digits and punctuation', 'ＴＯＰＣｏｎ电池（２５．５％）', 'topcon电池(25.5%)'],
    ['ideographic space', '光伏\u3000玻璃', '光伏 玻璃'],
    ['Taiwan traditional', '光伏組件檢測', '光伏组件检测'],
    ['Taiwan phrases', '雷射雷達與軟體', '激光雷达与软件'],
    ['Hong Kong traditional', '製造業知識圖譜', '制造业知识图谱'],
    ['simplified text is left alone (么 stays 么)', '怎么做钙钛矿', '怎么做钙钛矿'],
    ['case', 'HJT/BMS', 'hjt/bms'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('keeps length so highlights map back', () => {
    const text = '光伏組件ＥＬ檢測與雷射';
    expect(normalizeText(text)).toHaveLength(text.length);
  });

  it('detects traditional-only characters', () => {
    expect(hasTraditional('鈣鈦礦')).toBe(true);
    expect(hasTraditional('钙钛矿 perovskite')).toBe(false);
  });

  it('returns the same string when nothing is full-width', () => {
    const text = '光伏玻璃';
    expect(toHalfWidth(text)).toBe(text);
  });
});
