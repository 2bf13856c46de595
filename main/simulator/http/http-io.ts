/** Small HTTP helpers: bounded body reading, form/JSON parameters, cookies, and writing replies. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WebReply } from '../oauth/html-page';

const MAX_BODY_BYTES = 1024 * 1024;

/** The body was larger than the simulator accepts. */
export class BodyTooLargeError extends Error {}

/** Reads the whole body (up to 1 MiB). */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError('request body over 1 MiB');
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** True when the request says its body is JSON. */
export function isJson(req: IncomingMessage): boolean {
  return /^application\/json\b/i.test(req.headers['content-type'] ?? '');
}

/**
 * Body parameters as Graph and X read them: form-encoded, or a JSON object whose non-string values are
 * re-encoded as JSON strings (so `batch` arrives the same either way). Unparseable JSON yields null.
 */
export function bodyParams(req: IncomingMessage, text: string): URLSearchParams | null {
  if (!isJson(req)) return new URLSearchParams(text);
  if (text.trim() === '') return new URLSearchParams();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(data)) params.set(k, typeof v === 'string' ? v : JSON.stringify(v));
  return params;
}

/** Query parameters overlaid by body parameters. */
export function mergeParams(query: URLSearchParams, body: URLSearchParams): URLSearchParams {
  const merged = new URLSearchParams(query);
  for (const key of new Set(body.keys())) {
    merged.delete(key);
    for (const v of body.getAll(key)) merged.append(key, v);
  }
  return merged;
}

/** One cookie's value, or null. */
export function cookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k !== name) continue;
    try {
      return decodeURIComponent(v.join('='));
    } catch {
      return null;
    }
  }
  return null;
}

/** Writes a JSON reply. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** Writes an HTML page or a redirect. */
export function sendWeb(res: ServerResponse, reply: WebReply): void {
  const headers = { 'cache-control': 'no-store', ...reply.headers };
  if (reply.kind === 'redirect') {
    res.writeHead(302, { ...headers, location: reply.location, 'content-length': 0 });
    res.end();
    return;
  }
  res.writeHead(reply.status, { ...headers, 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(reply.html) });
  res.end(reply.html);
}
