// The hand-written d3 page that issue 6 measures Peakline against: the same three widgets (a gauge, a trajectory
// chart, a sector panel) from the same policy JSON, written the way a graphics editor would write them for one
// story. d3-selection draws, d3-scale/-shape/-axis/-format/-array compute; one fetch; one ResizeObserver for the
// page. What it leaves out is deliberate and is what Peakline adds: no validation, no languages but English, no
// screen-reader text, no keyboard, no themes, no loading reserve, and simple progress maths (below).
//
// A page marks its containers `<div data-chart="gauge|trajectory|sectors" data-target="…">` and calls
// `Baseline.renderAll(document, url)`. Each chart fires `peakline-ready` once it is first drawn, the one concession to
// the benchmark (bench/run.mjs waits for it, as it does for Peakline's widgets).
import { max, min } from 'd3-array';
import { axisBottom, axisLeft, axisTop } from 'd3-axis';
import { format } from 'd3-format';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { arc, line } from 'd3-shape';

const COLOURS = {
  'Achieved': '#1a7f37',
  'On track': '#2e8540',
  'Needs acceleration': '#b7791f',
  'Off track': '#c0392b',
  'Wrong direction': '#7b241c',
  'No data': '#888',
};
const pct = format('.0%');
const big = format(',.0f');
const small = format(',.2~f');
const num = (v) => (Math.abs(v) >= 100 ? big : small)(v);
const year = format('d');
const en = (s) => (typeof s === 'string' ? s : s?.en ?? '');

/** One target's figures: a straight line from baseline to goal is what is due; the status is progress against it. */
function assess(doc, id) {
  const t = doc.targets.find((x) => x.id === id);
  const ind = doc.indicators.find((i) => i.id === t.indicator);
  const obs = doc.observations.filter((o) => o.indicator === t.indicator).sort((a, b) => a.year - b.year);
  const g = t.goal;
  const last = obs[obs.length - 1];
  const m = { label: en(t.label), unit: en(ind.unit), sector: ind.sector, obs, last, t0: t.baseline.year, y0: t.baseline.value };
  m.year = g.kind === 'cap' ? g.allowances[g.allowances.length - 1].year : g.year;
  m.goal = g.kind === 'relative' ? m.y0 * (1 + g.change / 100) : g.kind === 'cap' ? g.allowances[g.allowances.length - 1].value : g.value;
  if (m.y0 == null || !last || last.year <= m.t0) return { ...m, status: 'No data', figure: '–' };
  m.rate = (last.value - m.y0) / (last.year - m.t0);
  m.projected = last.value + m.rate * (m.year - last.year);
  if (g.kind === 'peak') {
    // Peaked: the highest value lies before the deadline and the two years after it are lower.
    const top = obs.reduce((a, b) => (b.value > a.value ? b : a));
    const peaked = top.year <= m.year && obs.filter((o) => o.year > top.year).length >= 2;
    return { ...m, progress: peaked ? 1 : 0, status: peaked ? 'Achieved' : 'Off track', figure: peaked ? 'Peaked' : 'Rising', peak: top.year };
  }
  m.progress = (last.value - m.y0) / (m.goal - m.y0);
  m.due = Math.min(1, (last.year - m.t0) / (m.year - m.t0));
  const ratio = m.progress / m.due;
  m.status =
    m.progress >= 1 ? 'Achieved' : last.year >= m.year || ratio < 0.6 ? (ratio < 0 ? 'Wrong direction' : 'Off track') : ratio < 0.95 ? 'Needs acceleration' : 'On track';
  m.figure = pct(m.progress);
  return m;
}

function status(sel, m) {
  sel.append('span').attr('class', 'bl-chip').style('background', COLOURS[m.status]).text(m.status);
}

