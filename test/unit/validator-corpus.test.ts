/// <reference types="vite/client" />
/**
 * The validator against a corpus of broken documents in `test/corpus/`.
 *
 * Each `NN-name.json` is `valid-base.json` with one fault (or, for `47-…`, three) put in;
 * `NN-name.txt` files hold broken JSON text and go through `parseAndValidate`.
 * `expected.json` maps each file name to the problems it must produce: `{path, message}`,
 * where `message` is a substring of the reported message. Because every file is valid apart
 * from its faults, the number of problems must equal the number of expected entries.
 */
import { describe, expect, it } from 'vitest';
import { echo } from '../../src/format/echo.js';
import { parseAndValidate, validate } from '../../src/format/validate.js';
import { closest, distance } from '../../src/format/closest.js';
import type { Problem, ValidationResult } from '../../src/format/types.js';

const files = import.meta.glob('../corpus/*', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const corpus = new Map(Object.entries(files).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]));
const expected = JSON.parse(corpus.get('expected.json') ?? '{}') as Record<string, { path: string; message: string }[]>;
const faulty = [...corpus.keys()].filter((name) => /^\d\d-[a-z0-9-]+\.(json|txt)$/.test(name)).sort();
const baseText = corpus.get('valid-base.json') ?? '';

/** `.txt` files are raw text for parseAndValidate; `.json` files are parsed first and handed to validate. */
function check(name: string): ValidationResult {
  const text = corpus.get(name)!;
  return name.endsWith('.txt') ? parseAndValidate(text) : validate(JSON.parse(text) as unknown);
}

const show = (problems: readonly Problem[]) => problems.map((p) => `  ${p.path || '(root)'}: ${p.message}`).join('\n');

const base = (): Record<string, any> => JSON.parse(baseText) as Record<string, any>;

describe('validator corpus', () => {
  it('has at least 35 broken documents, each listed in expected.json and vice versa', () => {
    expect(faulty.length).toBeGreaterThanOrEqual(35);
    expect(Object.keys(expected).sort()).toEqual(faulty);
    expect(faulty.some((n) => n.endsWith('.txt'))).toBe(true);
  });

  it('the base document the corpus is made from is valid', () => {
    const r = validate(JSON.parse(baseText) as unknown);
    expect(r.problems, show(r.problems)).toEqual([]);
    expect(r.ok).toBe(true);
  });

  describe.each(faulty)('%s', (name) => {
    const wanted = expected[name] ?? [];

    it('is rejected without throwing, with every expected problem at its path', () => {
      let r: ValidationResult | undefined;
      expect(() => (r = check(name))).not.toThrow();
      expect(r!.ok).toBe(false);
      expect(r!.data).toBeUndefined();
      for (const want of wanted) {
        const hit = r!.problems.find((p) => p.path === want.path && p.message.includes(want.message));
        expect(hit, `expected "${want.path}": …${want.message}… among\n${show(r!.problems)}`).toBeDefined();
      }
    });

    it('reports all of its faults and nothing else (the rest of the document is valid)', () => {
      const r = check(name);
      expect(wanted.length).toBeGreaterThan(0);
      expect(r.problems.length, show(r.problems)).toBe(wanted.length);
      for (const p of r.problems) {
        expect(typeof p.path).toBe('string');
        expect(p.message.trim().length).toBeGreaterThan(0);
      }
    });
  });

  it('a document with three separate faults yields at least three problems', () => {
    const r = check('47-three-separate-faults.json');
    expect(r.problems.length).toBeGreaterThanOrEqual(3);
    expect(new Set(r.problems.map((p) => p.path))).toEqual(new Set(['policy.jurisdiction', 'sources[1].tier', 'observations[4].value']));
  });

  it('locates a JSON syntax error by line and column', () => {
    const r = parseAndValidate('{\n  "formatVersion": 1,\n}');
    expect(r.ok).toBe(false);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.path).toBe('');
    // Named and placed at the comma itself (the parser names the "}" on the next line).
    expect(r.problems[0]!.message).toBe('is not valid JSON (line 2, column 21): a comma after the last item, before "}": remove it');
  });
});

