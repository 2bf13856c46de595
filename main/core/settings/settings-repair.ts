/**
 * Turns whatever a settings file holds into valid settings: every key that is valid on its own is kept, invalid
 * keys go back to their defaults, missing keys get their defaults, unknown keys are removed. Pure: no files.
 */
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../../shared/domain/settings';

/** Keys some libraries keep in the file for themselves (conf's migration bookkeeping); not ours, not unknown. */
const FOREIGN_ROOT_KEYS: ReadonlySet<string> = new Set(['__internal__']);

export interface SettingsRepair {
  readonly settings: Settings;
  /** Dotted paths whose value was invalid and went back to the default. */
  readonly resetKeys: readonly string[];
  /** Dotted paths that were absent and got their default (normal after an upgrade adds a setting). */
  readonly missingKeys: readonly string[];
  /** Dotted paths Tether does not know. */
  readonly removedKeys: readonly string[];
  /** True when nothing at all could be kept: the file is not an object, or no key in it was valid. */
  readonly nothingKept: boolean;
}

type Json = Record<string, unknown>;

function isPlainObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Every leaf path of the defaults (objects are branches, everything else, null included, is a leaf). */
function leafPaths(node: Json, prefix: readonly string[] = []): string[][] {
  return Object.entries(node).flatMap(([key, value]) => (isPlainObject(value) ? leafPaths(value, [...prefix, key]) : [[...prefix, key]]));
}

type Lookup = { readonly state: 'found'; readonly value: unknown } | { readonly state: 'missing' | 'not_an_object' };

/** Finds a leaf; a branch that exists but is not an object makes every leaf under it invalid, not missing. */
function readPath(root: Json, path: readonly string[]): Lookup {
  let node: unknown = root;
  for (const key of path) {
    if (!isPlainObject(node)) return { state: 'not_an_object' };
    if (!Object.prototype.hasOwnProperty.call(node, key)) return { state: 'missing' };
    node = node[key];
  }
  return { state: 'found', value: node };
}

function writePath(root: Json, path: readonly string[], value: unknown): void {
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key] as Json;
  node[path[path.length - 1] as string] = value;
}

function unknownPaths(raw: Json, template: Json, prefix: readonly string[] = []): string[] {
  return Object.entries(raw).flatMap(([key, value]) => {
    if (prefix.length === 0 && FOREIGN_ROOT_KEYS.has(key)) return [];
    if (!Object.prototype.hasOwnProperty.call(template, key)) return [[...prefix, key].join('.')];
    const child = template[key];
    return isPlainObject(child) && isPlainObject(value) ? unknownPaths(value, child, [...prefix, key]) : [];
  });
}

/** Keeps what is valid in `raw`, resets the rest to the defaults, and reports what it changed. */
export function repairSettings(raw: unknown): SettingsRepair {
  const template = DEFAULT_SETTINGS as unknown as Json;
  const paths = leafPaths(template);
  if (!isPlainObject(raw)) {
    const all = paths.map((p) => p.join('.'));
    return { settings: structuredClone(DEFAULT_SETTINGS), resetKeys: all, missingKeys: [], removedKeys: [], nothingKept: true };
  }
  const repaired = structuredClone(DEFAULT_SETTINGS) as unknown as Json;
  const resetKeys: string[] = [];
  const missingKeys: string[] = [];
  let kept = 0;
  for (const path of paths) {
    const lookup = readPath(raw, path);
    if (lookup.state === 'missing') {
      missingKeys.push(path.join('.'));
      continue;
    }
    // A leaf is kept when the defaults with just that one value swapped in still pass the schema.
    const candidate = structuredClone(DEFAULT_SETTINGS) as unknown as Json;
    if (lookup.state === 'found') writePath(candidate, path, lookup.value);
    if (lookup.state === 'found' && SettingsSchema.safeParse(candidate).success) {
      writePath(repaired, path, lookup.value);
      kept += 1;
    } else {
      resetKeys.push(path.join('.'));
    }
  }
  // Every leaf was checked alone; the whole must pass too (a bug here must never reach the file).
  const settings = SettingsSchema.parse(repaired);
  const removedKeys = unknownPaths(raw, template);
  return { settings, resetKeys, missingKeys, removedKeys, nothingKept: kept === 0 && resetKeys.length > 0 };
}
