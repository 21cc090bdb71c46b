import { REASON_CODES, type ReasonCode, type ReasonParams, reasonMessage } from './reason-messages';

/** One example per code; industries and modes as their enum values, as the factors give them. */
const EXAMPLES: Record<ReasonCode, [ReasonParams, string, string]> = {
  TEXT_SHARED_TERMS: [
    { terms: ['钝化', '隧穿氧化层'] },
    '共同关键词：钝化、隧穿氧化层',
    'Terms in common: 钝化, 隧穿氧化层',
  ],
  TEXT_NO_SHARED_TERMS: [{}, '没有共同关键词', 'No terms in common'],
  INDUSTRY_SAME: [{ industry: 'PHOTOVOLTAIC' }, '同属光伏新能源产业', 'Same industry: photovoltaics'],
  INDUSTRY_ADJACENT: [
    { wanted: 'PHOTOVOLTAIC', offered: 'DIGITAL_ECONOMY' },
    '相近产业：数字经济可服务光伏新能源',
    'Adjacent industry: digital economy serves photovoltaics',
  ],
  INDUSTRY_DISTANT: [
    { wanted: 'PHOTOVOLTAIC', offered: 'LIFE_HEALTH' },
    '产业跨度较大：生命健康领域对应光伏新能源需求',
    'Distant industry: life and health for a photovoltaics need',
  ],
  TRL_NO_MINIMUM: [{ offered: 7 }, '技术成熟度 7 级，需求未设最低要求', 'TRL 7, no minimum required'],
  TRL_MEETS: [{ offered: 8, required: 6 }, '技术成熟度 8 级，达到要求的 6 级', 'TRL 8 meets the required 6'],
  TRL_BELOW: [{ offered: 3, required: 7 }, '技术成熟度 3 级，低于要求的 7 级', 'TRL 3 below the required 7'],
  PRICE_NEGOTIABLE: [{ budget: 500 }, '价格面议（预算 500 万元）', 'Price negotiable (budget 500万)'],
  PRICE_NO_BUDGET: [{ price: 800 }, '报价 800 万元，需求未设预算', 'Asking price 800万, no budget set'],
  PRICE_WITHIN_BUDGET: [
    { price: 300, budget: 432.75 },
    '报价 300 万元，在预算 432.75 万元以内',
    'Asking price 300万 within the budget of 432.75万',
  ],
  PRICE_OVER_BUDGET: [
    { price: 900, budget: 300 },
    '报价 900 万元，超出预算 300 万元',
    'Asking price 900万 over the budget of 300万',
  ],
  MODES_SHARED: [
    { shared: ['TRANSFER', 'JOINT_DEVELOPMENT'] },
    '合作方式一致：技术转让、合作开发',
    'Shares technology transfer, joint development',
  ],
  MODES_NONE_SHARED: [
    { wanted: ['EQUITY'], offered: [] },
    '合作方式不一致：需求方希望作价入股，成果方提供（未指定）',
    'No shared cooperation mode: wants equity investment, offers (none given)',
  ],
  EXPIRED: [{ date: '2026-06-30' }, '已于 2026-06-30 过期', 'Expired on 2026-06-30'],
  PUBLISHED_UNKNOWN: [{}, '发布日期未知', 'Publication date unknown'],
  PUBLISHED_DAYS_AGO: [{ days: 5 }, '5 天前发布', 'Published 5 days ago'],
  PUBLISHED_MONTHS_AGO: [{ months: 12 }, '12 个月前发布', 'Published 12 months ago'],
  HIDDEN_REQUIREMENTS: [
    {},
    '保密需求的技术成熟度、预算与合作方式要求不公开，已计入评分',
    "The confidential need's TRL, budget and cooperation requirements are not shown; they count in the score",
  ],
};

describe('reasonMessage', () => {
  it.each(REASON_CODES.map((code) => [code, ...EXAMPLES[code]] as const))('%s', (code, params, zh, en) => {
    expect(reasonMessage({ code, params })).toBe(zh);
    expect(reasonMessage({ code, params }, 'zh-CN')).toBe(zh);
    expect(reasonMessage({ code, params }, 'en')).toBe(en);
  });

  it('has a sentence for every code, and no English word in a Chinese one', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...REASON_CODES].sort());
    for (const code of REASON_CODES) expect(reasonMessage({ code, params: EXAMPLES[code][0] })).not.toMatch(/[A-Za-z]/);
  });
});