describe('parseAndValidate: what editors paste or serve', () => {
  it('reads a file that starts with a byte-order mark like the same file without it (Windows Notepad saves one)', () => {
    expect(parseAndValidate(`\uFEFF${baseText}`).problems).toEqual([]);
  });

  it('names a comment, and NaN, Infinity or undefined (Python\'s json.dumps writes NaN), where V8 said "Unexpected token \'N\'"', () => {
    const say = (text: string) => parseAndValidate(text).problems[0]!.message;
    expect(say('{ // from the spreadsheet\n  "formatVersion": 1\n}')).toBe('is not valid JSON (line 1, column 3): a comment: JSON has none, remove it');
    expect(say('/* data */ {}')).toBe('is not valid JSON (line 1, column 1): a comment: JSON has none, remove it');
    expect(say('{\n  "a": 1 /* Mt */\n}')).toBe('is not valid JSON (line 2, column 10): a comment: JSON has none, remove it');
    const value = (word: string, column: number) => `is not valid JSON (line 2, column ${column}): ${word} is not JSON: write a number, or leave the field out`;
    expect(say('{\n  "value": NaN\n}')).toBe(value('NaN', 12));
    expect(say('{\n  "value": Infinity}')).toBe(value('Infinity', 12));
    expect(say('{\n  "value": -Infinity}')).toBe(value('-Infinity', 12));
    expect(say('{\n  "value": undefined}')).toBe(value('undefined', 12));
    // Not a word of its own: the token as before.
    expect(say('{\n  "value": NaNa}')).toBe("is not valid JSON (line 2, column 12): Unexpected token 'N'");
    expect(say('{\n  "value": / 2}')).toBe("is not valid JSON (line 2, column 12): Unexpected token '/'");
  });

  it('locates an "Unexpected token" too, which V8 gives no position, from the text it quotes around the token', () => {
    // V8: `Unexpected token '}', ..." "title": }\n  , "mor"... is not valid JSON`. The quote starts 10 characters
    // before the token; found in the text, it gives line 5, column 14. The quote itself is then left out.
    const doc = `{\n  "formatVersion": 1,\n  "policy": {\n    "id": "x",\n    "title": }\n  , "more": [${'1,'.repeat(20)}1]\n}`;
    expect(parseAndValidate(doc).problems).toEqual([{ path: '', message: "is not valid JSON (line 5, column 14): Unexpected token '}'" }]);
    // Single quotes, the most common case from hand-edited JSON.
    const quoted = `{\n  "formatVersion": 1,\n  "policy": {\n    "id": 'x' }\n}`;
    expect(parseAndValidate(quoted).problems[0]!.message).toBe('is not valid JSON (line 4, column 11): a single quote (\'): use double quotes (")');
    // A short text is quoted whole: the token is the last of its occurrences before which the text is valid so far.
    expect(parseAndValidate('{"a": }').problems[0]!.message).toBe("is not valid JSON (line 1, column 7): Unexpected token '}'");
    // Near the start of a longer one, the quote runs from the first character to 10 after the token.
    expect(parseAndValidate(`{"a":  x  , "b": ${'1'.repeat(30)}}`).problems[0]!.message).toBe("is not valid JSON (line 1, column 8): Unexpected token 'x'");
    // The quoted text can occur earlier, inside a string: the error is at the last occurrence the text is valid up to.
    const twice = '{\n  "note": "series: 1, 2, 3, 4, NaN, 5, 6, 7, 8",\n  "values": [1, 2, 3, 4, NaN, 5, 6, 7, 8]\n}';
    expect(parseAndValidate(twice).problems[0]!.message).toBe('is not valid JSON (line 3, column 26): NaN is not JSON: write a number, or leave the field out');
    // Old Mac line endings (CR alone) count as lines too.
    expect(parseAndValidate(doc.replace(/\n/g, '\r')).problems[0]!.message).toBe("is not valid JSON (line 5, column 14): Unexpected token '}'");
    // A token nobody sees is spelled out (a no-break space pasted from a web page); an emoji is shown whole.
    const nbsp = `{\n  "formatVersion": 1,\n  "value":\u00a0180, "more": "${'a'.repeat(20)}"}`;
    expect(parseAndValidate(nbsp).problems[0]!.message).toBe("is not valid JSON (line 3, column 11): Unexpected token '\\u00A0'");
    expect(parseAndValidate(nbsp.replace('\u00a0', ' 😀')).problems[0]!.message).toBe("is not valid JSON (line 3, column 12): Unexpected token '😀'");
    // "…after JSON at position 7": located as well (it did not match " in JSON at position" before).
    expect(parseAndValidate('{"a":1}}').problems[0]!.message).toBe('is not valid JSON (line 1, column 8): Unexpected non-whitespace character after JSON');
  });

  it('accepts a target\'s proxy as text, in languages or not, and names a wrong one by its path', () => {
    const doc = JSON.parse(baseText);
    doc.targets[0].proxy = { en: 'national CO₂, not industrial', zh: '全国排放，非工业排放' };
    expect(validate(doc).problems).toEqual([]);
    doc.targets[0].proxy = 42;
    expect(validate(doc).problems).toEqual([{ path: 'targets[0].proxy', message: 'must be text, or an object of texts by language like {"en": "…", "zh": "…"}, got 42' }]);
  });

  it('names the common hand-editing mistakes where they are: a comma after the last item, curly quotes, a decimal comma', () => {
    // The parser says "Expected double-quoted property name" on the line after the comma; the comma is on line 3.
    expect(parseAndValidate('{\n  "a": 1,\n  "b": [1, 2,\n  ]\n}').problems[0]!.message).toBe('is not valid JSON (line 3, column 13): a comma after the last item, before "]": remove it');
    // Word's curly quotes, around a key or a value.
    expect(parseAndValidate('{\n  \u201ca\u201d: 1\n}').problems[0]!.message).toBe('is not valid JSON (line 2, column 3): a curly quote (\u201c): use straight double quotes (")');
    expect(parseAndValidate('{\n  "a": \u201cx\u201d\n}').problems[0]!.message).toBe('is not valid JSON (line 2, column 8): a curly quote (\u201c): use straight double quotes (")');
    // A European decimal comma: the parser took 95 as the value and "5" as the next key.
    expect(parseAndValidate('{\n  "value": 95,5\n}').problems[0]!.message).toBe('is not valid JSON (line 2, column 14): a decimal comma in 95,5: write 95.5');
    // Three digits after the comma: thousands (an English "1,300") or decimals; "write 1.300" alone was a thousandfold error.
    expect(parseAndValidate('{\n  "value": 1,300\n}').problems[0]!.message).toBe(
      'is not valid JSON (line 2, column 13): a comma in 1,300: write 1300 (no thousands separator) or 1.300 (a decimal point)',
    );
    // The whole number: its sign, every group, its decimals ("12,345,678" was "write 12345", "-1,300" "write 1300").
    const hint = (n: string) => parseAndValidate(`{\n  "value": ${n}\n}`).problems[0]!.message.replace(/^.*\): /, '');
    expect(hint('-1,300')).toBe('a comma in -1,300: write -1300 (no thousands separator) or -1.300 (a decimal point)');
    expect(hint('12,345,678')).toBe('thousands separators in 12,345,678: write 12345678');
    // Every group, however many: a billion (1,234,567,890) is not cut after its second ("write 1234567").
    expect(hint('1,234,567,890')).toBe('thousands separators in 1,234,567,890: write 1234567890');
    expect(hint('1,300.5')).toBe('thousands separators in 1,300.5: write 1300.5');
    expect(hint('1,3000')).toBe('a decimal comma in 1,3000: write 1.3000');
    // Two decimals (a European price, 12,50) can only be a decimal comma: thousands come in threes.
    expect(hint('12,50')).toBe('a decimal comma in 12,50: write 12.50');
    expect(hint('-95,5')).toBe('a decimal comma in -95,5: write -95.5');
    // …but a list of two numbers is valid JSON, not a decimal comma.
    expect(parseAndValidate('{"a": [95,5]}').problems[0]!.message).toBe('unknown field "a"');
    // Text that is not JSON at all.
    expect(parseAndValidate('hello not json').problems[0]!.message).toBe('is not valid JSON (line 1, column 1): a JSON document starts with "{"');
  });

  it('names an image, PDF or archive dropped in place of the data (it was called UTF-16)', () => {
    for (const start of ['\uFFFDPNG\r\n\u001a\n\0\0\0\rIHDR', '%PDF-1.7\n', 'PK\u0003\u0004\u0014\0', '\uFFFD\uFFFD\uFFFD\uFFFD\0\u0010JFIF'])
      expect(parseAndValidate(start).problems).toEqual([{ path: '', message: 'is not a text file (an image, PDF or archive?): choose the JSON data file' }]);
  });

  it('names a UTF-16 file read as UTF-8 (Notepad\'s "Unicode"), whose letters come with NULs between them', () => {
    const utf16 = new TextDecoder('utf-8').decode(new Uint8Array([0xff, 0xfe, ...[...'{"formatVersion": 1}'].flatMap((c) => [c.charCodeAt(0), 0])]));
    expect(parseAndValidate(utf16).problems).toEqual([{ path: '', message: 'is not UTF-8 text (UTF-16?): save the file as UTF-8' }]);
    // One NUL in a UTF-8 file is a bad character where it stands, not UTF-16.
    expect(parseAndValidate(`{\n  "en": "ab\0cd", "more": "${'a'.repeat(30)}"}`).problems[0]!.message).toBe(
      'is not valid JSON (line 2, column 12): a line break, tab or other control character inside a text (\\u0000): write a line break as \\n, or remove it',
    );
  });

  it('says the parser\'s other common complaints in plain words, where they are (a cut copy at its end)', () => {
    const say = (text: string) => parseAndValidate(text).problems[0]!.message;
    // "Unexpected end of JSON input" named no place: the end of the text is where something is missing.
    expect(say('{\n  "a": [1, 2,\n')).toBe('is not valid JSON (line 2, column 14): the text ends too soon: a closing } or ], or a closing quote, is missing');
    expect(say('{\n  "title": "Plan\nfor 2030"}')).toBe('is not valid JSON (line 2, column 17): a line break, tab or other control character inside a text (\\u000A): write a line break as \\n, or remove it');
    expect(say('{"a": "abc')).toBe('is not valid JSON (line 1, column 11): a text without its closing quote (")');
    expect(say('{"a": 1 "b": 2}')).toBe('is not valid JSON (line 1, column 9): a comma (,) is missing between two items, or a closing } or ] before this');
    expect(say('{"a": [1 2]}')).toBe('is not valid JSON (line 1, column 10): a comma (,) is missing between two items, or a closing } or ] before this');
  });

  it('names a web page served instead of the data as HTML, not as an unexpected token', () => {
    const r = parseAndValidate('\n  <!doctype html><html><body>Not found</body></html>');
    expect(r.problems).toEqual([{ path: '', message: 'is HTML, not JSON (a web page rather than the data file?)' }]);
  });
});

