/**
 * Posts one alert to the team channel and says what happened, in words that never contain the address: the
 * channel took it; try again later (no answer, a server error, "slow down"); or it refused it for good (a
 * deleted webhook, an archived channel, a malformed request), which retrying won't change.
 */
import type { WebhookKind } from '../../../shared/domain/webhook-kinds';
import type { AlertMessage } from './alert-message';
import { webhookBody } from './webhook-payloads';

/** fetch, injected: the real one in the app, the same against a loopback receiver in tests. */
export type WebhookFetch = (url: string, init: RequestInit) => Promise<Response>;

export type DeliveryOutcome =
  | { readonly kind: 'delivered' }
  /** Worth another try; `retryAfterMs` when the channel said how long to wait. */
  | { readonly kind: 'retry'; readonly problem: string; readonly retryAfterMs: number | null }
  /** Refused for good: the webhook must be fixed in Settings. */
  | { readonly kind: 'refused'; readonly problem: string };

/** How long one post may take. */
export const DELIVERY_TIMEOUT_MS = 15_000;

/** The longest answer body read (to spot Teams' "429 inside a 200"). */
const MAX_ANSWER_CHARS = 2_000;

/**
 * The address to post to. Discord answers 204 and may drop a message silently unless asked to wait for it:
 * `wait=true` makes a failure an error (https://discord.com/developers/docs/resources/webhook#execute-webhook).
 */
function postAddress(kind: WebhookKind, address: string): string {
  if (kind !== 'discord') return address;
  const url = new URL(address);
  url.searchParams.set('wait', 'true');
  return url.href;
}

/** Retry-After in seconds or as an HTTP date (RFC 9110 §10.2.3), as a wait in ms. */
function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

async function readSome(response: Response): Promise<string> {
  try {
    return (await response.text()).slice(0, MAX_ANSWER_CHARS);
  } catch {
    return '';
  }
}

/** What an HTTP answer means for this alert. */
async function outcomeOf(kind: WebhookKind, response: Response, now: number): Promise<DeliveryOutcome> {
  const status = response.status;
  const answer = await readSome(response);
  if (status >= 200 && status < 300) {
    // Teams' connectors answer 200 with the throttling inside the body ("Microsoft Teams endpoint returned HTTP
    // error 429"): https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/connectors-using#rate-limiting-for-connectors
    if (kind === 'teams' && /HTTP error 429/.test(answer)) return { kind: 'retry', problem: 'Teams asked Tether to slow down', retryAfterMs: null };
    return { kind: 'delivered' };
  }
  if (status === 429)
    return { kind: 'retry', problem: 'the channel asked Tether to slow down (HTTP 429)', retryAfterMs: retryAfterMs(response.headers.get('retry-after'), now) };
  if (status === 408 || status >= 500)
    return { kind: 'retry', problem: `the channel answered HTTP ${status}`, retryAfterMs: retryAfterMs(response.headers.get('retry-after'), now) };
  if (status >= 300 && status < 400)
    return { kind: 'refused', problem: `the address sends Tether elsewhere (HTTP ${status}); paste the webhook address again` };
  // Slack names the cause in a short body (invalid_payload, channel_not_found, channel_is_archived,
  // action_prohibited…): https://api.slack.com/changelog/2016-05-17-changes-to-errors-for-incoming-webhooks
  const code = /^[a-z_]{3,60}$/.test(answer.trim()) ? ` (${answer.trim()})` : '';
  return { kind: 'refused', problem: `the channel refused the alert: HTTP ${status}${code}` };
}

/** Posts `message` to the webhook. Never throws; the outcome's words never contain the address. */
export async function deliverAlert(fetchFn: WebhookFetch, kind: WebhookKind, address: string, message: AlertMessage, now: number): Promise<DeliveryOutcome> {
  let response: Response;
  try {
    response = await fetchFn(postAddress(kind, address), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(webhookBody(kind, message)),
      // A webhook never redirects; following one would send the alert (and the path's secret) somewhere else.
      redirect: 'manual',
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return {
      kind: 'retry',
      problem: timedOut ? `the channel did not answer within ${DELIVERY_TIMEOUT_MS / 1000} s` : 'Tether could not reach the channel (no connection)',
      retryAfterMs: null,
    };
  }
  return outcomeOf(kind, response, now);
}
