import { css, unsafeCSS } from 'lit';
import { markStyles } from '../theme/marks.styles.js';
import { STATUSES } from '../progress/status.js';

// Each row's status colour from its data-status. The status names are constants compiled into the bundle (never data), so unsafeCSS is safe here.
const statusColours = unsafeCSS(STATUSES.map((s) => `[data-status=${s}]{--_pl-status:var(--_pl-status-${s})}`).join(''));

/**
 * Layout: one column at narrow widths (label above the bar, status below); three columns
 * (label · bar · status) once the frame's content is at least 44em wide (734 px at 16 px). Below that a label in three
 * columns had under 14em and ran to five or six lines in an article's 600–700 px column, taller than the same row stacked
 * on a phone; stacked, it has the whole width. A container query decides, so the
 * panel adapts to its column, not the viewport, and the row charts stretch in percent (no re-layout).
 * Frame, title, meta, status chip, focus rings, skeleton and forced-colour palette come from
 * theme.styles.ts; only what the panel adds is here.
 * The sector tag ends in a colon that is heard, not shown (generated content, empty, with ":" as its alternative text), so
 * a row's name reads "Transport: Transport CO₂…" rather than a stutter.
 * The ▶ or ◀ before a value beyond the scale is the reverse: shown, not heard (its alternative text empty), as a screen
 * reader names them as emoji ("play button", "reverse button") and the value's words already say it.
 * Grid tracks are minmax(0, …), so grid items need no `min-width: 0`. The axis is laid out in the rows' text size, its
 * labels (.ticks) in the smaller one, so its columns, padding and gap (in em) are the rows' and it spans their charts.
 * Chinese readouts and the summary line break at spaces and punctuation only (keep-all), where they can: in a narrow status column
 * "截至2024年应完 ⏎ 成 63%" broke inside a word, and the summary "进度正常 ⏎ 3项"; a run wider than the column still breaks (overflow-wrap).
 *
 * Lean rows (hundreds of panels on a page): each row's status colour comes from its data-status
 * here, not an inline style; the track is the chart's CSS background (forced colours keep it, as
 * the chart opts out of colour forcing and draws with system colours; there the bar's track is an
 * outline, so ticks need no halo over it: only where they cross the fill); the target's name is bare
 * text between the sector and the phrase; an edge axis label hides itself (max-width 0) where its
 * gap to 0% or 100% is under 4.75em of its text (half of one label, a whole other, a gap), so the panel never
 * re-renders for its measured width. The sort control may shrink (min-width 0), so at 200% text in a 320 px
 * column its menu narrows rather than being cut off by the frame. Its button is a base-select (Chromium 135+), whose
 * chosen option wraps: at 200% text on a 360 px phone "Status (most behind first)" read "Status (most behi…". The list
 * stays the platform's (no ::picker(select) rule). A native select cannot wrap, so elsewhere its text ends in an
 * ellipsis before the arrow (it ran under it: "Status (most behind first)" at 414 px). It is at least 24 px tall (WCAG 2.5.8) at any font size.
 * A row's hover shade (the selected row's) only where a pointer hovers: on a touch screen :hover sticks to the row last
 * tapped, so after a re-sort, or a selection the page made, another target's row in its place looked selected.
 * (Rows deliberately do not use content-visibility: auto — an estimated row height that differs
 * from the real one would shift the page as a reader scrolls.)
 * The rows' size container (their layout at 44 em) is a box inside the frame (.grid, as wide as the frame's content),
 * not the frame: with the frame, whose height changes when the data comes, as the container, Chromium's scroll
 * anchoring let go, and a panel above the screen moved the article under it as it changed height (layout shift
 * 0.63–0.92 for a panel of one row written without `rows`). Why is not known; an inner box is found to keep it.
 */