describe('text that shows nothing or shows boxes', () => {
  const label = (text: string) => {
    const d = base();
    d.indicators[1].label = text;
    return validate(d).problems.map((p) => `${p.path}: ${p.message}`);
  };
  it.each([
    ['direction marks', '\u200E\u200F\u061C'],
    ['a soft hyphen', '\u00AD'],
    ['a Hangul filler', '\u3164'],
    ['a combining mark alone', '\u034F'],
    ['a variation selector and a tag character', '\uFE0F\u{E0020}'],
    ['the blank Braille pattern between spaces', ' \u2800 '],
  ])('%s alone is empty', (_, text) => {
    expect(label(text)).toEqual(['indicators[1].label: must not be empty (or only invisible characters)']);
  });
  it('C1 controls are control characters too', () => {
    expect(label('Steel\u0085 scrap')).toEqual(['indicators[1].label: contains a control character (\\u0085) at character 6: remove it']);
  });
  it('but a direction mark inside real text is allowed (right-to-left text needs them)', () => {
    expect(label('\u200FSteel scrap')).toEqual([]);
  });
});

describe('closest: "did you mean"', () => {
  it('suggests a near typo, by exact edit distance', () => {
    expect(closest('steel-scrap-capacity-2052', ['steel-scrap-capacity-2025', 'clinker-capacity-2025'])).toBe('steel-scrap-capacity-2025');
    expect(distance('baselin', 'baseline')).toBe(1);
    // Exact for any length gap: 38 − 29 = 9 is a lower bound, the distance is far more.
    expect(distance('<img src=x onerror="window.__pwned=1">', 'renewable-electricity-60-2030')).toBeGreaterThan(20);
  });
  it('suggests nothing for text that is no typo of any option (it offered "renewable-electricity-60-2030" for <img …>)', () => {
    expect(closest('<img src=x onerror="window.__pwned=1">', ['renewable-electricity-60-2030', 'power-co2-minus-50-2030'])).toBeUndefined();
  });
});

