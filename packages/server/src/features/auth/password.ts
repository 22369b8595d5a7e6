import { hash, verify } from '@node-rs/argon2';

/** @node-rs/argon2 defaults to argon2id with OWASP's recommended cost (19 MiB, 2 passes). */
export const hashPassword = (password: string): Promise<string> => hash(password);

let dummyHash: Promise<string> | undefined;

/**
 * Verifies against the stored hash, or against a throw-away one when the login ID matched nobody,
 * so the response time does not reveal which login IDs exist.
 */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    dummyHash ??= hash('gyokaku-no-such-user');
    await verify(await dummyHash, password);
    return false;
  }
  return verify(storedHash, password);
}
