/**
 * Which widgets are below the viewport while they load, from one IntersectionObserver for all of them (no layout
 * read of their own). A widget still below the viewport when its data arrives lets go of its loading height: its
 * change of height moves only what is further down the page, unseen, so there is no layout shift to prevent, and
 * keeping the reserve would only leave a blank band above its footer.
 */
const below = new WeakSet<Element>();
let observer: IntersectionObserver | undefined;

/** Watches `el` while `on` (stops otherwise); true when it was last seen entirely below the viewport. */
export function belowFold(el: Element, on: boolean): boolean {
  if (typeof IntersectionObserver === 'undefined') return false;
  observer ??= new IntersectionObserver((entries) => {
    for (const e of entries) e.boundingClientRect.top >= innerHeight ? below.add(e.target) : below.delete(e.target);
  });
  if (on) observer.observe(el);
  else observer.unobserve(el);
  return below.has(el);
}
