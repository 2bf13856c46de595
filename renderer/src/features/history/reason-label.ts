/** A reason in words, for the History screen's legend, tables and filter: the reason card's title. */
import { cardFor } from '../../../../shared/reasons/catalog';
import type { ReasonId } from '../../../../shared/domain/reason-ids';

/** "No reason given" for a change that carried none ('none' or null). */
export const reasonLabel = (reason: string | null): string => (reason === null || reason === 'none' ? 'No reason given' : cardFor(reason as ReasonId).title);
