import type { CooperationMode, CreateNeedInput, Industry, UpdateNeedInput } from '../../../gql/graphql';

export interface NeedFormValues {
  title: string;
  description: string;
  industry: Industry;
  keywords: string[];
  cooperationModes: CooperationMode[];
  minTrl?: number | null;
  budgetWan?: number | null;
  deadline?: string | null;
  confidential: boolean;
  contact: string;
}

export interface NeedLike {
  title: string;
  description?: string | null;
  industry: Industry;
  keywords: string[];
  cooperationModes?: CooperationMode[] | null;
  minTrl?: number | null;
  budgetWan?: number | null;
  deadline?: string | null;
  confidential: boolean;
  contact?: string | null;
}

export const NEED_FIELDS = [
  'title',
  'description',
  'industry',
  'keywords',
  'cooperationModes',
  'minTrl',
  'budgetWan',
  'deadline',
  'confidential',
  'contact',
] as const;

export function toFormValues(n: NeedLike): NeedFormValues {
  return {
    title: n.title,
    description: n.description ?? '',
    industry: n.industry,
    keywords: [...n.keywords],
    cooperationModes: [...(n.cooperationModes ?? [])],
    minTrl: n.minTrl ?? null,
    budgetWan: n.budgetWan ?? null,
    deadline: n.deadline ?? null,
    confidential: n.confidential,
    contact: n.contact ?? '',
  };
}

function common(v: NeedFormValues) {
  return {
    title: v.title?.trim() ?? '',
    description: v.description?.trim() ?? '',
    industry: v.industry,
    keywords: (v.keywords ?? []).map((k) => k.trim()).filter(Boolean),
    cooperationModes: v.cooperationModes ?? [],
    minTrl: v.minTrl ?? null,
    budgetWan: v.budgetWan ?? null,
    deadline: v.deadline || null,
    confidential: !!v.confidential,
    contact: v.contact ?? '',
  };
}

/** No `key`: the server generates a stable one; nobody types it. */
export function toCreateInput(v: NeedFormValues): CreateNeedInput {
  return common(v);
}

export function toUpdateInput(v: NeedFormValues, id: string, version: number): UpdateNeedInput {
  return { ...common(v), id, version };
}
