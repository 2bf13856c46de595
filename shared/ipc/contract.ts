/**
 * The IPC contract: every channel the renderer may call and every event main pushes, with zod schemas.
 * Invoke channels are `domain:verb`; events are `domain:past-tense`. Both transports (Electron IPC and
 * `tether serve`) validate against this one table.
 */
import { z } from 'zod';
import { AccountViewSchema } from '../domain/account-view';

export const invokeContract = {
  'accounts:list': {
    req: z.void().or(z.object({}).strict()),
    res: z.array(AccountViewSchema),
  },
} as const;

export const eventContract = {
  'accounts:changed': z.array(AccountViewSchema),
} as const;

export type InvokeContract = typeof invokeContract;
export type EventContract = typeof eventContract;
