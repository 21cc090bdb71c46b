import { NotificationKind as K } from '@app/matching';
import { noticeText, shanghaiTime } from './notices';

describe('event notice texts', () => {
  it.each([
    [
      { kind: K.EVENT_MEETING_REQUESTED, event: '光伏专场', other: '嘉兴光伏', message: '' } as const,
      '对接会「光伏专场」：嘉兴光伏 向您发来洽谈请求',
      'Matchmaking event “光伏专场”: 嘉兴光伏 sent you a meeting request',
    ],
    [
      {
        kind: K.EVENT_MEETING_REQUEST_EXPIRING,
        event: '光伏专场',
        other: '浙大',
        expiresAt: new Date('2099-05-31T16:30:00Z'),
      } as const,
      '对接会「光伏专场」：浙大 的洽谈请求将于 2099-06-01 00:30 过期，请尽快答复',
      'Matchmaking event “光伏专场”: the meeting request from 浙大 expires at 2099-06-01 00:30 (Beijing time); please answer soon',
    ],
    [
      {
        kind: K.EVENT_MEETING_MOVED,
        event: '光伏专场',
        other: '浙大',
        start: '09:15',
        end: '09:30',
        table: 'T2',
      } as const,
      '对接会「光伏专场」：您与 浙大 的洽谈调整为 09:15–09:30，T2桌',
      'Matchmaking event “光伏专场”: your meeting with 浙大 moved to 09:15–09:30, table T2',
    ],
    [
      { kind: K.EVENT_CANCELLED, event: '光伏专场', date: '2099-06-01', reason: null } as const,
      '对接会「光伏专场」（2099-06-01）已取消',
      'Matchmaking event “光伏专场” (2099-06-01) was cancelled',
    ],
    [
      { kind: K.EVENT_CANCELLED, event: '光伏专场', date: '2099-06-01', reason: '台风' } as const,
      '对接会「光伏专场」（2099-06-01）已取消：台风',
      'Matchmaking event “光伏专场” (2099-06-01) was cancelled: 台风',
    ],
  ])('%j', (notice, zh, en) => {
    expect(noticeText(notice)).toEqual({ 'zh-CN': zh, en });
  });

  it('has an English sentence free of Chinese frame words for every kind', () => {
    const all = [
      { kind: K.EVENT_MEETING_REQUESTED, event: 'E', other: 'O', message: 'hi' },
      { kind: K.EVENT_MEETING_ACCEPTED, event: 'E', other: 'O' },
      { kind: K.EVENT_MEETING_DECLINED, event: 'E', other: 'O' },
      { kind: K.EVENT_MEETING_REQUEST_EXPIRING, event: 'E', other: 'O', expiresAt: new Date('2099-05-31T16:30:00Z') },
      { kind: K.EVENT_SCHEDULE_PUBLISHED, event: 'E', date: '2099-06-01' },
      { kind: K.EVENT_MEETING_ADDED, event: 'E', other: 'O', start: '09:00', end: '09:15', table: 'T1' },
      { kind: K.EVENT_MEETING_MOVED, event: 'E', other: 'O', start: '09:00', end: '09:15', table: 'T1' },
      { kind: K.EVENT_MEETING_CANCELLED, event: 'E', other: 'O', start: '09:00', end: '09:15' },
      { kind: K.EVENT_CANCELLED, event: 'E', date: '2099-06-01', reason: null },
      { kind: K.EVENT_REMINDER, event: 'E', date: '2099-06-01', start: '09:00', venue: 'V' },
    ] as const;
    for (const n of all) {
      const text = noticeText(n);
      expect(text.en).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/);
      expect(text['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('writes Shanghai local time', () => {
    expect(shanghaiTime(new Date('2099-05-31T23:59:00Z'))).toBe('2099-06-01 07:59');
  });
});
