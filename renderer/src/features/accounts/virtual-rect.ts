/**
 * The list's viewport size for the virtualizer. Where layout reports no height (jsdom, a pane not laid out yet), it
 * assumes a screenful, so the first rows still render and keyboard tests see real rows.
 */
import { measureElement, observeElementRect, type Virtualizer } from '@tanstack/react-virtual';

const FALLBACK = { width: 800, height: 1600 };

/** observeElementRect with a screenful as the floor for an unmeasured element. */
export function observeRectWithFallback<T extends Element>(
  instance: Virtualizer<T, Element>,
  cb: (rect: { width: number; height: number }) => void,
): void | (() => void) {
  return observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK));
}

/** measureElement that keeps the estimate when layout reports no height (jsdom, a row not laid out yet). */
export function measureWithFallback(estimate: number) {
  return <T extends Element>(element: T, entry: ResizeObserverEntry | undefined, instance: Virtualizer<HTMLDivElement, T>): number => {
    const measured = measureElement(element, entry, instance);
    return measured > 0 ? measured : estimate;
  };
}
