/** Failed requests without a place of their own: a polite live region of toasts, each with Retry and Dismiss. */
import { useAppStore } from '../../store/store-context';

/** The toast stack, bottom right. */
export function Toasts() {
  const toasts = useAppStore((s) => s.toasts);
  const dismiss = useAppStore((s) => s.dismissToast);
  return (
    <section className="toasts" aria-label="Messages" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className="toast" role="alert">
          <p>{toast.message}</p>
          <div className="toast-actions">
            {toast.retry ? (
              <button
                type="button"
                onClick={() => {
                  dismiss(toast.id);
                  toast.retry?.();
                }}
              >
                Retry
              </button>
            ) : null}
            <button type="button" onClick={() => dismiss(toast.id)}>
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </section>
  );
}
