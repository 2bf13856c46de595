/**
 * Settings → Team alerts: a Slack, Microsoft Teams, Discord or JSON webhook that gets the same alerts as this
 * computer. The address goes to the keychain; this screen only ever shows a masked form of it.
 */
import { useEffect, useId, useState } from 'react';
import { suggestWebhookKind, WEBHOOK_KIND_NAMES, WEBHOOK_KINDS, type WebhookKind } from '../../../../shared/domain/webhook-kinds';
import { formatAgo } from '../../../../shared/reasons/countdown';
import { useAppStore } from '../../store/store-context';

const WHERE_TO_GET: Readonly<Record<WebhookKind, string>> = {
  slack: 'In Slack: create an app with Incoming Webhooks, add a webhook to the channel, and copy its address (https://hooks.slack.com/…).',
  teams:
    'In Teams: on the channel, choose Workflows, then “Send webhook alerts to a channel” (or “Post to a channel when a webhook request is received”), and copy the address it gives. Office 365 connectors are being retired: use a Workflows address.',
  discord: 'In Discord: Channel settings → Integrations → Webhooks → New webhook → Copy webhook URL.',
  json: 'Any service that accepts a JSON POST: Tether sends source, version, kind, title, body, urgency, accountIds and at.',
};

/** The status line: what was sent last, what waits, what was given up. */
function DeliveryLine() {
  const status = useAppStore((s) => s.teamAlerts);
  const now = useAppStore((s) => s.now);
  if (!status?.webhook) return null;
  const parts: string[] = [];
  parts.push(status.lastDeliveredAt === null ? 'Nothing sent yet.' : `Last alert accepted ${formatAgo(status.lastDeliveredAt, now)}.`);
  if (status.waiting > 0) parts.push(`${status.waiting} waiting to be sent (Tether keeps retrying for a day).`);
  if (status.gaveUp > 0) parts.push(`${status.gaveUp} could not be sent in the last 7 days.`);
  if (status.lastProblem) parts.push(`Last problem: ${status.lastProblem}.`);
  return <p role="status">{parts.join(' ')}</p>;
}

export function TeamAlertsSection() {
  const status = useAppStore((s) => s.teamAlerts);
  const error = useAppStore((s) => s.teamAlertsError);
  const busy = useAppStore((s) => s.teamAlertsBusy);
  const testResult = useAppStore((s) => s.testResult);
  const load = useAppStore((s) => s.loadTeamAlerts);
  const save = useAppStore((s) => s.saveWebhook);
  const remove = useAppStore((s) => s.removeWebhook);
  const test = useAppStore((s) => s.sendTestAlert);
  const id = useId();
  const [kind, setKind] = useState<WebhookKind>('slack');
  const [address, setAddress] = useState('');
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (status?.webhook) setKind(status.webhook.kind);
  }, [status?.webhook]);

  const onAddress = (text: string) => {
    setAddress(text);
    const suggested = suggestWebhookKind(text);
    if (suggested) setKind(suggested);
  };
  const onSave = async () => {
    // The address leaves the form once saved: the screen never holds it longer than needed.
    if (await save({ kind, address })) setAddress('');
  };

  return (
    <section className="settings-section" aria-labelledby="settings-team-alerts">
      <h2 id="settings-team-alerts">Team alerts</h2>
      <p className="hint">Send the same alerts to a team channel, so whoever is on duty hears of a disconnection wherever they are.</p>
      {status?.webhook ? (
        <p>
          Sending to {WEBHOOK_KIND_NAMES[status.webhook.kind]}: <code>{status.webhook.maskedAddress}</code>
        </p>
      ) : status ? (
        <p>No team channel yet.</p>
      ) : null}
      {status?.keychainProblem ? <p className="error">{status.keychainProblem}</p> : null}
      <DeliveryLine />
      <form
        className="team-alerts-form"
        onSubmit={(e) => {
          e.preventDefault();
          void onSave();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-kind`}>Channel</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as WebhookKind)}>
            {WEBHOOK_KINDS.map((k) => (
              <option key={k} value={k}>
                {WEBHOOK_KIND_NAMES[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-address`}>{status?.webhook ? 'New webhook address' : 'Webhook address'}</label>
          <input
            id={`${id}-address`}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            value={address}
            aria-describedby={`${id}-where`}
            onChange={(e) => onAddress(e.target.value)}
          />
          <span id={`${id}-where`} className="hint">
            {WHERE_TO_GET[kind]} It is kept in your system keychain and shown here only masked.
          </span>
        </div>
        <p>
          <button type="submit" className="primary" disabled={busy || address.trim() === ''}>
            Save webhook
          </button>{' '}
          {status?.webhook ? (
            <>
              <button type="button" disabled={busy} onClick={() => void test()}>
                Send a test alert
              </button>{' '}
              <button type="button" disabled={busy} onClick={() => void remove()}>
                Remove
              </button>
            </>
          ) : null}
        </p>
      </form>
      {busy ? <p role="status">Working…</p> : null}
      {testResult ? (
        <p role="status" className={testResult.delivered ? undefined : 'error'}>
          {testResult.detail}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
