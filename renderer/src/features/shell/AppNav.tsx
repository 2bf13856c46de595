/** The window's three screens, as a row of buttons: the current one is marked for assistive technology too. */
import { useAppStore } from '../../store/store-context';
import type { Screen } from '../../store/slices/ui.slice';

const SCREENS: ReadonlyArray<{ id: Screen; label: string }> = [
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'history', label: 'History' },
  { id: 'settings', label: 'Settings' },
];

/** The navigation bar. */
export function AppNav() {
  const screen = useAppStore((s) => s.screen);
  const setScreen = useAppStore((s) => s.setScreen);
  return (
    <nav className="app-nav" aria-label="Screens">
      {SCREENS.map(({ id, label }) => (
        <button key={id} type="button" aria-current={screen === id ? 'page' : undefined} onClick={() => setScreen(id)}>
          {label}
        </button>
      ))}
    </nav>
  );
}
