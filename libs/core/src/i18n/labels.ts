import { COOPERATION_LABELS, CooperationMode, INDUSTRY_LABELS, Industry } from '../domain/values';
import type { Language } from './language';

const INDUSTRY_LABELS_EN: Record<Industry, string> = {
  PHOTOVOLTAIC: 'photovoltaics',
  ENERGY_STORAGE: 'energy storage',
  HIGH_END_EQUIPMENT: 'high-end equipment',
  OPTOELECTRONICS: 'optoelectronics',
  AUTO_PARTS: 'auto parts',
  DIGITAL_ECONOMY: 'digital economy',
  LIFE_HEALTH: 'life and health',
  NEW_MATERIALS: 'new materials',
};

const COOPERATION_LABELS_EN: Record<CooperationMode, string> = {
  TRANSFER: 'technology transfer',
  LICENSE: 'licensing',
  JOINT_DEVELOPMENT: 'joint development',
  EQUITY: 'equity investment',
  SERVICE: 'technical service',
};

/** An industry's name in a person's language; an unknown value is shown as is. */
export const industryLabel = (industry: string, lang: Language): string =>
  (lang === 'en' ? INDUSTRY_LABELS_EN : INDUSTRY_LABELS)[industry as Industry] ?? industry;

/** A cooperation mode's name in a person's language; an unknown value is shown as is. */
export const cooperationLabel = (mode: string, lang: Language): string =>
  (lang === 'en' ? COOPERATION_LABELS_EN : COOPERATION_LABELS)[mode as CooperationMode] ?? mode;

/** Chinese names of the states people meet in messages, per kind of record (the web app's catalogue says the same). */
const STATUS_LABELS = {
  listing: {
    DRAFT: '草稿',
    PUBLISHED: '已发布',
    ARCHIVED: '已撤回',
    OPEN: '征集中',
    CLOSED: '已关闭',
    EXPIRED: '已过期',
  },
  event: {
    DRAFT: '草稿',
    OPEN: '报名中',
    SCHEDULED: '已排程',
    PUBLISHED: '已发布',
    CLOSED: '已结束',
    CANCELLED: '已取消',
  },
  meetingRequest: { PENDING: '待回复', ACCEPTED: '已接受', DECLINED: '已婉拒', CANCELLED: '已取消', EXPIRED: '已过期' },
  registration: { PENDING: '待审核', APPROVED: '已批准', REJECTED: '已驳回' },
} as const;

/** A state's Chinese name (`statusLabel('event', 'OPEN')` is 报名中); an unknown value is shown as is. */
export const statusLabel = (scope: keyof typeof STATUS_LABELS, status: string): string =>
  (STATUS_LABELS[scope] as Record<string, string>)[status] ?? status;

const ROLE_LABELS: Record<string, string> = {
  OFFICER: '成果转化专员',
  RD_LEAD: '企业研发负责人',
  COORDINATOR: '联盟协调员',
  ADMIN: '管理员',
};
const ORG_KIND_LABELS: Record<string, string> = { UNIVERSITY: '高校院所', ENTERPRISE: '企业', ALLIANCE: '联盟' };

/** A role's Chinese name; an unknown value is shown as is. */
export const roleLabel = (role: string): string => ROLE_LABELS[role] ?? role;

/** A kind of organisation's Chinese name; an unknown value is shown as is. */
export const orgKindLabel = (kind: string): string => ORG_KIND_LABELS[kind] ?? kind;
