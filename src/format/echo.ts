/** Text from the data or the page quoted in a message: shortened, and never invisible or misleading. */

/**
 * Text echoed in a message, with the characters nobody sees spelled out ("\u202E", "\u{E0041}"): controls (C0, C1) and
 * format characters (direction marks and controls, which would reorder the message; zero-width spaces and joiners, soft
 * hyphens, tag characters), line separators, variation selectors and no-break spaces, pasted from a CMS, which make
 * `theme="dark"` look right while it is not. Half a character (a lone surrogate: an emoji cut in two) too.
 */
export const visible = (s: string) =>
  s.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\xa0\ufe00-\ufe0f]/gu, (c) => {
    const hex = c.codePointAt(0)!.toString(16).toUpperCase();
    return hex.length > 4 ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
  });

/** Text shortened for echoing in a message: at most `max` characters, an ellipsis marking the cut (never inside an emoji's surrogate pair). */
export const clip = (s: string, max = 40) => (s.length > max ? `${s.slice(0, max - 3).replace(/[\ud800-\udbff]$/, '')}…` : s);

/** An attribute value or address echoed in a message, between quotes: shortened, its invisible characters and quotes spelled out. */
export const echo = (s: string, max?: number) => visible(clip(s, max)).replace(/"/g, '\\"');
