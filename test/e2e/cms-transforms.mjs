/**
 * What real CMSs do to HTML pasted into an article, as plain functions on a string (pure; used by
 * cms.e2e.test.mjs, which loads each result in Chromium with the built bundles).
 *
 * - `wpautop` is WordPress's own paragraph filter (wp-includes/formatting.php), ported step for step:
 *   it runs on every post written in the classic editor, and on the Classic block. Its self-checks are
 *   cases from WordPress's tests/phpunit/tests/formatting/Autop.php (see the e2e test).
 * - `wordpressContent` is what the_content() makes of a classic post: wptexturize (reduced to the parts
 *   that touch markup: curly quotes, dashes and `&` in text outside pre/code/kbd/style/script/tt, `&` in
 *   tags), then wpautop, then the `]]>` → `]]&gt;` that the_content() applies to the whole text,
 *   inside <script> too.
 * - `nl2br`: a "convert line breaks" setting (Blogger's, many small CMSs', WordPress before 3.1): every
 *   newline gets a <br />, inside <script> as well.
 * - The others model sanitisers and editors: an attribute allowlist, <script> stripped, the inline-data
 *   child stripped, `type="module"` dropped, names upper-cased, re-indented, minified, wrapped, the
 *   snippet spaced out with blank lines, an XML-style `<x />` for an empty element.
 * - `markdown` and `markdownTight`: a Markdown article (CommonMark, rendered by markdown-it with raw HTML on, as
 *   Eleventy renders posts; Hugo's Goldmark with `unsafe = true`, VitePress and Astro follow the same HTML-block rules).
 */
import MarkdownIt from 'markdown-it';

const BLOCKS =
  '(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)';
/** PCRE's `\s` without the u flag (JavaScript's also matches U+00A0, U+2028…). */
const S = '[ \\t\\n\\r\\f\\v]';
const re = (source, flags = 'g') => new RegExp(source.replaceAll('\\s', S), flags);

/** wp_html_split(): tags, comments and CDATA as delimiters (odd indexes), the text between them (even). */
function htmlSplit(text) {
  return text.split(/(<(?:!--[^]*?(?:-->|$)|!\[CDATA\[[^]*?(?:\]\]>|$)|[^>]*>?))/);
}

/** wp_replace_in_html_tags() with one pair. */
function replaceInTags(text, from, to) {
  const parts = htmlSplit(text);
  for (let i = 1; i < parts.length; i += 2) parts[i] = parts[i].replaceAll(from, to);
  return parts.join('');
}

