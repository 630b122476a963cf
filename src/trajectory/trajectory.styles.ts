import { css } from 'lit';

/**
 * Styles of `<peakline-trajectory>`, on top of the theme's (frame, title, `.meta`, focus rings,
 * `.sr-only`, forced colours, which are not repeated here). Colours come only from the theme's
 * --_pl-* variables. (The build minifies css`` literals: scripts/minify-css-literals.ts.)
 *
 * The chart's marks are mostly paths (`path { fill: none }`); the marks that are filled say so.
 * "No data yet" sits above an empty chart, not over it: centred on the plot it hid whatever mark
 * was there (the 2027 milestone of pcf-standards-2030), and marks can be anywhere in the plot.
 *
 * Table headers keep Chinese words whole ("数据类型" was one character a line at 320 px), except where the box is under
 * 16 em wide (large text on a phone): there "数值（亿吨二氧化碳当量）" kept whole was wider than the box, and the values,
 * right-aligned under it, lay beyond the box's edge.
 *
 * The tooltip may take the chart's whole width (it took 80%): its value and unit are one unbreakable run ("10,906 Mt CO₂"),
 * which at 200% text in a 320 px column did not fit 80% of the chart in a wide font (34 px text in DejaVu Sans: a box of
 * 207 px, 175 px inside), and the frame's overflow-wrap cut it, "Mt CO ⏎ ₂" or "Mt C ⏎ O₂". At 16 px text 16 em is the
 * narrower bound in any column over 290 px, so nothing changes there.
 *
 * A finger dragged sideways over the plot scrubs through the years (touch-action: pan-y); one swiped up or down scrolls the
 * page, and two fingers pinch-zoom it (pinch-zoom: with pan-y alone, a pinch that began on the chart, most of a phone's
 * screen, did nothing, though the tick labels are the page's smallest text).
 *
 * A mouse can move onto the tooltip (WCAG 1.4.13), which then stays as it is, and press it to select its text; a finger's
 * (`.touch`, above the fingertip) lets taps through to the chart under it, as a finger cannot hover.
 *
 * The keys of the likely range and the target's range are outlined as the chart draws them (colour, opacity, dashes), but
 * 2 units wide, not 1: a key is about 20 × 12 px, so a 1-unit edge was 1 px across two pixel rows and no pixel of the
 * "Assumed range" key reached 3:1 (2.9:1 at most at 16 px text, light theme); at 2 it is 3.4:1 or more in either theme.
 *
 * The table toggle is at least 24 px tall (WCAG 2.5.8) whatever the font size: 24.1 px at 16 px, 21 at 14.
 *
 * The data table scrolls inside its box (sideways on a phone, down for long series). A shade in the muted colour at the
 * box's right and bottom edges says there is more; covers in the background colour at the content's own right and
 * bottom ends (attached `local`, so they scroll with it) hide the shade once the reader has scrolled there.
 */
