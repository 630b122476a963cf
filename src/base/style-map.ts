/**
 * `styleMap` that is safe under a Content Security Policy without 'unsafe-inline'.
 *
 * Lit's own `lit/directives/style-map.js` commits its FIRST render as a string, i.e.
 * `element.setAttribute('style', '…')`, which a page with `style-src 'self'` blocks (a
 * `style-src-attr` violation per element; the style is simply not applied). Later updates go
 * through the CSSOM, which CSP allows. This directive always uses the CSSOM
 * (`style.setProperty`), so inline styles apply on every page. Same call signature:
 * `style=${styleMap({ width: '60%', '--_pl-status': 'var(…)' })}`. `render()` still returns
 * the string form, which is what server-side rendering emits.
 *
 * Every Peakline template must import `styleMap` from here, never from Lit
 * (test/e2e/csp.e2e.test.mjs fails otherwise). Names and values are set as given, so names
 * are written as in CSS (`'min-height'`, not `minHeight`); `!important` is not supported.
 *
 * It must be the only expression in a `style` attribute. That is checked on the source
 * (style-map.test.ts), not at run time, so the check costs the bundle nothing.
 */
import { noChange } from 'lit';
import { Directive, directive, type AttributePart } from 'lit/directive.js';

export type StyleInfo = Readonly<Record<string, string | number | undefined | null>>;

class CspStyleMapDirective extends Directive {
  private previous = new Set<string>();

  render(styleInfo: StyleInfo): string {
    let out = '';
    for (const [prop, value] of Object.entries(styleInfo)) if (value != null) out += `${prop}:${value};`;
    return out;
  }

  override update(part: AttributePart, [styleInfo]: [StyleInfo]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const prop of this.previous) if (styleInfo[prop] == null) style.removeProperty(prop);
    this.previous = new Set();
    for (const [prop, value] of Object.entries(styleInfo)) {
      if (value == null) continue;
      this.previous.add(prop);
      // A number as its text, as render() writes it (setProperty takes a string).
      style.setProperty(prop, String(value));
    }
    return noChange;
  }
}

/** Sets inline CSS properties through the CSSOM (allowed by CSP), never through a style attribute. */
export const styleMap = directive(CspStyleMapDirective);
