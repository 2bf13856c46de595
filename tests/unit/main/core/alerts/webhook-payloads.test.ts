// Each channel's body, as its documentation describes it (sources in main/core/alerts/webhook-payloads.ts).
import { describe, expect, it } from 'vitest';
import { webhookBody } from '../../../../../main/core/alerts/webhook-payloads';
import type { AlertMessage } from '../../../../../main/core/alerts/alert-message';

const AT = Date.UTC(2026, 10, 28, 9, 0);
const alert = (extra: Partial<AlertMessage> = {}): AlertMessage => ({
  kind: 'disconnection',
  title: 'Facebook login for Ada: Password changed',
  body: '2 Pages and 2 Instagram accounts disconnected. Reconnect to fix it.',
  urgency: 'critical',
  accountIds: ['a1', 'a2'],
  at: AT,
  ...extra,
});

describe('webhook bodies', () => {
  it('Slack: fallback text plus header, section and context blocks; mrkdwn characters escaped in the text', () => {
    const body = webhookBody('slack', alert({ title: 'Tom & Jerry <Shop>: Password changed' })) as { text: string; blocks: unknown[] };
    expect(body.text).toBe('Tom &amp; Jerry &lt;Shop&gt;: Password changed: 2 Pages and 2 Instagram accounts disconnected. Reconnect to fix it.');
    expect(body.blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Tom & Jerry <Shop>: Password changed' } },
      { type: 'section', text: { type: 'plain_text', text: '2 Pages and 2 Instagram accounts disconnected. Reconnect to fix it.' } },
      { type: 'context', elements: [{ type: 'plain_text', text: 'Tether · Needs you now' }] },
    ]);
  });

  it('Slack: a header longer than 150 characters is cut with an ellipsis', () => {
    const body = webhookBody('slack', alert({ title: 'x'.repeat(200) })) as { blocks: Array<{ text: { text: string } }> };
    expect(body.blocks[0]?.text.text).toHaveLength(150);
    expect(body.blocks[0]?.text.text.endsWith('…')).toBe(true);
  });

  it('Teams: an Adaptive Card in a message attachment, as Workflows webhooks take it', () => {
    const body = webhookBody('teams', alert()) as {
      type: string;
      attachments: Array<{ contentType: string; content: { type: string; version: string; body: Array<Record<string, unknown>> } }>;
    };
    expect(body.type).toBe('message');
    expect(body.attachments).toHaveLength(1);
    expect(body.attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = body.attachments[0]?.content;
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.2' });
    expect(card?.body[0]).toMatchObject({
      type: 'TextBlock',
      text: 'Facebook login for Ada: Password changed',
      weight: 'Bolder',
      color: 'Attention',
      wrap: true,
    });
    expect(card?.body[1]).toMatchObject({ type: 'TextBlock', text: '2 Pages and 2 Instagram accounts disconnected. Reconnect to fix it.' });
    expect((webhookBody('teams', alert({ urgency: 'low' })) as typeof body).attachments[0]?.content.body[0]).not.toHaveProperty('color');
  });

  it('Discord: one embed within its limits, and no mention can ping anyone', () => {
    const body = webhookBody('discord', alert({ body: `@everyone ${'y'.repeat(5000)}` })) as {
      username: string;
      embeds: Array<{ title: string; description: string; color: number; timestamp: string }>;
      allowed_mentions: unknown;
    };
    expect(body.username).toBe('Tether');
    expect(body.embeds).toHaveLength(1);
    expect(body.embeds[0]?.title).toBe('Facebook login for Ada: Password changed');
    expect(body.embeds[0]?.description).toHaveLength(4096);
    expect(body.embeds[0]?.timestamp).toBe('2026-11-28T09:00:00.000Z');
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it('JSON: Tether’s own documented shape', () => {
    expect(webhookBody('json', alert())).toEqual({
      source: 'tether',
      version: 1,
      kind: 'disconnection',
      title: 'Facebook login for Ada: Password changed',
      body: '2 Pages and 2 Instagram accounts disconnected. Reconnect to fix it.',
      urgency: 'critical',
      accountIds: ['a1', 'a2'],
      at: '2026-11-28T09:00:00.000Z',
    });
  });
});
