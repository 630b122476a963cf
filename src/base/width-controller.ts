/**
 * Measures the host's content-box width with a ResizeObserver and re-renders the host when it
 * changes, in the next animation frame.
 *
 * Why not `ResizeController` from @lit-labs/observers: it re-renders inside the observer's
 * delivery, so when the new geometry changes the host's *height* (a narrower arc, a bar at its
 * real width) the observer sees the host resized again in the same frame and the browser fires
 * "ResizeObserver loop completed with undelivered notifications" as a window `error` event —
 * noise in every host page's error monitoring. Deferring the update to the next frame, and
 * ignoring height-only changes, ends the loop.
 */
import type { ReactiveControllerHost } from 'lit';

/**
 * Registers the width watch on `host`; returns a reader of the rounded content-box width in CSS
 * pixels (0 until the host is first connected, or while it has no layout box).
 */
export function watchWidth(host: ReactiveControllerHost & HTMLElement): () => number {
  let value = 0;
  let frame = 0;
  let observer: ResizeObserver | undefined;
  host.addController({
    hostConnected() {
      // The first guess comes from layout, read here rather than in render: when a page's widgets
      // upgrade together every connectedCallback runs before any of them renders, so the reads
      // share one layout instead of forcing one per widget. The first render is then already at
      // the real width, and the observer's first report (the same width) costs no second render.
      value ||= host.clientWidth;
      if (typeof ResizeObserver === 'undefined') return;
      observer ??= new ResizeObserver((entries) => {
        const entry = entries[entries.length - 1];
        const width = Math.round(entry?.contentRect.width ?? host.clientWidth);
        if (width === value) return;
        value = width;
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => host.requestUpdate());
      });
      observer.observe(host);
    },
    hostDisconnected() {
      observer?.disconnect();
      cancelAnimationFrame(frame);
    },
  });
  return () => value;
}
