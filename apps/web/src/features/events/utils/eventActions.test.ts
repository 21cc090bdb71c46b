import { describe, expect, it } from 'vitest';
import { actionsFor, gridEditable } from './eventActions';

describe('actionsFor', () => {
  it.each([
    ['DRAFT', ['edit', 'open', 'cancel', 'delete']],
    ['OPEN', ['edit', 'schedule', 'cancel']],
    ['SCHEDULED', ['edit', 'schedule', 'publish', 'cancel']],
    ['PUBLISHED', ['close', 'cancel']],
    ['CLOSED', []],
    ['CANCELLED', []],
  ] as const)('%s', (status, want) => {
    expect(actionsFor(status)).toEqual(want);
  });
  it('offers delete for drafts only', () => {
    expect(
      (['OPEN', 'SCHEDULED', 'PUBLISHED', 'CLOSED', 'CANCELLED'] as const).some((s) =>
        actionsFor(s).includes('delete'),
      ),
    ).toBe(false);
  });
  it('keeps the grid editable in DRAFT and for a new event', () => {
    expect(gridEditable(undefined)).toBe(true);
    expect(gridEditable('DRAFT')).toBe(true);
    expect(gridEditable('OPEN')).toBe(false);
  });
});