export const sectorsStyles = css`${markStyles}

.grid{container-type:inline-size}
.head{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:flex-end;gap:.5em 1em}
.control{min-width:0;max-width:100%}
select{max-width:100%;text-overflow:ellipsis;appearance:base-select;min-height:max(2em,24px);padding:.2em .4em;font:inherit;color:var(--_pl-text);background:var(--_pl-bg);border:1px solid var(--_pl-muted);border-radius:4px}
::picker-icon{font-size:.6em;align-self:center}
.control,.ticks,.sector,.phrase,.readout{font-size:var(--_pl-small);color:var(--_pl-muted)}
.label,.value{font-weight:600}
.value{color:var(--_pl-text)}
.phrase{font-weight:400}
.sector,.phrase,.status{display:block}
.sector::after{content:""/":"}
.above::before{content:"\\25b6\\20"/""}
.below::before{content:"\\25c0\\20"/""}
:lang(zh) .sector::after{content:""/"\\ff1a"}
.status svg{vertical-align:-.15em;margin-inline-end:.35em}
.ticks,.readout{font-variant-numeric:tabular-nums}
${statusColours}
.axis,.row{display:grid;grid-template-columns:minmax(0,1fr);gap:.3em 1em;padding-inline:.5em}
.ticks{position:relative;height:1.4em;margin-inline:14px}
.tick{position:absolute;white-space:nowrap;transform:translateX(-50%)}
.fit{max-width:max(0px,calc((var(--_pl-gap-pct)*1% - 4.75em)*999));overflow:hidden}
.start{transform:none}
.end{transform:translateX(-100%)}
.rows{margin:0;padding:0;list-style:none}
.axis,.legend{margin-top:var(--_pl-gap)}
.rows{border-bottom:1px solid var(--_pl-border)}
.row{align-content:center;min-height:7.2em;break-inside:avoid;padding-block:.55em;border-top:1px solid var(--_pl-border)}[role=option]{cursor:pointer}
@media (hover:hover){.row:hover{background:var(--_pl-surface)}}
[aria-selected=true]{background:var(--_pl-surface);box-shadow:inset 4px 0 0 var(--_pl-focus)}
.row:focus-visible{outline-offset:-3px}
.chart{width:calc(100% - 28px);margin-inline:14px;forced-color-adjust:none;background:linear-gradient(var(--_pl-track),var(--_pl-track)) center/100% 12px no-repeat}
.dots .chart{background-image:linear-gradient(var(--_pl-muted),var(--_pl-muted));background-size:100% 1px}
.row[data-status=insufficient-data] .chart{background:none}
.readout{justify-content:flex-end;gap:.1em .75em}
:lang(zh) :is(.readout,.meta){word-break:keep-all}
.status{margin-inline-end:auto}
.empty{fill:none;stroke:var(--_pl-muted);stroke-dasharray:3 3}
.milestone{fill:var(--_pl-muted)}
.head-shape{fill:var(--_pl-status)}
.line,.origin,.overflow{stroke:var(--_pl-status);stroke-width:3}
.chart.time{--_pl-status:var(--_pl-muted)}
.origin,.peak{fill:var(--_pl-bg);stroke-width:2}
.overflow{fill:none;stroke-width:2;stroke-linejoin:round}
.overflow,.mark,.halo{stroke-linecap:round}
.mark{stroke-width:2}
.baseline{stroke:var(--_pl-muted)}
.target{stroke:var(--_pl-target);stroke-width:3.5}
.mark.expected{stroke:var(--_pl-path);stroke-dasharray:3 2.5}
.halo{stroke:var(--_pl-bg);stroke-width:4}
.peak{stroke:var(--_pl-path)}
.pin{fill:var(--_pl-path)}
.legend{gap:.2em 1em}
.legend li{display:flex;align-items:center;gap:.35em}
.key{--_pl-status:var(--_pl-muted);width:1.6em;height:1em;overflow:visible}
.rows-box{margin-block:var(--_pl-gap)}
.no-rows{padding:1em;border:1px dashed var(--_pl-border);border-radius:4px}
@container (min-width:44em){
.row{min-height:4.8em}
.axis,.row{grid-template-columns:minmax(0,5fr) minmax(0,5fr) minmax(9em,2.6fr);align-items:center}
.ticks{grid-column:2}
.readout{flex-direction:column;align-items:flex-start;gap:0}
}
@media (forced-colors:active){
.row,.key{--_pl-status:Highlight!important}
.status{--_pl-status:CanvasText}
.bars .chart{background-image:linear-gradient(GrayText 1px,#0000 0 11px,GrayText 0)}
[aria-selected=true]{border-inline-start:5px solid Highlight;padding-inline-start:calc(.5em - 5px)}
}
`;
