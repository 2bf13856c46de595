/**
 * A number that changes whenever the page's colours may have: the system's light/dark preference, or the theme
 * setting (data-theme on <html>, see shell/use-theme.ts). Charts drawn on a canvas redraw when it changes.
 */
import { useEffect, useState } from 'react';

export function useSchemeChanges(enabled: boolean): number {
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    const bump = () => setChanges((n) => n + 1);
    const dark = window.matchMedia('(prefers-color-scheme: dark)');
    dark.addEventListener('change', bump);
    const theme = new MutationObserver(bump);
    theme.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      dark.removeEventListener('change', bump);
      theme.disconnect();
    };
  }, [enabled]);
  return changes;
}
