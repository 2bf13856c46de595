/**
 * Text from the networks (account and Page names, handles, error messages) or from files the user gave, made
 * safe for a terminal: control characters (C0 but newline where allowed, DEL, C1), the Unicode line separators
 * and the bidirectional controls are shown as escapes instead of being sent raw. Raw, they can move the cursor,
 * retitle the window, hide text or reorder what is shown ("Trojan Source", CVE-2021-42574).
 */

/** C0 (but tab and newline, handled apart), DEL, C1, U+2028/2029, and the bidi embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

function escape(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Multi-line text (messages): newlines and tabs kept, every other unsafe character escaped. */
export function sanitizeForTerminal(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** Lines that end in CRLF (CSV): the line ends kept, a carriage return anywhere else escaped. */
export function sanitizeLinesForTerminal(text: string): string {
  return text
    .split('\r\n')
    .map((part) => sanitizeForTerminal(part))
    .join('\r\n');
}

/** One table cell or line: newlines, carriage returns and tabs escaped too, so a name can't break the layout. */
export function terminalLine(text: string): string {
  return sanitizeForTerminal(text).replace(/[\t\n]/g, escape);
}

/**
 * JSON for a terminal: JSON.stringify already escapes C0, but not DEL, C1, U+2028/2029 or the bidi controls.
 * Escaping them as \uXXXX keeps the JSON equal to the same value.
 */
export function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
