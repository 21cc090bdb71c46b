import type { SearchEngine } from '../search-engine';
import { toHalfWidth, toSimplifiedChinese } from '@app/text-analysis';
import type { SearchDocument, SearchPage, SearchQuery } from '../search.types';
import { HOSTILE_REGION, ORG_OPTICS, SECRET_WORD, aListing, contractListings, keys } from './contract-fixtures';
import type { ContractOptions } from './contract-fixtures';
import { describeWritingContract } from './search-engine.contract.writing';

const display = (text: string | undefined): string | undefined =>
  text === undefined ? undefined : toSimplifiedChinese(toHalfWidth(text));

/**
 * The behaviour every `SearchEngine` adapter must show. `factory` returns a fresh, empty engine (its own index);
 * the suite calls `init` and loads the contract catalog itself.
 */
export function describeSearchEngineContract(
  name: string,
  factory: () => SearchEngine | Promise<SearchEngine>,
  options: ContractOptions = {},
): void {
  const timeout = options.timeout ?? 20_000;
  const fresh = async (): Promise<SearchEngine> => {
    const engine = await factory();
    await engine.init();
    await engine.reindex(contractListings());
    return engine;
  };

  describe(`SearchEngine contract: ${name}`, () => {
    describe('reading', () => {
      let sut: SearchEngine;
      const search = (q: SearchQuery): Promise<SearchPage> => sut.search(q);
      beforeAll(async () => {
        sut = await fresh();
      }, timeout * 3);
      afterAll(async () => options.teardown?.(sut), timeout);

      it('counts documents and reports health', async () => {
        expect(await sut.count()).toBe(contractListings().length);
        expect((await sut.health()).ok).toBe(true);
      });

      it.each([
        ['Chinese', '光伏玻璃', 'GLASS'],
        ['spaced pinyin', 'guangfu boli', 'GLASS'],
        ['joined pinyin', 'guangfuboli', 'GLASS'],
        ['initials', 'gfbl', 'GLASS'],
        ['traditional', '鈣鈦礦電池', 'PEROVSKITE'],
        ['full-width and case', 'ＨＪＴ', 'HJT'],
        ['homophone typo', '光扶玻璃', 'GLASS'],
        ['missing character', '碳纤复合材料', 'CARBON'],
        ['abbreviation for a Chinese term', 'BMS', 'BMS'],
        ['English term', 'lidar', 'LIDAR'],
        ['English for Chinese', 'perovskite', 'PEROVSKITE'],
        ['mixed', 'HJT 银浆', 'HJT'],
        ['synonym', '太阳能玻璃', 'GLASS'],
      ])(
        'finds by %s: %s',
        async (_style, text, expected) => {
          const page = await search({ text, limit: 3 });
          expect(keys(page)).toContain(expected);
          expect(page.hits[0].key).toBe(expected);
        },
        timeout,
      );

      it(
        'does not let 光刻 match 光伏 as a strong hit',
        async () => {
          const page = await search({ text: '光刻', limit: 10 });
          expect(page.hits[0]?.key).toBe('LITHO');
          const glass = page.hits.find((h) => h.key === 'GLASS');
          expect(glass?.score ?? 0).toBeLessThan(0.3);
        },
        timeout,
      );

      it(
        'reduces a pasted long description and returns scored candidates',
        async () => {
          const text =
            '我们电站的储能电池舱最近出现过电芯冒烟，现有消防系统报警太晚。希望引入能在热失控之前提前几分钟预警的监测手段，' +
            '比如气体探测或温度监测，并能和电池管理系统联动，最好有储能电站的实际应用案例。';
          const page = await search({ text, kinds: ['ACHIEVEMENT'], limit: 5 });
          expect(keys(page)).toContain('BMS');
          expect(page.hits.every((h) => h.kind === 'ACHIEVEMENT')).toBe(true);
          for (const h of page.hits) expect(h.score).toBeGreaterThanOrEqual(0);
        },
        timeout,
      );

      it(
        'keeps every hit with minScore 0, for callers that re-rank candidates',
        async () => {
          // Mostly words of a need: only a weak one (分钟) reaches an achievement.
          const text = '储能电站热失控提前预警 电芯冒烟 火灾风险 储能安全 几分钟';
          const floored = keys(await search({ text, kinds: ['ACHIEVEMENT'], limit: 20 }));
          const all = keys(await search({ text, kinds: ['ACHIEVEMENT'], limit: 20, minScore: 0 }));
          expect(all).toEqual(expect.arrayContaining(floored));
          expect(all).toContain('CARBON');
        },
        timeout,
      );

      it(
        'reads keyTerms as words only: a listing word is found, the pinyin fallback is not used',
        async () => {
          expect(keys(await search({ text: '光伏玻璃 透光率', limit: 3, keyTerms: true }))[0]).toBe('GLASS');
          expect(keys(await search({ text: 'guangfu boli', limit: 10 }))).toContain('GLASS');
          expect(keys(await search({ text: 'guangfu boli', limit: 10, keyTerms: true }))).not.toContain('GLASS');
        },
        timeout,
      );

      it(
        'returns the indexed listing with withDocuments, a confidential need as its teaser only',
        async () => {
          const listing = (key: string): SearchDocument => contractListings().find((d) => d.key === key)!;
          const documentOf = async (text: string, key: string): Promise<SearchDocument | undefined> =>
            (await search({ text, limit: 5, withDocuments: true })).hits.find((h) => h.key === key)?.document;
          // Texts may come back in display form (half-width, simplified).
          const facts = (d: SearchDocument | undefined): Record<string, unknown> => ({
            ...d,
            title: display(d?.title),
            summary: display(d?.summary),
            keywords: d?.keywords.map(display),
            orgId: undefined,
            orgName: undefined,
            region: undefined,
            orgKind: undefined,
          });
          const fields = [
            'id',
            'kind',
            'key',
            'title',
            'summary',
            'keywords',
            'industry',
            'cooperationModes',
            'status',
            'confidential',
            'publishedAt',
          ];
          const pick = (d: SearchDocument, extra: string[]): Record<string, unknown> =>
            Object.fromEntries([...fields, ...extra].map((f) => [f, facts(d)[f]]));
          expect(facts(await documentOf('光伏玻璃', 'GLASS'))).toMatchObject(
            pick(listing('GLASS'), ['trl', 'priceWan']),
          );
          expect(facts(await documentOf('热失控预警', 'NEED-THERMAL'))).toMatchObject(
            pick(listing('NEED-THERMAL'), ['minTrl', 'budgetWan']),
          );
          const teaser = await documentOf('燃料电池催化剂', 'NEED-SECRET');
          expect(teaser).toMatchObject({
            key: 'NEED-SECRET',
            title: listing('NEED-SECRET').title,
            confidential: true,
            cooperationModes: [],
          });
          // Sent with every hidden field, it is stored as its teaser (teaserDocument): no text, budget, TRL, region or owner.
          expect([
            teaser?.summary,
            teaser?.budgetWan ?? undefined,
            teaser?.minTrl ?? undefined,
            teaser?.region ?? undefined,
            teaser?.orgId,
            teaser?.orgKind ?? undefined,
            teaser?.validUntil ?? undefined,
          ]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
          expect((await search({ text: '光伏玻璃', limit: 3 })).hits[0].document).toBeUndefined();
        },
        timeout,
      );

      it(
        'returns scores in 0..1, best first',
        async () => {
          const page = await search({ text: '光伏 电池', limit: 10 });
          expect(page.hits.length).toBeGreaterThan(1);
          for (const h of page.hits) expect(h.score).toBeGreaterThan(0);
          for (const h of page.hits) expect(h.score).toBeLessThanOrEqual(1);
          for (let i = 1; i < page.hits.length; i++)
            expect(page.hits[i - 1].score).toBeGreaterThanOrEqual(page.hits[i].score);
        },
        timeout,
      );

      it(
        'finds a confidential need by its teaser only',
        async () => {
          expect(keys(await search({ text: '燃料电池催化剂' }))).toContain('NEED-SECRET');
          expect(keys(await search({ text: SECRET_WORD }))).not.toContain('NEED-SECRET');
          expect(keys(await search({ text: '保密企业' }))).not.toContain('NEED-SECRET');
          const hit = (await search({ text: '催化剂', highlight: true })).hits.find((h) => h.key === 'NEED-SECRET');
          expect(hit?.summaryHighlight ?? '').not.toContain(SECRET_WORD);
        },
        timeout,
      );

      it(
        'highlights matches with <em> and escapes HTML',
        async () => {
          const glass = (await search({ text: '光伏玻璃', highlight: true, limit: 1 })).hits[0];
          expect(glass.titleHighlight).toContain('<em>');
          expect(glass.titleHighlight?.replace(/<\/?em>/g, '')).toBe('光伏玻璃减反射镀膜技术');
          const hostile = (await search({ text: '冷站群控', highlight: true, limit: 1 })).hits[0];
          expect(hostile.key).toBe('HOSTILE');
          expect(hostile.titleHighlight).not.toContain('<script>');
          expect(hostile.titleHighlight).toContain('&lt;script&gt;');
        },
        timeout,
      );

      it.each<[string, SearchQuery, string[]]>([
        ['kinds', { kinds: ['NEED'] }, ['NEED-THERMAL', 'NEED-SECRET']],
        ['industries', { filters: { industries: ['NEW_MATERIALS'] } }, ['LITHO', 'CARBON', 'NEED-SECRET']],
        [
          'TRL range (needs by minTrl)',
          { filters: { trlMin: 6, trlMax: 7 } },
          ['HJT', 'BMS', 'CARBON', 'EL', 'NEED-THERMAL', 'HOSTILE'],
        ],
        [
          'cooperation modes (any)',
          { filters: { cooperationModes: ['EQUITY', 'SERVICE'] } },
          ['BMS', 'LIDAR', 'EL', 'NEED-THERMAL'],
        ],
        ['organisations', { filters: { orgIds: [aListing('X', { orgId: ORG_OPTICS }).orgId as string] } }, ['LIDAR']],
        [
          'max price keeps 面议 and needs, not confidential ones',
          { filters: { maxPriceWan: 100 } },
          ['BMS', 'PEROVSKITE', 'EL', 'NEED-THERMAL', 'HOSTILE'],
        ],
        [
          'a hidden-field filter never matches a confidential need, even one sent with the field',
          { kinds: ['NEED'], filters: { trlMin: 5, trlMax: 5 } },
          [],
        ],
        ['statuses', { filters: { statuses: ['DRAFT'] } }, ['EL']],
        [
          'excluded ids',
          { kinds: ['NEED'], filters: { excludeIds: [aListing('NEED-SECRET').id, 'not-an-id'] } },
          ['NEED-THERMAL'],
        ],
        ['confidential', { filters: { confidential: true } }, ['NEED-SECRET']],
        [
          'organisation kinds, never a confidential need',
          { filters: { orgKinds: ['ENTERPRISE', 'ALLIANCE'] } },
          ['NEED-THERMAL', 'HOSTILE'],
        ],
        [
          'organisation kind with other filters',
          { kinds: ['ACHIEVEMENT'], filters: { orgKinds: ['UNIVERSITY'], industries: ['ENERGY_STORAGE'] } },
          ['BMS'],
        ],
        ['hostile region value matches literally', { filters: { regions: [HOSTILE_REGION] } }, ['HOSTILE']],
        ['injection attempt matches nothing', { filters: { regions: ['x" OR kind = "NEED'] } }, []],
        ['backslash value matches nothing', { filters: { statuses: ['PUBLISHED\\'] } }, []],
        ['filters with text', { text: '储能', filters: { industries: ['ENERGY_STORAGE'] } }, ['BMS', 'NEED-THERMAL']],
      ])(
        'filters by %s',
        async (_name, query, expected) => {
          const page = await search({ limit: 50, ...query });
          expect([...keys(page)].sort()).toEqual([...expected].sort());
          expect(page.total).toBe(expected.length);
        },
        timeout,
      );

      it(
        'sorts by newest, TRL and price, and newest first without text',
        async () => {
          const all = contractListings();
          const newest = [...all].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)).map((d) => d.key);
          expect(keys(await search({ sort: 'NEWEST', limit: 50 }))).toEqual(newest);
          expect(keys(await search({ limit: 50 }))).toEqual(newest);
          // Ties (same TRL, no price) are broken newest first.
          expect(keys(await search({ sort: 'TRL', kinds: ['ACHIEVEMENT'], limit: 50 }))).toEqual([
            'GLASS',
            'CARBON',
            'EL',
            'BMS',
            'HJT',
            'HOSTILE',
            'LITHO',
            'LIDAR',
            'PEROVSKITE',
          ]);
          expect(keys(await search({ sort: 'PRICE', kinds: ['ACHIEVEMENT'], limit: 50 }))).toEqual([
            'HOSTILE',
            'PEROVSKITE',
            'EL',
            'GLASS',
            'LITHO',
            'HJT',
            'CARBON',
            'LIDAR',
            'BMS', // 面议 last
          ]);
        },
        timeout,
      );

      it(
        'pages consistently',
        async () => {
          const full = await search({ sort: 'NEWEST', limit: 50 });
          const first = await search({ sort: 'NEWEST', offset: 0, limit: 4 });
          const second = await search({ sort: 'NEWEST', offset: 4, limit: 4 });
          const odd = await search({ sort: 'NEWEST', offset: 3, limit: 2 });
          expect([...keys(first), ...keys(second)]).toEqual(keys(full).slice(0, 8));
          expect(keys(odd)).toEqual(keys(full).slice(3, 5));
          expect(first.total).toBe(full.total);
        },
        timeout,
      );

      it(
        'counts facets over the whole filtered set',
        async () => {
          const page = await search({ limit: 1, facets: ['industry', 'kind', 'cooperationModes', 'trl', 'status'] });
          expect(page.facets.industry).toEqual({
            PHOTOVOLTAIC: 4,
            ENERGY_STORAGE: 2,
            OPTOELECTRONICS: 1,
            NEW_MATERIALS: 3,
            DIGITAL_ECONOMY: 1,
          });
          expect(page.facets.kind).toEqual({ ACHIEVEMENT: 9, NEED: 2 });
          expect(page.facets.status).toEqual({ PUBLISHED: 8, DRAFT: 1, OPEN: 2 });
          expect(page.facets.trl?.['7']).toBe(3);
          // NEED-SECRET's JOINT_DEVELOPMENT is a hidden field: its teaser carries no modes, so no facet counts it.
          expect(page.facets.cooperationModes?.JOINT_DEVELOPMENT).toBe(3);
          const filtered = await search({
            text: '储能',
            filters: { industries: ['ENERGY_STORAGE'] },
            facets: ['kind'],
          });
          expect(filtered.facets.kind).toEqual({ ACHIEVEMENT: 1, NEED: 1 });
        },
        timeout,
      );

      it(
        'counts organisation kinds, leaving out confidential needs',
        async () => {
          const page = await search({ limit: 1, facets: ['orgKind'] });
          expect(page.facets.orgKind).toEqual({ UNIVERSITY: 8, ENTERPRISE: 1, ALLIANCE: 1 });
          const needs = await search({
            kinds: ['NEED'],
            facets: ['orgKind'],
            filters: { industries: ['ENERGY_STORAGE', 'NEW_MATERIALS'] },
          });
          expect(page.total).toBe(contractListings().length);
          expect(needs.total).toBe(2);
          expect(needs.facets.orgKind).toEqual({ ENTERPRISE: 1 });
          const filtered = await search({ filters: { orgKinds: ['UNIVERSITY'] }, facets: ['orgKind', 'kind'] });
          expect(filtered.facets.orgKind).toEqual({ UNIVERSITY: 8 });
          expect(filtered.facets.kind).toEqual({ ACHIEVEMENT: 8 });
        },
        timeout,
      );
    });

    describeWritingContract(fresh, options, timeout);
  });
}
