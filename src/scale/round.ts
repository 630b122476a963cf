/** Rounds a coordinate (pixels or percent) to hundredths: shorter SVG attributes, no visible difference. */
export const r2 = (v: number) => Math.round(v * 100) / 100;
