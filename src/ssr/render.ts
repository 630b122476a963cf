/**
 * Server-side rendering of the widgets with @lit-labs/ssr: the live elements' own `render()`
 * output, wrapped in declarative shadow DOM (`<template shadowrootmode="open">`), so the page
 * shows the widget with JavaScript off. Runs in Node only (the CLI), never in the browser bundle.
 *
 * On the server the elements take their data from the `data` property (src/base/data-controller.ts)
 * and their width from the `ssr-width` attribute (src/base/peakline-element.ts).
 *
 * With `bundle`, the policy data is also written inline (`<script type="application/json">`
 * inside the element) and the bundle is loaded as a module script: when JavaScript runs, the
 * element upgrades, finds its inline data and re-renders in place (src/base/peakline-element.ts
 * clears the server-rendered shadow root first, unless Lit's hydration support is loaded).
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PolicyDocument } from '../format/types.js';
import { PeaklineGauge } from '../gauge/gauge.js';
import { gaugeView } from '../gauge/view.js';
import { findTarget } from '../progress/assess.js';
import { safeUrl } from '../format/sources.js';
import { messages } from '../i18n/messages.js';
import { localize, otherLang } from '../i18n/text.js';
import { describeTarget } from '../i18n/describe.js';
import { defineElements } from '../registry.js';
import { VERSION } from '../version.js';
import { parseList, sectorsView, type SectorFilters } from '../sectors/rows.js';
import { PeaklineSectors } from '../sectors/sectors.js';
import { PeaklineTrajectory } from '../trajectory/trajectory.js';
import { dark, light } from '../theme/tokens.js';
import { escapeMarkup, jsonForScript, plainText } from './escape.js';
import type { RenderOptions, WidgetName } from './options.js';

/** Escaped plain text: the page's title, description and fallback carry no line-break hints (see `plainText`). */
const e = (text: string | number): string => escapeMarkup(plainText(String(text)));

/**
 * The widgets that render on the server. A widget missing here makes the CLI say it
 * "cannot be rendered statically yet" (add its element once it renders without a DOM).
 */
const ELEMENTS: Partial<Record<WidgetName, { tag: string; ctor: CustomElementConstructor }>> = {
  gauge: { tag: 'peakline-gauge', ctor: PeaklineGauge },
  sectors: { tag: 'peakline-sectors', ctor: PeaklineSectors },
  trajectory: { tag: 'peakline-trajectory', ctor: PeaklineTrajectory },
};

export function canRenderStatically(widget: WidgetName): boolean {
  return widget in ELEMENTS;
}

let defined = false;
function defineServerElements(): void {
  if (defined) return;
  defined = true;
  const all: Record<string, CustomElementConstructor> = {};
  for (const { tag, ctor } of Object.values(ELEMENTS)) all[tag] = ctor;
  defineElements(all);
}

/** The sector panel's rows, as the element reads them from its `sectors`, `indicator` and `targets` attributes. */
export function sectorFilters(o: RenderOptions): SectorFilters {
  return { sectors: parseList(o.sectors), indicators: parseList(o.indicator), targets: parseList(o.target) };
}

function elementTemplate(doc: PolicyDocument, o: RenderOptions): TemplateResult {
  const common = { lang: o.lang, theme: o.theme, width: String(o.width) };
  switch (o.widget) {
    case 'trajectory':
      return html`<peakline-trajectory lang=${common.lang} theme=${common.theme} ssr-width=${common.width} heading-level=${ifDefined(o.headingLevel ?? undefined)} target=${o.target ?? ''} method=${ifDefined(o.method ?? undefined)} as-of=${ifDefined(o.asOf ?? undefined)} .data=${doc}></peakline-trajectory>`;
    case 'sectors':
      // The attributes, not only the server's render, carry the options: with --bundle the live element reads them.
      return html`<peakline-sectors lang=${common.lang} theme=${common.theme} ssr-width=${common.width} heading-level=${ifDefined(o.headingLevel ?? undefined)} sectors=${ifDefined(o.sectors ?? undefined)} indicator=${ifDefined(o.indicator ?? undefined)} targets=${ifDefined(o.target ?? undefined)} layout=${o.layout} sort=${o.sort} method=${ifDefined(o.method ?? undefined)} as-of=${ifDefined(o.asOf ?? undefined)} .data=${doc}></peakline-sectors>`;
    default:
      // One line: newlines between attributes would be copied into the output.
      return html`<peakline-gauge lang=${common.lang} theme=${common.theme} ssr-width=${common.width} heading-level=${ifDefined(o.headingLevel ?? undefined)} target=${o.target ?? ''} variant=${o.variant} method=${ifDefined(o.method ?? undefined)} as-of=${ifDefined(o.asOf ?? undefined)} .data=${doc}></peakline-gauge>`;
  }
}

