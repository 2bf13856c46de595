/**
 * Loads keytar (a native module) only when a secret is first needed, and never crashes when it can't:
 * a missing libsecret or a broken build becomes a reason the UI can show.
 */

/** The part of keytar Tether uses. */
export interface KeytarApi {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
  findCredentials(service: string): Promise<Array<{ account: string; password: string }>>;
}

export type KeytarLoad = { readonly kind: 'loaded'; readonly keytar: KeytarApi } | { readonly kind: 'failed'; readonly reason: string };

const METHODS = ['getPassword', 'setPassword', 'deletePassword', 'findCredentials'] as const;

function hasKeytarMethods(candidate: unknown): candidate is KeytarApi {
  if (candidate === null || (typeof candidate !== 'object' && typeof candidate !== 'function')) return false;
  const record = candidate as Record<string, unknown>;
  return METHODS.every((name) => typeof record[name] === 'function');
}

/** Finds the API in what `import()` returned: a CommonJS module arrives as `default` under ESM. */
export function pickKeytarApi(module: unknown): KeytarApi | null {
  if (hasKeytarMethods(module)) return module;
  const inner = module !== null && typeof module === 'object' ? (module as { default?: unknown }).default : undefined;
  return hasKeytarMethods(inner) ? inner : null;
}

/** Imports keytar. `importer` exists so a test can load it from elsewhere; it defaults to the real module. */
export async function loadKeytar(importer: () => Promise<unknown> = () => import('keytar')): Promise<KeytarLoad> {
  try {
    const api = pickKeytarApi(await importer());
    return api ? { kind: 'loaded', keytar: api } : { kind: 'failed', reason: 'The keychain module (keytar) loaded but has no usable API' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', reason: `The keychain module (keytar) could not be loaded: ${message.slice(0, 300)}` };
  }
}
