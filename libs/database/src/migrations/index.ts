import { InitialSchema1764100000000 } from './1764100000000-initial-schema';
import { MatchRequests1764200000000 } from './1764200000000-match-requests';
import { Events1764300000000 } from './1764300000000-events';
import { AuditLogNoTruncate1765010000000 } from './1765010000000-audit-log-no-truncate';
import { ListingKeysPerOrganization1765010000001 } from './1765010000001-listing-keys-per-organization';
import { EventDayRules1765030000000 } from './1765030000000-event-day-rules';
import { EventRosterVersion1765031000000 } from './1765031000000-event-roster-version';
import { EventCancelled1765032000000 } from './1765032000000-event-cancelled';
import { EventGuests1765033000000 } from './1765033000000-event-guests';
import { EventNotifications1765034000000 } from './1765034000000-event-notifications';
import { CalendarTokens1765036000000 } from './1765036000000-calendar-tokens';
import { AccountSecurity1765050000000 } from './1765050000000-account-security';
import { MailAndPasswords1765050100000 } from './1765050100000-mail-and-passwords';
import { OrgAdmins1765050200000 } from './1765050200000-org-admins';
import { Registrations1765050300000 } from './1765050300000-registrations';
import { ListingReminders1765050400000 } from './1765050400000-listing-reminders';
import { SearchChanges1765060000000 } from './1765060000000-search-changes';
import { MeetingOutcomeNote1765070000000 } from './1765070000000-meeting-outcome-note';
import { NotificationLanguages1765070100000 } from './1765070100000-notification-languages';
import { Vocabulary1765070200000 } from './1765070200000-vocabulary';
import { SearchOutboxTx1765070300000 } from './1765070300000-search-outbox-tx';
import { UnscheduledLanguages1765080000000 } from './1765080000000-unscheduled-languages';
import { KeysetIndexes1765090000000 } from './1765090000000-keyset-indexes';

/** Explicit list: bundlers and globs disagree about paths, an array never does. */
export const MIGRATIONS = [
  InitialSchema1764100000000,
  MatchRequests1764200000000,
  Events1764300000000,
  AuditLogNoTruncate1765010000000,
  ListingKeysPerOrganization1765010000001,
  EventDayRules1765030000000,
  EventRosterVersion1765031000000,
  EventCancelled1765032000000,
  EventGuests1765033000000,
  EventNotifications1765034000000,
  CalendarTokens1765036000000,
  AccountSecurity1765050000000,
  MailAndPasswords1765050100000,
  OrgAdmins1765050200000,
  Registrations1765050300000,
  ListingReminders1765050400000,
  SearchChanges1765060000000,
  MeetingOutcomeNote1765070000000,
  NotificationLanguages1765070100000,
  Vocabulary1765070200000,
  SearchOutboxTx1765070300000,
  UnscheduledLanguages1765080000000,
  KeysetIndexes1765090000000,
];
