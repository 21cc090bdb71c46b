import { Actor, badInput, bilingual, forbidden, isAlliance } from '@app/core';
import {
  DeclineReason,
  MatchDirection,
  MAX_CONTRACT_NUMBER_LENGTH,
  MatchRequestStatus as S,
} from './match-request.types';

/**
 * Who is acting, relative to one request. SENDER and RECEIVER are the two organisations; SYSTEM is the
 * expiry sweep. Coordinators may make any move a party could, never one the table refuses.
 */
export type Side = 'SENDER' | 'RECEIVER' | 'COORDINATOR' | 'SYSTEM' | 'OUTSIDER';

export interface PartyOrgs {
  direction: MatchDirection;
  enterpriseOrgId: string;
  universityOrgId: string;
}

export const senderOrgId = (r: PartyOrgs): string =>
  r.direction === MatchDirection.REQUEST ? r.enterpriseOrgId : r.universityOrgId;
export const receiverOrgId = (r: PartyOrgs): string =>
  r.direction === MatchDirection.REQUEST ? r.universityOrgId : r.enterpriseOrgId;

/** A party is a whole organisation: any of its people may act for it. `null` is the system (expiry). */
export function sideOf(actor: Actor | null, r: PartyOrgs): Side {
  if (!actor) return 'SYSTEM';
  if (isAlliance(actor)) return 'COORDINATOR';
  if (actor.orgId === senderOrgId(r)) return 'SENDER';
  if (actor.orgId === receiverOrgId(r)) return 'RECEIVER';
  return 'OUTSIDER';
}

const PARTIES: readonly Side[] = ['SENDER', 'RECEIVER', 'COORDINATOR'];

/** Every allowed move and who may make it; anything not listed is refused. */
export const TRANSITIONS: Readonly<Partial<Record<S, Readonly<Partial<Record<S, readonly Side[]>>>>>> = {
  [S.REQUESTED]: {
    [S.ACCEPTED]: ['RECEIVER', 'COORDINATOR'],
    [S.DECLINED]: ['RECEIVER', 'COORDINATOR'],
    [S.WITHDRAWN]: ['SENDER', 'COORDINATOR'],
    [S.EXPIRED]: ['SYSTEM'],
    // Parties withdraw or decline; closing an unanswered request is the alliance's administrative act.
    [S.CLOSED]: ['COORDINATOR'],
  },
  [S.ACCEPTED]: { [S.MEETING]: PARTIES, [S.CLOSED]: PARTIES },
  [S.MEETING]: { [S.NEGOTIATING]: PARTIES, [S.CLOSED]: PARTIES },
  [S.NEGOTIATING]: { [S.SIGNED]: PARTIES, [S.CLOSED]: PARTIES },
  [S.SIGNED]: { [S.LANDED]: PARTIES, [S.CLOSED]: PARTIES },
};

export type TransitionVerdict = 'ALLOWED' | 'ILLEGAL' | 'NOT_YOUR_MOVE';

/** Pure: may `side` move a request from `from` to `to`? */
export function judgeTransition(from: S, to: S, side: Side): TransitionVerdict {
  const allowed = TRANSITIONS[from]?.[to];
  if (!allowed) return 'ILLEGAL';
  return allowed.includes(side) ? 'ALLOWED' : 'NOT_YOUR_MOVE';
}

/** The verdict as the domain error a client sees; outsiders never get this far (they cannot see the request). */
export function assertTransition(from: S, to: S, side: Side): void {
  const verdict = judgeTransition(from, to, side);
  if (verdict === 'ILLEGAL')
    throw badInput(
      'status',
      bilingual(`对接请求不能从 ${from} 变为 ${to}`, `status cannot move from ${from} to ${to}`),
    );
  if (verdict === 'NOT_YOUR_MOVE')
    throw forbidden(
      bilingual(
        `您无权将对接请求从 ${from} 变为 ${to}`,
        `${describe(side)} may not move a request from ${from} to ${to}`,
      ),
    );
}

const describe = (side: Side): string =>
  ({
    SENDER: 'The side that sent the request',
    RECEIVER: 'The side that received the request',
    COORDINATOR: 'A coordinator',
    SYSTEM: 'The system',
    OUTSIDER: 'Someone outside the request',
  })[side];

/** A decline needs a reason; OTHER needs words. Returns the note to store. */
export function checkDecline(reason: DeclineReason, note: string | null | undefined): string | null {
  const text = note?.trim() ?? '';
  if (reason === DeclineReason.OTHER && !text)
    throw badInput('note', bilingual('原因选择“其他”时须填写备注', 'note is required when the reason is OTHER'));
  return text || null;
}

export interface SigningInput {
  contractAmountWan?: number | null;
  contractNumber?: string | null;
}

/** SIGNED records the contract (万元 and 技术合同登记 number); no other move may carry them. */
export function checkSigning(to: S, input: SigningInput): { contractAmountWan: number; contractNumber: string } | null {
  const given = input.contractAmountWan !== undefined && input.contractAmountWan !== null;
  const number = input.contractNumber?.trim() ?? '';
  if (to !== S.SIGNED) {
    if (given || number) {
      const field = given ? 'contractAmountWan' : 'contractNumber';
      throw badInput(
        field,
        bilingual(
          '合同金额和技术合同登记号只在进入“合同签订”阶段时填写',
          `${field} is only recorded when moving to SIGNED`,
        ),
      );
    }
    return null;
  }
  if (!given)
    throw badInput(
      'contractAmountWan',
      bilingual('进入“合同签订”阶段须填写合同金额', 'contractAmountWan is required when moving to SIGNED'),
    );
  const amount = input.contractAmountWan as number;
  if (!Number.isFinite(amount) || amount <= 0)
    throw badInput(
      'contractAmountWan',
      bilingual('合同金额须为正数（万元）', 'contractAmountWan must be a positive amount in 万元'),
    );
  if (!number)
    throw badInput(
      'contractNumber',
      bilingual(
        '进入“合同签订”阶段须填写技术合同登记号',
        'contractNumber is required when moving to SIGNED (技术合同登记号)',
      ),
    );
  if (number.length > MAX_CONTRACT_NUMBER_LENGTH)
    throw badInput(
      'contractNumber',
      bilingual(
        `技术合同登记号最多 ${MAX_CONTRACT_NUMBER_LENGTH} 个字符`,
        `contractNumber must be at most ${MAX_CONTRACT_NUMBER_LENGTH} characters`,
      ),
    );
  return { contractAmountWan: amount, contractNumber: number };
}
