/** The top of the dashboard: the app name, the overall verdict, and "Check all now". */
import { CheckAllControl } from './CheckAllControl';
import { OverallState } from './OverallState';

/** The header. */
export function DashboardHeader() {
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>Tether</h1>
        <OverallState />
      </div>
      <CheckAllControl />
    </header>
  );
}
