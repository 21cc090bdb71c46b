import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Thesaurus } from '../thesaurus';
import { loadVocabularyDir } from './shipped-vocabulary';
import { VocabularyFormatError, parseVocabularyFile, toDomainVocabulary } from './vocabulary-format';

describe('vocabulary file format', () => {
  const text = [
    '# a comment',
    '',
    '+ 光伏组件 隐裂',
    '光伏, 太阳能, pv module',
    '~ 隐裂, el检测',
    'pv组件 => 光伏组件',
    '~ 瓶片, 瓶料 => 再生涤纶',
  ].join('\n');

  it('reads terms, synonyms, related and one-way groups with where they were written', () => {
    const sut = parseVocabularyFile(text, 'photovoltaic.txt', 'PHOTOVOLTAIC');
    expect(sut.terms).toEqual(['光伏组件', '隐裂']);
    expect(sut.groups).toEqual([
      { terms: ['光伏', '太阳能', 'pv module'], kind: 'SYNONYM', source: 'photovoltaic.txt:4' },
      { terms: ['隐裂', 'el检测'], kind: 'RELATED', source: 'photovoltaic.txt:5' },
      { terms: ['pv组件', '光伏组件'], kind: 'SYNONYM', from: ['pv组件'], source: 'photovoltaic.txt:6' },
      { terms: ['瓶片', '瓶料', '再生涤纶'], kind: 'RELATED', from: ['瓶片', '瓶料'], source: 'photovoltaic.txt:7' },
    ]);
  });

  it.each([
    ['光伏', 'a group needs at least two different terms'],
    ['光伏, ', 'empty term'],
    ['光伏, 光伏', 'duplicate term "光伏"'],
    ['PV, pv', 'duplicate term "pv"'],
    ['光伏 => 太阳能 => pv', 'more than one "=>"'],
    [' => 太阳能', 'empty term'],
    [`光伏, ${'长'.repeat(65)}`, 'is longer than 64 characters'],
    ['~ 光伏', 'a group needs at least two different terms'],
  ])('refuses %j naming file and line', (line, reason) => {
    const run = () => parseVocabularyFile(`# ok\n${line}\n`, 'general.txt', null);
    expect(run).toThrow(VocabularyFormatError);
    expect(run).toThrow(`general.txt:2: `);
    expect(run).toThrow(reason);
  });

  it('expands a one-way group from its left side only, and exports it one way to Meilisearch', () => {
    const parsed = parseVocabularyFile('瓶料, 瓶片 => 再生涤纶, rpet\n', 'general.txt', null);
    const sut = new Thesaurus([toDomainVocabulary(null, [parsed])]);
    expect(sut.expand('瓶料')).toEqual([
      { term: '再生涤纶', weight: 0.8 },
      { term: 'rpet', weight: 0.8 },
    ]);
    expect(sut.expand('再生涤纶')).toEqual([]);
    expect(sut.toMeilisearchSynonyms()).toEqual({ 瓶料: ['rpet', '再生涤纶'], 瓶片: ['rpet', '再生涤纶'] });
  });

  it('names the file of an unknown industry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vocabulary-'));
    writeFileSync(join(dir, 'textiles.txt'), 'a, b\n');
    expect(() => loadVocabularyDir(dir)).toThrow('textiles.txt: the name must start with an industry');
  });
});
