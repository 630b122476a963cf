/**
 * Escaping for the text the static renderer writes itself (the document shell and the SVG).
 * The widget's own markup is escaped by Lit's server renderer.
 */

// Characters XML 1.0 forbids outright (C0 controls except tab/newline/return, lone surrogates,
// U+FFFE/U+FFFF). A data string could carry one through JSON's \u escapes.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or attribute value for HTML or XML: `& < > " '` escaped, forbidden characters dropped. */
export function escapeMarkup(value: string | number): string {
  return String(value)
    .replace(INVALID_XML, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * Text without the invisible characters the widgets' wording carries to guide line breaks in a browser: word joiners
 * (U+2060, holding a Chinese figure to its unit, "2025\u2060年") and zero-width spaces (U+200B, where a Chinese phrase may
 * break). They belong inside the widget, which wraps; not in what is read, copied or searched as plain text: the page's
 * `<title>` and meta description (tabs, bookmarks, feed and search snippets), the fallback text that mail clients and
 * feed readers show, an image's title and description. The embed builder strips them from its snippets' text for the
 * same reason (`visible` in site/builder/snippets.ts).
 */
export const plainText = (text: string): string => text.replace(/[\u200b\u2060]/g, '');

/**
 * JSON for an inline `<script type="application/json">`, the static renderer's and the embed builder's: `<` and `>` are
 * written `\u003c` and `\u003e`, so no `</script>` or `<!--` in the data can end the element early and no filter that
 * rewrites `]]>` (WordPress's the_content() makes it `]]&gt;`, inside `<script>` too) finds one; U+2028 and U+2029 are
 * escaped for filters that read them as line breaks. JSON.parse reads all of them back unchanged. `space` indents, as
 * JSON.stringify's.
 */
export function jsonForScript(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(/[<>\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
