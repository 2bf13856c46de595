/** The schema of a failed Result's error (result.ts), for checks of the contract. */
import { z } from 'zod';
import { IPC_ERROR_CODES, type IpcError } from './result';

export const IpcErrorSchema = z.object({ code: z.enum(IPC_ERROR_CODES), message: z.string() }).strict() satisfies z.ZodType<IpcError>;
