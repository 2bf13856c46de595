/** An expected refusal of a request (bad target, feature off): it reaches the renderer as its own error code, not as a crash. */
import type { IpcErrorCode } from '../../../shared/ipc/result';

export class RequestError extends Error {
  constructor(
    readonly code: Exclude<IpcErrorCode, 'internal'>,
    message: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}
