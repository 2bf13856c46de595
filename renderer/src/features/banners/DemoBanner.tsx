/** The Demo banner: says the networks are simulated, and shows or hides the Scenarios panel. */
import { useAppStore } from '../../store/store-context';
import { SCENARIOS_PANEL_ID, SCENARIOS_TOGGLE_ID } from '../demo/ScenariosPanel';

/** The banner, with its "Show scenarios" toggle. */
export function DemoBanner() {
  const open = useAppStore((s) => s.scenariosOpen);
  const setOpen = useAppStore((s) => s.setScenariosOpen);
  return (
    <section className="banner banner-demo" aria-labelledby="demo-banner-title">
      <p>
        <strong id="demo-banner-title">Demo mode</strong> — simulated networks, no real accounts
      </p>
      <button
        type="button"
        id={SCENARIOS_TOGGLE_ID}
        aria-expanded={open}
        // Only point at the panel while it exists.
        aria-controls={open ? SCENARIOS_PANEL_ID : undefined}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide scenarios' : 'Show scenarios'}
      </button>
    </section>
  );
}
