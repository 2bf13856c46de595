/** The settings port: the core reads and changes the user's settings through this, whatever stores them. */
import type { Settings, SettingsNotice, SettingsPatch } from '../../../shared/domain/settings';

/** One problem with a patch: where and what. */
export interface SettingsIssue {
  /** Dotted path of the offending key (`notifications.quietHours.start`), empty for the patch itself. */
  readonly path: string;
  readonly message: string;
}

/** Why an update was refused. The stored settings are unchanged in every case. */
export type SettingsUpdateError =
  { readonly kind: 'invalid'; readonly issues: readonly SettingsIssue[] } | { readonly kind: 'write_failed'; readonly message: string };

export type SettingsUpdateResult = { readonly ok: true; readonly settings: Settings } | { readonly ok: false; readonly error: SettingsUpdateError };

/** Called after every change that was saved, with the new and the previous settings. */
export type SettingsListener = (next: Settings, previous: Settings) => void;

/** Reads, validates and saves the user's settings. */
export interface SettingsStore {
  /** Where the settings live on disk. */
  readonly path: string;
  /** The current settings (deeply frozen). */
  get(): Settings;
  /** Validates the patch, applies it, saves, and returns the new settings, or says why it did not. */
  update(patch: SettingsPatch): SettingsUpdateResult;
  /** Subscribes to saved changes; returns the unsubscribe function. */
  onChange(listener: SettingsListener): () => void;
  /** Set when the file was corrupt at startup and was backed up and replaced; null otherwise. */
  readonly notice: SettingsNotice | null;
  /** Forgets the notice once the user has seen it. */
  dismissNotice(): void;
}
