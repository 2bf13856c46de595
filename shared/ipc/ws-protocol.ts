/** The messages the `tether serve` transport exchanges over its WebSocket, for the server and the browser client. */
import { z } from 'zod';

export const ClientMessageSchema = z
  .object({ type: z.literal('invoke'), id: z.number().int().nonnegative(), channel: z.string().max(100), req: z.unknown().optional() })
  .strict();
export type ClientMessage = z.infer<typeof ClientMessageSchema>;

export type ServerMessage =
  { type: 'result'; id: number; result: unknown } | { type: 'event'; event: string; payload: unknown } | { type: 'error'; message: string };
