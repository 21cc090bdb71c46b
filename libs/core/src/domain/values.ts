/** Value sets from the alliance's data schema; shared by every feature and by the search documents. */
export enum Industry {
  PHOTOVOLTAIC = 'PHOTOVOLTAIC',
  ENERGY_STORAGE = 'ENERGY_STORAGE',
  HIGH_END_EQUIPMENT = 'HIGH_END_EQUIPMENT',
  OPTOELECTRONICS = 'OPTOELECTRONICS',
  AUTO_PARTS = 'AUTO_PARTS',
  DIGITAL_ECONOMY = 'DIGITAL_ECONOMY',
  LIFE_HEALTH = 'LIFE_HEALTH',
  NEW_MATERIALS = 'NEW_MATERIALS',
}

export const INDUSTRY_LABELS: Record<Industry, string> = {
  PHOTOVOLTAIC: '光伏新能源',
  ENERGY_STORAGE: '储能',
  HIGH_END_EQUIPMENT: '高端装备',
  OPTOELECTRONICS: '光电信息',
  AUTO_PARTS: '汽车零配件',
  DIGITAL_ECONOMY: '数字经济',
  LIFE_HEALTH: '生命健康',
  NEW_MATERIALS: '新材料',
};

export enum CooperationMode {
  TRANSFER = 'TRANSFER',
  LICENSE = 'LICENSE',
  JOINT_DEVELOPMENT = 'JOINT_DEVELOPMENT',
  EQUITY = 'EQUITY',
  SERVICE = 'SERVICE',
}

export const COOPERATION_LABELS: Record<CooperationMode, string> = {
  TRANSFER: '技术转让',
  LICENSE: '技术许可',
  JOINT_DEVELOPMENT: '合作开发',
  EQUITY: '作价入股',
  SERVICE: '技术服务',
};

export enum IpType {
  INVENTION_PATENT = 'INVENTION_PATENT',
  UTILITY_MODEL = 'UTILITY_MODEL',
  SOFTWARE_COPYRIGHT = 'SOFTWARE_COPYRIGHT',
  KNOW_HOW = 'KNOW_HOW',
}

export enum OrganizationKind {
  UNIVERSITY = 'UNIVERSITY',
  ENTERPRISE = 'ENTERPRISE',
  ALLIANCE = 'ALLIANCE',
}

export enum Role {
  OFFICER = 'OFFICER',
  RD_LEAD = 'RD_LEAD',
  COORDINATOR = 'COORDINATOR',
  ADMIN = 'ADMIN',
}

export enum AchievementStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}

export enum NeedStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** The caller as every service sees it; built from the access token. */
export interface Actor {
  userId: string;
  orgId: string;
  role: Role;
  /** The sign-in (refresh-token family) the access token belongs to. */
  sessionId?: string;
  /** Manages the people of its own organisation (invite, deactivate, roles). */
  orgAdmin?: boolean;
}

/** The alliance's name: its organisation at bootstrap and the sender name of every e-mail. */
export const ALLIANCE_NAME = '秀水科创联盟';

export const isAlliance = (actor: Actor | null | undefined): boolean =>
  !!actor && (actor.role === Role.COORDINATOR || actor.role === Role.ADMIN);

/** Coordinators and administrators manage everyone's people; an organisation's admins their own. */
export const canManagePeopleOf = (actor: Actor, orgId: string): boolean =>
  isAlliance(actor) || (!!actor.orgAdmin && actor.orgId === orgId);

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** 统一社会信用代码 (GB 32100-2015): 18 characters, the last a mod-31 check character. */
export function isValidUscc(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(code[i]) * USCC_WEIGHTS[i];
  const check = (31 - (sum % 31)) % 31;
  return USCC_ALPHABET[check] === code[17];
}
