/** Proves `npm run lint` rejects layer violations: lints in-memory fixtures with the repo's own ESLint config. */
import { beforeAll, describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function layerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  const messages = result?.messages ?? [];
  const fatal = messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(fatal.map((m) => m.message).join('\n'));
  return messages.filter((m) => m.ruleId === 'layers/imports').map((m) => m.message);
}

describe('layer rules', () => {
  // The first lint starts TypeScript's project service: seconds on a busy 2-core machine, so it is paid here.
  beforeAll(async () => {
    await eslint.lintText('export {};\n', { filePath: resolve(root, 'shared/__lint_fixture__.ts') });
  }, 120_000);

  const cases: Array<[string, string, RegExp]> = [
    ['main/core/__lint_fixture__.ts', "import { app } from 'electron';\nexport const x = app;\n", /main\/core must never import electron/],
    ['main/core/__lint_fixture__.ts', "export const x = require('electron');\n", /main\/core must never import electron/],
    ['main/core/__lint_fixture__.ts', "export { createMainWindow } from '../electron/windows/main-window';\n", /main\/core may only import/],
    ['main/serve/__lint_fixture__.ts', "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n", /only main\/electron may import electron/],
    ['renderer/src/__lint_fixture__.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", /renderer never imports Node/],
    ['renderer/src/__lint_fixture__.ts', "import { join } from 'path';\nexport const x = join;\n", /renderer never imports Node/],
    ['renderer/src/__lint_fixture__.ts', "import Database from 'better-sqlite3';\nexport const x = Database;\n", /renderer never imports/],
    ['renderer/src/__lint_fixture__.ts', "import keytar from 'keytar';\nexport const x = keytar;\n", /renderer never imports/],
    ['renderer/src/__lint_fixture__.ts', "import Store from 'electron-store';\nexport const x = Store;\n", /renderer never imports/],
    ['renderer/src/__lint_fixture__.ts', "export const x = import('electron');\n", /renderer never imports/],
    [
      'renderer/src/__lint_fixture__.ts',
      "import { openTetherCore } from '../../main/core/app/tether-core';\nexport const x = openTetherCore;\n",
      /renderer may only import renderer\/ and shared\//,
    ],
    ['shared/__lint_fixture__.ts', "import { join } from 'node:path';\nexport const x = join;\n", /shared\/ may only import zod/],
    ['shared/__lint_fixture__.ts', "import { create } from 'zustand';\nexport const x = create;\n", /shared\/ may only import zod/],
    [
      'shared/__lint_fixture__.ts',
      "import { createLogger } from '../main/core/logging/create-logger';\nexport const x = createLogger;\n",
      /shared\/ may only import shared\/ and zod/,
    ],
    ['preload/__lint_fixture__.ts', "import { z } from 'zod';\nexport const x = z;\n", /sandboxed preload may only import electron/],
    [
      'main/core/kernel/__lint_fixture__.ts',
      "import { createLogger } from '../logging/create-logger';\nexport const x = createLogger;\n",
      /main\/core\/kernel may not import main\/core\/logging, a floor above it/,
    ],
    [
      'main/core/history/__lint_fixture__.ts',
      "import { AccountsService } from '../accounts/accounts.service';\nexport const x = AccountsService;\n",
      /may not import main\/core\/accounts/,
    ],
    ['main/core/history/__lint_fixture__.ts', "export type X = import('../app/tether-core').TetherCore;\n", /may not import main\/core\/app/],
    ['main/core/history/__lint_fixture__.ts', "import { x as y } from '../nowhere-folder/thing';\nexport const x = y;\n", /has no floor/],
  ];

  it.each(cases)('%s rejects: %s', async (path, code, expected) => {
    const errors = await layerErrors(path, code);
    expect(errors.some((e) => expected.test(e))).toBe(true);
  });

  const allowed: Array<[string, string]> = [
    [
      'main/core/history/__lint_fixture__.ts',
      "import type { Clock } from '../kernel/clock';\nimport { migrate } from './migrate';\nexport type X = Clock;\nexport const x = migrate;\n",
    ],
    [
      'main/core/__lint_fixture__.ts',
      "import { z } from 'zod';\nimport { REASON_IDS } from '../../shared/domain/reason-id';\nexport const x = [z, REASON_IDS];\n",
    ],
    [
      'main/electron/__lint_fixture__.ts',
      "import { app } from 'electron';\nimport { openTetherCore } from '../core/app/tether-core';\nexport const x = [app, openTetherCore];\n",
    ],
    ['renderer/src/__lint_fixture__.ts', "import { PROVIDER_NAMES } from '../../shared/domain/provider-id';\nexport const x = PROVIDER_NAMES;\n"],
    ['shared/__lint_fixture__.ts', "import { z } from 'zod';\nimport { REASON_IDS } from './domain/reason-id';\nexport const x = [z, REASON_IDS];\n"],
    [
      'preload/__lint_fixture__.ts',
      "import { ipcRenderer } from 'electron';\nimport { INVOKE_CHANNELS } from '../shared/ipc/channels';\nexport const x = [ipcRenderer, INVOKE_CHANNELS];\n",
    ],
  ];

  it.each(allowed)('%s allows: %s', async (path, code) => {
    expect(await layerErrors(path, code)).toEqual([]);
  });
});
