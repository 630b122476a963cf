/**
 * `peakline render`: static snapshots of the widgets for places without JavaScript
 * (RSS, newsletters, print, archives). Not AMP's HTML (AMP's validator rejects its <template shadowrootmode>
 * and inline <style> elements): there the SVG goes in an <amp-img>, or the iframe snippet in an <amp-iframe> (README).
 *
 * How it is built and run: @lit-labs/ssr needs JavaScript, not TypeScript, so
 * `npm run build:ssr` bundles this folder and the src/ modules it uses with esbuild into
 * dist/ssr/cli.js (ESM, platform node, every npm package left external so lit, @lit-labs/ssr
 * and d3 resolve from node_modules and the server renderer shares one copy of lit with the
 * elements). bin/peakline.mjs runs it (building it first in a source checkout).
 *
 * Node APIs stay in bin/peakline.mjs: this module receives its file and console access as
 * `CliIo`, so it type-checks with the DOM-only tsconfig and is testable without a disk.
 */
import type { PolicyDocument, Problem } from '../format/types.js';
import { echo } from '../format/echo.js';
import { parseAndValidate } from '../format/validate.js';
import { lint } from '../format/lint.js';
import { beforeBaseline, findTarget } from '../progress/assess.js';
import { VERSION } from '../version.js';
import { selectionProblems } from '../sectors/rows.js';
import { parseArgs, USAGE, type RenderOptions } from './options.js';
import { canRenderStatically, renderDocument, sectorFilters } from './render.js';
import { gaugeSvg } from './svg.js';

export interface CliIo {
  /** Reads a UTF-8 file ("-" is standard input). */
  readText(path: string): Promise<string>;
  /** Writes UTF-8 text; a `.svgz` name gzip-compressed (the format SVG viewers expect under that name). */
  writeText(path: string, text: string): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes. */
export const EXIT = { ok: 0, data: 1, usage: 2 } as const;

const problemLine = (p: Problem) => `${p.path || '(document)'}: ${p.message}`;

/** The sector panel's attributes, as `selectionProblems` names them, and the flags that set them. */
const SECTOR_FLAG: Record<string, string> = { targets: '--target', sectors: '--sectors', indicator: '--indicator' };

function dataProblems(doc: PolicyDocument, o: RenderOptions): Problem[] {
  if (o.widget === 'sectors') {
    // Labelled by the flag written, as the gauge's: the element's attribute names ("targets: No target…") are not the
    // CLI's (--target).
    return selectionProblems(doc, sectorFilters(o), o.lang).map((p) => ({ ...p, path: SECTOR_FLAG[p.path] ?? p.path }));
  }
  const target = o.target ? findTarget(doc, o.target) : undefined;
  if (o.target && !target) {
    const ids = doc.targets.map((t) => t.id);
    const known = ids.length > 12 ? `${ids.slice(0, 12).join(', ')}, …` : ids.join(', ');
    // Labelled by the flag written, as the element's by its attribute ("targets", the data's list, read as an option).
    return [{ path: '--target', message: `this dataset has no target with id "${echo(o.target)}" (its ids: ${known})` }];
  }
  // As the live element, which shows it as an error: nothing to judge before the baseline. A batch job must not write an
  // error box (HTML) or an image saying "No data yet" of a target with data (SVG) and exit 0.
  if (target && beforeBaseline(target, o.asOf))
    return [{ path: '--as-of', message: `${o.asOf} is before this target's baseline year (${target.baseline.year}): use ${target.baseline.year} or later.` }];
  return [];
}

/** Runs the CLI with the arguments after the program name; resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (parsed.kind === 'version') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (parsed.kind === 'error') {
    io.stderr(`peakline: ${parsed.message}\n`);
    return EXIT.usage;
  }
  const o = parsed.options;
  if (!canRenderStatically(o.widget)) {
    io.stderr(`peakline: widget ${o.widget} cannot be rendered statically yet.\n`);
    return EXIT.usage;
  }
  if (o.format === 'svg' && o.widget !== 'gauge') {
    io.stderr(`peakline: widget ${o.widget} cannot be rendered as SVG yet (use --format html).\n`);
    return EXIT.usage;
  }

  // How the messages name the data: "-" alone read "peakline: - is not valid Peakline policy data".
  const name = o.data === '-' ? 'standard input' : o.data;
  let text: string;
  try {
    text = await io.readText(o.data);
  } catch (err) {
    io.stderr(`peakline: cannot read ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.data;
  }
  const result = parseAndValidate(text);
  if (!result.ok) {
    const n = result.problems.length;
    io.stderr(`peakline: ${name} is not valid Peakline policy data (${n} problem${n === 1 ? '' : 's'}):\n`);
    io.stderr(result.problems.map((p) => `${problemLine(p)}\n`).join(''));
    return EXIT.data;
  }
  const doc = result.data;
  // What the data say that is probably untrue or unsourced (src/format/lint.ts): said, and rendered all the same, as the
  // widgets would show it (the exit code is the render's).
  const warnings = lint(doc);
  if (warnings.length > 0) {
    const n = warnings.length;
    io.stderr(`peakline: ${name} has ${n} data warning${n === 1 ? '' : 's'} (rendered all the same):\n${warnings.map((w) => `${problemLine(w)}\n`).join('')}`);
  }
  const problems = dataProblems(doc, o);
  if (problems.length > 0) {
    io.stderr(`peakline: ${name} cannot be shown in the ${o.widget} widget:\n${problems.map((p) => `${problemLine(p)}\n`).join('')}`);
    return EXIT.data;
  }

  let output: string;
  if (o.format === 'svg') {
    const target = findTarget(doc, o.target!)!;
    output = gaugeSvg(doc, target, {
      lang: o.lang,
      theme: o.theme === 'dark' ? 'dark' : 'light',
      width: o.width,
      variant: o.variant,
      method: o.method ?? undefined,
      asOf: o.asOf ?? undefined,
    });
  } else {
    output = await renderDocument(doc, o);
  }

  if (o.out) {
    try {
      await io.writeText(o.out, output);
    } catch (err) {
      io.stderr(`peakline: cannot write ${o.out}: ${err instanceof Error ? err.message : String(err)}\n`);
      return EXIT.data;
    }
    io.stderr(`peakline: wrote ${o.out}\n`);
  } else {
    io.stdout(output);
  }
  return EXIT.ok;
}
