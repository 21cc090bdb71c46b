import type { TFunction } from 'i18next';
import { readableError } from '../../../lib/errors';

/**
 * Why the server refused a move or a placement, as a plain sentence. The server checks every move (the same rules
 * as the scheduler, and unique constraints against double booking) and answers with a code and an English detail;
 * the known refusals get a sentence of their own, anything else the general error text.
 */
const RULES: { pattern: RegExp; key: string; values?: (m: RegExpMatchArray) => Record<string, string> }[] = [
  { pattern: /already has a meeting in that slot/i, key: 'participantBusy' },
  { pattern: /table is already taken in that slot/i, key: 'tableTaken' },
  { pattern: /unavailable in that slot/i, key: 'unavailable' },
  { pattern: /seats (\d+), the meeting needs (\d+)/i, key: 'tooSmall', values: (m) => ({ seats: m[1], needs: m[2] }) },
  { pattern: /maximum of (\d+)/i, key: 'atMaximum', values: (m) => ({ max: m[1] }) },
  { pattern: /is (DRAFT|OPEN|SCHEDULED|PUBLISHED|CLOSED|CANCELLED); editing the schedule/i, key: 'notEditable', values: (m) => ({ status: m[1] }) },
  { pattern: /already scheduled/i, key: 'alreadyScheduled' },
];

export function moveErrorText(error: unknown, t: TFunction): string {
  const readable = readableError(error, t);
  const detail = error instanceof Error ? error.message : '';
  for (const rule of RULES) {
    const m = detail.match(rule.pattern);
    if (m) {
      const values = rule.values?.(m) ?? {};
      if (values.status) values.status = t(`events.status.${values.status}`);
      return t(`events.board.refused.${rule.key}`, values);
    }
  }
  return readable.message;
}
