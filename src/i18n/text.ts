import type { LocalizedText } from '../format/types.js';
import { joinFigures } from './join.js';
import type { Lang } from './lang.js';

/**
 * Picks the text for `lang` from a dataset's localised field: the exact language,
 * then any regional variant of it (`zh-CN` for `zh`), then English, then the first given.
 * A figure written with 万 or 亿 is held to them and to the next character (`joinFigures`), as the widgets write their
 * own figures: a title breaks "…不超过 ⏎ 3000万吨", never "…3000万 ⏎ 吨".
 */
export function localize(text: LocalizedText | undefined, lang: Lang): string {
  if (typeof text !== 'object') return joinFigures(text ?? '');
  const variant = Object.keys(text).find((k) => k.toLowerCase().startsWith(`${lang}-`));
  return joinFigures(text[lang] || (variant ? (text[variant] ?? '') : text.en ?? Object.values(text)[0] ?? ''));
}

/**
 * The language a text shown in a `lang` widget is written in, when it is not `lang`: a dataset's plain-string source
 * titles are often English in a Chinese widget ("Our World in Data: CO₂ and Greenhouse Gas Emissions"), and a screen
 * reader would read them with a Chinese voice. Decided by script, Han characters against Latin letters ("新华社：…
 * (People's Daily Online)" is Chinese); undefined when the text is in `lang` or says nothing either way.
 */
export function otherLang(text: string, lang: Lang): Lang | undefined {
  const han = text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  const written: Lang | undefined = han > latin / 4 ? 'zh' : latin ? 'en' : undefined;
  return written === lang ? undefined : written;
}

/**
 * A message as text and code by turns, code at the odd indexes: what an editor writes in the page, so that the error
 * box shows it as code, as it names the element itself. An element's tag (`<script type="application/json">`,
 * `<peakline-data src="…">`: "No data" read them as prose).
 */
export const codeParts = (message: string): string[] => message.split(/(<[^>]+>)/);
