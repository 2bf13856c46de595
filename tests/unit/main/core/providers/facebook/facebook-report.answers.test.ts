/**
 * interpretFacebookCheck on answer sets: real answers from the simulator (the same batch the provider sends), and a
 * few hand-edited ones for what the simulator does not produce (a paged Page list, a missing answer).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { interpretFacebookCheck } from '../../../../../../main/core/providers/facebook/facebook-report';
import { planOperations, type OperationRole } from '../../../../../../main/core/providers/facebook/facebook-operations';
import { sendBatch, type BatchAnswer } from '../../../../../../main/core/providers/facebook/graph-batch';
import { createProviderHttp } from '../../../../../../main/core/providers/http/provider-http';
import { endpointsAt } from '../../../../../../main/core/providers/network-endpoints';
import type { GrantInput } from '../../../../../../main/core/providers/provider';
import type { RunningSimulator } from '../../../../../../main/simulator';
import { IDS, startTestSimulator } from '../../../../../fixtures/simulator/simulator-kit';
import { loadProviderFixtures, fixtureInput } from '../../../../../fixtures/provider-responses/load-provider-fixtures';
import { FACEBOOK_LOGIN_SCOPES } from '../../../../../../main/core/providers/facebook/facebook-scopes';
import { adaGrant as adaFacebookGrant } from '../../../../../fixtures/simulator/ada-grant';

// Everything but ads_read: these answer sets come from logins made before Tether asked for it.
const FB_SCOPES = FACEBOOK_LOGIN_SCOPES.filter((s) => s !== 'ads_read');
type Answers = Array<{ role: OperationRole; answer: BatchAnswer }>;
let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

/** Ada's grant: her two Pages and their Instagram accounts, with the tokens the simulator minted. */
const adaGrant = (scopes: readonly string[] = FB_SCOPES): GrantInput => adaFacebookGrant(sim, scopes);

/** The answers the provider's one batch gets from the simulator. */
async function answersFor(grant: GrantInput): Promise<Answers> {
  const ops = planOperations(grant, sim.control.appToken());
  const result = await sendBatch(
    createProviderHttp((url, init) => fetch(url, init)),
    endpointsAt(sim.url),
    grant.tokens.accessToken,
    ops,
  );
  return ops.map((op, i) => ({ role: op.role, answer: result.kind === 'answers' ? (result.answers[i] as BatchAnswer) : result.failure }));
}

const interpret = (grant: GrantInput, answers: Answers) =>
  interpretFacebookCheck(grant, answers, { now: sim.control.now(), tokenExpiresAt: grant.tokens.accessExpiresAt });
const reasonOf = (report: ReturnType<typeof interpret>, id: string) => {
  const v = report.accounts.get(id);
  return v?.kind === 'problem' ? v.classification.reason : v?.kind === 'ok' ? (v.warning ?? 'ok') : 'absent';
};

describe('interpretFacebookCheck: simulator answers', () => {
  it('finds a healthy grant fine: every Page and Instagram account, permissions and expiries', async () => {
    const grant = adaGrant();
    const report = interpret(grant, await answersFor(grant));
    expect(report.grant).toEqual({ kind: 'ok' });
    expect([IDS.alphaPage, IDS.betaPage, IDS.alphaIg, IDS.betaIg].map((id) => reasonOf(report, id))).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(report.permissions?.missing).toEqual([]);
    expect(typeof report.expiries.access).toBe('number');
  });

  it.each([
    ['password_changed', 'password_changed'],
    ['app_removed', 'access_revoked'],
    ['checkpoint', 'security_checkpoint'],
  ] as const)('fails the whole grant on %s with %s', async (scenario, reason) => {
    const grant = adaGrant();
    sim.control.apply({ scenario, target: IDS.ada });
    const report = interpret(grant, await answersFor(grant));
    expect(report.grant).toMatchObject({ kind: 'problem', classification: { reason, permanent: true } });
    expect(report.accounts.size).toBe(0);
  });

  it('blames a lowered Page role on the Page and on the Instagram account published through it only', async () => {
    const grant = adaGrant();
    sim.control.apply({ scenario: 'page_role_lowered', target: IDS.alphaPage });
    const report = interpret(grant, await answersFor(grant));
    expect(report.grant).toEqual({ kind: 'ok' });
    expect([IDS.alphaPage, IDS.alphaIg, IDS.betaPage, IDS.betaIg].map((id) => reasonOf(report, id))).toEqual([
      'insufficient_page_role',
      'insufficient_page_role',
      'ok',
      'ok',
    ]);
  });

  it.each([
    ['page_unpublished', IDS.alphaPage, 'page_restricted'],
    ['instagram_personal', IDS.alphaIg, 'instagram_personal_account'],
  ] as const)('reads %s on %s as %s for that account alone', async (scenario, target, reason) => {
    const grant = adaGrant();
    sim.control.apply({ scenario, target });
    const report = interpret(grant, await answersFor(grant));
    expect(reasonOf(report, target)).toBe(reason);
    const others = [IDS.alphaPage, IDS.betaPage, IDS.alphaIg, IDS.betaIg].filter((id) => id !== target);
    expect(others.map((id) => reasonOf(report, id))).toEqual(others.map(() => 'ok'));
  });

  it('flags a declined permission on the accounts that need it, and reports it missing', async () => {
    const grant = adaGrant();
    sim.control.apply({ scenario: 'permission_declined', target: IDS.ada, options: { permission: 'instagram_content_publish' } });
    const report = interpret(grant, await answersFor(grant));
    expect(report.permissions?.missing).toEqual(['instagram_content_publish']);
    expect(report.permissions?.declined).toContain('instagram_content_publish');
    expect([IDS.alphaPage, IDS.alphaIg].map((id) => reasonOf(report, id))).toEqual(['ok', 'missing_permissions']);
  });
});

