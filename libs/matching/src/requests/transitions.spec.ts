import { DomainError } from '@app/core';
import { DeclineReason, MatchRequestStatus } from './match-request.types';
import { assertTransition, checkDecline, checkSigning, judgeTransition, Side } from './transitions';

const STATUSES = Object.values(MatchRequestStatus);
const SIDES: Side[] = ['SENDER', 'RECEIVER', 'COORDINATOR', 'SYSTEM', 'OUTSIDER'];
const P: Side[] = ['SENDER', 'RECEIVER', 'COORDINATOR'];

/** Written out independently of the implementation: the state diagram, move by move. */
const EXPECTED: Record<string, Side[]> = {
  'REQUESTED>ACCEPTED': ['RECEIVER', 'COORDINATOR'],
  'REQUESTED>DECLINED': ['RECEIVER', 'COORDINATOR'],
  'REQUESTED>WITHDRAWN': ['SENDER', 'COORDINATOR'],
  'REQUESTED>EXPIRED': ['SYSTEM'],
  'REQUESTED>CLOSED': ['COORDINATOR'],
  'ACCEPTED>MEETING': P,
  'MEETING>NEGOTIATING': P,
  'NEGOTIATING>SIGNED': P,
  'SIGNED>LANDED': P,
  'ACCEPTED>CLOSED': P,
  'MEETING>CLOSED': P,
  'NEGOTIATING>CLOSED': P,
  'SIGNED>CLOSED': P,
};

const ROWS = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as const));

describe('match request transitions', () => {
  it.each(ROWS)('%s → %s', (from, to) => {
    const who = EXPECTED[`${from}>${to}`];
    for (const side of SIDES) {
      const expected = !who ? 'ILLEGAL' : who.includes(side) ? 'ALLOWED' : 'NOT_YOUR_MOVE';
      expect([side, judgeTransition(from, to, side)]).toEqual([side, expected]);
    }
  });

  it('terminal states have no way out', () => {
    for (const from of ['DECLINED', 'EXPIRED', 'WITHDRAWN', 'LANDED', 'CLOSED'] as MatchRequestStatus[]) {
      for (const to of STATUSES) for (const side of SIDES) expect(judgeTransition(from, to, side)).toBe('ILLEGAL');
    }
  });

  it.each([
    ['REQUESTED', 'MEETING', 'COORDINATOR', 'BAD_USER_INPUT'],
    ['REQUESTED', 'ACCEPTED', 'SENDER', 'FORBIDDEN'],
    ['REQUESTED', 'WITHDRAWN', 'RECEIVER', 'FORBIDDEN'],
    ['REQUESTED', 'EXPIRED', 'COORDINATOR', 'FORBIDDEN'],
    ['REQUESTED', 'CLOSED', 'SENDER', 'FORBIDDEN'],
    ['LANDED', 'CLOSED', 'COORDINATOR', 'BAD_USER_INPUT'],
  ] as const)('%s → %s by %s is refused with %s', (from, to, side, code) => {
    expect(() => assertTransition(from as MatchRequestStatus, to as MatchRequestStatus, side)).toThrow(
      expect.objectContaining({ code }) as DomainError,
    );
  });
});

describe('decline reasons', () => {
  it('OTHER needs a note; the others do not', () => {
    expect(() => checkDecline(DeclineReason.OTHER, '  ')).toThrow('note is required when the reason is OTHER');
    expect(checkDecline(DeclineReason.OTHER, ' 已与他方合作 ')).toBe('已与他方合作');
    expect(checkDecline(DeclineReason.PRICE, undefined)).toBeNull();
  });
});

describe('signing', () => {
  it.each([
    [
      { contractAmountWan: 120, contractNumber: ' 3304112026000123 ' },
      { contractAmountWan: 120, contractNumber: '3304112026000123' },
    ],
    [{ contractNumber: 'X' }, 'contractAmountWan is required when moving to SIGNED'],
    [{ contractAmountWan: 0, contractNumber: 'X' }, 'contractAmountWan must be a positive amount in 万元'],
    [
      { contractAmountWan: 10, contractNumber: ' ' },
      'contractNumber is required when moving to SIGNED (技术合同登记号)',
    ],
    [{ contractAmountWan: 10, contractNumber: 'x'.repeat(41) }, 'contractNumber must be at most 40 characters'],
  ])('%j → %j', (input, expected) => {
    if (typeof expected === 'string') expect(() => checkSigning(MatchRequestStatus.SIGNED, input)).toThrow(expected);
    else expect(checkSigning(MatchRequestStatus.SIGNED, input)).toEqual(expected);
  });

  it('other stages refuse contract fields', () => {
    expect(checkSigning(MatchRequestStatus.MEETING, {})).toBeNull();
    expect(() => checkSigning(MatchRequestStatus.LANDED, { contractAmountWan: 5 })).toThrow(
      'contractAmountWan is only recorded when moving to SIGNED',
    );
  });
});
