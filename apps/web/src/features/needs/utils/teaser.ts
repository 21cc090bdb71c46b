import type { Industry } from '../../../gql/graphql';

export interface TeaserInput {
  title?: string;
  industry?: Industry | null;
  keywords?: string[];
  description?: string;
  budgetWan?: number | null;
  contact?: string;
  confidential?: boolean;
}

export interface TeaserView {
  /** What outsiders read as the owner: the enterprise's name, or 某<industry>企业. */
  owner: { kind: 'name'; name: string } | { kind: 'anonymous'; industry: Industry | null };
  title: string;
  industry: Industry | null;
  keywords: string[];
  /** Fields outsiders do not see (confidential only). */
  hidden: ('description' | 'budgetWan' | 'deadline' | 'cooperationModes' | 'minTrl' | 'contact')[];
  /** Shown in full to outsiders (public needs). */
  description: string | null;
}

/**
 * What people outside the enterprise will read, as the person types. It mirrors the API's documented
 * teaser (Need: title, industry and keywords only, owner shown as 某<industry>企业); the server applies the
 * rule, this only previews it. Contacts are never public.
 */
export function teaserPreview(values: TeaserInput, organizationName: string): TeaserView {
  const keywords = (values.keywords ?? []).map((k) => k.trim()).filter(Boolean);
  const base = { title: values.title?.trim() ?? '', industry: values.industry ?? null, keywords };
  if (values.confidential) {
    return {
      ...base,
      owner: { kind: 'anonymous', industry: values.industry ?? null },
      hidden: ['description', 'budgetWan', 'deadline', 'cooperationModes', 'minTrl', 'contact'],
      description: null,
    };
  }
  return {
    ...base,
    owner: { kind: 'name', name: organizationName },
    hidden: ['contact'],
    description: values.description?.trim() ?? '',
  };
}
