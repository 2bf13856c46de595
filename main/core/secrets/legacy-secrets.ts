/**
 * Moves the items of the keychain era (one keychain item per token, Page token and app secret) into the sealed
 * store, once per database. Each item is deleted from the keychain only after its sealed copy reads back equal.
 * A value already sealed is newer than any keychain copy (it was written after the move began) and is never
 * overwritten. Items of grants this database doesn't know are left where they are: they may belong to another
 * data folder on this computer.
 */
import type { GrantId } from '../../../shared/domain/ids';
import type { Logger } from '../logging/create-logger';
import type { SealedSecretStore } from './sealed-secret-store';
import { accountOf } from './secret-keys';
import type { SecretKey, SecretStore } from './secret-store';

/** What a keychain-era "next" slot held once its pair had replaced the current one. */
export const SPENT_NEXT = 'spent';

/** What one move did. */
export interface LegacyMoveReport {
  /** Values now sealed (or found sealed already) whose keychain items were deleted. */
  readonly moved: number;
  /** Items left in the keychain: their grant is not in this database. */
  readonly leftAlone: number;
  /** Items that could not be moved this time (kept in the keychain; tried again at the next start). */
  readonly failed: number;
}

interface PlannedMove {
  readonly key: SecretKey;
  readonly value: string | null;
  /** The keychain items this value replaces, deleted once it reads back. */
  readonly legacy: readonly SecretKey[];
}

/** Sorts the keychain's items into moves: a grant's pending "next" pair wins over its current one, as the old vault did. */
function plan(items: ReadonlyArray<{ readonly key: SecretKey; readonly value: string }>, isKnownGrant: (id: GrantId) => boolean) {
  const moves: PlannedMove[] = [];
  const tokens = new Map<GrantId, { current?: string; next?: string; legacy: SecretKey[] }>();
  let leftAlone = 0;
  for (const { key, value } of items) {
    switch (key.kind) {
      case 'data_key':
        break;
      case 'app_secret':
      case 'alert_webhook':
        moves.push({ key, value, legacy: [key] });
        break;
      case 'page_token':
        if (isKnownGrant(key.grantId)) moves.push({ key, value, legacy: [key] });
        else leftAlone += 1;
        break;
      case 'grant_tokens':
      case 'grant_tokens_next': {
        if (!isKnownGrant(key.grantId)) {
          leftAlone += 1;
          break;
        }
        const entry = tokens.get(key.grantId) ?? { legacy: [] };
        if (key.kind === 'grant_tokens') entry.current = value;
        else if (value !== SPENT_NEXT) entry.next = value;
        entry.legacy.push(key);
        tokens.set(key.grantId, entry);
        break;
      }
    }
  }
  for (const [grantId, entry] of tokens)
    moves.push({ key: { kind: 'grant_tokens', grantId }, value: entry.next ?? entry.current ?? null, legacy: entry.legacy });
  return { moves, leftAlone };
}

/**
 * Moves the keychain-era items of `source` into `target`, once per database (a lease keeps two processes from
 * doing it together). Returns null when it had already been done.
 */
export async function moveLegacySecrets(options: {
  readonly source: SecretStore;
  readonly target: SealedSecretStore;
  readonly isKnownGrant: (grantId: GrantId) => boolean;
  readonly log?: Logger;
}): Promise<LegacyMoveReport | null> {
  const { source, target, log } = options;
  if (target.state.fact('legacy_moved_at') !== null) return null;
  return target.state.withLease('legacy-move', async () => {
    if (target.state.fact('legacy_moved_at') !== null) return null;
    const listing = source.readAll ? await source.readAll() : { items: [], unreadable: [] };
    const { moves, leftAlone } = plan(listing.items, options.isKnownGrant);
    let moved = 0;
    let failed = listing.unreadable.length;
    for (const move of moves) {
      try {
        if (move.value !== null && !target.has(move.key)) {
          await target.set(move.key, move.value);
          if ((await target.get(move.key)) !== move.value) throw new Error('the sealed copy did not read back');
        }
        for (const key of move.legacy) await source.delete(key);
        moved += 1;
      } catch (error) {
        failed += 1;
        log?.warn('could not move a keychain item into the sealed store; kept in the keychain', {
          item: accountOf(move.key),
          message: error instanceof Error ? error.message : String(error),
        });
      }
    }
    if (failed === 0) target.state.record('legacy_moved_at', new Date().toISOString());
    if (moves.length > 0 || leftAlone > 0) log?.info('moved keychain items into the sealed store', { moved, leftAlone, failed });
    return { moved, leftAlone, failed };
  });
}
