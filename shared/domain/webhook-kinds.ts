/**
 * The team channels Tether can post alerts to, as plain values (no zod: the Settings screen imports this), and
 * the kind a pasted address most likely is, so the form can preselect it.
 */

export const WEBHOOK_KINDS = ['slack', 'teams', 'discord', 'json'] as const;
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];

export const WEBHOOK_KIND_NAMES: Readonly<Record<WebhookKind, string>> = {
  slack: 'Slack',
  teams: 'Microsoft Teams',
  discord: 'Discord',
  json: 'Other (JSON)',
};

/** True when `host` is `domain` or one of its subdomains. */
const under = (host: string, domain: string): boolean => host === domain || host.endsWith(`.${domain}`);

/**
 * The kind an address most likely is, from its host, or null when it can't tell. Slack: hooks.slack.com. Teams:
 * Workflows webhooks (Power Automate, on logic.azure.com or powerplatform.com / powerautomate.com) and the
 * retiring Office 365 connectors (webhook.office.com). Discord: discord.com/api/webhooks (and discordapp.com).
 */
export function suggestWebhookKind(address: string): WebhookKind | null {
  // No URL class here (shared/ runs in every layer, some without it): the host and path by pattern.
  const parts = /^https?:\/\/([^/?#:@]+)(?::\d+)?(\/[^?#]*)?/i.exec(address.trim());
  if (!parts) return null;
  const host = (parts[1] ?? '').toLowerCase();
  const path = parts[2] ?? '';
  if (under(host, 'hooks.slack.com')) return 'slack';
  if (['logic.azure.com', 'powerplatform.com', 'powerautomate.com', 'webhook.office.com', 'flow.microsoft.com'].some((d) => under(host, d))) return 'teams';
  if ((under(host, 'discord.com') || under(host, 'discordapp.com')) && path.startsWith('/api/webhooks/')) return 'discord';
  return null;
}
