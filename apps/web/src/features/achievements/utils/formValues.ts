import type {
  CooperationMode,
  CreateAchievementInput,
  Industry,
  IpType,
  UpdateAchievementInput,
} from '../../../gql/graphql';

export interface AchievementFormValues {
  title: string;
  summary: string;
  industry: Industry;
  trl: number;
  keywords: string[];
  cooperationModes: CooperationMode[];
  negotiable: boolean;
  askingPriceWan?: number | null;
  team: string;
  contact: string;
  ip: { type: IpType; number?: string | null }[];
}

export interface AchievementLike {
  title: string;
  summary: string;
  industry: Industry;
  trl: number;
  keywords: string[];
  cooperationModes: CooperationMode[];
  askingPriceWan?: number | null;
  team: string;
  contact?: string | null;
  ip: { type: IpType; number?: string | null }[];
}

export const ACHIEVEMENT_FIELDS = [
  'title',
  'summary',
  'industry',
  'trl',
  'keywords',
  'cooperationModes',
  'askingPriceWan',
  'team',
  'contact',
  'ip',
] as const;

export function toFormValues(a: AchievementLike): AchievementFormValues {
  return {
    title: a.title,
    summary: a.summary,
    industry: a.industry,
    trl: a.trl,
    keywords: [...a.keywords],
    cooperationModes: [...a.cooperationModes],
    negotiable: a.askingPriceWan === null || a.askingPriceWan === undefined,
    askingPriceWan: a.askingPriceWan ?? null,
    team: a.team,
    contact: a.contact ?? '',
    ip: a.ip.map((i) => ({ type: i.type, number: i.number ?? '' })),
  };
}

function common(v: AchievementFormValues) {
  return {
    title: v.title?.trim() ?? '',
    summary: v.summary?.trim() ?? '',
    industry: v.industry,
    trl: v.trl,
    keywords: (v.keywords ?? []).map((k) => k.trim()).filter(Boolean),
    cooperationModes: v.cooperationModes ?? [],
    askingPriceWan: v.negotiable ? null : (v.askingPriceWan ?? null),
    team: v.team ?? '',
    contact: v.contact ?? '',
    ip: (v.ip ?? []).map((i) => ({ type: i.type, number: i.number?.trim() ? i.number.trim() : null })),
  };
}

/** No `key`: the server generates a stable one; nobody types it. */
export function toCreateInput(v: AchievementFormValues): CreateAchievementInput {
  return common(v);
}

export function toUpdateInput(v: AchievementFormValues, id: string, version: number): UpdateAchievementInput {
  return { ...common(v), id, version };
}
