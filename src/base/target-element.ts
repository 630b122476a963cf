/**
 * The base of the widgets that show one target (gauge, trajectory): their `target` attribute and its checks, and the
 * templates only they draw: the loading box with a chart's aspect ratio, the status readout and the figure around the
 * chart. Apart from `PeaklineElement`, which the sector panel extends too, so its bundle leaves them out.
 */
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { PeaklineElement } from './peakline-element.js';
import type { Problem } from '../format/types.js';
import type { CitedSources } from '../format/sources.js';
import { echo } from '../format/echo.js';
import { closest, someIds } from '../format/closest.js';
import { statusName, TARGET_MESSAGES, type TargetMessages } from '../i18n/messages.js';
import { pendingYear } from '../progress/status.js';
import { beforeBaseline, findTarget, type Assessment } from '../progress/assess.js';
import { statusIcon } from './icons.js';
import { styleMap } from './style-map.js';
import { capital } from '../i18n/text.js';

/**
 * Base class of the one-target widgets (not registered as an element itself).
 *
 * @csspart pending - "no 2025 figure yet" beside the status, once the target year is over without a figure for it.
 * @csspart indicative - "indicative" beside the status, when the series stands in for the one the target is about (`proxy` in the data); its title says why, and so does the disclosure.
 */
export abstract class PeaklineTargetElement extends PeaklineElement {
  static override properties: PropertyDeclarations = { target: { reflect: true }, reserve: {} };

  /** Id of the target to show. */
  target = '';

  /**
   * The loading height measured for this target, written by the embed builder: its text's height in em at 320, 360
   * and 900 px ("32.2 26.2 17.9"), so the box reserved while the data loads fits it (no blank band, no growth). Without it, or with anything but
   * three numbers above 0 (the console says so), the height is estimated from the width alone.
   */
  reserve: string | null = null;

  protected override readonly reserveCount = 3;

  private get targetMessages(): TargetMessages {
    return TARGET_MESSAGES[this.language];
  }

  /**
   * Problems with the widget's options: no `target` set, a target id the document does not have, then the `method`
   * and `as-of` checks, and an `as-of` before the target's baseline year; each with the attribute's name for its path.
   */
  protected override widgetProblems(): readonly Problem[] {
    // Called only with a ready document and no crash (willUpdate), so `doc` is never null here.
    const { target } = this;
    const doc = this.doc!;
    if (!target) return [{ path: 'target', message: this.targetMessages.noTarget }];
    const t = findTarget(doc, target);
    // With the nearest id when the attribute looks like a typo of one ("steel-scrap-capacity-2052" → "…-2025").
    // Else the ids it has (the first eight), so the editor can pick one.
    if (!t) {
      const ids = doc.targets.map((x) => x.id);
      return [{ path: 'target', message: this.targetMessages.unknownTarget(echo(target), closest(target, ids), someIds(ids, this.language)) }];
    }
    const problems = this.optionProblems();
    // Before the baseline there is no progress to judge ("on track as of 1999" for a 2022 plan's peak).
    if (!problems.length && beforeBaseline(t, this.asOf)) problems.push({ path: 'as-of', message: this.targetMessages.earlyAsOf(String(this.asOf), t.baseline.year) });
    return problems;
  }

  /** The box shown while loading (see renderLoading), its body at the chart's final aspect ratio. */
  protected renderChartLoading(bodyAspect: string, minHeight: string): TemplateResult {
    return this.renderLoading(html`<div class="skeleton body" part="body" style=${styleMap({ 'aspect-ratio': bodyAspect })}></div>`, minHeight);
  }

  /**
   * The status with its icon, then "as of 2022": the latest observation's year, which an `as-of` later than the data does
   * not change (hidden without data); and once the target year is over without a figure for it, "no 2025 figure yet", so
   * "On track" reads as the last judgement the data allow, not the outcome.
   */
  protected renderReadout(a: Assessment, proxy: string, said = !!a.latest): TemplateResult {
    const p = this.m.provenance;
    const pending = pendingYear(a, this.asOf);
    // A status judged on a stand-in series (the target's `proxy`) says so beside it, not only in the disclosure.
    // Where the description has just said the status (`said`: the gauge's with a value, the trajectory's always), a
    // screen reader hears it once (then "as of 2022 · …").
    return html`<div class="readout"><span class="status" part="status" data-status=${a.status} aria-hidden=${said ? 'true' : nothing} style=${styleMap({
      '--_pl-status': `var(--_pl-status-${a.status})`,
    })}>${statusIcon(a.status)}<span>${statusName(this.m, a)}</span></span> <span class="meta" ?hidden=${!a.latest}>${a.latest && p.asOf(a.latest.year)}${
      pending ? html` &middot; <span class="notice" part="pending">${p.pending(pending)}</span>` : nothing
    }${
      // One word, so the readout keeps its line on a phone (the reserve has no room for the reason): the reason is the
      // span's title for a mouse, and written out in the disclosure (renderFigure), a sector row and an SVG.
      proxy && a.latest ? html` &middot; <span class="notice" part="indicative" title=${p.indicative(proxy)}>${this.targetMessages.indicativeShort}</span>` : nothing
    }</span></div>`;
  }

  /**
   * The widget's frame: a figure labelled by its title, then the subtitle, the description for screen readers (the
   * summary, read once, before the details: not also as `aria-describedby`, which some screen readers read a second
   * time), the widget's own `content`, and the footer (sources, the target's and the observations' notes, and the
   * method's formula and explanation once there is data). `reserve` is the height the widget reserves while loading at
   * this width: the frame's minimum while `keepsReserve`.
   */
  protected renderFigure(
    v: { a: Assessment; sources: CitedSources; title: string; subtitle: string; description: string; note: string; dataNotes: readonly string[]; proxy: string },
    content: unknown,
    variant: string,
    reserve: string,
  ): TemplateResult {
    const a = v.a;
    // Why the status is "indicative" (the readout's word, whose title only a mouse reaches), written out in the
    // disclosure for keyboard, touch and screen readers, as the illustrative badge's hint is: the data's note may not say.
    const why = v.proxy && a.latest ? this.m.provenance.indicative(v.proxy) : '';
    return html`<div class=${`frame ${variant}`} style=${styleMap({ 'min-height': this.keepsReserve ? `max(100%, ${reserve})` : undefined })} part="frame" role="figure" aria-labelledby="title" lang=${this.frameLang}>
${this.renderTitle(v.title)}
<p class="subtitle" part="subtitle">${v.subtitle}</p>
<p class="sr-only" id="description">${v.description}</p>
${content}
${this.renderFooter(v.sources, a.illustrative, a.latest ? a.explanation : '', a.kind === 'peak' ? this.targetMessages.peakFormula : this.targetMessages.methodFormula[a.method], v.note, why ? [capital(why), ...v.dataNotes] : v.dataNotes)}
</div>`;
  }
}
