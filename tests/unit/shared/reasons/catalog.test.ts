// The catalog: every card id has a complete card, every link is https, and the prevention tips teach every
// practice the help material names (checked through each tip's `practice` tag, not by searching the text).
import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS, type ProviderId } from '../../../../shared/domain/provider-id';
import { REASON_IDS } from '../../../../shared/domain/reason-id';
import { CARD_IDS, CHECK_CARD_IDS, PRACTICES, REQUIRED_PRACTICES, type PerNetwork } from '../../../../shared/reasons/card-types';
import { REASON_CATALOG, cardFor, cardForNetwork } from '../../../../shared/reasons/catalog';
import { REASON_POLICY } from '../../../../shared/reasons/reason-policy';

const cards = CARD_IDS.map((id) => cardFor(id));

function variants<T>(copy: PerNetwork<T>): [string, T][] {
  return [['all', copy.all], ...PROVIDER_IDS.filter((p) => copy[p] !== undefined).map((p): [string, T] => [p, copy[p] as T])];
}

const filled = (text: string): boolean => text.trim().length >= 3 && text === text.trim();

describe('reason catalog', () => {
  it('has exactly one card per reason and per check state', () => {
    expect(Object.keys(REASON_CATALOG).sort()).toEqual([...REASON_IDS, ...CHECK_CARD_IDS].sort());
    for (const id of CARD_IDS) expect(cardFor(id).id).toBe(id);
  });

  it.each(cards.map((c) => [c.id, c] as const))('%s is complete', (_id, card) => {
    expect(filled(card.title)).toBe(true);
    expect(card.title.length).toBeLessThanOrEqual(40);
    expect(filled(card.summary)).toBe(true);
    expect(card.summary.length).toBeLessThanOrEqual(120);
    expect(card.networks.length).toBeGreaterThan(0);
    for (const [, text] of variants(card.whatHappened)) expect(filled(text)).toBe(true);
    for (const [, steps] of variants(card.whatToDo)) {
      expect(steps.length).toBeGreaterThan(0);
      for (const step of steps) expect(filled(step)).toBe(true);
    }
    for (const [, links] of variants(card.links)) expect(links.length).toBeGreaterThan(0);
    expect(card.prevention.length).toBeGreaterThan(0);
    for (const tip of card.prevention) {
      expect(filled(tip.text)).toBe(true);
      expect(PRACTICES).toContain(tip.practice);
    }
    expect(['disconnect', 'warning', 'transient', 'not_a_disconnect', 'setup']).toContain(card.kind);
    expect([true, false, null]).toContain(card.reconnectFixes);
  });

  it.each(cards.map((c) => [c.id, c] as const))('%s links only to https pages with a label', (_id, card) => {
    for (const [, links] of variants(card.links)) {
      for (const link of links) {
        expect(filled(link.label)).toBe(true);
        const url = new URL(link.url);
        expect(url.protocol).toBe('https:');
        expect(url.username + url.password).toBe('');
        expect(url.hostname).toMatch(/\./);
      }
    }
  });

  it('has per-network copy only for the networks a card covers', () => {
    for (const card of cards) {
      for (const copy of [card.whatHappened, card.whatToDo, card.links] as PerNetwork<unknown>[]) {
        for (const provider of PROVIDER_IDS) {
          if (copy[provider] !== undefined) expect(card.networks, `${card.id}.${provider}`).toContain(provider);
        }
      }
    }
  });

  it('agrees with design.md §4 on permanence and on whether reconnect alone fixes it', () => {
    for (const id of REASON_IDS) {
      expect(cardFor(id).reconnectFixes, id).toBe(REASON_POLICY[id].reconnectFixes);
      expect(cardFor(id).kind, id).toBe(REASON_POLICY[id].kind);
    }
    // The table, as written in design.md: reconnect alone fixes these, and only these, disconnections.
    const fixedByReconnect = REASON_IDS.filter((id) => REASON_POLICY[id].reconnectFixes === true).sort();
    // Plus page_not_selected (issue 10): a Page left unticked at sign-in comes back by ticking it on reconnect.
    expect(fixedByReconnect).toEqual([
      'access_revoked',
      'invalid_token_other',
      'missing_permissions',
      'page_not_selected',
      'password_changed',
      'token_expired',
    ]);
    const transient = REASON_IDS.filter((id) => REASON_POLICY[id].kind === 'transient').sort();
    expect(transient).toEqual(['rate_limited', 'transient_provider_error']);
    expect(REASON_POLICY.instagram_creator_account).toEqual({ kind: 'warning', permanent: false, reconnectFixes: false });
  });

  it('teaches every practice the help material names', () => {
    const taught = new Set(cards.flatMap((c) => c.prevention.map((tip) => tip.practice)));
    expect(REQUIRED_PRACTICES.filter((p) => !taught.has(p))).toEqual([]);
    expect(REQUIRED_PRACTICES).toEqual([
      'keep_app_authorized',
      'no_shared_logins',
      'no_alias_usernames',
      'avoid_flagged_content',
      'keep_page_role',
      'enable_two_factor',
      'keep_instagram_business',
      'know_token_lifespans',
    ]);
  });

  it('teaches each practice where it prevents the problem', () => {
    const practicesOf = (id: (typeof CARD_IDS)[number]): string[] => cardFor(id).prevention.map((t) => t.practice);
    expect(practicesOf('access_revoked')).toContain('keep_app_authorized');
    expect(practicesOf('security_checkpoint')).toEqual(expect.arrayContaining(['no_shared_logins', 'no_alias_usernames', 'avoid_flagged_content']));
    expect(practicesOf('insufficient_page_role')).toContain('keep_page_role');
    expect(practicesOf('two_factor_required')).toContain('enable_two_factor');
    expect(practicesOf('instagram_personal_account')).toContain('keep_instagram_business');
    expect(practicesOf('token_expired')).toContain('know_token_lifespans');
    expect(practicesOf('token_expiring')).toContain('know_token_lifespans');
  });

  it('resolves copy per network, falling back to the shared copy', () => {
    const x = cardForNetwork('access_revoked', 'twitter');
    expect(x.links.map((l) => l.url)).toEqual(['https://x.com/settings/connected_apps']);
    expect(x.whatHappened).toBe(cardFor('access_revoked').whatHappened.twitter);
    const fb = cardForNetwork('access_revoked', 'facebook');
    expect(fb.links.map((l) => l.url)).toEqual(['https://www.facebook.com/settings?tab=business_tools']);
    const page: ProviderId = 'facebook';
    expect(cardForNetwork('page_restricted', page).whatHappened).toBe(cardFor('page_restricted').whatHappened.all);
  });

  it('links the network pages the issue names', () => {
    const urls = new Set(cards.flatMap((c) => variants(c.links).flatMap(([, links]) => links.map((l) => l.url))));
    for (const url of [
      'https://www.facebook.com/settings?tab=business_tools',
      'https://x.com/settings/connected_apps',
      'https://x.com/account/access',
      'https://accountscenter.facebook.com/password_and_security/two_factor',
      'https://help.x.com/en/forms/account-access/appeals',
    ]) {
      expect(urls).toContain(url);
    }
  });
});
