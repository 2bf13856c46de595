/**
 * Time phrases for cards and notifications: "expires in 6 days", "expired 2 hours ago",
 * "Can't verify since 3 h". Pure functions of the times they are given.
 */
import { PROVIDER_NAMES, type ProviderId } from '../domain/providers';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

/**
 * A duration in words, rounded down so that time left is never overstated: "6 days", "1 day", "5 hours",
 * "12 minutes", "less than a minute". Days from 48 hours, hours from 1 hour.
 */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs >= 2 * DAY) return plural(Math.floor(abs / DAY), 'day');
  if (abs >= HOUR) return plural(Math.floor(abs / HOUR), 'hour');
  if (abs >= MINUTE) return plural(Math.floor(abs / MINUTE), 'minute');
  return 'less than a minute';
}

/** The same, short: "6 d", "5 h", "12 min", "< 1 min". */
export function formatDurationShort(ms: number): string {
  const abs = Math.abs(ms);
  if (abs >= 2 * DAY) return `${Math.floor(abs / DAY)} d`;
  if (abs >= HOUR) return `${Math.floor(abs / HOUR)} h`;
  if (abs >= MINUTE) return `${Math.floor(abs / MINUTE)} min`;
  return '< 1 min';
}

/** The phrase for a login known never to expire (Page tokens from a long-lived login). */
export const NEVER_EXPIRES = 'never expires';

/** "expires in 6 days", or "expired 2 hours ago" / "expired just now" once `expiresAt` has passed. */
export function formatExpiry(expiresAt: number, now: number): string {
  const left = expiresAt - now;
  if (left > 0) return `expires in ${formatDuration(left)}`;
  return -left < MINUTE ? 'expired just now' : `expired ${formatDuration(-left)} ago`;
}

/** The token_expiring card's headline: "Facebook login expires in 6 days". */
export function expiringHeadline(provider: ProviderId, expiresAt: number, now: number): string {
  return `${PROVIDER_NAMES[provider]} login ${formatExpiry(expiresAt, now)}`;
}

/** The cannot_verify card's headline: "Can't verify since 3 h". */
export function cannotVerifyHeadline(failingSince: number, now: number): string {
  return `Can't verify since ${formatDurationShort(Math.max(0, now - failingSince))}`;
}

/** How long ago something happened, short: "just now", "2 min ago", "3 h ago", "6 d ago". A future time reads "just now". */
export function formatAgo(at: number, now: number): string {
  const ago = now - at;
  return ago < MINUTE ? 'just now' : `${formatDurationShort(ago)} ago`;
}

/** The "last checked" phrase: "checked 2 min ago", or "not checked yet" before the first check. */
export function checkedAgo(lastCheckedAt: number | null, now: number): string {
  return lastCheckedAt === null ? 'not checked yet' : `checked ${formatAgo(lastCheckedAt, now)}`;
}
