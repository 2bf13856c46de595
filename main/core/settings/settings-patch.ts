/** Applies a validated settings patch: a deep merge where the patch wins, key by key. Pure. */
import type { Settings, SettingsPatch } from '../../../shared/domain/settings';

type Json = Record<string, unknown>;

function isPlainObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function merge(base: Json, patch: Json): Json {
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const current = base[key];
    out[key] = isPlainObject(value) && isPlainObject(current) ? merge(current, value) : value;
  }
  return out;
}

/**
 * Returns `current` with `patch` applied. The result is not validated here: the store validates it, because
 * a patch can be valid key by key and still make an invalid whole once rules span several keys.
 */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): unknown {
  return merge(current as unknown as Json, patch as unknown as Json);
}
