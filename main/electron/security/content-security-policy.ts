/**
 * The Content-Security-Policy header on every app:// response (security checklist #7). renderer/index.html carries
 * the same policy as a meta tag (tests keep the two in step); only a header can also forbid framing.
 */
export const RENDERER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
