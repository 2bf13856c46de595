/** A read-only value with a Copy button (redirect URIs and callback URLs to paste into a developer console). */
import { useState } from 'react';
import { copyText } from '../../platform/clipboard';

export function CopyField({ label, value }: { readonly label: string; readonly value: string }) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  return (
    <div className="copy-field">
      <label>
        {label}
        <input readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button type="button" onClick={() => void copyText(value).then((ok) => setCopied(ok ? 'yes' : 'no'))} aria-label={`Copy ${label}`}>
        Copy
      </button>
      <span role="status" className="hint">
        {copied === 'yes' ? 'Copied' : copied === 'no' ? 'Select it and copy it yourself' : ''}
      </span>
    </div>
  );
}