describe('echo: values repeated in messages', () => {
  it('spells out what nobody sees: zero-width, no-break, byte-order, control and direction characters', () => {
    expect(echo('dark\u200B')).toBe('dark\\u200B');
    expect(echo('\uFEFFintensity-2025\u00A0')).toBe('\\uFEFFintensity-2025\\u00A0');
    expect(echo('a\u0000b\u001Bc\u2060')).toBe('a\\u0000b\\u001Bc\\u2060');
    expect(echo('\u202Erate')).toBe('\\u202Erate');
    // Shortened first, so a long value cannot hide one past the cut.
    expect(echo('x'.repeat(100)).length).toBeLessThanOrEqual(40);
    expect(echo('x'.repeat(100))).toMatch(/x…$/);
    expect(echo('中文 and emoji 🌏 stay')).toBe('中文 and emoji 🌏 stay');
  });

  it('and every other format or control character: soft hyphen, direction marks, C1 controls, variation selectors, tags', () => {
    // Each of these made "No target "intensity-2025"; did you mean "intensity-2025"?" (review 10).
    expect(echo('inten\u00ADsity')).toBe('inten\\u00ADsity');
    expect(echo('abc\u200F-->\u200Fdef')).toBe('abc\\u200F-->\\u200Fdef');
    expect(echo('a\u0085\u009Bb\u061C\u180E\u2028')).toBe('a\\u0085\\u009Bb\\u061C\\u180E\\u2028');
    expect(echo('2025\uFE0F\u{E0041}')).toBe('2025\\uFE0F\\u{E0041}');
  });

  it('escapes quotes, so one value cannot read as several attributes', () => {
    expect(echo('x" src="/evil.json')).toBe('x\\" src=\\"/evil.json');
  });

  it('never cuts an emoji in half', () => {
    expect(echo(`${'a'.repeat(36)}😀${'b'.repeat(10)}`)).toBe(`${'a'.repeat(36)}…`);
    expect(echo(`${'a'.repeat(35)}😀${'b'.repeat(10)}`)).toBe(`${'a'.repeat(35)}😀…`);
  });
});

