import { buildMeiliFilter, quoteFilterValue } from './filter-builder';

describe('quoteFilterValue', () => {
  it.each([
    ['plain', 'PHOTOVOLTAIC', '"PHOTOVOLTAIC"'],
    ['double quote', 'a"b', '"a\\"b"'],
    ['backslash before quote', 'a\\"b', '"a\\\\\\"b"'],
    ['trailing backslash', 'x\\', '"x\\\\"'],
    ['OR inside a value', 'x" OR industry = "PHOTOVOLTAIC', '"x\\" OR industry = \\"PHOTOVOLTAIC"'],
    ['Chinese', '浙江省嘉兴市', '"浙江省嘉兴市"'],
  ])('%s', (_name, value, expected) => {
    expect(quoteFilterValue(value)).toBe(expected);
  });

  it('never lets a value close its quotes', () => {
    for (const value of ['"', '\\', '\\"', '" OR "1"="1', 'a\\\\" OR kind = "NEED']) {
      const quoted = quoteFilterValue(value);
      // Inside the outer quotes every quote is escaped by an odd run of backslashes.
      const inner = quoted.slice(1, -1);
      for (const m of inner.matchAll(/(\\*)"/g)) expect(m[1].length % 2).toBe(1);
    }
  });
});

describe('buildMeiliFilter', () => {
  it('returns undefined when nothing filters', () => {
    expect(buildMeiliFilter(undefined, undefined)).toBeUndefined();
    expect(buildMeiliFilter(['ACHIEVEMENT', 'NEED'], {})).toBeUndefined();
  });

  it('builds AND-ed expressions from typed inputs only', () => {
    expect(
      buildMeiliFilter(['NEED'], {
        industries: ['PHOTOVOLTAIC', 'ENERGY_STORAGE'],
        trlMin: 4,
        cooperationModes: ['LICENSE'],
        orgIds: ['0f8e'],
        maxPriceWan: 200,
        regions: ['浙江"省 \\ OR 1=1'],
        orgKinds: ['UNIVERSITY'],
        statuses: ['OPEN'],
        confidential: false,
      }),
    ).toEqual([
      'kind IN ["NEED"]',
      'industry IN ["PHOTOVOLTAIC", "ENERGY_STORAGE"]',
      'cooperationModes IN ["LICENSE"]',
      'orgId IN ["0f8e"]',
      'region IN ["浙江\\"省 \\\\ OR 1=1"]',
      'orgKind IN ["UNIVERSITY"]',
      'status IN ["OPEN"]',
      'trl 4 TO 9',
      '(kind = "NEED" OR negotiable = true OR priceWan <= 200)',
      'confidential = false',
      'confidential = false',
    ]);
  });

  it('excludes ids by a quoted NOT IN', () => {
    expect(buildMeiliFilter(undefined, { excludeIds: ['a1', 'x" OR kind = "NEED'] })).toEqual([
      'NOT id IN ["a1", "x\\" OR kind = \\"NEED"]',
    ]);
  });

  it('a hidden-field filter keeps confidential documents out', () => {
    for (const f of [
      { trlMin: 3 },
      { trlMax: 3 },
      { cooperationModes: ['LICENSE'] },
      { orgIds: ['o'] },
      { regions: ['嘉兴'] },
      { orgKinds: ['ENTERPRISE'] },
      { maxPriceWan: 0 },
    ]) {
      expect(buildMeiliFilter(undefined, f)).toContain('confidential = false');
    }
    expect(buildMeiliFilter(undefined, { industries: ['PHOTOVOLTAIC'], statuses: ['OPEN'] })).toEqual([
      'industry IN ["PHOTOVOLTAIC"]',
      'status IN ["OPEN"]',
    ]);
  });

  it('rejects numbers that are not finite', () => {
    expect(() => buildMeiliFilter(undefined, { trlMin: Number.NaN })).toThrow('trlMin');
    expect(() => buildMeiliFilter(undefined, { maxPriceWan: Infinity })).toThrow('maxPriceWan');
    expect(() => buildMeiliFilter(undefined, { trlMax: '5 OR 1=1' as unknown as number })).toThrow('trlMax');
  });
});
