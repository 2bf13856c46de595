/** Switches the list between one row per account and accounts grouped under the login (person) that connects them. */
import { useAppStore } from '../../store/store-context';
import type { ListView } from '../../store/slices/ui.slice';

const VIEWS: ReadonlyArray<{ id: ListView; label: string }> = [
  { id: 'accounts', label: 'Accounts' },
  { id: 'logins', label: 'By login' },
];

/** Two toggle buttons; the pressed one is the view shown. */
export function ListViewSwitch() {
  const view = useAppStore((s) => s.listView);
  const setView = useAppStore((s) => s.setListView);
  return (
    <div className="view-switch" role="group" aria-label="Show">
      {VIEWS.map(({ id, label }) => (
        <button key={id} type="button" aria-pressed={view === id} onClick={() => setView(id)}>
          {label}
        </button>
      ))}
    </div>
  );
}
