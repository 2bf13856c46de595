// Builders for the notification policy tests: transitions, warnings, accounts and settings at known times.
import type { AccountStatus } from '../../../../../shared/domain/account-status';
import type { AccountView } from '../../../../../shared/domain/account-view';
import type { AccountId, GrantId } from '../../../../../shared/domain/ids';
import type { ProviderId } from '../../../../../shared/domain/provider-id';
import type { ReasonId } from '../../../../../shared/domain/reason-id';
import { DEFAULT_SETTINGS, type Settings } from '../../../../../shared/domain/settings';
import type { ExpiryThreshold } from '../../../../../shared/domain/history-event';
import type { ExpiryWarningSignal, StatusTransition } from '../../../../../main/core/notify/status-transition';
import { fixedOffsetLocalMinutes } from '../../../../../main/core/notify/quiet-hours';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
/** 2026-03-10 12:00 UTC: a plain Tuesday. */
export const NOON_UTC = Date.UTC(2026, 2, 10, 12, 0);
/** Epoch ms of a UTC wall-clock time on the test day (hours may exceed 24 for the next day). */
export const utc = (hours: number, minutes = 0): number => Date.UTC(2026, 2, 10, hours, minutes);

export const UTC = fixedOffsetLocalMinutes(0);

export interface TransitionSpec {
  account?: string;
  grant?: string;
  provider?: ProviderId;
  name?: string;
  grantName?: string | null;
  from: AccountStatus;
  to: AccountStatus;
  reason?: ReasonId | null;
  at?: number;
}

/** One status change, with readable defaults. */
export function tr(spec: TransitionSpec): StatusTransition {
  const account = spec.account ?? 'acc-1';
  return {
    accountId: account as AccountId,
    grantId: (spec.grant ?? 'grant-1') as GrantId,
    provider: spec.provider ?? 'facebook',
    accountName: spec.name ?? `Page ${account}`,
    from: spec.from,
    to: spec.to,
    reason: spec.reason ?? null,
    at: spec.at ?? NOON_UTC,
    ...(spec.grantName === undefined ? {} : { grantName: spec.grantName }),
  };
}

/** A disconnection of one account. */
export const disconnect = (account: string, reason: ReasonId = 'password_changed', extra: Partial<TransitionSpec> = {}): StatusTransition =>
  tr({ account, from: 'connected', to: 'needs_reconnect', reason, ...extra });

/** An expiry warning. */
export function warning(account: string, threshold: ExpiryThreshold, expiresAt: number, extra: Partial<ExpiryWarningSignal> = {}): ExpiryWarningSignal {
  return {
    accountId: account as AccountId,
    grantId: 'grant-1' as GrantId,
    provider: 'facebook',
    accountName: `Page ${account}`,
    threshold,
    expiresAt,
    at: NOON_UTC,
    ...extra,
  };
}

type DeepPartialSettings = {
  notifications?: {
    kinds?: Partial<Settings['notifications']['kinds']>;
    quietHours?: Partial<Settings['notifications']['quietHours']>;
    leadTimes?: Partial<Settings['notifications']['leadTimes']>;
  };
};

/** The default settings with some notification settings changed. */
export function settingsWith(patch: DeepPartialSettings = {}): Settings {
  return {
    ...DEFAULT_SETTINGS,
    notifications: {
      kinds: { ...DEFAULT_SETTINGS.notifications.kinds, ...patch.notifications?.kinds },
      quietHours: { ...DEFAULT_SETTINGS.notifications.quietHours, ...patch.notifications?.quietHours },
      leadTimes: { ...DEFAULT_SETTINGS.notifications.leadTimes, ...patch.notifications?.leadTimes },
    },
  };
}

/** Quiet hours 22:00–07:00 switched on. */
export const QUIET_NIGHTS = settingsWith({ notifications: { quietHours: { enabled: true, start: '22:00', end: '07:00' } } });

/** An account as the dashboard sees it. */
export function view(id: string, status: AccountStatus, extra: Partial<AccountView> = {}): AccountView {
  return {
    id: id as AccountId,
    grantId: 'grant-1' as GrantId,
    provider: 'facebook',
    name: `Page ${id}`,
    handle: null,
    connectedBy: 'Priya Nair',
    status,
    reason: null,
    statusSince: NOON_UTC,
    lastCheckedAt: NOON_UTC,
    expiresAt: null,
    lastKnownStatus: status === 'unverified' || status === 'checking' ? 'connected' : status,
    unverifiedSince: status === 'unverified' ? NOON_UTC : null,
    problem: null,
    ...extra,
  };
}
