// Finds the Chromium the browser tests use, or fails with instructions.
// Order: $CHROME_PATH, then /usr/bin/chromium (Debian's package).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Flags every headless Chromium here is started with: root needs --no-sandbox, and without the
 * background-networking flags the closed network refuses Chromium's own connections.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter(Boolean);
  return candidates.find((p) => existsSync(p));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = findChromium();
  if (!found) {
    console.error(
      [
        'Peakline browser tests need Chromium, and none was found.',
        `  Looked at: ${process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH}, ` : ''}/usr/bin/chromium`,
        '  On Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium',
        '  Elsewhere: set CHROME_PATH to a Chromium or Chrome binary.',
      ].join('\n'),
    );
    process.exit(1);
  }
  console.log(`Chromium: ${found}`);
  // The tests measure Chinese text (line breaks, label collisions); without a Chinese font it is drawn as boxes of another
  // width, and a test of a 320 px column's line count fails for the machine, not the code. Said first, not found later.
  // Where fontconfig is (Linux); elsewhere (macOS, Windows) the system's Chinese fonts are there and not looked for.
  let zh = null;
  try {
    zh = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  } catch {}
  if (zh !== null && !zh.trim()) {
    console.error(
      [
        'Peakline browser tests need a Chinese font, and fontconfig lists none.',
        '  On Debian/Ubuntu: sudo apt-get install -y fonts-noto-cjk',
      ].join('\n'),
    );
    process.exit(1);
  }
}
