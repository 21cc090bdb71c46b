import { createHash, randomBytes } from 'node:crypto';

/** Opaque tokens (refresh, invitation) are random; only their SHA-256 is stored. */
export const newOpaqueToken = (): string => randomBytes(32).toString('base64url');
export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');
