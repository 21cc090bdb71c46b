import { Industry, INDUSTRY_LABELS } from '@app/core';
import { DeclineReason, MatchDirection, MatchRequestStatus } from './match-request.types';

/** Reports speak Chinese unless the request asks for English. */
export type ReportLang = 'zh-CN' | 'en';

/**
 * The report language from an Accept-Language header: the preferred (highest q) of the languages we write,
 * Chinese when none of them is asked for.
 */
export function reportLang(acceptLanguage: string | null | undefined): ReportLang {
  let best: { lang: ReportLang; q: number } | null = null;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    const lang: ReportLang | null =
      tag === 'en' || tag.startsWith('en-') ? 'en' : tag === 'zh' || tag.startsWith('zh-') ? 'zh-CN' : null;
    if (lang && (!best || q > best.q)) best = { lang, q };
  }
  return best?.lang ?? 'zh-CN';
}

/** A moment as the alliance's clock shows it: `2026-12-06 09:30` in Asia/Shanghai (UTC+8, no daylight saving). */
export function shanghaiMinute(at: Date | string | null): string {
  if (at === null) return '';
  const time = new Date(at).getTime();
  return new Date(time + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

export const MATCH_STATUS_LABELS: Record<ReportLang, Record<MatchRequestStatus, string>> = {
  'zh-CN': {
    REQUESTED: '待答复',
    ACCEPTED: '已接受',
    DECLINED: '已婉拒',
    EXPIRED: '已过期',
    WITHDRAWN: '已撤回',
    MEETING: '洽谈会面',
    NEGOTIATING: '商务谈判',
    SIGNED: '合同签订',
    LANDED: '成果落地',
    CLOSED: '已关闭',
  },
  en: {
    REQUESTED: 'Requested',
    ACCEPTED: 'Accepted',
    DECLINED: 'Declined',
    EXPIRED: 'Expired',
    WITHDRAWN: 'Withdrawn',
    MEETING: 'Meeting',
    NEGOTIATING: 'Negotiating',
    SIGNED: 'Signed',
    LANDED: 'Landed',
    CLOSED: 'Closed',
  },
};

const DIRECTION_LABELS: Record<ReportLang, Record<MatchDirection, string>> = {
  'zh-CN': { REQUEST: '企业申请对接', PROPOSAL: '高校推荐成果' },
  en: { REQUEST: 'Enterprise request', PROPOSAL: 'University proposal' },
};

const DECLINE_LABELS: Record<ReportLang, Record<DeclineReason, string>> = {
  'zh-CN': {
    TOO_EARLY: '技术成熟度不足',
    PRICE: '价格不合适',
    IP_UNCLEAR: '知识产权不清晰',
    NOT_RELEVANT: '方向不相关',
    CAPACITY: '承接能力不足',
    OTHER: '其他',
  },
  en: {
    TOO_EARLY: 'Too early',
    PRICE: 'Price',
    IP_UNCLEAR: 'IP unclear',
    NOT_RELEVANT: 'Not relevant',
    CAPACITY: 'No capacity',
    OTHER: 'Other',
  },
};

const INDUSTRY_EN: Record<Industry, string> = {
  PHOTOVOLTAIC: 'Photovoltaics',
  ENERGY_STORAGE: 'Energy storage',
  HIGH_END_EQUIPMENT: 'High-end equipment',
  OPTOELECTRONICS: 'Optoelectronics',
  AUTO_PARTS: 'Auto parts',
  DIGITAL_ECONOMY: 'Digital economy',
  LIFE_HEALTH: 'Life and health',
  NEW_MATERIALS: 'New materials',
};

/** Column titles of the match-request CSV, in column order. */
export const CSV_COLUMNS: Record<ReportLang, readonly string[]> = {
  'zh-CN': [
    '编号',
    '创建时间',
    '状态',
    '方向',
    '行业',
    '高校/院所',
    '企业',
    '成果编号',
    '成果名称',
    '需求编号',
    '需求名称',
    '留言',
    '答复时间',
    '婉拒原因',
    '婉拒说明',
    '关闭原因',
    '合同金额（万元）',
    '技术合同登记号',
  ],
  en: [
    'ID',
    'Created',
    'Status',
    'Direction',
    'Industry',
    'University',
    'Enterprise',
    'Achievement key',
    'Achievement',
    'Need key',
    'Need',
    'Message',
    'Answered',
    'Decline reason',
    'Decline note',
    'Close reason',
    'Contract amount (10k CNY)',
    'Contract number',
  ],
};

/** A code's label in the language; an unknown code (a value added later) shows as itself rather than vanishing. */
const label = <K extends string>(labels: Record<K, string>, code: string | null): string =>
  code === null ? '' : (labels[code as K] ?? code);

export const reportLabels = (lang: ReportLang) => ({
  status: (code: string) => label(MATCH_STATUS_LABELS[lang], code),
  direction: (code: string) => label(DIRECTION_LABELS[lang], code),
  declineReason: (code: string | null) => label(DECLINE_LABELS[lang], code),
  industry: (code: string) => label(lang === 'en' ? INDUSTRY_EN : INDUSTRY_LABELS, code),
});
