import { defaultAnalyzer } from '@app/text-analysis';
import { aListing } from '../testing';
import { meiliSettings, settingsDrift, toMeiliDocument } from './meili-schema';

describe('meiliSettings', () => {
  const settings = meiliSettings(defaultAnalyzer());

  it('turns typo tolerance off on the fuzzy channels: pinyin, initials', () => {
    expect(settings.typoTolerance?.disableOnAttributes).toEqual(expect.arrayContaining(['pinyin', 'initials']));
  });

  it('sends no character grams: charabia re-cuts them into single characters, which the word fields already hold', () => {
    expect(settings.searchableAttributes).not.toContain('grams');
    expect(Object.keys(toMeiliDocument(aListing('g', { title: '光伏组件隐裂检测' }), defaultAnalyzer()))).not.toContain(
      'grams',
    );
  });

  it('sends equivalence groups as synonyms, not associations', () => {
    expect(settings.synonyms?.bms).toContain('电池管理系统');
    // 隐裂 and EL检测 are a defect and the method that finds it (a related group), not the same thing.
    expect(settings.synonyms?.['隐裂'] ?? []).not.toContain('el检测');
  });

  it('reads back its own settings as no drift, and a missing filterable list as drift', () => {
    expect(
      settingsDrift(settings, {
        ...settings,
        filterableAttributes: [...(settings.filterableAttributes ?? [])].reverse(),
      }),
    ).toEqual([]);
    expect(settingsDrift(settings, { ...settings, filterableAttributes: [] })).toEqual(['filterableAttributes']);
  });
});