describe('validate on values that are not documents', () => {
  it.each([
    ['undefined', undefined, 'got undefined'],
    ['null', null, 'got null'],
    ['42', 42, 'got 42'],
    ['true', true, 'got boolean'],
    ['an array', [], 'got a list'],
  ])('%s → one root problem', (_label, value, fragment) => {
    const r = validate(value);
    expect(r.ok).toBe(false);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.path).toBe('');
    expect(r.problems[0]!.message).toContain('must be a JSON object');
    expect(r.problems[0]!.message).toContain(fragment);
  });

  it('a string of JSON is parsed and validated', () => {
    const ok = validate(baseText);
    expect(ok.ok).toBe(true);
    expect(ok.data?.policy.id).toBe('test-plan');

    const number = validate('42');
    expect(number.ok).toBe(false);
    expect(number.problems[0]!.message).toContain('got 42');

    const broken = validate('{"formatVersion": 1,');
    expect(broken.ok).toBe(false);
    expect(broken.problems[0]!.message).toContain('is not valid JSON');

    const empty = validate('');
    expect(empty.problems[0]!.message).toContain('is empty');
  });

  it('an object with a throwing getter is reported, not thrown', () => {
    const doc = base();
    Object.defineProperty(doc, 'policy', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    let r: ValidationResult | undefined;
    expect(() => (r = validate(doc))).not.toThrow();
    expect(r!.ok).toBe(false);
    expect(r!.problems).toEqual([{ path: '', message: 'could not be read: boom' }]);
  });

  it('a proxy whose traps throw is reported, not thrown', () => {
    const trap = () => {
      throw new TypeError('no keys for you');
    };
    const proxy = new Proxy({}, { ownKeys: trap, get: trap, has: trap });
    let r: ValidationResult | undefined;
    expect(() => (r = validate(proxy))).not.toThrow();
    expect(r!.ok).toBe(false);
    expect(r!.problems[0]!.message).toContain('no keys for you');
  });

  it('a deeply frozen valid document validates and is returned as is', () => {
    const deepFreeze = <T>(v: T): T => {
      if (typeof v === 'object' && v !== null) {
        for (const child of Object.values(v)) deepFreeze(child);
        Object.freeze(v);
      }
      return v;
    };
    const doc = deepFreeze(base());
    const r = validate(doc);
    expect(r.problems, show(r.problems)).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.data).toBe(doc);
  });

  it('a deeply frozen broken document still gets its problems reported', () => {
    const doc = base();
    doc.formatVersion = 2;
    const r = validate(Object.freeze(doc));
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.path)).toEqual(['formatVersion']);
  });
});

