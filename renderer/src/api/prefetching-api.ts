/**
 * An API whose first call of some channels gets an answer that is already under way (the accounts snapshot the
 * page preloaded). Only the first call: a retry or a refresh asks again. An early answer that failed is not
 * passed on; the call goes to the API instead, so a server without the early route still works.
 */
import type { InvokeChannel, InvokeRequest, InvokeResponse, TetherApi } from '../../../shared/ipc/channels';
import type { Result } from '../../../shared/ipc/result';

/** Answers already under way, by channel; only for channels whose request is empty. */
export type EarlyAnswers = Partial<Record<InvokeChannel, Promise<Result<unknown>>>>;

/** `api`, handing out `early` answers to the first call of each channel. */
export function withPrefetch(api: TetherApi, early: EarlyAnswers): TetherApi {
  const pending = new Map(Object.entries(early) as [InvokeChannel, Promise<Result<unknown>>][]);
  return {
    invoke<C extends InvokeChannel>(channel: C, req: InvokeRequest<C>): Promise<Result<InvokeResponse<C>>> {
      const answer = req === undefined ? (pending.get(channel) as Promise<Result<InvokeResponse<C>>> | undefined) : undefined;
      if (!answer) return api.invoke(channel, req);
      pending.delete(channel);
      return answer.then((result) => (result.ok ? result : api.invoke(channel, req)));
    },
    on: (event, listener) => api.on(event, listener),
  };
}
