/**
 * For the one-widget bundles: a page that shows a widget no loaded script defines (a
 * `<peakline-trajectory>` beside `peakline-gauge.js` only, say, after an editor dropped the second
 * snippet's script as a duplicate) would otherwise show a blank space. Once the page has loaded, the
 * first one-widget bundle to find such an element logs one warning naming the script to add, and
 * shows the same advice in place of each such element, in its language, until a script defines
 * it. The advice is CSS generated content from a constructed stylesheet: no markup is added to
 * the page, nothing is needed under a strict CSP, and the rule stops matching once the element is
 * defined (`:not(:defined)`), so a script that loads later simply takes over. A `hidden` element stays hidden.
 */
const KINDS = ['gauge', 'trajectory', 'sectors'];
const KEY = '__peaklineMissing';

/** Called by a one-widget bundle with its own script's name (`peakline-gauge.js`). */
export function flagMissingWidgets(script: string): void {
  if (typeof document === 'undefined' || typeof CSSStyleSheet === 'undefined') return;
  const check = () => {
    const g = globalThis as Record<string, unknown>;
    const missing = KINDS.map((k) => `peakline-${k}`).filter((t) => !customElements.get(t) && document.querySelector(t));
    if (!missing.length || g[KEY]) return;
    g[KEY] = true;
    console.warn(`Peakline: no script defines ${missing.join(', ')} (${script} has its own widget only). Add ${missing.join('.js, ')}.js, or load peakline.js (every widget) once instead.`);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      missing
        .map((t) => {
          const s = `${t}:not(:defined):not([hidden])`;
          return `${s}{display:block;padding:.5em;border:1px dashed}${s}::before{content:"This Peakline widget needs ${t}.js or peakline.js on the page."}${s}:lang(zh)::before{content:"此 Peakline 组件需要页面加载 ${t}.js 或 peakline.js。"}`;
        })
        .join(''),
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  };
  // After the load event every script in the page's markup has run, whatever its order.
  if (document.readyState === 'complete') setTimeout(check);
  else addEventListener('load', () => setTimeout(check), { once: true });
}
