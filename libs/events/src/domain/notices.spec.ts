import { NotificationKind as K } from '@app/matching';
import { noticeText, shanghaiTime } from './notices';

describe('event notice texts', () => {
  it.each([
    [{ kind: K.EVENT_MEETING_REQUESTED, event: '光伏专场', other: '嘉兴光伏', message: '' } as const, '对接会「光伏专场」：嘉兴光伏 向您发来洽谈请求'],
    [{ kind: K.EVENT_MEETING_REQUEST_EXPIRING, event: '光伏专场', other: '浙大', expiresAt: new Date('2099-05-31T16:30:00Z') } as const, '对接会「光伏专场」：浙大 的洽谈请求将于 2099-06-01 00:30 过期，请尽快答复'],
    [{ kind: K.EVENT_MEETING_MOVED, event: '光伏专场', other: '浙大', start: '09:15', end: '09:30', table: 'T2' } as const, '对接会「光伏专场」：您与 浙大 的洽谈调整为 09:15–09:30，T2桌'],
    [{ kind: K.EVENT_CANCELLED, event: '光伏专场', date: '2099-06-01', reason: null } as const, '对接会「光伏专场」（2099-06-01）已取消'],
    [{ kind: K.EVENT_CANCELLED, event: '光伏专场', date: '2099-06-01', reason: '台风' } as const, '对接会「光伏专场」（2099-06-01）已取消：台风'],
  ])('%j', (notice, text) => {
    expect(noticeText(notice)['zh-CN']).toBe(text);
  });

  it('says the same in English', () => {
    expect(noticeText({ kind: K.EVENT_MEETING_MOVED, event: '光伏专场', other: '浙大', start: '09:15', end: '09:30', table: 'T2' }).en).toBe(
      'Matchmaking event “光伏专场”: your meeting with 浙大 moved to 09:15–09:30, table T2',
    );
    expect(noticeText({ kind: K.EVENT_CANCELLED, event: '光伏专场', date: '2099-06-01', reason: '台风' }).en).toBe('Matchmaking event “光伏专场” (2099-06-01) is cancelled: 台风');
  });

  it('writes Shanghai local time', () => {
    expect(shanghaiTime(new Date('2099-05-31T23:59:00Z'))).toBe('2099-06-01 07:59');
  });
});
