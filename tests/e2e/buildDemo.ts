import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Builds the demo once before the browser tests, so they always see the working tree. The
 * build runs as production: vitest sets NODE_ENV=test, which would ship React's dev build.
 */
export default function buildDemo(): void {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  execFileSync('npm', ['run', 'demo:build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
}
