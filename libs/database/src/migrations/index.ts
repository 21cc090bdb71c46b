import { InitialSchema1764100000000 } from './1764100000000-initial-schema';
import { MatchRequests1764200000000 } from './1764200000000-match-requests';
import { Events1764300000000 } from './1764300000000-events';
import { AuditLogNoTruncate1765010000000 } from './1765010000000-audit-log-no-truncate';
import { ListingKeysPerOrganization1765010000001 } from './1765010000001-listing-keys-per-organization';

/** Explicit list: bundlers and globs disagree about paths, an array never does. */
export const MIGRATIONS = [InitialSchema1764100000000, MatchRequests1764200000000, Events1764300000000, AuditLogNoTruncate1765010000000, ListingKeysPerOrganization1765010000001];
