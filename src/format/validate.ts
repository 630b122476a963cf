/**
 * Validator for the Peakline policy-data format v1.
 *
 * Hand-written on purpose (see ARCHITECTURE.md, "The policy-data format"):
 * it is CSP-safe (no `eval`/`new Function`), small, reports **every** problem with a JSON
 * path and a sentence a CMS editor can act on, and checks semantics that JSON Schema cannot
 * (unique ids, references, years in order, contradictions with the indicator's direction).
 *
 * Each object is described by a field table (`Spec`: key → check, in checking order); one
 * loop reports unknown keys (with a "did you mean") and runs the checks. Cross-field rules
 * (baseline/goal/milestone years, thresholds, contradictions) follow the table walk.
 *
 * It never throws: whatever `json` is, the result is `{ok: true, data}` or
 * `{ok: false, problems}`.
 */
import type { PolicyDocument, Problem, ValidationResult } from './types.js';
import { clip, echo, visible } from './echo.js';
import { closest } from './closest.js';
import { parseUrl } from './sources.js';

type Obj = Record<string, unknown>;
/** Checks one value at a path; true when it is present and valid. */
type Check = (v: unknown, path: string) => boolean;
/** A field table: key → its check, or 0 for a key that is known but checked by hand. */
type Spec = Record<string, Check | 0>;

export const MIN_YEAR = 1800;
export const MAX_YEAR = 2200;
/**
 * Largest magnitude of any number (a quadrillion): far beyond any real policy figure (world CO₂ is
 * ≈ 4·10¹⁰ t; use a bigger unit otherwise), yet far enough below Number.MAX_VALUE that sums,
 * differences, ratios and scales of two such values stay finite, so no NaN reaches a chart.
 */
export const MAX_VALUE = 1e15;
/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). An
 * unterminated one reverses the text the widget writes after the field ("13.5% by 2025" shown as
 * "5202 yb %5.31"). Arabic and Hebrew text never needs them; the marks U+200E/U+200F (LRM, RLM)
 * are allowed: they are sometimes needed inside right-to-left text and change nothing beyond
 * the next strong character.
 */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * A character that shows: not white space, zero-width or format characters ("\u200B" pasted from a CMS, direction
 * marks), lone combining marks, Hangul fillers or the blank Braille pattern. Found at the text's first visible
 * character, where deleting every invisible one (a replace over the whole text) copied every note: some 45% of the
 * validation of a document of long notes.
 */
const VISIBLE = /[^\s\p{Cf}\p{Mn}\u115f\u1160\u3164\uffa0\u2800]/u;
const LANG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const MAX_TEXT = 4000;
const MAX_ITEMS = 10000;

/** Builds a JSON path like `targets[2].baseline.year`. */
function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  // A key that is not a plain name, or a long one (a 5,000-character key made a 4,400 px error box), is quoted and cut.
  if (key.length > 40 || !/^[A-Za-z_$][\w$]*$/.test(key)) return `${base}[${visible(JSON.stringify(clip(key)))}]`;
  return base ? `${base}.${key}` : key;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return visible(JSON.stringify(clip(v)));
  if (typeof v === 'number') return String(v);
  return typeof v === 'object' ? 'an object' : typeof v;
}

/** A count with thousands separators, as editors read it: 10,000. */
const thousands = (n: number) => n.toLocaleString('en-US');
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A finite number (Number.isFinite is false for anything that is not a number). */
const finite = Number.isFinite as (v: unknown) => v is number;
/** A whole year from MIN_YEAR to MAX_YEAR. */
export const inYears = (y: unknown): y is number => Number.isInteger(y) && (y as number) >= MIN_YEAR && (y as number) <= MAX_YEAR;
const quoted = (options: readonly string[]) => options.map((o) => `"${o}"`).join(', ');
const didYouMean = (word: unknown, options: readonly string[]) => {
  const guess = typeof word === 'string' && closest(word, options);
  return guess ? `; did you mean "${guess}"?` : '';
};

/** The indicator direction each comparison contradicts. */
const CONTRADICTS: Record<string, string> = { 'at-least': 'lower', 'at-most': 'higher' };

/**
 * Validates a policy document. Accepts parsed JSON, or a JSON string (parse errors are reported as problems).
 * Never throws.
 */
