// Shared by `npm start` and `npm test`: check the machine, install what is missing.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export function log(message) {
  process.stdout.write(`\x1b[36m[streamscape]\x1b[0m ${message}\n`);
}

export function fail(message, code = 2) {
  process.stderr.write(`\x1b[31m[streamscape]\x1b[0m ${message}\n`);
  process.exit(code);
}

/** Node.js 20.19 or newer (Nx 22 and NestJS need it). */
export function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    fail(
      `Node.js ${process.versions.node} is too old: Streamscape needs 20.19 or newer (22 or 24 recommended). Install it from https://nodejs.org or with your package manager.`,
    );
  }
}

/**
 * Installs the npm packages when node_modules is missing or older than package-lock.json
 * (`npm ci`: exactly the committed lock file).
 */
export function ensureDependencies() {
  const lock = join(ROOT, 'package-lock.json');
  const stamp = join(ROOT, 'node_modules', '.streamscape-lock');
  const hash = createHash('sha256').update(readFileSync(lock)).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  log('Installing npm packages (npm ci) ...');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) fail('npm ci failed (see above). Check your network access to the npm registry.');
  writeFileSync(stamp, hash);
}

/** Runs a command with inherited output; resolves to its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}
