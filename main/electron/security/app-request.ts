/** Answers app://tether requests with files from the built renderer folder, and nothing outside it. */
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { isAppUrl } from './app-origin';
import { RENDERER_CSP } from './content-security-policy';

// Chromium refuses module scripts without a JavaScript MIME type, so every type the build emits is named here.
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The handler for protocol.handle: GET only (405), files under `root` only (404 for anything else). */
export function createAppRequestHandler(root: string): (request: Request) => Promise<Response> {
  const base = resolve(root);
  return async (request) => {
    if (request.method !== 'GET') return new Response(null, { status: 405, headers: { Allow: 'GET' } });
    const file = fileFor(base, request.url);
    if (file === null) return new Response(null, { status: 404 });
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return new Response(null, { status: 404 }); // missing, or a folder
    }
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Security-Policy': RENDERER_CSP,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}

/** The file a request names, or null when the URL isn't ours or its path would leave `base`. */
function fileFor(base: string, rawUrl: string): string | null {
  if (!isAppUrl(rawUrl)) return null;
  let path: string;
  try {
    path = decodeURIComponent(new URL(rawUrl).pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  // Decoding can reintroduce '..' or separators (%2e%2e%2f), so the check is on the resolved path.
  const candidate = resolve(base, `.${path.startsWith('/') ? path : `/${path}`}`);
  return candidate.startsWith(base + sep) ? candidate : null;
}
