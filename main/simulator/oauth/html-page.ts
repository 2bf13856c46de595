/** The small, accessible HTML shell of the simulator's login and consent pages (no scripts, plain forms). */

/** A response produced by a web page handler. */
export type WebReply =
  | { readonly kind: 'html'; readonly status: number; readonly html: string; readonly headers?: Readonly<Record<string, string>> }
  | { readonly kind: 'redirect'; readonly location: string; readonly headers?: Readonly<Record<string, string>> };

/** Escapes text for HTML content and attribute values. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const STYLE = `body{font:16px/1.4 system-ui,sans-serif;background:#f0f2f5;margin:0;padding:2rem}
main{max-width:28rem;margin:auto;background:#fff;border-radius:8px;padding:1.5rem;box-shadow:0 1px 3px #0003}
h1{font-size:1.3rem;margin-top:0}fieldset{border:1px solid #ccd;border-radius:6px;margin:1rem 0}
label{display:block;padding:.25rem 0}.actions{display:flex;gap:.5rem;margin-top:1rem}
button{font:inherit;padding:.5rem 1rem;border-radius:6px;border:1px solid #889;background:#fff}
button.primary{background:#1b74e4;color:#fff;border-color:#1b74e4}.note{color:#555;font-size:.9rem}
.sim{font-size:.8rem;color:#666;margin-top:1.5rem}`;

/** A complete page: `title` is the document title and the heading. */
export function htmlPage(title: string, body: string, network: 'Facebook' | 'X'): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)} | ${network}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>${STYLE}</style></head>
<body><main><h1>${esc(title)}</h1>${body}<p class="sim">Tether network simulator: no real ${network} account is used.</p></main></body></html>`;
}

/** An error page with the given status. */
export function errorPage(status: number, title: string, message: string, network: 'Facebook' | 'X'): WebReply {
  return { kind: 'html', status, html: htmlPage(title, `<p role="alert">${esc(message)}</p>`, network) };
}

/** A hidden input. */
export function hidden(name: string, value: string): string {
  return `<input type="hidden" name="${esc(name)}" value="${esc(value)}">`;
}

/** Adds query parameters to a redirect URI that may already have some. */
export function withQuery(uri: string, params: URLSearchParams): string {
  const hashAt = uri.indexOf('#');
  const base = hashAt >= 0 ? uri.slice(0, hashAt) : uri;
  return `${base}${base.includes('?') ? '&' : '?'}${params.toString()}`;
}
