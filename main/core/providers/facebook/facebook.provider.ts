/**
 * Facebook (and the Instagram accounts linked to its Pages): one Graph batch per grant validates the login, its
 * permissions, every Page and every Instagram account. Facebook user tokens can't be refreshed by a desktop app
 * (the 60-day exchange needs a still-valid token and the app secret), so there is no refresh: reconnect renews.
 */
import type { ProviderDeps, SocialProvider, ValidationReport } from '../provider';
import { createProviderHttp } from '../http/provider-http';
import { chunkOperations, sendBatch } from './graph-batch';
import { planOperations } from './facebook-operations';
import { interpretFacebookCheck } from './facebook-report';
import { graphUsage } from './graph-usage';
import { discoverFacebookAccounts } from './facebook-discover';
import { FACEBOOK_LOGIN_SCOPES } from './facebook-scopes';
import { withAllAccountPages } from './accounts-paging';
import { retryWithPageToken } from './page-token-retry';
import { recheckSuspectedPermissions, type CheckAnswer } from './permission-recheck';
import { metaAppToken } from './app-token';
import { facebookAuthorize, facebookRevoke } from './facebook-sign-in';
import { facebookExchange } from './facebook-token-answer';

export function createFacebookProvider(deps: ProviderDeps): SocialProvider {
  return {
    network: 'facebook',
    displayName: 'Facebook',
    requiredScopes: FACEBOOK_LOGIN_SCOPES,
    discover: (grant) => discoverFacebookAccounts(deps, grant),
    usesPkce: false,
    authorize: (request) => facebookAuthorize(deps, request),
    exchange: (params, context) => facebookExchange(deps, params, context),
    revoke: (tokens) => facebookRevoke(deps, tokens),
    async validate(grant): Promise<ValidationReport> {
      const http = createProviderHttp(deps.fetch, deps.timeoutMs);
      const planned = planOperations(grant, await metaAppToken(deps));
      let answers: CheckAnswer[] = [];
      for (const chunk of chunkOperations(planned)) {
        const result = await sendBatch(http, deps.endpoints, grant.tokens.accessToken, chunk);
        const now = deps.clock.now();
        if (result.kind === 'failed') {
          // The whole batch failed (network, 5xx, an error for the batch's own token): every operation shares it,
          // except those with their own Page token, asked again on their own when the person's token was refused.
          if ('headers' in result.failure) observe(deps, result.failure.headers, now);
          const retried = await retryWithPageToken(http, deps.endpoints, chunk, result.failure, { now, tokenExpiresAt: grant.tokens.accessExpiresAt });
          for (const op of chunk) answers.push({ role: op.role, answer: retried?.get(op) ?? result.failure });
          continue;
        }
        observe(deps, result.response.headers, now);
        result.answers.forEach((answer, i) => {
          const op = chunk[i];
          if (!op) return;
          if ('headers' in answer) observe(deps, answer.headers, now);
          answers.push({ role: op.role, answer });
        });
      }
      const options = { now: deps.clock.now(), tokenExpiresAt: grant.tokens.accessExpiresAt };
      answers = await recheckSuspectedPermissions(http, deps.endpoints, grant.tokens.accessToken, planned, answers, options);
      answers = await Promise.all(
        answers.map(async (a) =>
          a.role.kind === 'pages' ? { ...a, answer: await withAllAccountPages(http, deps.endpoints.graphOrigin, grant.tokens.accessToken, a.answer) } : a,
        ),
      );
      const report = interpretFacebookCheck(grant, answers, { ...options, now: deps.clock.now() });
      return { ...report, requests: http.requestCount };
    },
  };
}

function observe(deps: ProviderDeps, headers: Readonly<Record<string, string>>, now: number): void {
  const usage = graphUsage(headers, now);
  if (usage) deps.governor.observe('facebook', usage, now);
}