/** WordPress's wpautop($text, $br = true). Only <pre> is left out (it would be set aside and put back untouched). */
export function wpautop(text, br = true) {
  if (text.trim() === '') return '';
  if (text.includes('<pre')) throw new Error('wpautop port: <pre> is not handled');
  let pee = text + '\n';
  pee = pee.replace(re('<br\\s*/?>\\s*<br\\s*/?>'), '\n\n');
  pee = pee.replace(re(`(<${BLOCKS}(?:\\s|[/>]))`), '\n\n$1');
  pee = pee.replace(re(`(</${BLOCKS}>)`), '$1\n\n');
  pee = pee.replace(re('(<hr\\s*?/?>)'), '$1\n\n');
  pee = pee.replace(/\r\n|\r/g, '\n');
  pee = replaceInTags(pee, '\n', ' <!-- wpnl --> ');
  if (pee.includes('<option')) pee = pee.replace(re('\\s*<option'), '<option').replace(re('</option>\\s*'), '</option>');
  if (pee.includes('<figcaption')) pee = pee.replace(re('\\s*(<figcaption[^>]*>)'), '$1').replace(re('</figcaption>\\s*'), '</figcaption>');
  pee = pee.replace(/\n\n+/g, '\n\n');
  pee = pee
    .split(re('\\n\\s*\\n'))
    .filter((p) => p !== '')
    .map((p) => `<p>${p.replace(/^\n+|\n+$/g, '')}</p>\n`)
    .join('');
  pee = pee.replace(re('<p>\\s*</p>'), '');
  pee = pee.replace(/<p>([^<]+)<\/(div|address|form)>/g, '<p>$1</p></$2>');
  pee = pee.replace(re(`<p>\\s*(</?${BLOCKS}[^>]*>)\\s*</p>`), '$1');
  pee = pee.replace(/<p>(<li.+?)<\/p>/g, '$1');
  pee = pee.replace(/<p><blockquote([^>]*)>/gi, '<blockquote$1><p>').replaceAll('</blockquote></p>', '</p></blockquote>');
  pee = pee.replace(re(`<p>\\s*(</?${BLOCKS}[^>]*>)`), '$1');
  pee = pee.replace(re(`(</?${BLOCKS}[^>]*>)\\s*</p>`), '$1');
  if (br) {
    // Newlines inside <script>, <style> and <svg> are kept as they are (WordPress 3.1 on).
    pee = pee.replace(/<(script|style|svg)[^]*?<\/\1>/g, (m) => m.replaceAll('\n', '<WPPreserveNewline />'));
    pee = pee.replaceAll('<br>', '<br />').replaceAll('<br/>', '<br />');
    pee = pee.replace(re('(?<!<br />)\\s*\\n'), '<br />\n');
    pee = pee.replaceAll('<WPPreserveNewline />', '\n');
  }
  pee = pee.replace(re(`(</?${BLOCKS}[^>]*>)\\s*<br />`), '$1');
  pee = pee.replace(re('<br />(\\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)'), '$1');
  pee = pee.replace(/\n<\/p>$/, '</p>');
  return pee.replace(/ <!-- wpnl --> |<!-- wpnl -->/g, '\n');
}

