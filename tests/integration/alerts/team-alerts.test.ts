/**
 * Team-channel alerts end to end: a real core checking the simulator, the webhook in the real keychain, and a real
 * HTTP receiver on loopback. One grouped alert for a Facebook-wide failure, none during quiet hours, retries after
 * a 500 and after a restart, giving up (and saying so), and the address never in a log line or the data folder.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { filesUnder } from '../../fixtures/data-files';
import { IDS } from '../../fixtures/simulator/simulator-kit';
import { startAlertsKit, type AlertsKit } from '../../fixtures/alerts/alerts-kit';
import { startWebhookReceiver, type WebhookReceiver } from '../../fixtures/alerts/webhook-receiver';
import { cardFor } from '../../../shared/reasons/catalog';
import { createHandlers } from '../../../main/core/ipc/handlers';
import { createRouter } from '../../../main/core/ipc/router';
import { createLogger } from '../../../main/core/logging/create-logger';

let kit: AlertsKit;
let receiver: WebhookReceiver;

beforeEach(async () => {
  kit = await startAlertsKit();
  receiver = await startWebhookReceiver();
  await kit.connectFacebook(IDS.ada);
});
afterEach(async () => {
  await kit.close();
  await receiver.close();
});

/** Saves the receiver as the team's Slack webhook and starts the alerts, as the app's background work does. */
async function useReceiver(kind: 'slack' | 'teams' | 'discord' | 'json' = 'slack'): Promise<void> {
  await kit.core.alerts.saveWebhook({ kind, address: receiver.address });
  kit.core.alerts.start(kit.core.notifications);
}