function gauge(el, doc) {
  const m = assess(doc, el.dataset.target);
  const root = select(el);
  root.append('h3').text(m.label);
  const svg = root.append('svg').attr('height', 120);
  const g = svg.append('g');
  const track = g.append('path').attr('class', 'bl-track');
  const fill = g.append('path').attr('fill', COLOURS[m.status]);
  const due = g.append('line').attr('class', 'bl-due');
  const fig = g.append('text').attr('class', 'bl-figure').attr('text-anchor', 'middle').text(m.figure);
  const p = root.append('p');
  status(p, m);
  if (m.last) {
    const goal = m.goal != null ? `target ${num(m.goal)} by ${m.year}` : m.peak ? `highest in ${m.peak}` : '';
    p.append('span').text(` ${num(m.last.value)} ${m.unit} in ${m.last.year}` + (goal && `; ${goal}`));
  }
  return {
    draw() {
      const r = Math.min(this.width / 2, 110);
      const a = arc().innerRadius(r * 0.7).outerRadius(r).startAngle(-Math.PI / 2);
      const turn = (share) => -Math.PI / 2 + Math.PI * Math.max(0, Math.min(1, share));
      g.attr('transform', `translate(${this.width / 2},115)`);
      track.attr('d', a.endAngle(Math.PI / 2)());
      fill.attr('d', a.endAngle(turn(m.progress ?? 0))());
      const d = turn(m.due ?? 0);
      due
        .attr('display', m.due == null ? 'none' : null)
        .attr('x1', Math.sin(d) * r * 0.65)
        .attr('y1', -Math.cos(d) * r * 0.65)
        .attr('x2', Math.sin(d) * r * 1.05)
        .attr('y2', -Math.cos(d) * r * 1.05);
      fig.attr('font-size', r / 3.5);
    },
  };
}

function trajectory(el, doc) {
  const m = assess(doc, el.dataset.target);
  const root = select(el);
  root.append('h3').text(m.label);
  const height = 240;
  const margin = { top: 22, right: 12, bottom: 24, left: 44 };
  const svg = root.append('svg').attr('height', height);
  const xAxis = svg.append('g').attr('transform', `translate(0,${height - margin.bottom})`);
  const yAxis = svg.append('g').attr('transform', `translate(${margin.left},0)`);
  svg.append('text').attr('class', 'bl-unit').attr('y', 10).text(m.unit);
  const required = svg.append('path').attr('class', 'bl-required');
  const projection = svg.append('path').attr('class', 'bl-projection');
  const observed = svg.append('path').attr('class', 'bl-observed');
  const dots = svg.append('g').attr('class', 'bl-dots');
  const goal = svg.append('circle').attr('class', 'bl-goal').attr('r', 4);
  const legend = root.append('p').attr('class', 'bl-legend');
  legend.append('span').attr('class', 'bl-key-observed').text('Observed');
  legend.append('span').attr('class', 'bl-key-required').text('Required path');
  legend.append('span').attr('class', 'bl-key-projection').text('At current rate');
  const p = root.append('p');
  status(p, m);
  if (m.projected != null) p.append('span').text(` At this rate: ${num(m.projected)} ${m.unit} in ${m.year}`);

  const hasGoal = m.goal != null && m.y0 != null;
  const values = m.obs.map((o) => o.value).concat(hasGoal ? [m.y0, m.goal] : [], m.projected ?? []);
  const y = scaleLinear().domain([min(values), max(values)]).nice().range([height - margin.bottom, margin.top]);
  const x = scaleLinear().domain([min([m.t0, m.obs[0]?.year ?? m.t0]), m.year]);
  const path = line().x((d) => x(d[0])).y((d) => y(d[1]));
  return {
    draw() {
      x.range([margin.left, this.width - margin.right]);
      xAxis.call(axisBottom(x).ticks(Math.min(this.width / 70, m.year - x.domain()[0])).tickFormat(year));
      yAxis.call(axisLeft(y).ticks(5, '~s'));
      required.attr('d', hasGoal ? path([[m.t0, m.y0], [m.year, m.goal]]) : null);
      projection.attr('d', m.projected == null ? null : path([[m.last.year, m.last.value], [m.year, m.projected]]));
      observed.attr('d', path(m.obs.map((o) => [o.year, o.value])));
      dots
        .selectAll('circle')
        .data(m.obs)
        .join('circle')
        .attr('r', 2.5)
        .attr('cx', (o) => x(o.year))
        .attr('cy', (o) => y(o.value));
      goal.attr('display', hasGoal ? null : 'none').attr('cx', x(m.year)).attr('cy', hasGoal ? y(m.goal) : 0);
    },
  };
}

