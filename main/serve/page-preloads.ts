/**
 * The page's own entry script and stylesheet as `Link` preloads, listed before the accounts snapshot. The browser
 * then asks for the script first, and the server sends it before it spends its time on 5,000 accounts; otherwise
 * the script, which the first paint waits for, queues behind the snapshot.
 */

const SCRIPT = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g;
const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g;

/** A path of the page's own folder ("./assets/x.js" or "/assets/x.js") as an absolute path, or null for anything else. */
function ownPath(ref: string): string | null {
  const path = ref.startsWith('./') ? ref.slice(1) : ref;
  // Nothing that could leave this origin or break out of the header.
  return /^\/[\w][\w./-]*$/.test(path) && !path.includes('..') ? path : null;
}

/** `Link` header entries for the scripts and stylesheets `html` loads, in document order by kind. */
export function assetPreloads(html: string): string[] {
  const links: string[] = [];
  for (const [, ref] of html.matchAll(SCRIPT)) {
    const path = ownPath(ref ?? '');
    if (path) links.push(`<${path}>; rel=modulepreload`);
  }
  for (const [, ref] of html.matchAll(STYLESHEET)) {
    const path = ownPath(ref ?? '');
    if (path) links.push(`<${path}>; rel=preload; as=style; crossorigin`);
  }
  return links;
}
