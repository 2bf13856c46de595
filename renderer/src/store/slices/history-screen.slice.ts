/** The History screen: its filters, the figures main computed for them, and exports (save dialog or download). */
import type { StateCreator } from 'zustand';
import type { AccountId } from '../../../../shared/domain/ids';
import type { HistoryExportRequest, HistoryOverview, HistoryQuery } from '../../../../shared/domain/history-overview';
import type { ProviderId } from '../../../../shared/domain/providers';
import type { ReasonId } from '../../../../shared/domain/reason-ids';
import type { TetherApi } from '../../../../shared/ipc/channels';
import type { AppState, RendererClock } from '../store';

const DAY = 86_400_000;

export interface HistoryFilters {
  readonly accountId: AccountId | null;
  readonly provider: ProviderId | null;
  readonly reason: ReasonId | null;
  /** Inclusive UTC dates, "2026-11-01". */
  readonly from: string;
  readonly to: string;
}

export interface HistoryScreenSlice {
  historyFilters: HistoryFilters;
  overview: HistoryOverview | null;
  overviewLoad: 'idle' | 'loading' | 'ready' | 'error';
  overviewError: string | null;
  exportNote: string | null;
  setHistoryFilters(patch: Partial<HistoryFilters>): void;
  loadOverview(): Promise<void>;
  exportHistory(what: HistoryExportRequest['what'], format: HistoryExportRequest['format']): Promise<void>;
}

/** How exports reach the user: the desktop's save dialog through IPC, or a browser download of `url`. */
/** How exports reach the user: the desktop's save dialog over IPC, or a browser download (which may fail to start). */
export type Exporter = { kind: 'ipc' } | { kind: 'download'; start(url: string): Promise<void> };

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The query for the filters: [from 00:00 UTC, the day after `to`). Null when the dates don't make a range. */
export function queryOf(f: HistoryFilters): HistoryQuery | null {
  const since = dayMs(f.from);
  const until = dayMs(f.to) + DAY;
  if (!Number.isFinite(since) || !Number.isFinite(until) || until <= since) return null;
  return {
    since,
    until,
    ...(f.accountId ? { accountId: f.accountId } : {}),
    ...(f.provider ? { provider: f.provider } : {}),
    ...(f.reason ? { reason: f.reason } : {}),
  };
}

/** Creates the History screen slice; the default range is the last 30 days. */
export function createHistoryScreenSlice(deps: {
  readonly api: TetherApi;
  readonly clock: RendererClock;
  readonly exporter: Exporter;
}): StateCreator<AppState, [], [], HistoryScreenSlice> {
  const today = deps.clock.now();
  return (set, get) => ({
    historyFilters: { accountId: null, provider: null, reason: null, from: isoDay(today - 29 * DAY), to: isoDay(today) },
    overview: null,
    overviewLoad: 'idle',
    overviewError: null,
    exportNote: null,
    setHistoryFilters(patch) {
      set((s) => ({ historyFilters: { ...s.historyFilters, ...patch } }));
      void get().loadOverview();
    },
    async loadOverview() {
      const query = queryOf(get().historyFilters);
      if (!query) {
        set({ overviewLoad: 'error', overviewError: 'The end date must be on or after the start date.' });
        return;
      }
      set({ overviewLoad: 'loading', overviewError: null });
      const result = await deps.api.invoke('history:overview', query);
      // A newer request may have started meanwhile; only the figures for the current filters count.
      if (queryOf(get().historyFilters)?.since !== query.since || JSON.stringify(queryOf(get().historyFilters)) !== JSON.stringify(query)) return;
      if (result.ok) set({ overview: result.value, overviewLoad: 'ready' });
      else set({ overviewLoad: 'error', overviewError: result.error.message });
    },
    async exportHistory(what, format) {
      const query = queryOf(get().historyFilters);
      if (!query) return get().showError('export', 'the end date must be on or after the start date');
      const req: HistoryExportRequest = {
        what,
        format,
        since: query.since,
        until: query.until,
        ...(query.accountId ? { accountId: query.accountId } : {}),
        ...(query.provider ? { provider: query.provider } : {}),
      };
      if (deps.exporter.kind === 'download') {
        const params = new URLSearchParams(Object.entries(req).map(([k, v]) => [k, String(v)]));
        try {
          await deps.exporter.start(`/export?${params.toString()}`);
        } catch (error) {
          return get().showError(`export the ${what}`, error instanceof Error ? error.message : String(error), () => void get().exportHistory(what, format));
        }
        set({ exportNote: `Downloading the ${what} as ${format.toUpperCase()}…` });
        return;
      }
      const result = await deps.api.invoke('history:export', req);
      if (!result.ok) return get().showError(`export the ${what}`, result.error.message, () => void get().exportHistory(what, format));
      set({ exportNote: result.value.saved ? `Saved ${result.value.rows} rows to ${result.value.path ?? 'the file'}.` : 'Export cancelled.' });
    },
  });
}
