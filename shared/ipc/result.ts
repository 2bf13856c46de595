/**
 * The envelope every IPC answer travels in: thrown errors lose everything but their message across IPC. Plain
 * values (the renderer imports it); the error's schema is in ipc-error-schema.ts.
 */

export const IPC_ERROR_CODES = ['invalid_request', 'unknown_channel', 'forbidden', 'internal', 'not_found', 'unavailable'] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export interface IpcError {
  readonly code: IpcErrorCode;
  readonly message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps an error code and message as a failed result. */
export function fail<T = never>(code: IpcErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}
