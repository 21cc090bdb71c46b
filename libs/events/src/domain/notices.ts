import { NotificationKind } from '@app/matching';

/** What an event notice is about; texts are Chinese, as the people who read them. */
export type EventNotice =
  | { kind: NotificationKind.EVENT_MEETING_REQUESTED; event: string; other: string; message: string }
  | { kind: NotificationKind.EVENT_MEETING_ACCEPTED | NotificationKind.EVENT_MEETING_DECLINED; event: string; other: string }
  | { kind: NotificationKind.EVENT_MEETING_REQUEST_EXPIRING; event: string; other: string; expiresAt: Date }
  | { kind: NotificationKind.EVENT_SCHEDULE_PUBLISHED; event: string; date: string }
  | { kind: NotificationKind.EVENT_MEETING_ADDED | NotificationKind.EVENT_MEETING_MOVED; event: string; other: string; start: string; end: string; table: string }
  | { kind: NotificationKind.EVENT_MEETING_CANCELLED; event: string; other: string; start: string; end: string }
  | { kind: NotificationKind.EVENT_CANCELLED; event: string; date: string; reason: string | null }
  | { kind: NotificationKind.EVENT_REMINDER; event: string; date: string; start: string; venue: string };

/** Minutes in Asia/Shanghai, e.g. 2099-05-31 09:00 (China has no daylight saving time). */
export const shanghaiTime = (at: Date): string => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

export function noticeText(n: EventNotice): string {
  const e = `对接会「${n.event}」`;
  switch (n.kind) {
    case NotificationKind.EVENT_MEETING_REQUESTED: return `${e}：${n.other} 向您发来洽谈请求${n.message ? `：“${n.message.slice(0, 100)}”` : ''}`;
    case NotificationKind.EVENT_MEETING_ACCEPTED: return `${e}：${n.other} 接受了您的洽谈请求`;
    case NotificationKind.EVENT_MEETING_DECLINED: return `${e}：${n.other} 未接受您的洽谈请求`;
    case NotificationKind.EVENT_MEETING_REQUEST_EXPIRING: return `${e}：${n.other} 的洽谈请求将于 ${shanghaiTime(n.expiresAt)} 过期，请尽快答复`;
    case NotificationKind.EVENT_SCHEDULE_PUBLISHED: return `${e}（${n.date}）的洽谈日程已发布，请查看您的日程`;
    case NotificationKind.EVENT_MEETING_ADDED: return `${e}：新增与 ${n.other} 的洽谈，${n.start}–${n.end}，${n.table}桌`;
    case NotificationKind.EVENT_MEETING_MOVED: return `${e}：您与 ${n.other} 的洽谈调整为 ${n.start}–${n.end}，${n.table}桌`;
    case NotificationKind.EVENT_MEETING_CANCELLED: return `${e}：您与 ${n.other} 在 ${n.start}–${n.end} 的洽谈已取消`;
    case NotificationKind.EVENT_CANCELLED: return `${e}（${n.date}）已取消${n.reason ? `：${n.reason}` : ''}`;
    case NotificationKind.EVENT_REMINDER: return `提醒：${e}将于明天（${n.date}）${n.start} 在${n.venue}举行，请查看您的日程`;
  }
}
