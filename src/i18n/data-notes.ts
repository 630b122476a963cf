/**
 * The caveats of the observations a one-target widget draws, for its footer's disclosure. An observation's
 * `derivation` ("Index 2020 = 100 from a 5.6% year-on-year fall…") and `note` ("Trade-blog table; original source not
 * named") say how far a figure can be trusted; without this no widget would show them. Pure.
 */
import type { Observation } from '../format/types.js';
import type { Lang } from './lang.js';
import { messages } from './messages.js';
import { localize } from './text.js';

/**
 * Each distinct text once, in order of first use, labelled with the years it applies to (`observations` in ascending
 * years, as `seriesOf` gives them): "2020–2024 values: Trade-blog table; …", "2021 value: Index 2020 = 100 from …".
 */
export function dataNotes(observations: readonly Observation[], lang: Lang): string[] {
  const m = messages(lang);
  // A Map, not an object: it keeps the order of first use for a text that looks like a number ("2") too, which an
  // object's keys put first. A year is listed once for a text that is both an observation's derivation and its note.
  const years = new Map<string, number[]>();
  for (const { year, provenance: p } of observations)
    for (const text of [localize(p.derivation, lang), localize(p.note, lang)]) {
      if (!text) continue;
      const ys = years.get(text);
      if (!ys) years.set(text, [year]);
      else if (ys[ys.length - 1] !== year) ys.push(year);
    }
  return [...years].map(([text, ys]) => m.provenance.values(ys) + m.colon + text);
}
