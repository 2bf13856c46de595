/**
 * Toasts: every failed request that has no place of its own on screen says so here, with a retry when one makes
 * sense. Nothing is swallowed: an action that fails either shows its own error line or a toast.
 */
import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

export interface Toast {
  readonly id: number;
  /** "Couldn't save the settings: …". */
  readonly message: string;
  readonly retry: (() => void) | null;
}

export interface ToastsSlice {
  toasts: readonly Toast[];
  /** Shows "Couldn't <what>: <why>", with a Retry button when `retry` is given. Same message twice shows once. */
  showError(what: string, why: string, retry?: () => void): void;
  dismissToast(id: number): void;
}

const MAX_TOASTS = 4;

/** Creates the toasts slice. */
export function createToastsSlice(): StateCreator<AppState, [], [], ToastsSlice> {
  let nextId = 1;
  return (set) => ({
    toasts: [],
    showError(what, why, retry) {
      const message = `Couldn't ${what}: ${why}`;
      set((s) => ({ toasts: [...s.toasts.filter((t) => t.message !== message), { id: nextId++, message, retry: retry ?? null }].slice(-MAX_TOASTS) }));
    },
    dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
  });
}
