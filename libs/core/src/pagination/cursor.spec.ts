import { DomainError } from '../errors/domain-error';
import { configureCursorKey, decodeCursor, encodeCursor } from './cursor';

const SECRET = 'a-server-secret-that-is-long-enough-0123456789';
const cursor = { v: '2026-11-25 22:17:05.954123+00', id: '3f0c8a52-6f0e-4a53-9d7e-2b8f3f6c1a11' };

const refusal = (raw: string) => {
  try {
    decodeCursor(raw);
  } catch (error) {
    return error instanceof DomainError
      ? { code: error.code, fields: error.details?.fields?.map((f) => f.field) }
      : error;
  }
  return 'accepted';
};

describe('cursors', () => {
  beforeEach(() => configureCursorKey(SECRET));

  it('round-trips, and the token carries neither the timestamp nor the id in clear', () => {
    const token = encodeCursor(cursor);
    expect(decodeCursor(token)).toEqual(cursor);
    const bytes = Buffer.from(token, 'base64url').toString('latin1');
    for (const part of ['2026', '22:17', cursor.id, '3f0c8a52']) expect(bytes).not.toContain(part);
    expect(encodeCursor(cursor)).not.toBe(token); // a fresh IV each time
  });

  it('another process with the same secret reads it; another secret does not', () => {
    const token = encodeCursor(cursor);
    configureCursorKey(SECRET);
    expect(decodeCursor(token)).toEqual(cursor);
    configureCursorKey(`${SECRET}-other`);
    expect(refusal(token)).toEqual({ code: 'BAD_USER_INPUT', fields: ['after'] });
  });

  const forgedJson = (v: string, id = cursor.id) => Buffer.from(JSON.stringify({ v, id })).toString('base64url');
  it.each([
    ['the old readable format', forgedJson('2026-11-25 22:17:05.954+00')],
    ['an impossible timestamp', forgedJson('2026-13-45 99:99:99')],
    ['garbage', '!!!not a cursor!!!'],
    ['empty', ''],
    ['too short', 'AAAA'],
    ['huge', 'A'.repeat(5000)],
  ])('refuses %s as BAD_USER_INPUT naming after', (_label, raw) => {
    expect(refusal(raw)).toEqual({ code: 'BAD_USER_INPUT', fields: ['after'] });
  });

  it('refuses a token with any byte changed', () => {
    const sealed = Buffer.from(encodeCursor(cursor), 'base64url');
    for (let i = 0; i < sealed.length; i++) {
      const altered = Buffer.from(sealed);
      altered[i] ^= 0x01;
      expect(refusal(altered.toString('base64url'))).toEqual({ code: 'BAD_USER_INPUT', fields: ['after'] });
    }
  });
});
