/** One banner for the X app when X checks are paused or slowed (out of credits, a cap, the budget), never a row per account. */
import type { XChecksStatus } from '../../../../shared/domain/x-checks';
import { X_DEVELOPER_CONSOLE_URL } from '../../../../shared/domain/x-checks-choices';
import { useAppStore } from '../../store/store-context';
import { xPauseCopy } from './x-checks-copy';

/** The banner, or nothing while X checks run normally. */
export function XChecksBanner({ status }: { readonly status: XChecksStatus }) {
  const now = useAppStore((s) => s.now);
  const copy = xPauseCopy(status, now);
  if (!copy) return null;
  const titleId = 'banner-x-checks-title';
  return (
    <section className="banner banner-warn" aria-labelledby={titleId} data-banner="x-checks" data-cause={status.cause ?? undefined}>
      <h2 id={titleId}>{copy.title}</h2>
      <p>{copy.body}</p>
      {copy.fix === 'console' ? (
        <p>
          <a className="link-button" href={X_DEVELOPER_CONSOLE_URL} target="_blank" rel="noopener noreferrer">
            Open X&apos;s Developer Console
          </a>
        </p>
      ) : null}
    </section>
  );
}
