// The layer rule: who may import whom (style.md §8.2), checked on every import, export-from, require and
// dynamic import. A violation fails `npm run lint`.
import { dirname, relative, resolve, sep } from 'node:path';
import { builtinModules } from 'node:module';

/** Paths (never real files) at which tests lint in-memory fixtures, one per layer. */
export const LINT_FIXTURE_PATHS = [
  'shared/__lint_fixture__.ts',
  'main/core/__lint_fixture__.ts',
  'main/core/kernel/__lint_fixture__.ts',
  'main/core/history/__lint_fixture__.ts',
  'main/serve/__lint_fixture__.ts',
  'main/electron/__lint_fixture__.ts',
  'preload/__lint_fixture__.ts',
  'renderer/src/__lint_fixture__.ts',
];

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const NATIVE_OR_MAIN_ONLY = ['better-sqlite3', 'keytar', 'electron-store', 'conf', 'ws'];

/** The layer a repo-relative path belongs to, or null for files outside the layers (tests, configs, scripts). */
export function layerOf(relPath) {
  const p = relPath.split(sep).join('/');
  if (p.startsWith('main/core/')) return 'core';
  if (p.startsWith('main/electron/') || p === 'main/index.ts') return 'electron';
  if (p.startsWith('main/app/') || p.startsWith('main/serve/') || p.startsWith('main/cli/') || p.startsWith('main/simulator/')) return 'node-app';
  if (p.startsWith('preload/')) return 'preload';
  if (p.startsWith('renderer/')) return 'renderer';
  if (p.startsWith('shared/')) return 'shared';
  return null;
}

/**
 * The floors of main/core, lowest first. A folder may import its own files and folders below it, never above:
 * the kernel holds what everything needs (clock, timers, events, errors); the app folder composes the rest,
 * and ipc serves the composed core to the transports.
 */
export const CORE_FLOORS = [
  'kernel',
  'logging',
  'paths',
  'instance',
  'settings',
  'secrets',
  'reasons',
  'history',
  'accounts',
  'notify',
  'alerts',
  'providers',
  'validation',
  'connections',
  'oauth',
  'app',
  'ipc',
];

/** The core folder of a repo-relative path under main/core/, or null for a file at core's root. */
export function coreFolderOf(relPath) {
  const parts = relPath.split(sep).join('/').split('/');
  return parts.length > 3 ? parts[2] : null;
}

/** Why an import from core folder `from` to core folder `to` goes back up; null when it goes down or stays. */
export function coreFloorViolation(from, to) {
  if (from === null || to === null || from === to) return null;
  const a = CORE_FLOORS.indexOf(from);
  const b = CORE_FLOORS.indexOf(to);
  if (a < 0) return `main/core/${from} has no floor: add it to CORE_FLOORS in eslint/layers.mjs`;
  if (b < 0) return `main/core/${to} has no floor: add it to CORE_FLOORS in eslint/layers.mjs`;
  if (b > a) return `main/core/${from} may not import main/core/${to}, a floor above it (see CORE_FLOORS in eslint/layers.mjs)`;
  return null;
}

function packageName(spec) {
  if (spec.startsWith('node:')) return spec;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Why `spec`, imported from a file in `layer`, breaks the rules; null when it is allowed. */
export function violation(layer, spec, targetLayer, isTypeOnly) {
  const isRelative = spec.startsWith('.');
  const pkg = isRelative ? null : packageName(spec);
  switch (layer) {
    case 'shared':
      if (isRelative) return targetLayer === 'shared' ? null : 'shared/ may only import shared/ and zod';
      return pkg === 'zod' ? null : `shared/ may only import zod, not "${spec}"`;
    case 'core':
      if (pkg === 'electron') return 'main/core must never import electron: put Electron code in main/electron';
      if (isRelative && targetLayer !== 'core' && targetLayer !== 'shared')
        return `main/core may only import main/core and shared/, not ${targetLayer ?? 'that file'}`;
      return null;
    case 'node-app':
      if (pkg === 'electron') return 'only main/electron may import electron';
      if (isRelative && (targetLayer === 'electron' || targetLayer === 'renderer' || targetLayer === 'preload'))
        return `main/serve, cli and simulator may not import ${targetLayer}`;
      return null;
    case 'electron':
      if (isRelative && (targetLayer === 'renderer' || targetLayer === 'preload')) return `main/electron may not import ${targetLayer}`;
      return null;
    case 'preload':
      if (isRelative) {
        if (targetLayer === 'preload') return null;
        if (targetLayer === 'shared' && (isTypeOnly || /shared\/ipc\/channels$/.test(spec))) return null;
        return 'the preload may import only shared/ipc/channels and types';
      }
      return pkg === 'electron' ? null : `the sandboxed preload may only import electron, not "${spec}"`;
    case 'renderer':
      if (pkg === 'electron' || NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(pkg ?? '') || NATIVE_OR_MAIN_ONLY.includes(pkg ?? '')) {
        return `the renderer never imports Node or main-process modules ("${spec}")`;
      }
      if (isRelative && targetLayer !== 'renderer' && targetLayer !== 'shared')
        return `the renderer may only import renderer/ and shared/, not ${targetLayer ?? 'that file'}`;
      return null;
    default:
      return null;
  }
}

const rule = {
  meta: { type: 'problem', schema: [], messages: { layer: '{{why}}' } },
  create(context) {
    const cwd = context.cwd;
    const file = context.filename;
    const layer = layerOf(relative(cwd, file));
    if (!layer) return {};
    const check = (node, spec, isTypeOnly) => {
      if (typeof spec !== 'string') return;
      const targetRel = spec.startsWith('.') ? relative(cwd, resolve(dirname(file), spec)) : null;
      const targetLayer = targetRel === null ? null : layerOf(targetRel);
      const why =
        violation(layer, spec, targetLayer, isTypeOnly) ??
        (layer === 'core' && targetLayer === 'core' ? coreFloorViolation(coreFolderOf(relative(cwd, file)), coreFolderOf(targetRel)) : null);
      if (why) context.report({ node, messageId: 'layer', data: { why } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value, node.importKind === 'type'),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, node.exportKind === 'type'),
      ExportAllDeclaration: (node) => check(node, node.source.value, node.exportKind === 'type'),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value, false),
      TSImportType: (node) => {
        const arg = node.argument?.literal ?? node.argument;
        if (arg && arg.type === 'Literal') check(node, arg.value, true);
      },
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
          check(node, node.arguments[0].value, false);
        }
      },
    };
  },
};

export default { rules: { imports: rule } };
