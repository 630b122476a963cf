import type { LocalizedText } from '../format/types.js';
import { joinFigures } from './join.js';
import type { Lang } from './lang.js';

/** The text with its first letter a capital (one that starts a sentence); '' stays ''. */
export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

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
 * A message as text, the bracket before a code, the code, and the character after it, by turns (code at indexes 2, 6,
 * 10…; a list of `{ text, head, code, tail }` objects read clearer, but cost 50 B gzip more): what an editor writes in
 * the page or the data, for the error box to show as code, as it names the element itself, each kept whole on a line
 * where it fits (a phone broke "industrial-co2-⏎peak" at its hyphens). An element's tag (`<script type="application/json">`:
 * "No data" read it as prose), an attribute as written (`target="industrial-co2-peek"`), a quoted value (`did you mean
 * "industrial-co2-peak-2030"?`), in Chinese a value between “ and ” (是否指“industrial-co2-peak-2030”？), a load
 * failure's web address ("Could not load https://…/x.json: 404"; ASCII as `URL` writes it, or "…" where `echo` cut it,
 * up to a letter, digit, "/" or "…", so not the ":" or "." after it, nor the Chinese "：服务器返回"). The character after
 * it, unless a space or an ASCII letter or digit ('' then), goes with it: its "?", "：" or "。" never begins a line, nor a
 * Chinese word its ” ("…2031” ⏎ 的目标"); so does an opening bracket before it ('' if none): "No data ( ⏎ data="[object"
 * ended a line with its "(".
 */
export const codeParts = (message: string): string[] => message.split(/([(（]?)(<[^>]+>|[\w-]*=?"[^"]*"|“[^”]+”|https?:\/\/[!-~…]*[\w/…])([^\s\w]?)/);