describe('interpretFacebookCheck: edited answer sets', () => {
  /** Replaces the answer of one role with a 200 carrying `body`. */
  function withBody(answers: Answers, kind: OperationRole['kind'], body: unknown): Answers {
    return answers.map((a) => (a.role.kind === kind ? { role: a.role, answer: { status: 200, headers: {}, body: JSON.stringify(body) } } : a));
  }

  it('never calls a Page missing from the list removed while its own token answers; unreadable, only once the list is complete', async () => {
    const grant = adaGrant();
    const answers = await answersFor(grant);
    const complete = withBody(answers, 'pages', { data: [] });
    const paged = withBody(answers, 'pages', { data: [], paging: { next: 'https://graph.facebook.com/next' } });
    expect(reasonOf(interpret(grant, complete), IDS.alphaPage)).toBe('ok');
    expect(reasonOf(interpret(grant, paged), IDS.alphaPage)).toBe('ok');
    const unreadable = { error: { message: 'Unsupported get request.', type: 'GraphMethodException', code: 100, error_subcode: 33 } };
    const gone = (list: Answers): Answers =>
      list.map((a) =>
        a.role.kind === 'page' && a.role.pageId === IDS.alphaPage
          ? { role: a.role, answer: { status: 400, headers: {}, body: JSON.stringify(unreadable) } }
          : a,
      );
    // Without per-Page grants from debug_token, a Page absent from a complete list and unreadable can't be told apart: not listed.
    expect(reasonOf(interpret(grant, gone(complete)), IDS.alphaPage)).toBe('page_not_listed');
    expect(reasonOf(interpret(grant, gone(paged)), IDS.alphaPage)).toBe('transient_provider_error');
  });

  it('passes a Page role too low to publish on to the Instagram account published through it, even when its own read works', async () => {
    const grant = adaGrant();
    const answers = await answersFor(grant);
    const pages = answers.find((a) => a.role.kind === 'pages')?.answer;
    const listed = (JSON.parse(pages && 'body' in pages ? pages.body : '{}') as { data: Array<{ id: string; tasks: string[] }> }).data;
    const lowered = withBody(answers, 'pages', { data: listed.map((p) => (p.id === IDS.alphaPage ? { ...p, tasks: ['ANALYZE'] } : p)) });
    const report = interpret(grant, lowered);
    expect([IDS.alphaPage, IDS.alphaIg, IDS.betaPage, IDS.betaIg].map((id) => reasonOf(report, id))).toEqual([
      'insufficient_page_role',
      'insufficient_page_role',
      'ok',
      'ok',
    ]);
  });

  it('reads debug_token is_valid:false as a grant failure, by its own error', async () => {
    const grant = adaGrant();
    const answers = withBody(await answersFor(grant), 'debug_token', {
      data: { is_valid: false, error: { code: 190, subcode: 460, message: 'changed password' } },
    });
    expect(interpret(grant, answers).grant).toMatchObject({ kind: 'problem', classification: { permanent: true } });
  });

  it('reads a grant with no answer for the person as not verified, never as fine', async () => {
    const grant = adaGrant();
    const answers = (await answersFor(grant)).filter((a) => a.role.kind !== 'me' && a.role.kind !== 'pages');
    expect(interpret(grant, answers).grant).toMatchObject({ kind: 'problem', classification: { reason: 'transient_provider_error', permanent: false } });
  });

  it('classifies a documented error on the person the way the classifier does', async () => {
    const fixture = loadProviderFixtures().find((f) => f.provider === 'facebook' && f.name === '190-460-password-changed');
    if (!fixture) throw new Error('fixture missing');
    const grant = adaGrant();
    const input = fixtureInput(fixture);
    if (!('status' in input) || input.status === null) throw new Error('this fixture is an HTTP response with a status');
    const wire = { ...input, status: input.status };
    const answers = (await answersFor(grant)).map((a) => (a.role.kind === 'me' ? { role: a.role, answer: wire } : a));
    expect(interpret(grant, answers).grant).toMatchObject({
      kind: 'problem',
      classification: { reason: fixture.expect.reason, provider: { code: 190, subcode: 460 } },
    });
  });
});