export function validate(json: unknown): ValidationResult {
  try {
    if (typeof json === 'string') return parseAndValidate(json);
    const problems = check(json);
    // Every field has been checked, so the cast is sound.
    return problems.length ? { ok: false, problems } : { ok: true, data: json as PolicyDocument, problems: [] };
  } catch (err) {
    // Defensive: a getter or proxy in a hand-built object could still throw.
    return { ok: false, problems: [{ path: '', message: `could not be read: ${err instanceof Error ? err.message : String(err)}` }] };
  }
}

/** V8's JSON.parse message tail giving where the error is. */
const AT_POSITION = / (in JSON )?at position (\d+).*/;

/** Parses JSON text and validates it, turning syntax errors into a located problem. */
export function parseAndValidate(raw: string): ValidationResult {
  // Not text (a plain-JavaScript caller's undefined or object): checked as it is, never thrown on.
  if (typeof raw !== 'string') return validate(raw);
  // A byte-order mark (a UTF-8 file saved by Windows Notepad) is no error: fetch() drops it, and so does this.
  const text = raw.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    // JSON.parse throws a SyntaxError. V8 names a position: say where that is as an editor finds it, by line and column.
    const said = (err as Error).message;
    let pos = +(AT_POSITION.exec(said)?.[2] ?? -1);
    // "Unexpected token" messages name no position but quote the text around it (V8): from the start, or after "..." from
    // 10 characters before the token, and to 10 after it or "...". Found again in the text, that gives the position: the
    // last place the quote occurs whose text before the token is valid as far as it goes (the quote may occur earlier,
    // inside a string).
    const around = /^Unexpected token '([^]+?)', (\.\.\.)?"([^]*?)"(\.\.\.)? is not valid JSON$/.exec(said);
    if (around) {
      const [, tok, cut, quote, more] = around as unknown as string[];
      const valid = (p: number) => {
        try {
          JSON.parse(text.slice(0, p));
          return true;
        } catch (e) {
          return /end of JSON/.test((e as Error).message);
        }
      };
      // A short text is quoted whole: the token is at one of its occurrences.
      const [find, at] = cut ? [quote!, 10] : [tok!, 0];
      if (!cut && more) pos = quote!.length - 10;
      else {
        for (let i = text.lastIndexOf(find), n = 0; i >= 0 && pos < 0 && n++ < 50; i = i ? text.lastIndexOf(find, i - 1) : -1) if (valid(i + at)) pos = i + at;
        if (pos < 0 && cut) pos = text.indexOf(find) + at;
      }
    }
    // The common hand-editing mistakes, named where they are (the parser names the next character, on the next line for
    // a trailing comma): a comma after the last item, curly or single quotes, a comment, NaN, a decimal comma.
    let hint = '';
    if (pos >= 0) {
      let word: string | undefined;
      const ch = text[pos]!;
      const minus = +(text[pos - 1] === '-');
      const before = text.slice(0, pos).trimEnd();
      if ((ch === '}' || ch === ']') && before.endsWith(',')) [pos, hint] = [before.length - 1, `a comma after the last item, before "${ch}": remove it`];
      else if (/[\u201c\u201d\u2018\u2019\u201e]/.test(ch)) hint = `a curly quote (${ch}): use straight double quotes (")`;
      else if (ch === "'") hint = `a single quote ('): use double quotes (")`;
      // A comment (JSON with comments, as editors save settings), and the words Python's json.dumps and JavaScript write
      // for a number that is not one.
      else if (/^\/[/*]/.test(text.slice(pos))) hint = 'a comment: JSON has none, remove it';
      else if ((word = /^-?(Infinity|NaN|undefined)\b/.exec(text.slice(pos - minus))?.[0])) [pos, hint] = [pos - minus, `${word} is not JSON: write a number, or leave the field out`];
      else if (!before && ch !== '{') hint = 'a JSON document starts with "{"';
      else if (/\d/.test(ch) && /\d,$/.test(before) && before.length === pos) {
        // The whole number, with its sign, further groups and decimals: "12,345,678" was "write 12345", "-1,300" "write 1300".
        const n = `${/-?\d+,$/.exec(before)![0]}${/^\d+(?:,\d{3})*(?:\.\d+)?/.exec(text.slice(pos))![0]}`;
        // Three digits after the comma may be thousands (1,300) as well as decimals (19,007): "write 1.300" was a
        // thousandfold error for an English author. Both readings are offered; the author knows which is meant. More than
        // one group (12,345,678), or decimals after one (1,300.5), can only be thousands.
        [pos, hint] = [
          pos - 1,
          !/^-?\d+,\d+$/.test(n)
            ? `thousands separators in ${n}: write ${n.replace(/,/g, '')}`
            : /,\d{3}$/.test(n)
              ? `a comma in ${n}: write ${n.replace(',', '')} (no thousands separator) or ${n.replace(',', '.')} (a decimal point)`
              : `a decimal comma in ${n}: write ${n.replace(',', '.')}`,
        ];
      } else if (ch < ' ') hint = `a line break, tab or other control character inside a text (${visible(ch)}): write a line break as \\n, or remove it`;
    }
    // A text cut short (a copy that missed its end): V8 names no position; the end is where something is missing.
    if (/end of JSON/.test(said)) [pos, hint] = [text.trimEnd().length, 'the text ends too soon: a closing } or ], or a closing quote, is missing'];
    // The parser's words for the other common slips, in plain words.
    else if (!hint && /^Unterminated string/.test(said)) hint = 'a text without its closing quote (")';
    else if (!hint && /^Expected ',' or '[}\]]' after/.test(said)) hint = 'a comma (,) is missing between two items, or a closing } or ] before this';
    // (Read only where there is a position.)
    const lines = text.slice(0, pos).split(/\r\n?|\n/);
    const message = !text.trim()
      ? 'is empty: expected a JSON document starting with {'
      : /^\s*</.test(text)
        ? 'is HTML, not JSON (a web page rather than the data file?)'
        : // A UTF-16 file (Notepad's "Unicode") read as UTF-8 has a NUL between the letters (a NUL or two alone is a bad character).
          (text.split('\0').length - 1) * 5 > text.length && !/^\uFFFDPNG/.test(text)
          ? 'is not UTF-8 text (UTF-16?): save the file as UTF-8'
          : // An image, PDF or archive read as text: its signature, or bytes that are not UTF-8 at the start.
            /^(\uFFFDPNG|%PDF|PK\u0003\u0004|GIF8|\uFFFD\uFFFD)/.test(text)
            ? 'is not a text file (an image, PDF or archive?): choose the JSON data file'
          : `is not valid JSON${pos >= 0 ? ` (line ${lines.length}, column ${lines.pop()!.length + 1})` : ''}: ${
              hint ||
              // The token as a reader finds it: a whole emoji, an invisible one spelled out ("\u00A0" pasted from a web page).
              (around ? `Unexpected token '${visible(pos >= 0 ? String.fromCodePoint(text.codePointAt(pos)!) : around[1]!)}'` : said.replace(AT_POSITION, ''))
            }`;
    return { ok: false, problems: [{ path: '', message }] };
  }
  return validate(json);
}

/** Walks a document (anything but a string) and returns its problems. */
function check(doc: unknown): Problem[] {
  const problems: Problem[] = [];
  /** Records a problem; returns false so a check can `return add(…)`. */
  const add = (path: string, message: string): false => (problems.push({ path, message }), false);
  const bad = (path: string, what: string, v: unknown): false => add(path, `${what}, got ${describe(v)}`);

  if (!isObj(doc)) return (bad('', 'The document must be a JSON object ({…})', doc), problems);

  // ---- Field checks. Each reports "is required" for a missing value; opt() makes one optional.
  const opt = (c: Check): Check => (v, p) => v !== undefined && c(v, p);
  const req = (v: unknown, p: string) => v !== undefined || add(p, 'is required');

  // str, num and text: a missing value is not of the type either, and "is required" (req) instead.
  const str: Check = (v, p) => {
    if (typeof v !== 'string') return req(v, p) && bad(p, 'must be text (a string)', v);
    // Nor text that shows nothing (see VISIBLE).
    if (!VISIBLE.test(v)) return add(p, 'must not be empty (or only invisible characters)');
    if (v.length > MAX_TEXT) return add(p, `is ${thousands(v.length)} characters long; at most ${thousands(MAX_TEXT)} are allowed`);
    const bidi = BIDI.exec(v);
    if (bidi) return add(p, `contains an invisible text-direction control (${visible(bidi[0])}) at character ${bidi.index + 1}: remove it, as it reverses the text shown after it`);
    // Control characters other than tab and line breaks show as nothing or as a box ("\u0007", a bell, from a bad export;
    // C1 controls from text decoded in the wrong encoding); so does half a character (a lone surrogate: a text cut inside
    // an emoji), which JSON's \u escapes can write.
    const control = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\p{Cs}]/u.exec(v);
    const c = control && visible(control[0]);
    return !control || add(p, `contains ${control[0] > '\x9f' ? `half of a character (${c}: an emoji cut in two?)` : `a control character (${c})`} at character ${control.index + 1}: remove it`);
  };
  const num: Check = (v, p) => {
    if (typeof v !== 'number') {
      // A figure written as text: "93.2" (quotes), or with its unit or separators, "20%", "1,800 Mt": the number alone.
      // Only where the figure is certain: thousands grouped by commas in threes, then a unit with no digit ("12,5 %", a
      // decimal comma, "1 800 Mt" and "3.1e6 t" get no hint rather than a wrong one).
      const figure = typeof v === 'string' && /^\s*([-\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*[^\d\s.,][^\d]*$/.exec(v);
      return req(v, p) && add(p, `must be a number, got ${describe(v)}${typeof v === 'string' && v.trim() && Number.isFinite(+v) ? ' (remove the quotes)' : figure ? ` (write ${figure[1]!.replace(/,/g, '').replace('\u2212', '-')}, without quotes: the unit is the indicator's)` : ''}`);
    }
    if (!Number.isFinite(v)) return bad(p, 'must be a finite number', v);
    return Math.abs(v) <= MAX_VALUE || bad(p, 'must be between -1e15 and 1e15 (use a larger unit for bigger figures)', v);
  };
  const year: Check = (v, p) =>
    num(v, p) && (inYears(v) || bad(p, `must be a whole year between ${MIN_YEAR} and ${MAX_YEAR}`, v));
  const id: Check = (v, p) => str(v, p) && (ID.test(v as string) || bad(p, 'must be a lowercase id of letters, digits and single hyphens (like "steel-scrap")', v));
  // A date that exists ("2023-02-31" does not), in the years every other year is held to.
  const realDate = (s: string) => {
    const [y, m = 1, d = 1] = s.split('-').map(Number) as [number, number?, number?];
    return DATE.test(s) && inYears(y) && new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
  };
  const date: Check = (v, p) => str(v, p) && (realDate(v as string) || bad(p, 'must be a date like "2022-08-01"', v));
  const oneOf =
    (options: readonly string[]): Check =>
    (v, p) =>
      options.includes(v as string) ||
      add(p, v === undefined ? `is required: one of ${quoted(options)}` : `must be one of ${quoted(options)}, got ${describe(v)}${didYouMean(v, options)}`);
  /** Text, or texts by language: `"…"` or `{"en": "…", "zh": "…"}`. */
  const text: Check = (v, p) => {
    if (typeof v === 'string') return str(v, p);
    if (!isObj(v)) return req(v, p) && bad(p, 'must be text, or an object of texts by language like {"en": "…", "zh": "…"}', v);
    const langs = Object.keys(v);
    if (!langs.length) add(p, 'must have at least one language, like {"en": "…"}');
    for (const lang of langs) {
      const lp = joinPath(p, lang);
      if (LANG.test(lang)) str(v[lang], lp);
      else add(lp, `"${echo(lang)}" is not a language code like "en", "zh" or "zh-Hant"`);
    }
    return true;
  };
  const url: Check = (v, p) => {
    if (!str(v, p)) return false;
    const u = parseUrl(v as string);
    if (!u) return bad(p, 'must be a full web address starting with https://', v);
    // The scheme quoted as any other value is: up to the 4,000-character limit, a scheme of 3,990 letters was echoed whole.
    return /^https?:$/.test(u.protocol) || add(p, `must be an http(s) address; "${echo(u.protocol)}" links are not allowed`);
  };
  const list = (v: unknown, p: string): v is unknown[] =>
    Array.isArray(v)
      ? v.length <= MAX_ITEMS || add(p, `has ${thousands(v.length)} entries; at most ${thousands(MAX_ITEMS)} are allowed`)
      : v === undefined ? add(p, 'is required (a list [...])') : bad(p, 'must be a list ([...])', v);
  /** Each item checked by `c` (whose result is not used: the list passes if it is one). */
  const listOf =
    (c: (v: unknown, p: string) => unknown): Check =>
    (v, p) =>
      // Array.from visits every index, holes in a sparse array included (forEach would skip them).
      list(v, p) && (Array.from(v, (x, i) => c(x, joinPath(p, i))), true);

  /** Whether `v` is an object; a missing field "is required", a missing list item (a hole) is just not an object. */
  const objectAt = (v: unknown, p: string): v is Obj => (p.endsWith(']') || req(v, p)) && (isObj(v) || bad(p, 'must be an object ({…})', v));
  /**
   * Checks an object against its field table: unknown keys first, then each field in order.
   * Returns which fields passed, or null when `v` is not an object.
   */
  const obj = (v: unknown, p: string, spec: Spec): Record<string, boolean> | null => {
    if (!objectAt(v, p)) return null;
    const keys = Object.keys(spec);
    for (const k of Object.keys(v)) if (!keys.includes(k)) add(joinPath(p, k), `unknown field "${echo(k)}"${didYouMean(k, keys)}`);
    const passed: Record<string, boolean> = {};
    // (0 for a field checked by hand: falsy, as false.)
    for (const k of keys) passed[k] = (spec[k] && spec[k](v[k], joinPath(p, k))) as boolean;
    return passed;
  };
  const objOf =
    (spec: Spec): Check =>
    (v, p) =>
      !!obj(v, p, spec);

  // ---- Ids: declared once per kind, referenced by other objects (checked after every declaration).
  const ids: Record<string, Map<string, string>> = {};
  const declare =
    (kind: string): Check =>
    (v, p) => {
      if (!id(v, p)) return false;
      const seen = (ids[kind] ??= new Map());
      const first = seen.get(v as string);
      if (first) add(p, `duplicate ${kind} id "${v as string}" (first used at ${first})`);
      else seen.set(v as string, p);
      return true;
    };
  // "Did you mean" for an unknown id compares it with every declared one: once per distinct id, and for the first 100
  // only. 2,000 unknown ids among 2,000 declared ones took 52 s; now about a tenth of a second.
  const guesses = new Map<string, string>();
  const ref =
    (kind: string): Check =>
    (v, p) => {
      const seen = (ids[kind] ??= new Map());
      if (!id(v, p)) return false;
      if (seen.has(v as string)) return true;
      const key = `${kind} ${v as string}`;
      if (!guesses.has(key)) guesses.set(key, guesses.size < 100 ? didYouMean(v, [...seen.keys()]) : '');
      return add(p, `refers to ${kind} "${v as string}", which is not defined${guesses.get(key)}`);
    };

  const source = (idCheck: Check): Spec => ({
    id: idCheck, title: text, url, publisher: opt(text), published: opt(date), tier: opt(oneOf(['P', 'S1', 'S2'])), quote: opt(str), licence: opt(str),
  });
  const inlineSource = objOf(source(opt(id)));
  /** A source id, or a source object given in place. */
  // A web address where an id goes (the likeliest slip) is named as such: "must be a lowercase id" told no one what to write.
  const sourceRef: Check = (v, p) =>
    typeof v === 'string'
      ? /^https?:/i.test(v)
        ? add(p, 'is a web address: write a source id or {"title": …, "url": …}')
        : ref('source')(v, p)
      : v === undefined
        ? add(p, 'is required: a source id or {"title": …, "url": …}')
        : inlineSource(v, p);

  /** Each indicator's `better`, for the contradiction checks. */
  const better = new Map<unknown, unknown>();
  const indicator: Spec = {
    id: declare('indicator'), label: text, unit: text, better: oneOf(['lower', 'higher']), sector: opt(ref('sector')), description: opt(text),
  };
  /** Each goal kind's field table (its keys are the kinds, in the order error messages list them). */
  const GOAL_FIELDS: Record<string, Spec> = {
    relative: { kind: 0, change: num, year },
    absolute: { kind: 0, value: num, comparison: oneOf(['at-least', 'at-most', 'about']), year, tolerance: 0 },
    peak: { kind: 0, year },
    count: { kind: 0, value: num, year },
    cap: { kind: 0, allowances: 0 },
  };
  const now = new Date().getUTCFullYear();
  const observed = new Map<string, string>();

  obj(doc, '', {
    $schema: opt(str),
    formatVersion: (v, p) => v === 1 || (v === undefined ? add(p, 'is required: 1') : bad(p, 'must be 1 (this is format version 1)', v)),
    // Declarations first, so references can be checked in any order.
    sources: opt(listOf(objOf(source(declare('source'))))),
    sectors: opt(listOf(objOf({ id: declare('sector'), label: text }))),
    policy: objOf({
      id, title: text, summary: opt(text), jurisdiction: str, issuers: opt(listOf(text)), published: opt(date),
      documents: opt(listOf(sourceRef)), tasks: opt(listOf(objOf({ id: declare('task'), label: text, description: opt(text) }))),
    }),
    indicators: listOf((v, p) => obj(v, p, indicator)?.id && better.set((v as Obj).id, (v as Obj).better)),
    targets: listOf(target),
    observations: opt(
      listOf((o, p) => {
        const ok = obj(o, p, {
          indicator: ref('indicator'), year, value: num,
          provenance: objOf({ status: oneOf(['official', 'estimate', 'illustrative']), source: sourceRef, derivation: opt(text), note: opt(text) }),
        });
        if (!ok?.year) return;
        const { indicator: ind, year: y } = o as { indicator: unknown; year: number };
        if (y > now) add(`${p}.year`, `${y} is in the future: observations must be of years that have happened`);
        const key = `${ind}\u0000${y}`;
        const first = observed.get(key);
        // Quoted as `describe` quotes any value (an indicator that is no id is shortened, its invisible characters spelled out).
        if (first) add(`${p}.year`, `duplicate observation of ${describe(ind)} for ${y} (also at ${first})`);
        else observed.set(key, p);
      }),
    ),
  });
  return problems;

  /** A target: its fields by table, then baseline → goal → milestones, each checked against the earlier ones. */
  function target(v: unknown, p: string): void {
    if (
      !obj(v, p, {
        id: declare('target'), indicator: ref('indicator'), sector: opt(ref('sector')), task: opt(ref('task')), label: opt(text),
        baseline: objOf({ year, value: opt(num) }), goal: 0, milestones: 0,
        legalStatus: opt(oneOf(['law', 'policy', 'pledge'])), method: opt(oneOf(['path', 'rate', 'extrapolation'])),
        thresholds: opt(objOf({ onTrack: opt(num), needsAcceleration: opt(num) })), note: opt(text), proxy: opt(text), source: opt(sourceRef),
      })
    )
      return;
    const t = v as Obj;
    // (Thresholds that are not an object, reported already, have no fields: the defaults, which pass both checks.)
    const th = t.thresholds as Obj | undefined;
    if (th) {
      const on = finite(th.onTrack) ? th.onTrack : 0.95;
      const na = finite(th.needsAcceleration) ? th.needsAcceleration : 0.6;
      if (na < 0) add(`${p}.thresholds.needsAcceleration`, `must be 0 or more, got ${na}`);
      if (on <= na) add(`${p}.thresholds`, `onTrack (${on}) must be greater than needsAcceleration (${na})`);
    }

    // A baseline or goal that is no object (its problem reported already) has no fields to read: text, a number or a list
    // has no year, value or kind.
    const b = (t.baseline ?? {}) as Obj;
    const by = inYears(b.year) ? b.year : undefined;
    const bv = finite(b.value) ? b.value : undefined;
    // A comparison with undefined is false: with no valid baseline year (by), no previous step's year (last) or no goal
    // year (goalYear), the checks below that compare with one add nothing, as the `!== undefined` guards they had did.
    const afterBaseline = (y: number | undefined, path: string) => y! <= by! && add(path, `must be after the baseline year (${by}), got ${y}`);
    /** A list of {year, value} steps in ascending years after the baseline; returns the last valid year. */
    const steps = (items: unknown[], path: string, what: string, spec: Spec, each?: (s: Obj, sp: string, y: number) => void) => {
      let last: number | undefined;
      Array.from(items, (s, i) => {
        const sp = joinPath(path, i);
        if (!obj(s, sp, spec)?.year) return;
        const y = (s as Obj).year as number;
        if (y <= last!) add(`${sp}.year`, `must come after the previous ${what}'s year (${last})`);
        afterBaseline(y, `${sp}.year`);
        each?.(s as Obj, sp, y);
        last = y;
      });
      return last;
    };

    let goalYear: number | undefined;
    const gp = `${p}.goal`;
    const g = (t.goal ?? {}) as Obj;
    const kind = g.kind as string;
    const ind = better.get(t.indicator);
    if (objectAt(t.goal, gp) && oneOf(Object.keys(GOAL_FIELDS))(kind, `${gp}.kind`)) {
      const passed = obj(g, gp, GOAL_FIELDS[kind]!)!;
      if (passed.year) goalYear = g.year as number;
      const change = g.change as number;
      if (passed.change) {
        if (!change) add(`${gp}.change`, 'must not be 0: a target of no change has no distance to measure');
        else if (change < -100) add(`${gp}.change`, `cannot fall by more than 100%, got ${change}`);
        // The direction of travel is that of baseline × change (a negative baseline flips it): down when one is below 0.
        const down = change < 0 !== bv! < 0;
        if (change && ind === (down ? 'higher' : 'lower'))
          add(`${gp}.change`, `moves the value ${down ? 'down' : 'up'} by ${Math.abs(change)}%, but the indicator says ${ind as string} is better`);
      }
      if (kind === 'relative') {
        // Only when it is missing: a value of the wrong type ("100" in quotes) has its own problem already. (A baseline year
        // is 1800 or later: truthy.)
        if (by && b.value === undefined) add(`${p}.baseline.value`, 'is required for a relative target: the change is measured from it');
        if (bv === 0) add(`${p}.baseline.value`, 'must not be 0 for a relative target: a percentage of zero is undefined');
      }
      const cmp = g.comparison as string;
      const contradicts = (what: string, word: string) => add(`${gp}.${what}`, `"${word}" contradicts the indicator, which says ${ind as string} is better`);
      if (passed.comparison && ind && ind === CONTRADICTS[cmp]) contradicts('comparison', cmp);
      // A count only rises ("200 standards by 2030"), judged as "at-least": on an indicator where lower is better, its
      // progress would be read the wrong way round.
      if (kind === 'count' && ind === 'lower') contradicts('kind', kind);
      const tol = g.tolerance;
      if (tol !== undefined && kind === 'absolute') {
        if (cmp !== 'about') add(`${gp}.tolerance`, 'only applies when comparison is "about"');
        else if (num(tol, `${gp}.tolerance`) && ((tol as number) <= 0 || (tol as number) > 100))
          add(`${gp}.tolerance`, `must be a percentage above 0 and at most 100, got ${tol as number}`);
      }
      if (kind === 'count' && passed.value && (!Number.isInteger(g.value) || (g.value as number) <= 0))
        add(`${gp}.value`, `must be a whole number above 0, got ${g.value as number}`);
      if (kind !== 'cap') {
        afterBaseline(goalYear, `${gp}.year`);
      } else if (list(g.allowances, `${gp}.allowances`)) {
        if (g.allowances.length) goalYear = steps(g.allowances, `${gp}.allowances`, 'allowance', { year, value: num });
        else add(`${gp}.allowances`, 'must list at least one {"year", "value"} allowance');
      }
    }

    const mp = `${p}.milestones`;
    if (t.milestones !== undefined && list(t.milestones, mp))
      steps(t.milestones, mp, 'milestone', { year, value: num, label: opt(text) }, (m, sp, y) => {
        if (y > goalYear!) add(`${sp}.year`, `must not be after the target year (${goalYear}), got ${y}`);
        if (kind === 'count' && finite(m.value) && finite(g.value) && m.value > g.value)
          add(`${sp}.value`, `must not exceed the final count (${g.value}), got ${m.value}`);
      });
  }
}
