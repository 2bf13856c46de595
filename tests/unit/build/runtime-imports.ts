/**
 * The modules a bundle would evaluate: follows the runtime imports (not `import type`, not imports whose every
 * binding is a type) from an entry file through TypeScript's own parser. Dynamic `import()` is followed only when
 * asked: a lazy chunk is not part of startup.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
  readonly from: string;
  readonly to: string;
}

/** The `import('x')` specifiers anywhere in a file. */
function dynamicSpecifiers(source: ts.SourceFile): string[] {
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) out.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** The runtime module specifiers of one source file (with its dynamic imports, when `dynamic`). */
export function runtimeSpecifiers(file: string, text = readFileSync(file, 'utf8'), dynamic = false): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) out.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.exportClause;
      const typeOnly = statement.isTypeOnly || (clause !== undefined && ts.isNamedExports(clause) && clause.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) out.push(statement.moduleSpecifier.text);
    }
  }
  return dynamic ? [...out, ...dynamicSpecifiers(source)] : out;
}

function resolveRelative(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, resolve(base, 'index.ts'), resolve(base, 'index.tsx')]) {
    if (/\.(ts|tsx)$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * Every runtime edge reachable from `entry`; packages are edges to their bare name (e.g. "zod", "react-dom/client").
 * With `dynamic`, lazy chunks too.
 */
export function runtimeImportGraph(entry: string, dynamic = false): ImportEdge[] {
  const edges: ImportEdge[] = [];
  const seen = new Set<string>([entry]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    for (const specifier of runtimeSpecifiers(file, readFileSync(file, 'utf8'), dynamic)) {
      if (!specifier.startsWith('.')) {
        edges.push({ from: file, to: specifier });
        continue;
      }
      if (/\.(css|svg|png)$/.test(specifier)) continue;
      const target = resolveRelative(file, specifier);
      if (!target) throw new Error(`${file}: cannot resolve ${specifier}`);
      edges.push({ from: file, to: target });
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return edges;
}
