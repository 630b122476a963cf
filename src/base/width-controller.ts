/**
 * Measures the host's content-box width, and that of one element in its render root (a widget's
 * chart body), with one ResizeObserver, and re-renders the host when either changes, in the next
 * animation frame.
 *
 * Why not `ResizeController` from @lit-labs/observers: it re-renders inside the observer's
 * delivery, so when the new geometry changes the host's *height* (a narrower arc, a bar at its
 * real width) the observer sees the host resized again in the same frame and the browser fires
 * "ResizeObserver loop completed with undelivered notifications" as a window `error` event —
 * noise in every host page's error monitoring. Deferring the update to the next frame, and
 * ignoring height-only changes (unless the font size changed with them), ends the loop. Host and
 * part resized together arrive in one delivery, so they cost one update.
 */
import type { ReactiveElement } from 'lit';

/**
 * Hosts connected for the first time since the last read, each with its read of width and font size. The reads are made together, the
 * first time any widget asks for a width or font size (its first update), else in a microtask: a page that creates its
 * widgets one by one (createElement, append, next) connects each before any of them renders, so the reads share one
 * style and layout pass instead of forcing one per widget, after each append dirtied the last.
 */
const pending = new Set<() => void>();

function readPending(): void {
  for (const read of pending) read();
  pending.clear();
}

/**
 * Registers the width watch on `host`; returns readers of rounded content-box widths in CSS
 * pixels: the host's (0 until the host is first connected, or while it has no layout box), and
 * that of the first element matching `part` in the host's render root, or the `estimate` its
 * reader is given until the part has been measured (then its last non-zero width). The part is
 * observed only once its reader has been called (a widget that never asks for it costs no
 * observation and no update), from the update that renders it; a measurement re-renders the host
 * only when it differs from the width the host last read, so an estimate that was right (the
 * usual case) costs no second render. The third reader is the host's font size in px (16 until
 * connected), read with the width when it connects and again whenever the host resizes (a font
 * size change rewraps its text).
 */
export function watchWidth(host: ReactiveElement, part: string): [host: () => number, part: (estimate: number) => number, fontPx: () => number] {
  let hostWidth = 0;
  let partWidth = 0;
  /** The part's width as the host last read it: measured, or its estimate. */
  let partRead = 0;
  let fontPx = 16;
  const readFont = () => (fontPx = parseFloat(getComputedStyle(host).fontSize) || 16);
  let frame = 0;
  let observer: ResizeObserver | undefined;
  let observed: Element | null = null;
  let wanted = false;
  const measure = () => {
    const width = host.clientWidth;
    if (width && width !== hostWidth) {
      // (Rendered before at the default width, with no box then: first connected inside `display: none`.)
      if (hostWidth || host.hasUpdated) host.requestUpdate();
      hostWidth = width;
    }
    readFont();
  };
  host.addController({
    hostConnected() {
      // The first guess comes from layout, read before the first render (see `pending`): when a page's widgets connect
      // together (upgraded at once, or created and appended in a loop) every connectedCallback runs before any of them
      // renders, so the reads share one layout instead of forcing one per widget. The first render is then already at
      // the real width, and the observer's first report (the same width) costs no second render.
      // The font size (the em of reserved heights) is read in the same pass: read at render time,
      // after other widgets have written their DOM, it forced a style recalculation per widget
      // (500 gauges mounted in 2.5 s instead of 0.9 s).
      // Connected again after a move (to a narrower column, say), the width is read anew at once and the update
      // requested now, before the next paint (and before `updateComplete` is next awaited): the observer's report
      // would come a frame later, which painted the old chart squeezed. Only first connections wait for the batch.
      if (hostWidth) measure();
      else {
        if (!pending.size) queueMicrotask(readPending);
        pending.add(measure);
      }
      observer ??= new ResizeObserver((entries) => {
        let changed = false;
        for (const { target, contentRect } of entries) {
          const width = Math.round(contentRect.width);
          if (target === host) {
            // The font size is read again whenever the host resizes, width or height: a page's "larger text"
            // button changes the host's height (its text rewraps) but seldom its width.
            const font = fontPx;
            if (readFont() === font && width === hostWidth) continue;
            hostWidth = width;
          } else if (!width || width === partWidth || (partWidth = width) === partRead) continue;
          changed = true;
        }
        if (!changed) return;
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => host.requestUpdate());
      });
      observer.observe(host);
      if (observed) observer.observe(observed);
    },
    hostUpdated() {
      // The part exists only in some states (loading, ready): follow it as it comes and goes.
      const el = wanted ? host.renderRoot.querySelector(part) : null;
      if (el === observed) return;
      if (observed) observer?.unobserve(observed);
      if (el) observer?.observe(el);
      observed = el;
    },
    hostDisconnected() {
      pending.delete(measure);
      observer?.disconnect();
      cancelAnimationFrame(frame);
    },
  });
  const readPart = (estimate: number) => {
    wanted = true;
    return (partRead = partWidth || estimate);
  };
  // The host's width and font size, with any reads still pending made first.
  return [() => (readPending(), hostWidth), readPart, () => (readPending(), fontPx)];
}
