/**
 * The picker after a new Facebook sign-in: every Page with its linked Instagram account, ticked by default where
 * Tether can publish and it isn't connected yet. A role too weak to publish is flagged before anything is added.
 */
import { useId, useState } from 'react';
import type { Candidate } from '../../../../shared/domain/sign-in';
import { PROVIDER_NAMES } from '../../../../shared/domain/providers';

interface AccountPickerProps {
  readonly candidates: readonly Candidate[];
  readonly signedInAs: string;
  readonly busy: boolean;
  onChoose(keys: string[]): void;
  onCancel(): void;
}

/** Which Business portfolio a Page the person's own Page list leaves out comes through. */
function portfolioHint(c: Candidate): string {
  if (c.viaPortfolio === undefined) return '';
  return c.viaPortfolio === null ? ' · through a Business portfolio' : ` · through ${c.viaPortfolio}`;
}

function weakRole(c: Candidate): string {
  const tasks = c.tasks.length > 0 ? c.tasks.join(', ') : 'none';
  return c.provider === 'instagram'
    ? `Can't publish: your role on its Page (tasks: ${tasks}) has neither Manage nor Create content.`
    : `Can't publish: your role here (tasks: ${tasks}) has neither Manage nor Create content. Ask a Page admin for more access.`;
}

export function AccountPicker({ candidates, signedInAs, busy, onChoose, onCancel }: AccountPickerProps) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set(candidates.filter((c) => c.canPublish && !c.alreadyConnected).map((c) => c.key)));
  const hintId = useId();
  const toggle = (key: string) =>
    setTicked((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  if (candidates.length === 0) {
    return (
      <>
        <p>Signed in as {signedInAs}, but Facebook lists no Pages for this login. Pages must be shared with Tether in Facebook's dialog.</p>
        <div className="modal-actions">
          <button type="button" onClick={onCancel}>
            Close
          </button>
        </div>
      </>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onChoose([...ticked]);
      }}
    >
      <p id={hintId}>Signed in as {signedInAs}. Choose what Tether should look after.</p>
      <fieldset className="picker" aria-describedby={hintId}>
        <legend>Pages and Instagram accounts</legend>
        {candidates.map((c) => (
          <label key={c.key} className={c.parentKey ? 'picker-row picker-child' : 'picker-row'}>
            <input type="checkbox" checked={ticked.has(c.key)} onChange={() => toggle(c.key)} />
            <span>
              {c.name}{' '}
              <span className="hint">
                {PROVIDER_NAMES[c.provider]}
                {c.handle ? ` · ${c.handle}` : ''}
                {portfolioHint(c)}
                {c.alreadyConnected ? ' · already connected' : ''}
              </span>
              {c.canPublish ? null : <span className="picker-warn">{weakRole(c)}</span>}
            </span>
          </label>
        ))}
      </fieldset>
      <div className="modal-actions">
        <button type="submit" className="primary" disabled={busy || ticked.size === 0}>
          {busy ? 'Adding…' : `Add ${ticked.size} ${ticked.size === 1 ? 'account' : 'accounts'}`}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
