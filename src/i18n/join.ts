/**
 * Word joiners (U+2060, invisible) where Chromium would break a Chinese line between a figure and what belongs to it:
 * a figure written with 万 or 亿 held to them and to the character after, "1.267⁠万", "3000⁠万⁠吨", never "1.267 ⏎ 万" or
 * "3000万 ⏎ 吨"; a year held to its 年, "2030⁠年", never "到2030 ⏎ 年" (Chromium breaks between a digit and a Han
 * character), and a month or day to its 月 or 日 ("2024年5 ⏎ 月" in a source's title at 200% text). Idempotent: a
 * joined 年 or 万 follows a joiner, not a digit.
 */
export const joinFigures = (text: string) => text.replace(/(?<=\d)(?:[万亿][\u4e00-\u9fff]?|[年月日])/g, (m) => `\u2060${[...m].join('\u2060')}`);

/**
 * A Chinese message table whose every sentence goes through `joinFigures`: the tables put a year before 年 in some forty
 * sentences ("截至${y}年应完成", "最新值${l}（${y}年）"), and joining each at its call site missed most of them (a narrow
 * explanation broke "（2022 ⏎ 年）"). Functions are wrapped, nested tables walked; constant texts have no
 * figures to join, and what a function returns that is not text is returned as it is.
 */
export function joinTable<T extends object>(table: T): T {
  return Object.fromEntries(
    Object.entries(table).map(([k, v]) => [k, typeof v === 'function' ? joined(v as (...a: unknown[]) => unknown) : typeof v === 'object' && v ? joinTable(v as object) : v]),
  ) as T;
}

/** One message function whose text goes through `joinFigures` (see `joinTable`). */
export const joined =
  <F extends (...a: never[]) => unknown>(f: F): F =>
  ((...a: Parameters<F>) => {
    const r = f(...a);
    return typeof r === 'string' ? joinFigures(r) : r;
  }) as F;

/**
 * `text` split around each Chinese figure held to what follows it ("18.27⁠亿⁠吨", "2022⁠年"): the odd items are those
 * figures, for a widget to keep whole with `white-space: nowrap`. A word joiner holds them only where the line has another
 * break; where it has none (a range "（17.73⁠亿⁠～⁠18.27⁠亿⁠吨）" wider than a line at 200% text, under keep-all), the frame's
 * overflow-wrap cut it anywhere, "18.27亿 ⏎ 吨"; nowrap moves that cut out of the figures, here after the dash. Short
 * (a figure and a character or two), so it always fits a line. English has no joiners: one item.
 */
export const heldFigures = (text: string) => text.split(/(\d[\d.,]*(?:\u2060\D)+)/);

/**
 * A Chinese quantity's unit, after what `glue` holds to the figure ("48.76⁠亿⁠吨"), held whole too when it is a short
 * word (two to six Han characters): "48.76亿吨 ⏎ 二氧化碳当量", never "48.76亿吨二 ⏎ 氧化碳当量" in the trajectory's tooltip,
 * whose lines are short at large text. Six characters are 195 px at 250% text's small size, inside a 320 px column's
 * tooltip (202 px); a longer unit may break as before rather than run past the box.
 */
export const joinUnitWord = (q: string) => q.replace(/(?<=\u2060\D)[\u4e00-\u9fff]{2,6}$/, (u) => [...u].join('\u2060'));