describe('validate: valid but hostile text', () => {
  it('accepts markup and script-like text unchanged: escaping is the renderer’s job', () => {
    const doc = base();
    const img = '<img src=x onerror=alert(1)>';
    const script = '</script><script>alert("x")</script>';
    doc.indicators[0].label = img;
    doc.policy.title = { en: script, zh: '"><svg onload=alert(1)>' };
    doc.targets[0].note = '{{constructor.constructor("alert(1)")()}}';
    doc.observations[0].provenance.derivation = '${alert(1)}';
    const r = validate(doc);
    expect(r.problems, show(r.problems)).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.data!.indicators[0]!.label).toBe(img);
    expect(r.data!.policy.title).toEqual({ en: script, zh: '"><svg onload=alert(1)>' });
    expect(r.data!.targets[0]!.note).toBe('{{constructor.constructor("alert(1)")()}}');
  });

  it('accepts Arabic and Hebrew text, and the marks U+200E/U+200F, unchanged', () => {
    const doc = base();
    doc.indicators[0].label = { en: 'Energy intensity', ar: 'كثافة الطاقة', he: 'עוצמת אנרגיה (C++\u200F)' };
    doc.targets[0].note = 'see \u200Esection 2\u200E';
    const r = validate(doc);
    expect(r.problems, show(r.problems)).toEqual([]);
  });

  it.each([
    ['U+202A (LRE)', '\u202A', '\\u202A'],
    ['U+202B (RLE)', '\u202B', '\\u202B'],
    ['U+202C (PDF)', '\u202C', '\\u202C'],
    ['U+202D (LRO)', '\u202D', '\\u202D'],
    ['U+202E (RLO)', '\u202E', '\\u202E'],
    ['U+2066 (LRI)', '\u2066', '\\u2066'],
    ['U+2067 (RLI)', '\u2067', '\\u2067'],
    ['U+2068 (FSI)', '\u2068', '\\u2068'],
    ['U+2069 (PDI)', '\u2069', '\\u2069'],
  ])('rejects the direction control %s in any text field, naming it and its position', (_name, ch, shown) => {
    const doc = base();
    doc.targets[0].note = `ok ${ch}evil`;
    doc.policy.title.zh = `${ch}标题`;
    doc.sources[0].quote = `${ch}`.padStart(5, 'x');
    doc.observations[0].provenance.derivation = `a${ch}b${ch}`;
    const r = validate(doc);
    expect(r.ok).toBe(false);
    const message = (at: number) => `contains an invisible text-direction control (${shown}) at character ${at}: remove it, as it reverses the text shown after it`;
    expect(r.problems).toEqual([
      { path: 'sources[0].quote', message: message(5) },
      { path: 'policy.title.zh', message: message(1) },
      { path: 'targets[0].note', message: message(4) },
      { path: 'observations[0].provenance.derivation', message: message(2) },
    ]);
  });

  it('spells out direction controls in the values and field names it echoes', () => {
    const doc = base();
    doc.targets[0].legalStatus = 'law\u202E';
    doc.targets[0]['x\u2067'] = 1;
    const r = validate(doc);
    expect(r.problems.map((p) => [p.path, p.message])).toEqual([
      ['targets[0]["x\\u2067"]', 'unknown field "x\\u2067"'],
      ['targets[0].legalStatus', 'must be one of "law", "policy", "pledge", got "law\\u202E"; did you mean "law"?'],
    ]);
  });

  it('spells out direction controls in a language key too, and cuts a long key in the path and the message', () => {
    const doc = base();
    doc.indicators[0].label = { en: 'Ind', 'x\u202E': 'y' };
    doc.targets[0]['k'.repeat(5000)] = 1;
    const r = validate(doc);
    expect(r.problems.map((p) => [p.path, p.message])).toEqual([
      ['indicators[0].label["x\\u202E"]', '"x\\u202E" is not a language code like "en", "zh" or "zh-Hant"'],
      [`targets[0]["${'k'.repeat(37)}…"]`, `unknown field "${'k'.repeat(37)}…"`],
    ]);
  });

  it('parseAndValidate given no text (a plain-JavaScript caller) checks what it was given, and never throws', () => {
    expect(parseAndValidate(undefined as never).problems).toEqual([{ path: '', message: 'The document must be a JSON object ({…}), got undefined' }]);
    expect(parseAndValidate(base() as never).ok).toBe(true);
  });

  it('"$schema" is text, as the schema says (a number was let through)', () => {
    const doc = base();
    doc.$schema = 5;
    expect(validate(doc).problems).toEqual([{ path: '$schema', message: 'must be text (a string), got 5' }]);
    doc.$schema = './schema/peakline-policy.v1.schema.json';
    expect(validate(doc).ok).toBe(true);
  });

  it('a "__proto__" key from JSON text is an unknown field, not a prototype change', () => {
    const text = baseText.replace('"formatVersion": 1,', '"formatVersion": 1, "__proto__": {"polluted": true},');
    const r = parseAndValidate(text);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.path)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('validate: many problems', () => {
  it('thousands of problems are all reported without crashing', () => {
    const doc = base();
    doc.observations = Array.from({ length: 3000 }, (_, i) => ({ indicator: 'nope', year: `y${i}`, value: 'x' }));
    let r: ValidationResult | undefined;
    expect(() => (r = validate(doc))).not.toThrow();
    expect(r!.ok).toBe(false);
    // Per observation: unresolved indicator, value not a number, year not a number, provenance missing.
    expect(r!.problems.length).toBe(3000 * 4);
    expect(r!.problems.at(-1)!.path).toBe('observations[2999].provenance');
  });

  it('2,000 unknown ids among 2,000 declared ones: "did you mean" stays fast, for the first 100 distinct ids', () => {
    // Each suggestion compares an id with every declared one (edit distance). Once per observation, this took 52 s.
    const doc = base();
    const n = (i: number) => String(i).padStart(4, '0');
    doc.indicators = Array.from({ length: 2000 }, (_, i) => ({ ...doc.indicators[0], id: `indicator-${n(i)}` }));
    doc.targets = [];
    const obs = doc.observations[0];
    // The first 2,000 refer to a misspelt id each; the last 500 all to one (said the same way every time).
    doc.observations = [
      ...Array.from({ length: 2000 }, (_, i) => ({ ...obs, indicator: `indicatr-${n(i)}` })),
      ...Array.from({ length: 500 }, () => ({ ...obs, indicator: 'indicatr-0000' })),
    ];
    const t0 = performance.now();
    const r = validate(doc);
    // 52 s before the fix; 576 ms on two cores running five other test suites (load 17). 5 s, not 1 s, so a busy
    // machine does not fail it; a return to comparing every id with every one would still fail by ten times.
    expect(performance.now() - t0).toBeLessThan(5000);
    const messages = r.problems.filter((p) => p.path.endsWith('.indicator')).map((p) => p.message);
    expect(messages).toHaveLength(2500);
    expect(messages[0]).toBe('refers to indicator "indicatr-0000", which is not defined; did you mean "indicator-0000"?');
    expect(messages[99]).toContain('did you mean "indicator-0099"?');
    expect(messages[100]).toBe('refers to indicator "indicatr-0100", which is not defined');
    expect(messages.slice(2000).every((m) => m === messages[0])).toBe(true);
  });

  it('a list longer than the limit is reported once instead of walked', () => {
    const doc = base();
    doc.observations = Array.from({ length: 10001 }, () => ({}));
    const r = validate(doc);
    expect(r.ok).toBe(false);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ path: 'observations', message: expect.stringContaining('has 10,001 entries; at most 10,000') as unknown as string });
  });
});