const ENTITY_OR_AMP = /&(?!#(?:\d+|x[a-f0-9]+);|[a-z1-4]{1,8};)/gi;

/**
 * wptexturize(), reduced to what can change a snippet: text outside pre, code, kbd, style, script and tt gets
 * curly quotes, dashes, an ellipsis and `&#038;` for a bare `&`; a tag gets `&#038;` for a bare `&` in it.
 */
export function wptexturize(text) {
  const parts = text.split(/(<(?:!--[^]*?(?:-->|$)|[^>]*>?))/);
  const stack = [];
  return parts
    .map((part) => {
      if (part.startsWith('<!--')) return part;
      if (part.startsWith('<')) {
        const tag = part.replace(ENTITY_OR_AMP, '&#038;');
        const closing = tag[1] === '/';
        const name = tag.slice(closing ? 2 : 1, tag.includes(' ') ? tag.indexOf(' ') : -1);
        if (['pre', 'code', 'kbd', 'style', 'script', 'tt'].includes(name)) {
          if (!closing) stack.push(name);
          else if (stack.at(-1) === name) stack.pop();
        }
        return tag;
      }
      if (part.trim() === '' || stack.length) return part;
      return part
        .replaceAll('...', '&#8230;')
        .replace(/(^|[\s([{-])"(?!\s)/g, '$1&#8220;')
        .replaceAll('"', '&#8221;')
        .replace(/(^|[\s([{"-])'/g, '$1&#8216;')
        .replaceAll("'", '&#8217;')
        .replace(/---/g, '&#8212;')
        .replace(/(?<!xn)--/g, '&#8211;')
        .replace(ENTITY_OR_AMP, '&#038;');
    })
    .join('');
}

/** What a classic WordPress post's content goes through on its way to the page (the_content). */
export function wordpressContent(text) {
  return wpautop(wptexturize(text)).replaceAll(']]>', ']]&gt;');
}

/** "Convert line breaks": a <br /> before every newline, inside <script> too. */
export const nl2br = (text) => text.replace(/\r?\n/g, '<br />\n');

/** An editor who spaces the snippet's lines apart (a blank line after each), then wpautop. */
export const spacedOut = (text) => wpautop(text.replace(/\n/g, '\n\n'));

/**
 * The snippet's classic script made a module (an editor following README's example, or a theme's script loader): the
 * bundle runs after the article is parsed, and the inline data is there when the element upgrades.
 */
export const addModuleType = (text) => text.replace(/<script src=/g, '<script type="module" src=');

/** Every start and end tag's name, and every attribute name, in upper case (old editors, XHTML-to-HTML tools). */
export const upperCaseNames = (text) =>
  mapTags(text, (tag) => tag.replace(/^<(\/?)([a-z][\w-]*)/i, (_, s, n) => `<${s}${n.toUpperCase()}`).replace(/(\s)([a-z][\w-]*)(?==)/gi, (_, s, n) => s + n.toUpperCase()));

/** A sanitiser with an attribute allowlist: every attribute not on it is dropped from every tag. */
export const keepAttributes = (allowed) => (text) =>
  mapTags(text, (tag) =>
    tag.replace(/(\s+)([^\s=>/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g, (all, _s, name) => (allowed.includes(name.toLowerCase()) ? all : '')),
  );

/** A sanitiser that removes every <script> element with its content. */
export const stripScripts = (text) => text.replace(/<script\b[^>]*>[^]*?<\/script\s*>/gi, '');

/** A sanitiser that removes only <script> elements that are not JavaScript (here: the inline data). */
export const stripDataScripts = (text) => text.replace(/<script\b[^>]*type="application\/json"[^>]*>[^]*?<\/script\s*>/gi, '');

/** Minified: no whitespace between tags, no line breaks or indentation anywhere (an HTML minifier, a CMS that stores one line). */
export const minify = (text) => text.replace(/>\s+</g, '><').replace(/\n\s*/g, '');

/** An editor's "format source": one tag a line, indented two spaces a level, a script's lines indented with it. */
export function reindent(text) {
  const VOID = /^<(?:br|hr|img|input|meta|link|source|wbr)\b/i;
  const out = [];
  let depth = 0;
  let inScript = false;
  for (const part of text.split(/(<[^>]*>)/)) {
    if (!part) continue;
    const pad = '  '.repeat(depth);
    if (inScript && !/^<\/script/i.test(part)) {
      for (const line of part.split('\n')) if (line.trim()) out.push(pad + line.trim());
      continue;
    }
    if (!part.startsWith('<')) {
      if (part.trim()) out.push(pad + part.trim());
      continue;
    }
    if (part.startsWith('</')) {
      depth = Math.max(0, depth - 1);
      inScript = false;
      out.push('  '.repeat(depth) + part);
      continue;
    }
    out.push(pad + part);
    if (!VOID.test(part) && !part.endsWith('/>')) depth++;
    if (/^<script/i.test(part)) inScript = true;
  }
  // An element with nothing inside stays on one line: `<script src="…"></script>`.
  return out.join('\n').replace(/^( *)(<([\w-]+)[^>]*>)\n\1<\/\3>/gm, '$1$2</$3>');
}

/** A filter that reads U+2028 and U+2029 as line breaks and writes them as newlines (as Python's str.splitlines() does). */
export const unicodeLineBreaks = (text) => text.replace(/[\u2028\u2029]/g, '\n');

/** An XML serialiser: an empty element written `<x … />`, which HTML reads as a start tag only. */
export const selfClosing = (text) => text.replace(/><\/(peakline-[a-z]+)>/g, ' />');

/** The snippet inside a block the editor adds. */
export const wrap = (open, close) => (text) => `${open}${text}${close}`;

/** Applies `fn` to every start and end tag outside <script> content (the snippets' data has no `<`). */
function mapTags(text, fn) {
  return text.replace(/<\/?[a-z][^>]*>/gi, fn);
}

const md = new MarkdownIt({ html: true });

/** The snippet pasted into a Markdown article as its own block, blank lines around it. */
export const markdown = (text) => md.render(`Before the chart, in *Markdown*.\n\n${text}\n\nAfter it.`);

/**
 * The snippet pasted on the line after a paragraph, and the paragraph going on after it, with no blank lines: a custom
 * element's tag cannot start an HTML block inside a paragraph (CommonMark's type 7), so it is read as inline HTML.
 */
export const markdownTight = (text) => md.render(`Before the chart, in *Markdown*.\n${text}\nAfter it.`);
