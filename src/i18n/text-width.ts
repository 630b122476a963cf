/**
 * Estimated text widths, without a DOM (pure): the chart geometry and the gauge's headline fit use it to lay out text
 * they cannot measure. 1 em per CJK or full-width character, 0.3 em per space (no-break ones too), none for the word
 * joiner that holds a Chinese figure to its unit, 0.6 em otherwise:
 * generous for common Latin fonts, exact for CJK ones.
 */
export const CJK_RANGES = '\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef';
const CJK = new RegExp(`[${CJK_RANGES}]`);

/** Estimated width of `text` in px at `fontPx`. */
export function textWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text) em += CJK.test(ch) ? 1 : ch === ' ' || ch === '\u00a0' ? 0.3 : ch === '\u2060' ? 0 : 0.6;
  return em * fontPx;
}
