import type { Settings } from 'meilisearch';
import { type TextAnalyzer, toHalfWidth, toSimplifiedChinese } from '@app/text-analysis';
import { visibleDocument } from '../teaser';
import type { FacetName, SearchDocument, SearchSort } from '../search.types';
import { meiliDictionary } from './engine-tokens';
import { FILTER_ATTRIBUTES } from './filter-builder';
import type { MeiliDocument } from './meili-client';

/** Searchable attributes in priority order (Meilisearch's `attribute` rule ranks earlier ones higher). */
export const SEARCHABLE_ATTRIBUTES = ['title', 'keywords', 'pinyin', 'initials', 'summary', 'orgName'] as const;

/** The searchable attributes holding words, without the fuzzy channels (pinyin, initials). */
export const WORD_ATTRIBUTES = ['title', 'keywords', 'summary', 'orgName'] as const;

export const SORTABLE_ATTRIBUTES = ['publishedTs', 'trl', 'priceKey'] as const;

/** Facet names of the port → Meilisearch attributes. */
export const FACET_ATTRIBUTES: Record<FacetName, string> = {
  industry: FILTER_ATTRIBUTES.industry,
  kind: FILTER_ATTRIBUTES.kind,
  cooperationModes: FILTER_ATTRIBUTES.cooperationModes,
  trl: FILTER_ATTRIBUTES.trl,
  region: FILTER_ATTRIBUTES.region,
  status: FILTER_ATTRIBUTES.status,
  orgKind: FILTER_ATTRIBUTES.orgKind,
};

/** Sort orders of the port; RELEVANCE without text falls back to newest first. */
export function meiliSort(sort: SearchSort | undefined, hasText: boolean): string[] | undefined {
  switch (sort) {
    case 'NEWEST':
      return ['publishedTs:desc'];
    case 'TRL':
      return ['trl:desc', 'publishedTs:desc'];
    case 'PRICE':
      return ['priceKey:asc', 'publishedTs:desc'];
    default:
      return hasText ? undefined : ['publishedTs:desc'];
  }
}

/**
 * The whole index configuration, applied idempotently at start and on every fresh index. `sort` comes first so an
 * explicit order is strict; without one it is a no-op and relevance rules decide.
 */
export function meiliSettings(analyzer: TextAnalyzer): Settings {
  return {
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
    filterableAttributes: [...new Set(Object.values(FILTER_ATTRIBUTES))],
    sortableAttributes: [...SORTABLE_ATTRIBUTES],
    displayedAttributes: [...DOCUMENT_ATTRIBUTES],
    rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
    // Chinese everywhere: jieba segmentation and no Japanese detection of kanji-only titles.
    localizedAttributes: [{ attributePatterns: ['*'], locales: ['cmn'] }],
    // Only the terms the engine's tokenizer would lose, see selectEngineDictionary.
    dictionary: [...meiliDictionary()],
    synonyms: analyzer.thesaurus.toMeilisearchSynonyms(),
    // Typos on pinyin and initials would match unrelated syllables (guangfu ~ guangyu). Typo tolerance is on by
    // default per attribute (crates/milli/src/update/settings.rs).
    typoTolerance: { enabled: true, disableOnAttributes: ['pinyin', 'initials'] },
    pagination: { maxTotalHits: 10_000 },
    faceting: { maxValuesPerFacet: 200 },
  };
}

/** Settings whose value the adapter depends on (filters, ranking, Chinese analysis); compared after applying. */
const VERIFIED_SETTINGS = [
  'searchableAttributes',
  'filterableAttributes',
  'sortableAttributes',
  'rankingRules',
  'localizedAttributes',
  'typoTolerance',
] as const;

/** Names of the settings the server does not hold as sent (order-insensitive for attribute sets). */
export function settingsDrift(wanted: Settings, actual: Settings): string[] {
  const norm = (name: (typeof VERIFIED_SETTINGS)[number], value: unknown): string => {
    if (value === undefined || value === null) return 'null';
    if (name === 'filterableAttributes' || name === 'sortableAttributes')
      return JSON.stringify([...(value as unknown[])].map(String).sort());
    if (name === 'typoTolerance') {
      const t = value as { enabled?: boolean; disableOnAttributes?: string[] };
      return JSON.stringify({
        enabled: t.enabled ?? true,
        disableOnAttributes: [...(t.disableOnAttributes ?? [])].sort(),
      });
    }
    if (name === 'localizedAttributes') return JSON.stringify(value);
    return JSON.stringify(value);
  };
  return VERIFIED_SETTINGS.filter(
    (name) => wanted[name] !== undefined && norm(name, wanted[name]) !== norm(name, actual[name]),
  );
}

