import { randomBytes } from 'node:crypto';
import { Actor, badInput, bilingual, DomainError, ErrorCode } from '@app/core';

/** Crockford's base32: no I, L, O or U, so a key read aloud or copied by hand survives. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A key for a listing created without one: `N-` or `A-` and 8 random base32 characters (40 bits). Nothing in it
 * comes from the organisation, so it reveals no owner; keys are unique per organisation, so a clash is rare and
 * checked anyway.
 */
export function generateListingKey(prefix: 'A' | 'N'): string {
  const bytes = randomBytes(5);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let out = '';
  for (let i = 0; i < 8; i++) out = ALPHABET[Number((bits >> BigInt(5 * i)) & 31n)] + out;
  return `${prefix}-${out}`;
}

/** The one answer for a key already used inside the organisation, whether found first or lost in a race. */
export function keyTaken(label: string, key: string): DomainError {
  const zh = label === 'need' ? '技术需求' : '科技成果';
  const message = bilingual(
    `编号 ${key} 已被本机构的另一项${zh}使用，请换一个或留空自动生成`,
    `key ${key} is already used by another ${label} of this organization; choose another or leave key empty`,
  );
  return new DomainError(ErrorCode.CONFLICT, message, { fields: [{ field: 'key', message }] });
}

/**
 * Keys are unique per organisation, so a key may name several listings. The caller's own organisation's
 * listing wins; otherwise the one listing the caller may see. Several visible ones are ambiguous: ask by id.
 * Listings the caller may not see never count, so the answer reveals nothing about them.
 */
export function pickByKey<T extends { orgId: string }>(
  actor: Actor,
  rows: readonly T[],
  canSee: (row: T) => boolean,
  key: string,
): T | null {
  const visible = rows.filter(canSee);
  const own = visible.find((r) => r.orgId === actor.orgId);
  if (own) return own;
  if (visible.length > 1)
    throw badInput(
      'key',
      bilingual(
        `编号 ${key} 对应多个机构的条目，请按 ID 查询`,
        `key ${key} names listings of several organizations; ask by id`,
      ),
    );
  return visible[0] ?? null;
}
