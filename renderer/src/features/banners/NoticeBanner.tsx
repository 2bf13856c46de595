/** A one-time notice from main (a damaged database set aside, settings repaired or reset, logins unreadable), with Dismiss. */
import type { Notice } from '../../../../shared/domain/app-status';
import { useAppStore } from '../../store/store-context';

const TITLES: Readonly<Record<Notice['kind'], string>> = {
  database_recovered: 'History database set aside',
  settings_repaired: 'Settings repaired',
  settings_reset: 'Settings reset',
  secrets_unreadable: "Saved logins can't be read",
  alerts_undelivered: 'Team alerts not sent',
};

/** The notice. */
export function NoticeBanner({ notice }: { readonly notice: Notice }) {
  const dismiss = useAppStore((s) => s.dismissNotice);
  const titleId = `notice-${notice.id}-title`;
  return (
    <section className="banner banner-info" aria-labelledby={titleId} data-notice-kind={notice.kind}>
      <h2 id={titleId}>{TITLES[notice.kind]}</h2>
      <p>{notice.message}</p>
      {notice.path ? (
        <p className="banner-detail">
          The old file is kept at <code>{notice.path}</code>
        </p>
      ) : null}
      <button type="button" onClick={() => void dismiss(notice.id)} aria-describedby={titleId}>
        Dismiss
      </button>
    </section>
  );
}
