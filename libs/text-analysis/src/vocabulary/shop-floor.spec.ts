import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Thesaurus } from '../thesaurus';
import { vocabularyDir } from './shipped-vocabulary';
import { parseVocabularyFile } from './vocabulary-format';

describe('plant-floor vocabulary (photovoltaics, energy storage, cross-industry)', () => {
  const sut = new Thesaurus();
  const parts = ['photovoltaic.shop-floor.txt', 'energy-storage.shop-floor.txt', 'general.shop-floor.txt'].map((name) =>
    parseVocabularyFile(readFileSync(join(vocabularyDir(), name), 'utf8'), name, null),
  );

  it('keeps groups small and free of the generic words that make related expansion noisy', () => {
    const generic = new Set([
      '问题',
      '提高',
      '系统',
      '技术',
      '效果',
      '检测',
      '管理',
      '优化',
      '模组',
      '切片',
      '再生',
      '一致性',
      '许可',
    ]);
    for (const part of parts) {
      expect(part.groups.length).toBeGreaterThan(50);
      for (const group of part.groups) {
        expect(group.terms.length).toBeGreaterThanOrEqual(2);
        expect(group.terms.length).toBeLessThanOrEqual(8);
        for (const member of group.terms) expect(generic.has(member)).toBe(false);
      }
    }
  });

  it.each([
    ['花片', '色差片', 0.8],
    ['银耗', '银浆单耗', 0.8],
    ['人工判图', '自动判图', 0.4],
    ['发电量不达预期', 'iv曲线扫描', 0.4],
    ['电池鼓包', '热失控预警', 0.4],
    ['压差大', '主动均衡', 0.4],
    ['soc不准', '卡尔曼滤波', 0.4],
    ['人工抄表', '能耗在线监测', 0.4],
    ['异味', '蓄热式焚烧', 0.4],
    ['坏了再修', '事后维修', 0.8],
  ])('bridges %s to %s', (term, expected, weight) => {
    expect(sut.expand(term)).toContainEqual({ term: expected, weight });
  });

  it('does not read ordinary words as plant-floor terms', () => {
    const keys = (text: string) => sut.find(text).map((m) => m.key);
    expect(keys('技术转化成果')).not.toContain('化成');
    expect(keys('摄像头模组')).not.toContain('模组');
    expect(keys('病理切片')).not.toContain('切片');
    expect(keys('设备电机极限电流')).toEqual(expect.not.arrayContaining(['备电', '限电']));
    expect(keys('隐裂检测')).toContain('隐裂');
    expect(sut.expand('早期预警')).not.toContainEqual(expect.objectContaining({ term: '热失控预警' }));
  });
});
