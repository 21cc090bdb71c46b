import type { Meilisearch } from 'meilisearch';
import type { MeiliClientLike } from './meili-client';

/** Compile-time proof that the official client satisfies the narrow interface the adapter is written against. */
export type OfficialClientFits = Meilisearch extends MeiliClientLike ? true : never;
export const officialClientFits: OfficialClientFits = true;