export const trajectoryStyles = css`
.readout{gap:.1em .6em;margin-top:.35em}
.pace{margin:.2em 0 0;font-weight:600}
.pace,.tick,.value,table{font-variant-numeric:tabular-nums}
.unit{margin-top:var(--_pl-gap);line-height:1.3}
.body{position:relative;margin-top:.25em}
.plot{touch-action:pan-y pinch-zoom}
.plot:focus-visible{outline-offset:-3px}
.keys{display:none;position:absolute;bottom:100%;right:0;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;margin:0 0 .25em;padding:0 .4em;font-size:var(--_pl-small);color:var(--_pl-muted);background:var(--_pl-bg);border:1px solid var(--_pl-border);border-radius:4px}
.plot:focus-visible+.keys{display:block}
.chart{width:100%;height:auto}
text{font-size:.75em}
path{fill:none}
.tick{fill:var(--_pl-muted)}
.grid{stroke:var(--_pl-track)}
.axis-line{stroke:var(--_pl-border)}
.series{stroke:var(--_pl-fill);stroke-width:2.25;stroke-linejoin:round;stroke-linecap:round}
.point{fill:var(--_pl-fill);stroke:var(--_pl-fill)}
.hollow{fill:var(--_pl-bg);stroke-width:1.5}
.required{stroke:var(--_pl-path);stroke-width:2.5;stroke-dasharray:0 5;stroke-linecap:round}
.cap{stroke:var(--_pl-target);stroke-width:1.75;stroke-dasharray:none}
.projection{stroke:var(--_pl-projection);stroke-width:2;stroke-dasharray:6 4}
.band{fill:var(--_pl-band);stroke:var(--_pl-projection);stroke-opacity:.7;stroke-linejoin:round}
.reference-line{stroke:var(--_pl-target);stroke-dasharray:4 3;opacity:.75}
.reference-range{fill:var(--_pl-target);fill-opacity:.08;stroke:var(--_pl-target);stroke-opacity:.5;stroke-dasharray:4 3}
.deadline{stroke:var(--_pl-target);stroke-width:1.25;stroke-dasharray:3 3}
.baseline{stroke:var(--_pl-path);stroke-width:1.75}
.target,.milestone{fill:var(--_pl-bg);stroke:var(--_pl-target);stroke-width:2}
.target-dot,.peak{fill:var(--_pl-target)}
.gap{stroke:var(--_pl-status);stroke-width:2}
.label{fill:var(--_pl-text);paint-order:stroke;stroke:var(--_pl-bg);stroke-width:3;stroke-linejoin:round}
.crosshair{stroke:var(--_pl-muted);stroke-dasharray:2 2}
.active-ring{fill:none;stroke:var(--_pl-text);stroke-width:2}
.overlay{fill:none;pointer-events:all;cursor:crosshair}
.tooltip{position:absolute;z-index:1;display:grid;gap:.05em;width:max-content;max-width:min(16em,100%);padding:.35em .55em;background:var(--_pl-surface);border:1px solid var(--_pl-border);border-radius:6px;box-shadow:0 2px 6px rgb(0 0 0/.15);font-size:var(--_pl-small);line-height:1.3}
.touch{pointer-events:none}
.tooltip .source{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden}
.one .source{-webkit-line-clamp:1}
.value{font-weight:600}
.muted,thead th{color:var(--_pl-muted)}
.no-data{margin:0 0 .25em;font-weight:600}
.legend li{display:flex;align-items:center;gap:.35em}
.legend svg{width:1.6em;height:.9em;flex:none;overflow:visible}
.legend :is(.band,.reference-range){stroke-width:2}
.toggle{align-self:flex-start;min-height:24px;margin-top:var(--_pl-gap);padding:.15em .8em;font:inherit;font-size:var(--_pl-small);color:inherit;background:var(--_pl-surface);border:1px solid var(--_pl-border);border-radius:999px;cursor:pointer}
.toggle[aria-pressed=true]{background:var(--_pl-bg);border-color:var(--_pl-text)}
.table-wrap{container-type:inline-size;margin-top:var(--_pl-gap);max-height:20em;overflow:auto;background:linear-gradient(270deg,var(--_pl-bg) 40%,#0000) 100% 0/1.5em 100% local,linear-gradient(0deg,var(--_pl-bg) 40%,#0000) 0 100%/100% 1.5em local,linear-gradient(270deg,var(--_pl-muted),#0000) 100% 0/.4em 100%,linear-gradient(0deg,var(--_pl-muted),#0000) 0 100%/100% .4em;background-repeat:no-repeat}
table{border-collapse:collapse;width:100%;font-size:var(--_pl-small)}
caption{position:sticky;left:0;max-width:100cqi;text-align:start;font-weight:600;padding-bottom:.3em}
.table-source{display:block;font-weight:400;font-size:var(--_pl-small)}
th,td{padding:.2em .5em .2em 0;border-bottom:1px solid var(--_pl-border);text-align:start;vertical-align:top;overflow-wrap:normal;white-space:nowrap}
td:last-child{white-space:normal}
@container (max-width:30em){td:last-child{white-space:nowrap}}
thead th,tbody th{position:sticky;background:var(--_pl-bg)}
thead th{top:0;z-index:1;font-weight:600;white-space:normal;word-break:keep-all}
@container (max-width:16em){thead th{word-break:normal}}
tbody th,thead th:first-child{left:0}
thead th:first-child{z-index:2}
.num{text-align:end}
@media (forced-colors:active){.reference-range{fill:none}}
`;
