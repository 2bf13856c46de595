/** The "details for support" line: the network's own code, subcode and trace id, with a Copy button. */
import { useEffect, useId, useState } from 'react';
import { copyText } from '../../platform/clipboard';

type CopyState = 'idle' | 'copied' | 'failed';

/** The line, the button, and a live region that says whether the copy worked. */
export function SupportLine({ line }: { readonly line: string }) {
  const [state, setState] = useState<CopyState>('idle');
  const titleId = useId();

  useEffect(() => {
    if (state !== 'copied') return;
    const handle = setTimeout(() => setState('idle'), 3000);
    return () => clearTimeout(handle);
  }, [state]);

  const copy = async () => setState((await copyText(line)) ? 'copied' : 'failed');

  return (
    <section className="support" aria-labelledby={titleId}>
      <h3 id={titleId}>Details for support</h3>
      <p className="support-row">
        <code className="support-line">{line}</code>
        <button type="button" onClick={() => void copy()} aria-label="Copy details for support">
          Copy
        </button>
      </p>
      <p className="support-status" role="status">
        {state === 'copied' ? 'Copied' : state === 'failed' ? "Couldn't copy: select the line and copy it yourself." : ''}
      </p>
    </section>
  );
}
