/** Marks a switch as exhaustive: adding a case to a union without handling it fails the type check. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
