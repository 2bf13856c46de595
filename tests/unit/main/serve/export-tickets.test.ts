import { describe, expect, it } from 'vitest';
import { ExportTickets } from '../../../../main/serve/export-tickets';

describe('ExportTickets', () => {
  it('redeems a ticket once', () => {
    const tickets = new ExportTickets();
    const t = tickets.issue();
    expect(tickets.redeem(t)).toBe(true);
    expect(tickets.redeem(t)).toBe(false);
  });

  it('refuses a ticket after a minute, one it never issued, and none at all', () => {
    let now = 1_000;
    const tickets = new ExportTickets(() => now);
    const t = tickets.issue();
    now += 60_000;
    expect(tickets.redeem(t)).toBe(false);
    expect(tickets.redeem('made-up')).toBe(false);
    expect(tickets.redeem(null)).toBe(false);
    expect(tickets.redeem('')).toBe(false);
  });

  it('keeps at most 32 unused tickets, dropping the oldest', () => {
    const tickets = new ExportTickets();
    const first = tickets.issue();
    const rest = Array.from({ length: 32 }, () => tickets.issue());
    expect(tickets.redeem(first)).toBe(false);
    expect(rest.every((t) => tickets.redeem(t))).toBe(true);
  });
});
