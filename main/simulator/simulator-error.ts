/** Errors for control requests, and parsing of control input into them. */
import type { z } from 'zod';

/** A control request the simulator cannot carry out (bad input or unknown target); `status` is what the control API answers. */
export class SimulatorRequestError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404,
  ) {
    super(message);
    this.name = 'SimulatorRequestError';
  }
}

/** One line per zod issue: "path: message". */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ');
}

/** Parses control input, or throws a 400 SimulatorRequestError that says what is wrong. */
export function parseRequest<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new SimulatorRequestError(describeIssues(result.error.issues), 400);
  return result.data;
}
