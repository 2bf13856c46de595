/** Turns a world file (or an object) into a validated World, with one readable error listing every problem. */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { WorldSchema, type World } from './world.schema';

/** A world file that could not be read or does not match the schema. The message lists each problem on its own line. */
export class WorldError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorldError';
  }
}

function describe(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const path = issue.path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
        .join('')
        .replace(/^\./, '');
      return `  - ${path || '(top level)'}: ${issue.message}`;
    })
    .join('\n');
}

/** Validates a parsed world object; `source` names it in the error. */
export function parseWorld(input: unknown, source = 'world'): World {
  const result = WorldSchema.safeParse(input);
  if (!result.success) throw new WorldError(`Invalid world ${source}:\n${describe(result.error.issues)}`);
  return result.data;
}

/** Parses JSON text into a world. */
export function parseWorldJson(text: string, source = 'world'): World {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new WorldError(`Invalid world ${source}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return parseWorld(data, source);
}

/** Reads and validates a world file from disk. */
export function loadWorldFile(path: string): World {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new WorldError(`Cannot read world file ${path}: ${code === 'ENOENT' ? 'no such file' : String(error)}`);
  }
  return parseWorldJson(text, `file ${path}`);
}
