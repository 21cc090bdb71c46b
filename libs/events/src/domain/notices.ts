import { bilingual, type LocalText } from '@app/core';
import { NotificationKind } from '@app/matching';

/** What an event notice is about. */
export type EventNotice =
  | { kind: NotificationKind.EVENT_MEETING_REQUESTED; event: string; other: string; message: string }
  | {
      kind: NotificationKind.EVENT_MEETING_ACCEPTED | NotificationKind.EVENT_MEETING_DECLINED;
      event: string;
      other: string;
    }
  | { kind: NotificationKind.EVENT_MEETING_REQUEST_EXPIRING; event: string; other: string; expiresAt: Date }
  | { kind: NotificationKind.EVENT_SCHEDULE_PUBLISHED; event: string; date: string }
  | {
      kind: NotificationKind.EVENT_MEETING_ADDED | NotificationKind.EVENT_MEETING_MOVED;
      event: string;
      other: string;
      start: string;
      end: string;
      table: string;
    }
  | { kind: NotificationKind.EVENT_MEETING_CANCELLED; event: string; other: string; start: string; end: string }
  | { kind: NotificationKind.EVENT_CANCELLED; event: string; date: string; reason: string | null }
  | { kind: NotificationKind.EVENT_REMINDER; event: string; date: string; start: string; venue: string };

/** Minutes in Asia/Shanghai, e.g. 2099-05-31 09:00 (China has no daylight saving time). */
export const shanghaiTime = (at: Date): string =>
  new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** The notice in Chinese and English; each reader gets the sentence in their language. */
export function noticeText(n: EventNotice): LocalText {
  const zh = `对接会「${n.event}」`;
  const en = `Matchmaking event “${n.event}”`;
  switch (n.kind) {
    case NotificationKind.EVENT_MEETING_REQUESTED: {
      const quote = n.message ? n.message.slice(0, 100) : '';
      return bilingual(
        `${zh}：${n.other} 向您发来洽谈请求${quote ? `：“${quote}”` : ''}`,
        `${en}: ${n.other} sent you a meeting request${quote ? `: “${quote}”` : ''}`,
      );
    }
    case NotificationKind.EVENT_MEETING_ACCEPTED:
      return bilingual(`${zh}：${n.other} 接受了您的洽谈请求`, `${en}: ${n.other} accepted your meeting request`);
    case NotificationKind.EVENT_MEETING_DECLINED:
      return bilingual(`${zh}：${n.other} 未接受您的洽谈请求`, `${en}: ${n.other} declined your meeting request`);
    case NotificationKind.EVENT_MEETING_REQUEST_EXPIRING:
      return bilingual(
        `${zh}：${n.other} 的洽谈请求将于 ${shanghaiTime(n.expiresAt)} 过期，请尽快答复`,
        `${en}: the meeting request from ${n.other} expires at ${shanghaiTime(n.expiresAt)} (Beijing time); please answer soon`,
      );
    case NotificationKind.EVENT_SCHEDULE_PUBLISHED:
      return bilingual(
        `${zh}（${n.date}）的洽谈日程已发布，请查看您的日程`,
        `${en} (${n.date}): the meeting schedule is published; see your agenda`,
      );
    case NotificationKind.EVENT_MEETING_ADDED:
      return bilingual(
        `${zh}：新增与 ${n.other} 的洽谈，${n.start}–${n.end}，${n.table}桌`,
        `${en}: a meeting with ${n.other} was added, ${n.start}–${n.end}, table ${n.table}`,
      );
    case NotificationKind.EVENT_MEETING_MOVED:
      return bilingual(
        `${zh}：您与 ${n.other} 的洽谈调整为 ${n.start}–${n.end}，${n.table}桌`,
        `${en}: your meeting with ${n.other} moved to ${n.start}–${n.end}, table ${n.table}`,
      );
    case NotificationKind.EVENT_MEETING_CANCELLED:
      return bilingual(
        `${zh}：您与 ${n.other} 在 ${n.start}–${n.end} 的洽谈已取消`,
        `${en}: your meeting with ${n.other} at ${n.start}–${n.end} was cancelled`,
      );
    case NotificationKind.EVENT_CANCELLED:
      return bilingual(
        `${zh}（${n.date}）已取消${n.reason ? `：${n.reason}` : ''}`,
        `${en} (${n.date}) was cancelled${n.reason ? `: ${n.reason}` : ''}`,
      );
    case NotificationKind.EVENT_REMINDER:
      return bilingual(
        `提醒：${zh}将于明天（${n.date}）${n.start} 在${n.venue}举行，请查看您的日程`,
        `Reminder: ${en} takes place tomorrow (${n.date}) at ${n.start}, ${n.venue}; see your agenda`,
      );
  }
}
