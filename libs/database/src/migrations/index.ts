import { InitialSchema1764100000000 } from './1764100000000-initial-schema';
import { MatchRequests1764200000000 } from './1764200000000-match-requests';
import { Events1764300000000 } from './1764300000000-events';
import { AccountSecurity1765050000000 } from './1765050000000-account-security';
import { MailAndPasswords1765050100000 } from './1765050100000-mail-and-passwords';
import { OrgAdmins1765050200000 } from './1765050200000-org-admins';
import { Registrations1765050300000 } from './1765050300000-registrations';
import { ListingReminders1765050400000 } from './1765050400000-listing-reminders';

/** Explicit list: bundlers and globs disagree about paths, an array never does. */
export const MIGRATIONS = [InitialSchema1764100000000, MatchRequests1764200000000, Events1764300000000, AccountSecurity1765050000000, MailAndPasswords1765050100000, OrgAdmins1765050200000, Registrations1765050300000, ListingReminders1765050400000];
