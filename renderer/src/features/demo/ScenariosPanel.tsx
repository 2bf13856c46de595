/**
 * Demo mode's Scenarios panel, toggled from the Demo banner: cause each failure on the simulated networks and
 * watch Tether detect and explain it, then undo it. Shown only when main says the app runs in demo mode.
 */
import { useEffect, useMemo } from 'react';
import type { DemoListing } from '../../../../shared/domain/demo';
import { useAppStore } from '../../store/store-context';
import { groupScenarios, selectDemoOn, targetsOfKind } from '../../store/slices/demo.selectors';
import { ActiveScenarios } from './ActiveScenarios';
import { DemoActivity } from './DemoActivity';
import { ScenarioItem } from './ScenarioItem';

/** The id the banner's toggle controls. */
export const SCENARIOS_PANEL_ID = 'demo-scenarios';
/** The id of the banner's toggle, where focus goes back when the panel is hidden from inside. */
export const SCENARIOS_TOGGLE_ID = 'demo-scenarios-toggle';

/** The panel, when demo mode is on and the user asked for it. */
export function ScenariosPanel() {
  const demo = useAppStore(selectDemoOn);
  const open = useAppStore((s) => s.scenariosOpen);
  return demo && open ? <ScenariosPanelBody /> : null;
}

function ScenariosPanelBody() {
  const load = useAppStore((s) => s.loadDemo);
  const setOpen = useAppStore((s) => s.setScenariosOpen);

  // Fresh on every opening: another window may have applied or reverted something meanwhile.
  useEffect(() => void load(), [load]);

  const hide = () => {
    setOpen(false);
    document.getElementById(SCENARIOS_TOGGLE_ID)?.focus();
  };

  return (
    <section id={SCENARIOS_PANEL_ID} className="scenarios" aria-labelledby="scenarios-title">
      <div className="scenarios-head">
        <h2 id="scenarios-title">Scenarios</h2>
        <button type="button" onClick={hide} aria-label="Close scenarios">
          Close
        </button>
      </div>
      <p className="scenarios-intro">
        Cause a failure on the simulated networks, then watch Tether find it and explain it on the account's card. One-click reconnect isn't built yet: Revert
        puts the network right again, and Tether's next check reconnects the accounts.
      </p>
      <div className="scenarios-body">
        <div className="scenarios-now">
          <DemoActivity />
          <ActiveScenarios />
        </div>
        <Catalogue />
      </div>
    </section>
  );
}

function Catalogue() {
  const listing = useAppStore((s) => s.demoListing);
  const failed = useAppStore((s) => !s.demoLoading && s.demoError?.kind === 'load');
  const load = useAppStore((s) => s.loadDemo);
  if (listing) return <CatalogueGroups listing={listing} />;
  return (
    <div className="scenarios-catalogue">
      {!failed ? (
        <p className="hint">Loading scenarios…</p>
      ) : (
        <button type="button" onClick={() => void load()}>
          Try loading the scenarios again
        </button>
      )}
    </div>
  );
}

function CatalogueGroups({ listing }: { readonly listing: DemoListing }) {
  const groups = useMemo(() => groupScenarios(listing), [listing]);
  return (
    <div className="scenarios-catalogue">
      {groups.map((group) => (
        <section key={group.network} className="scenario-group" aria-labelledby={`scenarios-${group.network}`}>
          <h3 id={`scenarios-${group.network}`}>{group.name}</h3>
          <ul className="scenario-list">
            {group.scenarios.map((scenario) => (
              <ScenarioItem
                key={scenario.id}
                scenario={scenario}
                targets={targetsOfKind(listing, scenario.targetKind)}
                activeOn={listing.active.filter((a) => a.scenario === scenario.id).map((a) => a.target)}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
