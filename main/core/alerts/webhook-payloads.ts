/**
 * The JSON body each team channel expects for one alert. Every shape follows the channel's own documentation:
 *
 * - Slack incoming webhooks: `text` (shown in notifications and as the fallback) plus Block Kit `blocks`.
 *   https://api.slack.com/messaging/webhooks (docs.slack.dev/messaging/sending-messages-using-incoming-webhooks);
 *   `text` is mrkdwn, so &, < and > are escaped: https://api.slack.com/reference/surfaces/formatting#escaping;
 *   header blocks take plain_text up to 150 characters, section text up to 3,000
 *   (https://api.slack.com/reference/block-kit/blocks).
 * - Microsoft Teams: Office 365 connectors (incoming webhooks on webhook.office.com) are being retired in favour of
 *   Workflows (https://devblogs.microsoft.com/microsoft365dev/retirement-of-office-365-connectors-within-microsoft-teams/).
 *   A Workflows webhook ("Post to a channel when a webhook request is received", the "When a Teams webhook request
 *   is received" trigger) posts Adaptive Cards, wrapped in a `message` with an `attachments` array of
 *   `application/vnd.microsoft.card.adaptive`: https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook
 *   and https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/connectors-using
 *   ("Send Adaptive Cards using an Incoming Webhook"). The same envelope is what the retiring connectors accept,
 *   so one body works for both. Card version 1.2, as in Microsoft's sample; only 1.0 elements are used. Messages are
 *   limited to 28 KB.
 * - Discord "Execute Webhook": at least one of `content` or `embeds`; embeds take a title (256) and a description
 *   (4,096); `allowed_mentions` with no parse types keeps an account named "@everyone" from pinging anyone.
 *   https://discord.com/developers/docs/resources/webhook#execute-webhook and
 *   https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 * - JSON: Tether's own documented shape (below), for any other receiver.
 */
import type { WebhookKind } from '../../../shared/domain/webhook-kinds';
import type { AlertMessage } from './alert-message';

/** Cuts text to `max` characters, ending with "…" when it had to cut. */
function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Slack's mrkdwn control characters, escaped as its docs ask. */
function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const URGENCY_WORDS: Readonly<Record<AlertMessage['urgency'], string>> = {
  critical: 'Needs you now',
  normal: 'Heads-up',
  low: 'For your information',
};

function slackBody(m: AlertMessage): unknown {
  return {
    text: slackEscape(cut(`${m.title}: ${m.body}`, 3000)),
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: cut(m.title, 150) } },
      { type: 'section', text: { type: 'plain_text', text: cut(m.body, 3000) } },
      { type: 'context', elements: [{ type: 'plain_text', text: `Tether · ${URGENCY_WORDS[m.urgency]}` }] },
    ],
  };
}

function teamsBody(m: AlertMessage): unknown {
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.2',
          body: [
            { type: 'TextBlock', text: m.title, weight: 'Bolder', size: 'Medium', wrap: true, ...(m.urgency === 'critical' ? { color: 'Attention' } : {}) },
            { type: 'TextBlock', text: m.body, wrap: true },
            { type: 'TextBlock', text: `Tether · ${URGENCY_WORDS[m.urgency]}`, isSubtle: true, size: 'Small', wrap: true },
          ],
        },
      },
    ],
  };
}

const DISCORD_COLOURS: Readonly<Record<AlertMessage['urgency'], number>> = { critical: 0xd93025, normal: 0xf29900, low: 0x1e8e3e };

function discordBody(m: AlertMessage): unknown {
  return {
    username: 'Tether',
    embeds: [
      {
        title: cut(m.title, 256),
        description: cut(m.body, 4096),
        color: DISCORD_COLOURS[m.urgency],
        timestamp: new Date(m.at).toISOString(),
        footer: { text: URGENCY_WORDS[m.urgency] },
      },
    ],
    allowed_mentions: { parse: [] },
  };
}

/**
 * Tether's own JSON: `source` "tether", `version` 1, `kind` (disconnection, expiring, cannot_verify,
 * reconnected, summary, or test), `title`, `body`, `urgency` (low, normal, critical), `accountIds`, and `at`
 * (ISO 8601, UTC).
 */
function jsonBody(m: AlertMessage): unknown {
  return {
    source: 'tether',
    version: 1,
    kind: m.kind,
    title: m.title,
    body: m.body,
    urgency: m.urgency,
    accountIds: m.accountIds,
    at: new Date(m.at).toISOString(),
  };
}

/** The body to POST for `message` to a channel of `kind`. */
export function webhookBody(kind: WebhookKind, message: AlertMessage): unknown {
  switch (kind) {
    case 'slack':
      return slackBody(message);
    case 'teams':
      return teamsBody(message);
    case 'discord':
      return discordBody(message);
    case 'json':
      return jsonBody(message);
  }
}
