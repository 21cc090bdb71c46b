import { defaultAnalyzer } from '../analysis';
import { meiliSettings, settingsDrift } from './meili-schema';

describe('meiliSettings', () => {
  const settings = meiliSettings(defaultAnalyzer());

  it('turns typo tolerance off on every fuzzy channel: pinyin, initials, grams', () => {
    expect(settings.typoTolerance?.disableOnAttributes).toEqual(expect.arrayContaining(['pinyin', 'initials', 'grams']));
  });

  it('reads back its own settings as no drift, and a missing filterable list as drift', () => {
    expect(settingsDrift(settings, { ...settings, filterableAttributes: [...(settings.filterableAttributes ?? [])].reverse() })).toEqual([]);
    expect(settingsDrift(settings, { ...settings, filterableAttributes: [] })).toEqual(['filterableAttributes']);
  });
});
