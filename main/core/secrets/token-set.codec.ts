/**
 * The TokenSet codec: a grant's tokens as one versioned JSON string, so access and refresh tokens are stored
 * (and rotated) together in one secret item. Decoding never echoes the stored text in its errors.
 */
import { z } from 'zod';
import { SecretStoreError } from './secret-store';

const EpochMs = z.number().int().nonnegative();

export const TokenSetSchema = z
  .object({
    /** Format version, so a later format can be told apart. */
    v: z.literal(1),
    accessToken: z.string().min(1),
    /** X (offline.access) issues one; it rotates on every refresh. Null for networks without refresh. */
    refreshToken: z.string().min(1).nullable(),
    /** When the access token stops working; null when it doesn't expire (long-lived Page tokens) or is unknown. */
    accessExpiresAt: EpochMs.nullable(),
    /** When the refresh token stops working, if the network says. */
    refreshExpiresAt: EpochMs.nullable(),
    /** Facebook's data-access expiry (90 days after the last login), if known. */
    dataAccessExpiresAt: EpochMs.nullable(),
    /** The scopes the network granted. */
    scopes: z.array(z.string().min(1)),
    /** When these tokens were issued or refreshed. */
    obtainedAt: EpochMs,
  })
  .strict();
export type TokenSet = z.infer<typeof TokenSetSchema>;

/** Turns a TokenSet into the string a SecretStore keeps. Throws SecretStoreError('invalid') on a bad set. */
export function encodeTokenSet(tokens: TokenSet): string {
  const checked = TokenSetSchema.safeParse(tokens);
  if (!checked.success) {
    const fields = [...new Set(checked.error.issues.map((issue) => issue.path.join('.') || '(root)'))].join(', ');
    throw new SecretStoreError('invalid', `Not a valid token set (fields: ${fields})`);
  }
  return JSON.stringify(checked.data);
}

/** Reads a stored TokenSet. Throws SecretStoreError('unreadable') when the text is not one; the text is kept. */
export function decodeTokenSet(text: string): TokenSet {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new SecretStoreError('unreadable', 'The stored token set is not valid JSON');
  }
  const checked = TokenSetSchema.safeParse(raw);
  if (!checked.success) {
    // Field names only: the issue messages could quote a token.
    const fields = [...new Set(checked.error.issues.map((issue) => issue.path.join('.') || '(root)'))].join(', ');
    throw new SecretStoreError('unreadable', `The stored token set is not in a known format (fields: ${fields})`);
  }
  return checked.data;
}
