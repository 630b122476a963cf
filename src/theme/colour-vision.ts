/**
 * How far apart two colours look, to normal vision and to the two common red–green colour-vision deficiencies.
 * Used by the palette tests (tokens.test.ts) to hold the status colours apart; nothing in a widget imports it,
 * so it never ships in a bundle.
 *
 * - Lab: CIE 1976 L*a*b* from sRGB, D65 white.
 * - ΔE: the CIE 1976 distance in Lab. About 2.3 is a just-noticeable difference; 10 or more reads as "another colour".
 * - Deuteranopia and protanopia: Machado, Oliveira and Fernandes (2009), severity 1.0, applied in linear RGB.
 */

/** One #rrggbb channel, 0–255, as linear light, 0–1 (sRGB transfer function). */
const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);

/** A #rrggbb colour as linear RGB. */
export function linearRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [linear((n >> 16) & 255), linear((n >> 8) & 255), linear(n & 255)];
}

export type Vision = 'normal' | 'deuteranopia' | 'protanopia';

const MACHADO: Record<Exclude<Vision, 'normal'>, number[][]> = {
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
};

/** Linear RGB as seen with the given colour vision (clamped to the displayable range). */
export function simulate(rgb: readonly number[], vision: Vision): number[] {
  if (vision === 'normal') return [...rgb];
  return MACHADO[vision].map((row) => Math.min(1, Math.max(0, row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!)));
}

/** Linear RGB to CIE L*a*b* (D65). */
export function lab([r, g, b]: readonly number[]): [number, number, number] {
  const x = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047;
  const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  const z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE 1976 ΔE between two #rrggbb colours, as seen with the given colour vision. */
export function deltaE(a: string, b: string, vision: Vision = 'normal'): number {
  const [p, q] = [a, b].map((c) => lab(simulate(linearRgb(c), vision)));
  return Math.hypot(p![0] - q![0], p![1] - q![1], p![2] - q![2]);
}
