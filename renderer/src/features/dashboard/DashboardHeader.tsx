/** The top of the dashboard: the app name, the overall verdict, the summary line, and "Check all now" with its progress. */
import { CheckAllControl } from './CheckAllControl';
import { OverallState } from './OverallState';
import { SummaryLine } from './SummaryLine';

/** The header. */
export function DashboardHeader() {
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>Tether</h1>
        <OverallState />
        <SummaryLine />
      </div>
      <CheckAllControl />
    </header>
  );
}
