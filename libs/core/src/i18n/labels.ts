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
