import { describe, expect, it } from 'vitest';
import { parseArgs, type Parsed, type RenderOptions } from './options.js';

const sectors = (...extra: string[]) => parseArgs(['render', '--data', 'policy.json', '--widget', 'sectors', ...extra]);
const options = (p: Parsed): RenderOptions => {
  if (p.kind !== 'render') throw new Error(`not parsed: ${JSON.stringify(p)}`);
  return p.options;
};
const error = (p: Parsed): string => (p.kind === 'error' ? p.message : `parsed as ${p.kind}`);

describe("parseArgs: the sector panel's options", () => {
  it('passes --sectors and --indicator through as the lists the element reads (its attributes), both forms of a flag', () => {
    const o = options(sectors('--sectors', 'steel,building-materials', '--indicator=clinker-capacity'));
    expect([o.sectors, o.indicator]).toEqual(['steel,building-materials', 'clinker-capacity']);
  });

  it('takes --layout and --sort', () => {
    const o = options(sectors('--layout', 'dots', '--sort', 'name'));
    expect([o.layout, o.sort]).toEqual(['dots', 'name']);
    for (const sort of ['status', 'progress', 'name', 'data']) expect(options(sectors('--sort', sort)).sort).toBe(sort);
  });

  it("defaults to the element's own: every sector and indicator, bars, sorted by status", () => {
    const o = options(sectors());
    expect([o.sectors, o.indicator, o.layout, o.sort]).toEqual([null, null, 'bars', 'status']);
    // A gauge's options carry the same defaults (unused).
    expect(options(parseArgs(['--data', 'p.json', '--target', 'x'])).layout).toBe('bars');
  });

  it('refuses a value outside the allowed ones, naming them, with the value echoed safely', () => {
    expect(error(sectors('--layout', 'pie'))).toBe('--layout must be one of bars, dots (got "pie").');
    expect(error(sectors('--sort', 'Name'))).toBe('--sort must be one of status, progress, name, data (got "Name").');
    // A control character is echoed as an escape, not written to the terminal.
    expect(error(sectors('--sort', 'a\u001b[2Jb'))).toBe('--sort must be one of status, progress, name, data (got "a\\u001B[2Jb").');
  });

  it('refuses them with another widget, saying which widget they belong to (even without --widget, the gauge)', () => {
    for (const [flag, value] of [['--sectors', 'steel'], ['--indicator', 'clinker-capacity'], ['--layout', 'dots'], ['--sort', 'name']] as const) {
      for (const widget of ['gauge', 'trajectory']) {
        expect(error(parseArgs(['--data', 'p.json', '--widget', widget, '--target', 'x', flag, value]))).toBe(`${flag} applies to the sector panel only (--widget sectors).`);
      }
      // Without --widget and --target the widget is what is missing, not the gauge's target.
      expect(error(parseArgs(['--data', 'p.json', flag, value]))).toBe(`${flag} applies to the sector panel only (--widget sectors).`);
    }
  });

  it("and the gauge's --variant is refused with the sector panel, as before", () => {
    expect(error(sectors('--variant', 'bar'))).toBe('--variant applies to the gauge only.');
  });

  it('refuses a sector option given twice, as every option', () => {
    expect(error(sectors('--sectors', 'steel', '--sectors', 'electronics'))).toBe('--sectors is given twice. Run peakline --help.');
  });
});

describe('parseArgs: a negative number is a value', () => {
  const gauge = (...extra: string[]) => parseArgs(['--data', 'p.json', '--target', 'x', ...extra]);
  it('says what is wrong with it ("--width -5" said "--width needs a value")', () => {
    expect(error(gauge('--width', '-5'))).toBe('--width must be a whole number of pixels from 200 to 2000 (got "-5").');
    expect(error(gauge('--as-of', '-2020'))).toBe('--as-of must be a year (got "-2020").');
    expect(error(gauge('--heading-level', '-1'))).toBe('--heading-level must be 1, 2, 3, 4, 5 or 6 (got "-1").');
  });
  it('still takes a flag after a flag as a missing value, and "-" as standard input', () => {
    expect(error(gauge('--width', '--lang', 'zh'))).toBe('--width needs a value.');
    expect(error(gauge('--width', '-v'))).toBe('--width needs a value.');
    expect(options(parseArgs(['--data', '-', '--target', 'x'])).data).toBe('-');
  });
});

