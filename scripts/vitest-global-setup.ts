/**
 * Vitest's global setup: writes custom-elements.json (`npm run analyze`) when it is missing, so the tests that read it
 * (the documented custom properties and CSS parts) pass from a fresh clone with `npx vitest run` alone. `npm test`
 * writes it first anyway, in the type-check.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup(): void {
  if (!existsSync(new URL('../custom-elements.json', import.meta.url))) execSync('npm run analyze --silent', { stdio: 'inherit' });
}
