/** Search by name or handle. "/" anywhere outside a text field focuses it; Esc in it clears it. */
import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store/store-context';

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** The search field. */
export function SearchBox() {
  const query = useAppStore((s) => s.filters.query);
  const setQuery = useAppStore((s) => s.setQuery);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <label className="search">
      <span className="visually-hidden">Search accounts by name or handle</span>
      <input
        ref={input}
        type="search"
        value={query}
        placeholder="Search by name or handle  /"
        aria-keyshortcuts="/"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && query !== '') {
            // Clearing the search is this Esc's whole job: don't let it close the detail panel too.
            e.preventDefault();
            e.stopPropagation();
            setQuery('');
          }
        }}
      />
    </label>
  );
}