/** What a hit can return: the port document's fields as stored (not the analysis channels). */
export const DOCUMENT_ATTRIBUTES = [
  'id',
  'kind',
  'key',
  'title',
  'summary',
  'keywords',
  'industry',
  'trl',
  'priceWan',
  'priceKey',
  'cooperationModes',
  'orgId',
  'orgName',
  'region',
  'orgKind',
  'status',
  'confidential',
  'publishedAt',
  'validUntil',
] as const;

/** Half-width and simplified, keeping case (Meilisearch folds case itself; highlights keep the original look). */
function displayForm(text: string): string {
  return toSimplifiedChinese(toHalfWidth(text));
}

/** Maps a port document to its Meilisearch form, with the shared analysis' extra fields. */
export function toMeiliDocument(input: SearchDocument, analyzer: TextAnalyzer): MeiliDocument {
  const doc = visibleDocument(input);
  const features = analyzer.document(doc);
  const trl = doc.kind === 'NEED' ? doc.minTrl : doc.trl;
  const priceKey = doc.kind === 'ACHIEVEMENT' ? doc.priceWan : doc.budgetWan;
  const time = Date.parse(doc.publishedAt);
  const out: MeiliDocument = {
    id: doc.id,
    kind: doc.kind,
    key: doc.key,
    title: displayForm(doc.title),
    keywords: doc.keywords.map(displayForm),
    pinyin: features.pinyin.join(' '),
    initials: features.initials.join(' '),
    industry: doc.industry,
    negotiable: doc.kind === 'ACHIEVEMENT' && (doc.priceWan === null || doc.priceWan === undefined),
    cooperationModes: doc.cooperationModes ?? [],
    status: doc.status,
    confidential: doc.confidential,
    publishedAt: doc.publishedAt,
    publishedTs: Number.isFinite(time) ? time : 0,
  };
  if (doc.summary) out.summary = displayForm(doc.summary);
  if (doc.orgName) out.orgName = displayForm(doc.orgName);
  if (typeof trl === 'number') out.trl = trl;
  if (doc.kind === 'ACHIEVEMENT' && typeof doc.priceWan === 'number') out.priceWan = doc.priceWan;
  if (typeof priceKey === 'number') out.priceKey = priceKey;
  if (doc.orgId) out.orgId = doc.orgId;
  if (doc.region) out.region = doc.region;
  if (doc.orgKind) out.orgKind = doc.orgKind;
  if (doc.validUntil) out.validUntil = doc.validUntil;
  return out;
}

/** The port document back from its Meilisearch form (texts stay in display form). */
export function fromMeiliDocument(
  doc: Partial<MeiliDocument> & Pick<MeiliDocument, 'id' | 'kind' | 'key'>,
): SearchDocument {
  const out: SearchDocument = {
    id: doc.id,
    kind: doc.kind as SearchDocument['kind'],
    key: doc.key,
    title: doc.title ?? '',
    keywords: doc.keywords ?? [],
    industry: doc.industry as SearchDocument['industry'],
    cooperationModes: doc.cooperationModes ?? [],
    status: doc.status ?? '',
    // Unknown counts as confidential: the safe reading.
    confidential: doc.confidential ?? true,
    publishedAt: doc.publishedAt ?? '',
  };
  if (doc.summary !== undefined) out.summary = doc.summary;
  if (doc.kind === 'NEED') {
    out.minTrl = doc.trl ?? null;
    if (!out.confidential) out.budgetWan = doc.priceKey ?? null;
  } else {
    out.trl = doc.trl ?? null;
    out.priceWan = doc.priceWan ?? null;
  }
  if (doc.orgId !== undefined) out.orgId = doc.orgId;
  if (doc.orgName !== undefined) out.orgName = doc.orgName;
  out.region = doc.region ?? null;
  if (doc.orgKind !== undefined) out.orgKind = doc.orgKind;
  out.validUntil = doc.validUntil ?? null;
  return out;
}
