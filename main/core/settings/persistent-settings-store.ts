/**
 * The one SettingsStore implementation both adapters share: it keeps the settings in memory, validates every
 * patch with the zod schema, saves through a writer (conf or electron-store), and tells listeners.
 */
import type { z } from 'zod';
import { SettingsPatchSchema, SettingsSchema, type Settings, type SettingsNotice, type SettingsPatch } from '../../../shared/domain/settings';
import type { Logger } from '../logging/create-logger';
import type { SettingsLoad } from './settings-file';
import { applySettingsPatch } from './settings-patch';
import type { SettingsIssue, SettingsListener, SettingsStore, SettingsUpdateResult } from './settings-store';

/** Saves a whole, valid settings object. Throws when the disk refuses. */
export interface SettingsWriter {
  readonly path: string;
  write(settings: Settings): void;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

function toIssues(error: z.ZodError): SettingsIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** A SettingsStore over any writer. Build it with `openSettingsStore`. */
export class PersistentSettingsStore implements SettingsStore {
  private current: Settings;
  private currentNotice: SettingsNotice | null;
  private readonly listeners = new Set<SettingsListener>();

  constructor(
    private readonly writer: SettingsWriter,
    initial: SettingsLoad,
    private readonly log?: Logger,
    /** Forgets a kept notice for good (settings-notice-file.ts), once dismissed. */
    private readonly forgetKeptNotice?: () => void,
  ) {
    this.current = deepFreeze(SettingsSchema.parse(initial.settings));
    this.currentNotice = initial.notice;
  }

  get path(): string {
    return this.writer.path;
  }

  get notice(): SettingsNotice | null {
    return this.currentNotice;
  }

  dismissNotice(): void {
    this.currentNotice = null;
    this.forgetKeptNotice?.();
  }

  get(): Settings {
    return this.current;
  }

  update(patch: SettingsPatch): SettingsUpdateResult {
    // Typed callers can still hand over anything at run time (IPC, CLI): validate, never trust.
    const parsedPatch = SettingsPatchSchema.safeParse(patch);
    if (!parsedPatch.success) return { ok: false, error: { kind: 'invalid', issues: toIssues(parsedPatch.error) } };
    const merged = SettingsSchema.safeParse(applySettingsPatch(this.current, parsedPatch.data));
    if (!merged.success) return { ok: false, error: { kind: 'invalid', issues: toIssues(merged.error) } };
    const next = deepFreeze(merged.data);
    if (JSON.stringify(next) === JSON.stringify(this.current)) return { ok: true, settings: this.current };
    try {
      this.writer.write(next);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { kind: 'write_failed', message: `Could not save the settings to ${this.writer.path}: ${message}` } };
    }
    const previous = this.current;
    this.current = next;
    for (const listener of [...this.listeners]) {
      try {
        listener(next, previous);
      } catch (error) {
        // One failing listener must not stop the others, nor undo a save that happened.
        this.log?.error('settings listener failed', error);
      }
    }
    return { ok: true, settings: next };
  }

  onChange(listener: SettingsListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}
