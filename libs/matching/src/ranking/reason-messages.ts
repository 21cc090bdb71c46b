import { cooperationLabel, DEFAULT_LANGUAGE, industryLabel, type Language } from '@app/core';

/** Which sentence a reason is; with its params it is the whole reason, so clients can render their own. */
export type ReasonCode =
  | 'TEXT_SHARED_TERMS' // { terms: string[] }
  | 'TEXT_NO_SHARED_TERMS'
  | 'INDUSTRY_SAME' // { industry }
  | 'INDUSTRY_ADJACENT' // { wanted, offered }
  | 'INDUSTRY_DISTANT' // { wanted, offered }
  | 'TRL_NO_MINIMUM' // { offered }
  | 'TRL_MEETS' // { offered, required }
  | 'TRL_BELOW' // { offered, required }
  | 'PRICE_NEGOTIABLE' // { budget? } (万元)
  | 'PRICE_NO_BUDGET' // { price }
  | 'PRICE_WITHIN_BUDGET' // { price, budget }
  | 'PRICE_OVER_BUDGET' // { price, budget }
  | 'MODES_SHARED' // { shared: CooperationMode[] }
  | 'MODES_NONE_SHARED' // { wanted: CooperationMode[], offered: CooperationMode[] }
  | 'EXPIRED' // { date: YYYY-MM-DD }
  | 'PUBLISHED_UNKNOWN'
  | 'PUBLISHED_DAYS_AGO' // { days }
  | 'PUBLISHED_MONTHS_AGO' // { months }
  | 'HIDDEN_REQUIREMENTS';

export const REASON_CODES: readonly ReasonCode[] = [
  'TEXT_SHARED_TERMS',
  'TEXT_NO_SHARED_TERMS',
  'INDUSTRY_SAME',
  'INDUSTRY_ADJACENT',
  'INDUSTRY_DISTANT',
  'TRL_NO_MINIMUM',
  'TRL_MEETS',
  'TRL_BELOW',
  'PRICE_NEGOTIABLE',
  'PRICE_NO_BUDGET',
  'PRICE_WITHIN_BUDGET',
  'PRICE_OVER_BUDGET',
  'MODES_SHARED',
  'MODES_NONE_SHARED',
  'EXPIRED',
  'PUBLISHED_UNKNOWN',
  'PUBLISHED_DAYS_AGO',
  'PUBLISHED_MONTHS_AGO',
  'HIDDEN_REQUIREMENTS',
];

/** JSON-safe values only: numbers, strings and lists of strings. */
export type ReasonParams = Readonly<Record<string, number | string | readonly string[]>>;

type Sentence = (p: Reader) => string;
interface Reader {
  n(name: string): string;
  s(name: string): string;
  list(name: string): readonly string[];
  has(name: string): boolean;
}

const reader = (p: ReasonParams): Reader => ({
  n: (name) => String(p[name] ?? ''),
  s: (name) => String(p[name] ?? ''),
  list: (name) => (Array.isArray(p[name]) ? (p[name] as readonly string[]) : []),
  has: (name) => p[name] !== undefined && p[name] !== null,
});

const modes = (r: Reader, name: string, lang: Language, none: string, sep: string): string => {
  const values = r.list(name);
  return values.length ? values.map((m) => cooperationLabel(m, lang)).join(sep) : none;
};

