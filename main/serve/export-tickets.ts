/**
 * One-time tickets for export downloads. A browser download is a navigation and can't carry the key's header, so
 * the page first asks for a ticket (with the key) and then downloads with the ticket in the address. A ticket works
 * once, for a minute: the address the browser keeps in its downloads list is worthless afterwards.
 */
import { createLaunchSecret, secretMatches } from '../core/kernel/http/launch-secret';

const LIFETIME_MS = 60_000;
/** Unused tickets kept at most; the oldest goes first (a page asks for one per click). */
const MAX_OUTSTANDING = 32;

export class ExportTickets {
  private readonly open = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** A fresh ticket. */
  issue(): string {
    this.prune();
    if (this.open.size >= MAX_OUTSTANDING) {
      const oldest = this.open.keys().next().value;
      if (oldest !== undefined) this.open.delete(oldest);
    }
    const ticket = createLaunchSecret();
    this.open.set(ticket, this.now() + LIFETIME_MS);
    return ticket;
  }

  /** True, once, for a ticket issued less than a minute ago. */
  redeem(candidate: string | null): boolean {
    if (candidate === null) return false;
    this.prune();
    for (const ticket of this.open.keys()) {
      if (!secretMatches(ticket, candidate)) continue;
      this.open.delete(ticket);
      return true;
    }
    return false;
  }

  private prune(): void {
    const now = this.now();
    for (const [ticket, expires] of this.open) if (expires <= now) this.open.delete(ticket);
  }
}