/** Ada changes her Facebook password: every Page and Instagram account of her login breaks at once. */
async function facebookWideFailure(): Promise<void> {
  kit.sim.control.apply({ scenario: 'password_changed', target: IDS.ada });
  await kit.core.validation.checkNow();
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

/** The HH:MM (UTC) `minutes` from the simulator's now. */
function utcTime(offsetMinutes: number): string {
  const d = new Date(kit.sim.control.now() + offsetMinutes * 60_000);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

describe('team alerts', () => {
  it('posts ONE grouped alert for a Facebook-wide failure, in Slack’s format', async () => {
    await useReceiver('slack');
    await facebookWideFailure();
    await vi.waitFor(() => expect(receiver.received).toHaveLength(1), { timeout: 5_000 });
    await settle();
    expect(receiver.received).toHaveLength(1);
    const [alert] = receiver.received;
    expect(alert?.method).toBe('POST');
    expect(alert?.contentType).toBe('application/json');
    const body = alert?.body as { text: string; blocks: Array<{ type: string; text?: { text: string } }> };
    expect(body.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: `Facebook login for Ada Lovelace: ${cardFor('password_changed').title}` },
    });
    expect(body.blocks[1]?.text?.text).toBe(`2 Pages and 2 Instagram accounts disconnected. ${cardFor('password_changed').summary}`);
    expect(body.text).toContain('Facebook login for Ada Lovelace');

    // The same news at the next check is not posted again.
    await kit.core.validation.checkNow();
    await settle();
    expect(receiver.received).toHaveLength(1);
    expect((await kit.core.alerts.status()).lastDeliveredAt).not.toBeNull();
  });

  it('posts nothing during quiet hours, and the held news as one alert when they are switched off', async () => {
    kit.core.settings.update({ notifications: { quietHours: { enabled: true, start: utcTime(-60), end: utcTime(120) } } });
    await useReceiver('discord');
    await facebookWideFailure();
    await settle();
    expect(receiver.received).toEqual([]);

    kit.core.settings.update({ notifications: { quietHours: { enabled: false } } });
    await vi.waitFor(() => expect(receiver.received).toHaveLength(1), { timeout: 5_000 });
    const body = receiver.received[0]?.body as { embeds: Array<{ title: string }>; allowed_mentions: unknown };
    expect(receiver.received[0]?.path).toBe(`${receiver.secretPath}?wait=true`);
    expect(body.embeds[0]?.title).toMatch(/Password changed|need/);
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it('retries after the channel answers 500, and delivers the same alert', async () => {
    receiver.answerNext({ status: 500, body: 'rollup_error' });
    await useReceiver('teams');
    await facebookWideFailure();
    await vi.waitFor(() => expect(receiver.received).toHaveLength(1), { timeout: 5_000 });
    await vi.waitFor(async () => expect((await kit.core.alerts.status()).waiting).toBe(1));
    expect((await kit.core.alerts.status()).lastProblem).toBe('the channel answered HTTP 500');

    // The first retry waits about 30 s: skip them.
    kit.sim.control.advanceTime(40_000);
    await vi.waitFor(() => expect(receiver.received).toHaveLength(2), { timeout: 5_000 });
    expect(receiver.received[1]?.body).toEqual(receiver.received[0]?.body);
    const card = (receiver.received[1]?.body as { type: string; attachments: Array<{ contentType: string }> }).attachments[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    await vi.waitFor(async () => expect(await kit.core.alerts.status()).toMatchObject({ waiting: 0, gaveUp: 0, lastProblem: null }));
  });

  it('keeps a failed alert through a restart and sends it from the reopened core', async () => {
    receiver.answerAlways({ status: 503 });
    await useReceiver('json');
    await facebookWideFailure();
    await vi.waitFor(() => expect(receiver.received).toHaveLength(1), { timeout: 5_000 });
    await vi.waitFor(async () => expect((await kit.core.alerts.status()).lastProblem).toBe('the channel answered HTTP 503'));
    const firstTry = receiver.received[0]?.body;

    receiver.answerAlways({ status: 204 });
    const reopened = await kit.reopen();
    kit.sim.control.advanceTime(60_000);
    reopened.alerts.start(reopened.notifications);
    await vi.waitFor(() => expect(receiver.received).toHaveLength(2), { timeout: 5_000 });
    expect(receiver.received[1]?.body).toEqual(firstTry);
    expect(firstTry).toMatchObject({ source: 'tether', version: 1, kind: 'disconnection', urgency: 'critical' });
    await vi.waitFor(async () => expect((await reopened.alerts.status()).waiting).toBe(0));
  });

  it('gives up after a day of failures, or at once when the channel refuses, and the banner says so', async () => {
    receiver.answerAlways({ status: 502 });
    await useReceiver('slack');
    await facebookWideFailure();
    await vi.waitFor(async () => expect((await kit.core.alerts.status()).waiting).toBe(1), { timeout: 5_000 });
    expect((await kit.core.status.status()).notices).toEqual([]);

    kit.sim.control.advanceTime(25 * 3_600_000);
    await vi.waitFor(async () => expect(await kit.core.alerts.status()).toMatchObject({ waiting: 0, gaveUp: 1 }), { timeout: 5_000 });
    const [notice] = (await kit.core.status.status()).notices;
    expect(notice).toMatchObject({ kind: 'alerts_undelivered' });
    expect(notice?.message).toMatch(/could not send 1 alert to your team channel \(the channel answered HTTP 502; Tether tried for a day\)/);

    // A channel that refuses (a deleted webhook: 404) is not tried again: given up at once, no time skipped.
    receiver.answerAlways({ status: 404, body: 'no_service' });
    await kit.connectFacebook(IDS.ben);
    kit.sim.control.apply({ scenario: 'password_changed', target: IDS.ben });
    const sent = receiver.received.length;
    await kit.core.validation.checkNow();
    await vi.waitFor(async () => expect(await kit.core.alerts.status()).toMatchObject({ waiting: 0, gaveUp: 2 }), { timeout: 5_000 });
    expect(receiver.received.length).toBe(sent + 1);
    expect((await kit.core.status.status()).notices[0]?.message).toContain('(the channel refused the alert: HTTP 404 (no_service))');
    expect(await kit.core.alerts.sendTest()).toEqual({ delivered: false, detail: 'Not sent: the channel refused the alert: HTTP 404 (no_service).' });
  });

  it('never lets the address reach a log line, the data folder, or the renderer', async () => {
    receiver.answerNext({ status: 500 });
    await useReceiver('slack');
    await facebookWideFailure();
    await vi.waitFor(() => expect(receiver.received.length).toBeGreaterThanOrEqual(1), { timeout: 5_000 });
    // Something about the webhook was logged (so the check below reads real lines).
    kit.core.settings.update({ checkIntervalMinutes: 45 });
    createLogger('test').warn(`a careless line quoting ${receiver.address}`);
    expect(kit.logs.some((l) => l.includes('[redacted]'))).toBe(true);

    const router = createRouter(createHandlers(kit.core), kit.core.events, createLogger('test'));
    const answer = JSON.stringify(await router.invoke('alerts:status', undefined));
    expect(answer).toContain('127.0.0.1:');
    expect(answer).toContain(receiver.secretPath.slice(-4));

    const secretPart = receiver.secretPath.slice(1);
    for (const needle of [receiver.address, secretPart]) {
      expect(answer).not.toContain(needle);
      for (const line of kit.logs) expect(line).not.toContain(needle);
    }
    const files = filesUnder(kit.dataDir);
    // The outbox holds the alert's words (so these files are the right ones), never the address.
    expect(files.some((f) => f.bytes.includes(Buffer.from('Facebook login for Ada Lovelace')))).toBe(true);
    for (const file of files) for (const needle of [receiver.address, secretPart]) expect(file.bytes.includes(Buffer.from(needle)), file.path).toBe(false);
  });
});