describe('validate: sparse arrays (holes, as JavaScript can build them)', () => {
  /** Puts a hole before the list's first item: `[ , x0, …]`. */
  const holed = (list: unknown[]) => [, ...list];

  it.each([
    ['sources', (d: Record<string, any>) => (d.sources = holed(d.sources)), 'must be an object ({…}), got undefined'],
    ['sectors', (d: Record<string, any>) => (d.sectors = holed(d.sectors)), 'must be an object ({…}), got undefined'],
    ['indicators', (d: Record<string, any>) => (d.indicators = holed(d.indicators)), 'must be an object ({…}), got undefined'],
    ['targets', (d: Record<string, any>) => (d.targets = holed(d.targets)), 'must be an object ({…}), got undefined'],
    ['observations', (d: Record<string, any>) => (d.observations = holed(d.observations)), 'must be an object ({…}), got undefined'],
    ['policy.issuers', (d: Record<string, any>) => (d.policy.issuers = holed(d.policy.issuers)), 'is required'],
    ['policy.documents', (d: Record<string, any>) => (d.policy.documents = holed(d.policy.documents)), 'is required: a source id or {"title": …, "url": …}'],
    ['policy.tasks', (d: Record<string, any>) => (d.policy.tasks = holed(d.policy.tasks)), 'must be an object ({…}), got undefined'],
    ['targets[3].goal.allowances', (d: Record<string, any>) => (d.targets[3].goal.allowances = holed(d.targets[3].goal.allowances)), 'must be an object ({…}), got undefined'],
    ['targets[4].milestones', (d: Record<string, any>) => (d.targets[4].milestones = holed(d.targets[4].milestones)), 'must be an object ({…}), got undefined'],
  ])('a hole in %s is reported at its index', (path, edit, message) => {
    const doc = base();
    // The base document's sources, tasks and indicators are all referenced, so holes there move the
    // items but leave every reference resolvable.
    edit(doc);
    const r = validate(doc);
    expect(r.ok).toBe(false);
    expect(r.problems).toContainEqual({ path: `${path}[0]`, message });
    expect(r.problems, show(r.problems)).toHaveLength(1);
  });

  it('a list of nothing but holes reports each one', () => {
    const doc = base();
    doc.targets = new Array(3);
    const r = validate(doc);
    expect(r.problems.map((p) => p.path)).toEqual(['targets[0]', 'targets[1]', 'targets[2]']);
  });
});

describe('validate: the size of numbers', () => {
  it('accepts values up to ±1e15, the format’s limit', () => {
    const doc = base();
    doc.observations[3].value = 1e15;
    doc.observations[4].value = -1e15;
    doc.targets[0].baseline.value = 1e-300;
    expect(validate(doc).problems).toEqual([]);
  });

  it.each([
    ['targets[0].baseline.value', (d: Record<string, any>) => (d.targets[0].baseline.value = 1.5e308), '1.5e+308'],
    ['observations[0].value', (d: Record<string, any>) => (d.observations[0].value = -1.0000000000000002e15), '-1000000000000000.2'],
    ['targets[1].goal.value', (d: Record<string, any>) => (d.targets[1].goal.value = Number.MAX_VALUE), '1.7976931348623157e+308'],
    ['targets[0].goal.change', (d: Record<string, any>) => (d.targets[0].goal.change = -1e16), '-10000000000000000'],
  ])('rejects %s beyond it', (path, edit, shown) => {
    const doc = base();
    edit(doc);
    const r = validate(doc);
    expect(r.problems).toEqual([{ path, message: `must be between -1e15 and 1e15 (use a larger unit for bigger figures), got ${shown}` }]);
  });
});
