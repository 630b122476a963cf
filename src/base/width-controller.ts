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
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class WidthController implements ReactiveController {
  /** The rounded content-box width in CSS pixels; 0 until first measured. */
  value = 0;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer ??= new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      const width = Math.round(entry?.contentRect.width ?? this.host.clientWidth);
      if (width === this.value) return;
      this.value = width;
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
  }
}