/** The catalogue: one sentence per code and language, built from the params only. */
const MESSAGES: Record<ReasonCode, Record<Language, Sentence>> = {
  TEXT_SHARED_TERMS: {
    'zh-CN': (r) => `共同关键词：${r.list('terms').join('、')}`,
    en: (r) => `Terms in common: ${r.list('terms').join(', ')}`,
  },
  TEXT_NO_SHARED_TERMS: { 'zh-CN': () => '没有共同关键词', en: () => 'No terms in common' },
  INDUSTRY_SAME: {
    'zh-CN': (r) => `同属${industryLabel(r.s('industry'), 'zh-CN')}产业`,
    en: (r) => `Same industry: ${industryLabel(r.s('industry'), 'en')}`,
  },
  INDUSTRY_ADJACENT: {
    'zh-CN': (r) => `相近产业：${industryLabel(r.s('offered'), 'zh-CN')}可服务${industryLabel(r.s('wanted'), 'zh-CN')}`,
    en: (r) => `Adjacent industry: ${industryLabel(r.s('offered'), 'en')} serves ${industryLabel(r.s('wanted'), 'en')}`,
  },
  INDUSTRY_DISTANT: {
    'zh-CN': (r) =>
      `产业跨度较大：${industryLabel(r.s('offered'), 'zh-CN')}领域对应${industryLabel(r.s('wanted'), 'zh-CN')}需求`,
    en: (r) =>
      `Distant industry: ${industryLabel(r.s('offered'), 'en')} for a ${industryLabel(r.s('wanted'), 'en')} need`,
  },
  TRL_NO_MINIMUM: {
    'zh-CN': (r) => `技术成熟度 ${r.n('offered')} 级，需求未设最低要求`,
    en: (r) => `TRL ${r.n('offered')}, no minimum required`,
  },
  TRL_MEETS: {
    'zh-CN': (r) => `技术成熟度 ${r.n('offered')} 级，达到要求的 ${r.n('required')} 级`,
    en: (r) => `TRL ${r.n('offered')} meets the required ${r.n('required')}`,
  },
  TRL_BELOW: {
    'zh-CN': (r) => `技术成熟度 ${r.n('offered')} 级，低于要求的 ${r.n('required')} 级`,
    en: (r) => `TRL ${r.n('offered')} below the required ${r.n('required')}`,
  },
  PRICE_NEGOTIABLE: {
    'zh-CN': (r) => (r.has('budget') ? `价格面议（预算 ${r.n('budget')} 万元）` : '价格面议，需求未设预算'),
    en: (r) => (r.has('budget') ? `Price negotiable (budget ${r.n('budget')}万)` : 'Price negotiable, no budget set'),
  },
  PRICE_NO_BUDGET: {
    'zh-CN': (r) => `报价 ${r.n('price')} 万元，需求未设预算`,
    en: (r) => `Asking price ${r.n('price')}万, no budget set`,
  },
  PRICE_WITHIN_BUDGET: {
    'zh-CN': (r) => `报价 ${r.n('price')} 万元，在预算 ${r.n('budget')} 万元以内`,
    en: (r) => `Asking price ${r.n('price')}万 within the budget of ${r.n('budget')}万`,
  },
  PRICE_OVER_BUDGET: {
    'zh-CN': (r) => `报价 ${r.n('price')} 万元，超出预算 ${r.n('budget')} 万元`,
    en: (r) => `Asking price ${r.n('price')}万 over the budget of ${r.n('budget')}万`,
  },
  MODES_SHARED: {
    'zh-CN': (r) => `合作方式一致：${modes(r, 'shared', 'zh-CN', '无', '、')}`,
    en: (r) => `Shares ${modes(r, 'shared', 'en', 'none', ', ')}`,
  },
  MODES_NONE_SHARED: {
    'zh-CN': (r) =>
      `合作方式不一致：需求方希望${modes(r, 'wanted', 'zh-CN', '（未指定）', '、')}，成果方提供${modes(r, 'offered', 'zh-CN', '（未指定）', '、')}`,
    en: (r) =>
      `No shared cooperation mode: wants ${modes(r, 'wanted', 'en', '(none given)', ', ')}, offers ${modes(r, 'offered', 'en', '(none given)', ', ')}`,
  },
  EXPIRED: { 'zh-CN': (r) => `已于 ${r.s('date')} 过期`, en: (r) => `Expired on ${r.s('date')}` },
  PUBLISHED_UNKNOWN: { 'zh-CN': () => '发布日期未知', en: () => 'Publication date unknown' },
  PUBLISHED_DAYS_AGO: { 'zh-CN': (r) => `${r.n('days')} 天前发布`, en: (r) => `Published ${r.n('days')} days ago` },
  PUBLISHED_MONTHS_AGO: {
    'zh-CN': (r) => `${r.n('months')} 个月前发布`,
    en: (r) => `Published ${r.n('months')} months ago`,
  },
  HIDDEN_REQUIREMENTS: {
    'zh-CN': () => '保密需求的技术成熟度、预算与合作方式要求不公开，已计入评分',
    en: () => "The confidential need's TRL, budget and cooperation requirements are not shown; they count in the score",
  },
};

/** The sentence of a reason in a person's language (Chinese by default). */
export function reasonMessage(
  reason: { code: ReasonCode; params: ReasonParams },
  lang: Language = DEFAULT_LANGUAGE,
): string {
  return MESSAGES[reason.code][lang](reader(reason.params));
}