/** The element's server-rendered markup (with its declarative shadow root). */
async function renderElement(doc: PolicyDocument, o: RenderOptions): Promise<string> {
  defineServerElements();
  return collectResult(render(elementTemplate(doc, o)));
}

/**
 * What the page says of the widget, from one view of it: the page's `<title>` and meta description, and the widget as
 * plain text in its light DOM. A reader whose HTML drops declarative shadow DOM (mail clients, feed readers strip
 * `<template>` and `<style>`) sees that text (the title, the sentence that describes it and its sources) where it saw
 * nothing; where the shadow root is attached, light DOM without a slot is not rendered, nor read out: no doubling.
 */
function pageContent(doc: PolicyDocument, o: RenderOptions): { title: string; description: string; fallback: string } {
  const policy = localize(doc.policy.title, o.lang);
  const target = o.target && o.widget !== 'sectors' ? findTarget(doc, o.target) : undefined;
  const v = target && gaugeView(doc, target, { lang: o.lang, width: o.width, variant: 'arc', method: o.method ?? undefined, asOf: o.asOf ?? undefined });
  // "7 targets: 1 off track, 2 on track, 4 insufficient data", as the panel's own summary.
  const panel = v ? null : sectorsView(doc, sectorFilters(o), { lang: o.lang, method: o.method, asOf: o.asOf });
  const summary = panel?.summary ?? '';
  // "Energy use … −13.5% by 2025" and "Down 6.8% from 2020 as of 2022; …; on track."; a panel: the plan and its summary.
  const [name, sentence] = v ? [v.title, describeTarget(doc, target!, v.a, o.lang, false)] : [policy, summary];
  // The panel's too, as its footer cites them: the plan alone was cited for statuses that its data decide.
  const { targets, data } = (v ?? panel!).sources;
  const links = [...targets, ...data];
  const cited = links
    .map((s) => [safeUrl(s.url), localize(s.title, o.lang)] as const)
    // A title in the other language is marked, as in the widget's footer, so a screen reader switches voice.
    .map(([url, text]) => {
      const lang = otherLang(text, o.lang);
      return url ? `<a href="${e(url)}"${lang ? ` lang="${lang}"` : ''}>${e(text)}</a>` : lang ? `<span lang="${lang}">${e(text)}</span>` : e(text);
    })
    .join(o.lang === 'zh' ? '；' : '; ');
  const m = messages(o.lang);
  return {
    title: v ? `${v.title} · ${policy}` : policy,
    description: v ? describeTarget(doc, target!, v.a, o.lang, true) : o.widget === 'sectors' && summary ? `${policy}${o.lang === 'zh' ? '：' : ': '}${summary}` : policy,
    fallback: `<div class="peakline-fallback"><p><strong>${e(name)}</strong></p>${sentence ? `<p>${e(sentence)}</p>` : ''}${
      cited ? `<p>${e(m.provenance.source)}${m.colon}${cited}</p>` : ''
    }</div>`,
  };
}

/** A complete standalone HTML document holding the server-rendered widget. */
export async function renderDocument(doc: PolicyDocument, o: RenderOptions): Promise<string> {
  const { tag } = ELEMENTS[o.widget]!;
  let element = await renderElement(doc, o);
  const { title, description, fallback } = pageContent(doc, o);
  const close = `</${tag}>`;
  const at = element.lastIndexOf(close);
  // The live element reads its data from an inline JSON child when it upgrades.
  const json = o.bundle ? `<script type="application/json">${jsonForScript(doc)}</script>` : '';
  element = `${element.slice(0, at)}${fallback}${json}${element.slice(at)}`;
  const palette = o.theme === 'dark' ? dark : light;
  const pageColours = (p: typeof light) => `background: ${p.background}; color: ${p.text};`;
  const pageStyle =
    o.theme === 'auto'
      ? `body { ${pageColours(light)} }\n      @media (prefers-color-scheme: dark) { body { ${pageColours(dark)} } }`
      : `body { ${pageColours(palette)} }`;
  return `<!doctype html>
<html lang="${o.lang === 'zh' ? 'zh-CN' : 'en'}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="Peakline ${e(VERSION)}">
    <title>${e(title)}</title>
    <meta name="description" content="${e(description)}">
    <style>
      ${pageStyle}
      body { margin: 0; padding: 16px; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif; }
      ${tag} { display: block; width: 100%; max-width: ${o.width}px; }
      @media print { body { padding: 0; } ${tag} { break-inside: avoid; } }
    </style>
  </head>
  <body>
    ${element}
${o.bundle ? `    <script type="module" src="${e(o.bundle)}"></script>\n` : ''}  </body>
</html>
`;
}
