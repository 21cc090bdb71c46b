/** iCalendar (RFC 5545) agenda in Asia/Shanghai: CRLF lines, escaped text, folded at 75 octets. */
export interface IcsEntry {
  uid: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM local time in Asia/Shanghai */
  start: string;
  end: string;
  summary: string;
  location: string;
  description: string;
}

const TZ = 'Asia/Shanghai';

// China has no daylight saving time since 1991: a single STANDARD component is exact.
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZ}`,
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/**
 * TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped; every line break — CRLF, a bare LF or a
 * bare CR — becomes `\n`; other control characters, which TEXT may not contain, are dropped (a tab stays).
 */
export const escapeIcsText = (text: string): string =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');

/** Code points, with an escape pair (`\n`, `\,` …) kept as one unit so folding never splits it. */
const foldUnits = (line: string): string[] => line.match(/\\.|[\s\S]/gu) ?? [];

/** Folds a content line at 75 octets without splitting a UTF-8 character or an escape (continuation lines start with a space). */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of foldUnits(line)) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const local = (date: string, hhmm: string): string => `${date.replace(/-/g, '')}T${hhmm.replace(':', '')}00`;
const utcStamp = (at: Date): string =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

export function buildIcs(calendarName: string, entries: readonly IcsEntry[], now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Xiushui Alliance//Matchmaking Events//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(calendarName)}`,
    `X-WR-TIMEZONE:${TZ}`,
    ...VTIMEZONE,
  ];
  for (const e of entries) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${utcStamp(now)}`,
      `DTSTART;TZID=${TZ}:${local(e.date, e.start)}`,
      `DTEND;TZID=${TZ}:${local(e.date, e.end)}`,
      `SUMMARY:${escapeIcsText(e.summary)}`,
      `LOCATION:${escapeIcsText(e.location)}`,
      `DESCRIPTION:${escapeIcsText(e.description)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