describe("parseArgs: --out's extension and the format agree", () => {
  const gauge = (...extra: string[]) => parseArgs(['--data', 'p.json', '--target', 'x', ...extra]);
  it('refuses HTML written to a .svg file (a broken <img>) and an SVG written to a .html file', () => {
    expect(error(gauge('--out', 'chart.svg'))).toBe('--out chart.svg is an SVG file name, but the format is html (the default): add --format svg, or name the file .html.');
    expect(error(gauge('--format', 'html', '--out', 'out/Chart.SVG'))).toBe('--out out/Chart.SVG is an SVG file name, but the format is html: add --format svg, or name the file .html.');
    expect(error(gauge('--format', 'svg', '--out', 'chart.html'))).toBe('--out chart.html is an HTML file name, but the format is svg: name the file .svg, or drop --format svg.');
    // .svgz is an SVG name too (it got uncompressed HTML and exit 0).
    expect(error(gauge('--out', 'chart.svgz'))).toBe('--out chart.svgz is an SVG file name, but the format is html (the default): add --format svg, or name the file .html.');
  });
  it('advises --format svg for a gauge only (a sector panel or trajectory cannot be an SVG)', () => {
    expect(error(parseArgs(['--data', 'p.json', '--widget', 'sectors', '--out', 'x.svg']))).toBe('--out x.svg is an SVG file name, but the format is html (the default): only a gauge renders as SVG; name the file .html.');
    expect(error(parseArgs(['--data', 'p.json', '--widget', 'trajectory', '--target', 'x', '--out', 'x.svg']))).toMatch(/only a gauge renders as SVG; name the file \.html\.$/);
  });
  it('refuses a picture or PDF file name, which got HTML and exit 0 (peakline writes neither)', () => {
    expect(error(gauge('--out', 'chart.png'))).toBe('--out chart.png is a PNG file name, but peakline writes HTML or SVG only: name the file .html (or .svg, with --format svg) and convert it with another tool.');
    expect(error(gauge('--format', 'svg', '--out', 'out/Chart.JPG'))).toBe('--out out/Chart.JPG is a JPG file name, but peakline writes HTML or SVG only: name the file .svg and convert it with another tool.');
    expect(error(parseArgs(['--data', 'p.json', '--widget', 'sectors', '--out', 'print.pdf']))).toBe('--out print.pdf is a PDF file name, but peakline writes HTML or SVG only: name the file .html and convert it with another tool.');
  });
  it('takes matching names, and names of any other kind, as before', () => {
    expect(options(gauge('--format', 'svg', '--out', 'chart.svg')).out).toBe('chart.svg');
    expect(options(gauge('--format', 'svg', '--out', 'chart.SVGZ')).out).toBe('chart.SVGZ');
    expect(options(gauge('--out', 'chart.htm')).out).toBe('chart.htm');
    expect(options(gauge('--format', 'svg', '--out', 'chart.txt')).out).toBe('chart.txt');
    expect(options(gauge('--out', 'snapshot')).out).toBe('snapshot');
  });
  it('reads "-" as standard output, as --data reads it as standard input (it wrote a file named "-")', () => {
    expect(options(gauge('--out', '-')).out).toBe(null);
    expect(options(gauge('--out=-')).out).toBe(null);
  });
});

describe('parseArgs: --data', () => {
  it('refuses an address with how to read it (it failed as "ENOENT: no such file or directory")', () => {
    expect(error(parseArgs(['--data', 'https://example.org/p.json', '--target', 'x']))).toBe(
      '--data takes a file, not an address: download it, or pipe it in (curl -s https://example.org/p.json | peakline render --data - …).',
    );
  });
});

describe('parseArgs: --bundle and the widget agree', () => {
  const args = (widget: string, bundle: string) => parseArgs(['--data', 'p.json', '--widget', widget, '--target', 'x', '--bundle', bundle]);
  it("refuses another widget's own bundle, which never upgrades this one (the snapshot stayed static with JavaScript on)", () => {
    expect(error(args('sectors', 'https://cdn.example/peakline-gauge.js'))).toBe('--bundle peakline-gauge.js defines the gauge only: the sector panel would never upgrade. Use peakline-sectors.js or peakline.js.');
    expect(error(args('gauge', '/js/peakline-trajectory.min.js?v=2'))).toMatch(/^--bundle peakline-trajectory\.min\.js defines the trajectory only: the gauge would never upgrade\./);
  });
  it("takes the widget's own bundle, the all-in-one bundle and any other name", () => {
    expect(options(args('sectors', 'https://cdn.example/peakline-sectors.js')).bundle).toBe('https://cdn.example/peakline-sectors.js');
    expect(options(args('gauge', 'peakline.js')).bundle).toBe('peakline.js');
    expect(options(args('gauge', 'https://cdn.example/peakline-gauge.js#x')).bundle).toBe('https://cdn.example/peakline-gauge.js#x');
    expect(options(args('trajectory', 'https://cdn.example/my-peakline-gauge.js')).bundle).toBe('https://cdn.example/my-peakline-gauge.js');
  });
});
