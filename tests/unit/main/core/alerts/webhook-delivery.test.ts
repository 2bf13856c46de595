// What each answer of a real HTTP receiver means for an alert: delivered, retry (and when), or refused for good.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliverAlert } from '../../../../../main/core/alerts/webhook-delivery';
import { testAlert } from '../../../../../main/core/alerts/alert-message';
import { startWebhookReceiver, type WebhookReceiver } from '../../../../fixtures/alerts/webhook-receiver';

let receiver: WebhookReceiver;
beforeEach(async () => {
  receiver = await startWebhookReceiver();
});
afterEach(() => receiver.close());

const NOW = Date.UTC(2026, 10, 28, 9, 0);
const send = (kind: 'slack' | 'teams' | 'discord' | 'json' = 'slack', address = receiver.address) =>
  deliverAlert((url, init) => fetch(url, init), kind, address, testAlert(NOW), NOW);

describe('deliverAlert', () => {
  it.each([200, 202, 204])('takes HTTP %i as delivered', async (status) => {
    receiver.answerNext({ status });
    expect(await send()).toEqual({ kind: 'delivered' });
    expect(receiver.received[0]).toMatchObject({ method: 'POST', path: receiver.secretPath, contentType: 'application/json' });
  });

  it('asks Discord to wait for the message, so a dropped one is an error', async () => {
    await send('discord');
    expect(receiver.received[0]?.path).toBe(`${receiver.secretPath}?wait=true`);
  });

  it('retries a 5xx and a 429, with the wait the channel asked for', async () => {
    receiver.answerNext({ status: 503 }, { status: 429, headers: { 'retry-after': '12' } });
    expect(await send()).toEqual({ kind: 'retry', problem: 'the channel answered HTTP 503', retryAfterMs: null });
    expect(await send()).toEqual({ kind: 'retry', problem: 'the channel asked Tether to slow down (HTTP 429)', retryAfterMs: 12_000 });
  });

  it('retries Teams’ throttling hidden in a 200', async () => {
    receiver.answerNext({ status: 200, body: 'Microsoft Teams endpoint returned HTTP error 429 with ContextId ...' });
    expect(await send('teams')).toMatchObject({ kind: 'retry', problem: 'Teams asked Tether to slow down' });
  });

  it('gives up on a refusal, naming Slack’s reason, and never follows a redirect', async () => {
    receiver.answerNext({ status: 410, body: 'channel_is_archived' }, { status: 302, headers: { location: 'http://127.0.0.1:9/elsewhere' } });
    expect(await send()).toEqual({ kind: 'refused', problem: 'the channel refused the alert: HTTP 410 (channel_is_archived)' });
    expect(await send()).toEqual({ kind: 'refused', problem: 'the address sends Tether elsewhere (HTTP 302); paste the webhook address again' });
    expect(receiver.received).toHaveLength(2);
  });

  it('retries when nothing listens, without the address in the words', async () => {
    const address = receiver.address;
    await receiver.close();
    const outcome = await send('slack', address);
    expect(outcome).toEqual({ kind: 'retry', problem: 'Tether could not reach the channel (no connection)', retryAfterMs: null });
    receiver = await startWebhookReceiver();
  });
});
