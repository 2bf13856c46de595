/**
 * Turns a world file (or an object) into a validated World, with one readable error: its first line names the
 * first problem (a one-line reader such as the CLI shows that much), the lines after list every problem.
 */
import type { z } from 'zod';
import { CappedReadError, readFileCapped } from '../../core/paths/read-capped-file';
import { WorldSchema, type World } from './world.schema';

/** A world bigger than this is not a world file (the demo world is about 5 kB). */
export const MAX_WORLD_FILE_BYTES = 20 * 1024 * 1024;

/** A world file that could not be read or does not match the schema. */
export class WorldError extends Error {
  constructor(
    message: string,
    /** Each problem as `path: message`, for whoever shows them one per line. */
    readonly problems: readonly string[] = [],
  ) {
    super(message);
    this.name = 'WorldError';
  }
}

function problemOf(issue: z.core.$ZodIssue): string {
  const path = issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
  // Zod's messages are one line; a custom one might not be.
  return `${path || '(top level)'}: ${issue.message.replace(/\s+/g, ' ').trim() || 'invalid'}`;
}

/** Validates a parsed world object; `source` names it in the error. */
export function parseWorld(input: unknown, source = 'world'): World {
  const result = WorldSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map(problemOf);
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more, listed below)` : '';
    throw new WorldError(
      `Invalid world ${source}: ${problems[0] ?? 'it does not match the world format'}${more}\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      problems,
    );
  }
  return result.data;
}

/** Parses JSON text into a world. */
export function parseWorldJson(text: string, source = 'world'): World {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // JSON.parse quotes the text around the fault, newlines included: one line, and short.
    const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 200);
    throw new WorldError(`Invalid world ${source}: not valid JSON (${detail})`);
  }
  return parseWorld(data, source);
}

/** Reads and validates a world file from disk; a file over MAX_WORLD_FILE_BYTES (or endless, like /dev/zero) is refused. */
export function loadWorldFile(path: string): World {
  let text: string;
  try {
    text = readFileCapped(path, MAX_WORLD_FILE_BYTES).toString('utf8');
  } catch (error) {
    if (!(error instanceof CappedReadError)) throw error;
    throw new WorldError(`Cannot read world file ${path}: ${error.message}`);
  }
  return parseWorldJson(text, `file ${path}`);
}
