/** Applies the theme setting to the page: "system" follows prefers-color-scheme; light and dark override it. */
import { useEffect } from 'react';
import { useAppStore } from '../../store/store-context';

/** Keeps `data-theme` on <html> in step with the setting. */
export function useTheme(): void {
  const theme = useAppStore((s) => s.settings?.theme ?? 'system');
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', theme);
  }, [theme]);
}
