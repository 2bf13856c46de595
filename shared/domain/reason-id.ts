/** The fixed vocabulary of reasons a connection stops working (design.md §4), and its schema. */
import { z } from 'zod';
import { REASON_IDS } from './reason-ids';

export { REASON_IDS, type ReasonId } from './reason-ids';
export const ReasonIdSchema = z.enum(REASON_IDS);
