/**
 * A tiny static server for the host-page tests (test/e2e/) and the benchmark (bench/run.mjs).
 * It serves the repository root byte for byte, the way a plain web host would (the wtr dev
 * server rewrites .js and .json files), and adds what the tests need:
 *
 * - `Content-Security-Policy` (strict: no 'unsafe-inline', Trusted Types required) on every
 *   page whose file name starts with `csp` (test/pages/csp.html…);
 * - `?delay=<ms>` on any URL holds the response back, so a page's loading state is visible;
 * - `extraRoots`: other directories searched first (the built site in the embed test).
 *
 * Usage: `const server = await startServer(); server.url('/test/pages/plain.html'); await server.close();`
 * Manual: `node test/pages/serve.mjs [port]` then open http://127.0.0.1:<port>/test/pages/plain.html.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export const STRICT_CSP =
  "script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Headers added to one response: the strict CSP on `csp*.html` pages. */
export function defaultHeaders(pathname) {
  const name = basename(pathname);
  return name.startsWith('csp') && name.endsWith('.html') ? { 'content-security-policy': STRICT_CSP } : {};
}

async function findFile(roots, pathname) {
  for (const root of roots) {
    let file = normalize(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) continue; // no escaping the root
    try {
      let s = await stat(file);
      if (s.isDirectory()) {
        file = join(file, 'index.html');
        s = await stat(file);
      }
      if (s.isFile()) return file;
    } catch {
      /* try the next root */
    }
  }
  return null;
}

/**
 * @param {{ port?: number, root?: string, extraRoots?: string[], headers?: (pathname: string) => Record<string, string>, log?: boolean }} [options]
 */
export async function startServer(options = {}) {
  const roots = [...(options.extraRoots ?? []), options.root ?? REPO_ROOT].map((r) => resolve(r));
  const headersFor = options.headers ?? defaultHeaders;
  const requests = [];
  const notFound = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('bad path');
      return;
    }
    requests.push(pathname);
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay > 0) await new Promise((r) => setTimeout(r, Math.min(delay, 30_000)));
    const file = await findFile(roots, pathname);
    if (!file) {
      notFound.push(pathname);
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}`);
      if (options.log) console.log(`404 ${pathname}`);
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headersFor(pathname),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((r) => server.listen(options.port ?? 0, '127.0.0.1', r));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    requests,
    /** Paths answered 404, in order. */
    notFound,
    url: (path) => origin + path,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections?.();
        server.close(() => r(undefined));
      }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await startServer({ port: Number(process.argv[2] ?? 8088), log: true });
  console.log(`Serving ${REPO_ROOT} at ${s.origin} (CSP on csp*.html; ?delay=ms on any URL)`);
}