function sectors(el, doc) {
  const sectorLabel = new Map(doc.sectors.map((s) => [s.id, en(s.label)]));
  const rows = doc.targets.map((t) => assess(doc, t.id));
  const root = select(el);
  root.append('h3').text(en(doc.policy.title));
  const axis = root.append('svg').attr('height', 20).append('g').attr('transform', 'translate(0,18)');
  const row = root.selectAll('div').data(rows).join('div').attr('class', 'bl-row');
  row.append('div').text((r) => `${sectorLabel.get(r.sector) ?? ''} · ${r.label}`);
  const svg = row.append('svg').attr('height', 16);
  const track = svg.append('rect').attr('class', 'bl-track').attr('y', 2).attr('height', 12);
  const bar = svg
    .append('rect')
    .attr('y', 2)
    .attr('height', 12)
    .attr('fill', (r) => COLOURS[r.status]);
  const due = svg.append('line').attr('class', 'bl-due').attr('y2', 16);
  const value = svg
    .append('text')
    .attr('class', 'bl-value')
    .attr('y', 12)
    .text((r) => (r.progress == null ? 'no data' : r.figure));
  const x = scaleLinear().domain([0, Math.max(1, max(rows, (r) => r.progress))]).nice();
  return {
    draw() {
      x.range([0, this.width - 48]);
      axis.call(axisTop(x).ticks(this.width / 80, '%'));
      track.attr('width', x.range()[1]);
      bar.attr('width', (r) => x(Math.max(0, r.progress ?? 0)));
      due.attr('display', (r) => (r.due == null ? 'none' : null)).attr('x1', (r) => x(r.due ?? 0)).attr('x2', (r) => x(r.due ?? 0));
      value.attr('x', this.width);
    },
  };
}

const KINDS = { gauge, trajectory, sectors };
const charts = new Map();
// One observer for the page: a chart is redrawn when its width changes, in the same frame. Its SVGs are as wide as
// it is (CSS) and of fixed heights, so a redraw cannot change its size and start another round.
const observer = new ResizeObserver((entries) => {
  for (const e of entries) {
    const chart = charts.get(e.target);
    const width = Math.floor(e.contentRect.width);
    if (!chart || width === chart.width) continue;
    chart.width = width;
    chart.draw();
    if (!chart.ready) {
      chart.ready = true;
      e.target.dispatchEvent(new CustomEvent('peakline-ready', { bubbles: true }));
    }
  }
});

/** Draws a chart into `el` (`data-chart`, `data-target`) from a parsed document; it is drawn once it has a width. */
export function mount(el, doc) {
  const chart = KINDS[el.dataset.chart](el, doc);
  chart.width = 0;
  charts.set(el, chart);
  observer.observe(el);
  return chart;
}

/** Stops redrawing a chart, so it can be removed from the page and forgotten. */
export function unmount(el) {
  observer.unobserve(el);
  charts.delete(el);
}

/** Fetches the document once and draws every `[data-chart]` in `root`. */
export function renderAll(root, url) {
  const els = root.querySelectorAll('[data-chart]');
  if (!els.length) return Promise.resolve([]);
  return fetch(url)
    .then((r) => r.json())
    .then((doc) => Array.from(els, (el) => mount(el, doc)));
}
