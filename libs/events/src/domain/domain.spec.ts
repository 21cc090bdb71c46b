import { buildIcs, escapeIcsText, foldIcsLine } from './ics';
import { slotGrid } from './grid';

describe('slotGrid', () => {
  it.each([
    ['09:00', '10:00', 20, [], ['09:00', '09:20', '09:40']],
    ['09:00', '10:15', 30, [{ start: '09:30', end: '09:45' }], ['09:00', '09:45']],
    ['09:00', '10:20', 30, [{ start: '09:40', end: '09:50' }], ['09:00', '09:50']],
    ['09:00', '09:10', 15, [], []],
  ])('%s–%s every %i min, breaks %j', (start, end, len, breaks, starts) => {
    expect(slotGrid(start, end, len, breaks).map((s) => s.start)).toEqual(starts);
  });
});

describe('ics', () => {
  it.each([
    ['a,b;c\\d\ne', 'a\\,b\\;c\\\\d\\ne'],
    ['对接会\r第二场', '对接会\\n第二场'],
    ['one\r\ntwo\n\nthree', 'one\\ntwo\\n\\nthree'],
    ['x\u2028y', 'x\\ny'],
    ['tab\tkept\u0000\u0007\u001b\u007f gone', 'tab\tkept gone'],
  ])('escapes %j as %j', (text, escaped) => expect(escapeIcsText(text)).toBe(escaped));

  it('folds without splitting an escape pair, and unfolding gives the line back', () => {
    for (let pad = 0; pad < 4; pad++) {
      const line = `SUMMARY:${'a'.repeat(60 + pad)}${escapeIcsText('\r,;\\\n').repeat(6)}`;
      const folded = foldIcsLine(line);
      for (const part of folded.split('\r\n')) {
        expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
        expect(part.replace(/\\\\/g, '')).not.toMatch(/\\$/);
      }
      expect(folded.split('\r\n ').join('')).toBe(line);
    }
  });

  it('folds long lines at 75 octets without breaking characters', () => {
    const folded = foldIcsLine(`SUMMARY:${'光伏'.repeat(40)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'光伏'.repeat(40)}`);
  });

  it('writes a VCALENDAR with a VTIMEZONE and local times', () => {
    const text = buildIcs(
      '对接会',
      [
        {
          uid: 'm1@x',
          date: '2026-12-01',
          start: '09:00',
          end: '09:20',
          summary: 'A, B',
          location: 'T1',
          description: '',
        },
      ],
      new Date('2026-11-25T10:00:00Z'),
    );
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('\r\nDTSTART;TZID=Asia/Shanghai:20261201T090000\r\n');
    expect(text).toContain('\r\nDTSTAMP:20261125T100000Z\r\n');
    expect(text).toContain('SUMMARY:A\\, B');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const crs = buildIcs(
      '对接会\r第二场',
      [
        {
          uid: 'm2@x',
          date: '2026-12-01',
          start: '09:00',
          end: '09:20',
          summary: '路演\r隐裂',
          location: 'T1\r\nT2',
          description: '甲\r乙',
        },
      ],
      new Date(),
    );
    expect(crs.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(crs).toContain('\r\nSUMMARY:路演\\n隐裂\r\n');
  });
});
