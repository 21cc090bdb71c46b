import type { Language, LocalText } from '@app/core';

export type Locale = 'zh-CN' | 'en-US';

/** The sentence language of an e-mail locale. */
export const languageOf = (locale: Locale): Language => (locale === 'en-US' ? 'en' : 'zh-CN');

/** What a message is about; the preference kinds are the ones people may delay or turn off. */
export enum MailKind {
  INVITATION = 'INVITATION',
  PASSWORD_RESET = 'PASSWORD_RESET',
  REGISTRATION_APPROVED = 'REGISTRATION_APPROVED',
  REGISTRATION_REJECTED = 'REGISTRATION_REJECTED',
  DIGEST = 'DIGEST',
  MATCH_REQUEST_RECEIVED = 'MATCH_REQUEST_RECEIVED',
  MATCH_REQUEST_ANSWERED = 'MATCH_REQUEST_ANSWERED',
  MATCH_REQUEST_EXPIRING = 'MATCH_REQUEST_EXPIRING',
  MATCH_REQUEST_EXPIRED = 'MATCH_REQUEST_EXPIRED',
  MATCH_STAGE_CHANGED = 'MATCH_STAGE_CHANGED',
  LISTING_EXPIRING = 'LISTING_EXPIRING',
  MEETING_REQUEST_RECEIVED = 'MEETING_REQUEST_RECEIVED',
  MEETING_REQUEST_ANSWERED = 'MEETING_REQUEST_ANSWERED',
  MEETING_REQUEST_EXPIRING = 'MEETING_REQUEST_EXPIRING',
  EVENT_SCHEDULE_CHANGED = 'EVENT_SCHEDULE_CHANGED',
  EVENT_CANCELLED = 'EVENT_CANCELLED',
  EVENT_REMINDER = 'EVENT_REMINDER',
}

/** Notices people choose to receive immediately, in a daily digest, or never by e-mail (in-app always). */
export const PREFERENCE_KINDS = [
  MailKind.MATCH_REQUEST_RECEIVED,
  MailKind.MATCH_REQUEST_ANSWERED,
  MailKind.MATCH_REQUEST_EXPIRING,
  MailKind.MATCH_REQUEST_EXPIRED,
  MailKind.MATCH_STAGE_CHANGED,
  MailKind.LISTING_EXPIRING,
  MailKind.MEETING_REQUEST_RECEIVED,
  MailKind.MEETING_REQUEST_ANSWERED,
  MailKind.MEETING_REQUEST_EXPIRING,
  MailKind.EVENT_SCHEDULE_CHANGED,
  MailKind.EVENT_CANCELLED,
  MailKind.EVENT_REMINDER,
] as const;
export type NoticeKind = (typeof PREFERENCE_KINDS)[number];
export const isNoticeKind = (kind: MailKind): kind is NoticeKind =>
  (PREFERENCE_KINDS as readonly MailKind[]).includes(kind);

export enum DeliveryMode {
  IMMEDIATE = 'IMMEDIATE',
  DAILY_DIGEST = 'DAILY_DIGEST',
  NEVER = 'NEVER',
}

export interface MailRecipient {
  userId: string | null;
  email: string;
  displayName: string;
  locale: Locale;
}

/** A message's content by kind; links are absolute (PUBLIC_URL …) and secrets travel as the `token` parameter. */
export type MailContent =
  | { kind: MailKind.INVITATION; orgName: string; link: string; expiresAt: Date }
  | { kind: MailKind.PASSWORD_RESET; link: string; minutes: number }
  | { kind: MailKind.REGISTRATION_APPROVED; orgName: string; link: string }
  | { kind: MailKind.REGISTRATION_REJECTED; orgName: string; reason: string }
  | { kind: NoticeKind; summary: LocalText; link: string }
  | { kind: MailKind.DIGEST; items: { summary: string; link: string }[] };

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export enum DeliveryStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
