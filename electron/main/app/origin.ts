// Origins compared by hand: Node's URL#origin is "null" for custom schemes such as app://.

/** True when `url` is on the same origin (scheme, host and port) as `pageUrl`. Unparsable URLs are not. */
export function isSameOrigin(url: string, pageUrl: string): boolean {
  try {
    const a = new URL(url);
    const b = new URL(pageUrl);
    return a.protocol === b.protocol && a.host === b.host;
  } catch {
    return false;
  }
}
