/**
 * The window's startup bundle stays free of the validator: the renderer never parses with zod (main checks every
 * message), and zod's schemas, built at module load, cost the first paint at 5,000 accounts about 10 ms and the
 * bundle about 18 kB gzipped. A shared module the renderer needs keeps its plain values apart from its schema.
 */
import { describe, expect, it } from 'vitest';
import { relative, resolve } from 'node:path';
import { runtimeImportGraph, runtimeSpecifiers } from './runtime-imports';

const root = resolve(__dirname, '../../..');
const rel = (file: string) => relative(root, file);

/** The chain of files from the entry to the first that imports `pkg`, or null. */
function chainTo(entry: string, pkg: string, dynamic = false): string[] | null {
  const edges = runtimeImportGraph(entry, dynamic);
  const parent = new Map<string, string>();
  for (const edge of edges) if (!parent.has(edge.to)) parent.set(edge.to, edge.from);
  if (!parent.has(pkg)) return null;
  const chain = [pkg];
  for (let at = parent.get(pkg); at !== undefined; at = parent.get(at)) chain.unshift(rel(at));
  return chain;
}

describe('the renderer at startup', () => {
  it('evaluates no zod', () => {
    expect(chainTo(resolve(root, 'renderer/src/main.tsx'), 'zod')).toBeNull();
  });

  it('loads no zod later either (the History screen and its charts come on demand)', () => {
    expect(chainTo(resolve(root, 'renderer/src/main.tsx'), 'zod', true)).toBeNull();
  });

  it('keeps uPlot out of startup and loads it on demand', () => {
    const entry = resolve(root, 'renderer/src/main.tsx');
    expect(chainTo(entry, 'uplot')).toBeNull();
    expect(chainTo(entry, 'uplot', true)).not.toBeNull();
  });

  it('still reaches the modules it is made of (the walk follows imports)', () => {
    const edges = runtimeImportGraph(resolve(root, 'renderer/src/main.tsx'));
    const targets = new Set(edges.map((e) => (e.to.startsWith('/') ? rel(e.to) : e.to)));
    expect(targets).toContain('react-dom/client');
    expect(targets).toContain('shared/domain/providers.ts');
    expect(targets).toContain('renderer/src/features/accounts/AccountsList.tsx');
  });
});

describe('runtime imports', () => {
  it('skip type-only imports and exports, keep value and side-effect ones', () => {
    const code = [
      "import type { A } from './a';",
      "import { type B, type C } from './b';",
      "import { type D, e } from './d';",
      "import f from './f';",
      "import './g.css';",
      "export type { H } from './h';",
      "export { i } from './i';",
      "export * from './j';",
      "const lazy = () => import('./k');",
    ].join('\n');
    expect(runtimeSpecifiers('/x/file.ts', code)).toEqual(['./d', './f', './g.css', './i', './j']);
    expect(runtimeSpecifiers('/x/file.ts', code, true)).toEqual(['./d', './f', './g.css', './i', './j', './k']);
  });

  it('names the chain that pulls a package in', () => {
    // The main process's IPC contract is built of schemas: the walk must find zod there.
    expect(chainTo(resolve(root, 'shared/ipc/contract.ts'), 'zod')).not.toBeNull();
  });
});
