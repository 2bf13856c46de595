// What a webhook address may be, what the screen shows of it, and which channel a pasted address suggests.
import { describe, expect, it } from 'vitest';
import { checkWebhookAddress, maskWebhookAddress } from '../../../../../main/core/alerts/webhook-address';
import { suggestWebhookKind } from '../../../../../shared/domain/webhook-kinds';

describe('webhook addresses', () => {
  it.each([
    ['https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX', true],
    ['http://127.0.0.1:8080/hooks/abc', true],
    ['http://localhost:9000/alerts', true],
    ['http://hooks.example.com/alerts', false],
    ['https://user:pw@hooks.example.com/alerts', false],
    ['https://hooks.example.com/', false],
    ['not a url', false],
    ['ftp://example.com/x', false],
  ])('%s acceptable: %s', (address, ok) => {
    expect(checkWebhookAddress(address).ok).toBe(ok);
  });

  it('says why in plain words', () => {
    expect(checkWebhookAddress('http://hooks.example.com/alerts')).toEqual({
      ok: false,
      message: 'Use an https:// address: alerts name your clients and accounts, so they must travel encrypted.',
    });
  });

  it('masks to the host and the last four characters', () => {
    expect(maskWebhookAddress(new URL('https://hooks.slack.com/services/T000/B000/abcdefghX7kQ'))).toBe('hooks.slack.com/…/X7kQ');
    expect(
      maskWebhookAddress(new URL('https://prod-12.westus.logic.azure.com:443/workflows/1f/triggers/manual/paths/invoke?api-version=2016-06-01&sig=Zz9a')),
    ).toBe('prod-12.westus.logic.azure.com/…/Zz9a');
    expect(maskWebhookAddress(new URL('https://example.com/ab'))).toBe('example.com/…');
  });

  it.each([
    ['https://hooks.slack.com/services/T/B/x', 'slack'],
    ['https://prod-12.westus.logic.azure.com:443/workflows/1/triggers/manual/paths/invoke?sig=x', 'teams'],
    ['https://default1234.environment.api.powerplatform.com/powerautomate/automations/direct/workflows/1/triggers/manual/paths/invoke', 'teams'],
    ['https://contoso.webhook.office.com/webhookb2/abc', 'teams'],
    ['https://discord.com/api/webhooks/123/abc', 'discord'],
    ['https://discordapp.com/api/webhooks/123/abc', 'discord'],
    ['https://discord.com/channels/1', null],
    ['https://hooks.slack.com.evil.example/services/x', null],
    ['https://example.com/hook', null],
    ['nonsense', null],
  ])('suggests %s → %s', (address, kind) => {
    expect(suggestWebhookKind(address)).toBe(kind);
  });
});
