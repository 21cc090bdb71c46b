import { describe, expect, it } from 'vitest';
import { checkInUrl, parseCheckInCode } from './checkInCode';

const E = '7e8beaf3-4800-40e3-8f08-32c6e8052360';
const P = 'a1b2c3d4-0000-4000-8000-000000000001';

describe('check-in codes', () => {
  it('reads back the URL the agenda carries', () => {
    expect(parseCheckInCode(checkInUrl('https://xiushui.example/', E, P))).toEqual({ eventId: E, participantId: P });
  });
  it('reads a bare event:participant code and ignores surrounding space', () => {
    expect(parseCheckInCode(` ${E}:${P.toUpperCase()} `)).toEqual({ eventId: E, participantId: P });
  });
  it.each(['', 'hello', `https://x/events/${E}/board`, `${E}:not-a-uuid`])('refuses %j', (text) => {
    expect(parseCheckInCode(text)).toBeNull();
  });
});
