import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'gyokaku_session';

/** Twelve hours: a working day with overtime, after which staff sign in again. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

export const newToken = (): string => randomBytes(32).toString('base64url');

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
