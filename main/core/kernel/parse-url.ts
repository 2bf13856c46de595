/** Parses a URL, or null. Userinfo is refused: `https://www.facebook.com@evil.example/` must never pass as Facebook. */
export function parseUrl(rawUrl: string): URL | null {
  try {
    const url = new URL(rawUrl);
    return url.username || url.password ? null : url;
  } catch {
    return null;
  }
}
