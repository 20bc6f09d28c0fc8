// The web app for `npm start`: a production build (made when missing or older than its sources), then
// `next start`. Measured on 2 cores: a build takes 35-45 s once, then every page opens at once; `next dev`
// shows the first page after ~35 s and compiles each further page on first visit (~7 s each).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './setup.mjs';

const WEB = join(ROOT, 'apps/web');
const NEXT = join(ROOT, 'node_modules/next/dist/bin/next');
const SOURCES = ['apps/web/src', 'apps/web/next.config.ts', 'libs/web', 'package-lock.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

/** True when there is no build or a source changed after it. */
export function webBuildIsStale() {
  const buildId = join(WEB, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newest(join(ROOT, source)) > built);
}

function nextProcess(args, env, stdio) {
  return spawn(process.execPath, [NEXT, ...args], {
    cwd: WEB,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', stdio, 'inherit'],
    // its own process group: stopping it also stops the next-server it forks
    detached: true,
  });
}

/**
 * Builds when needed, then serves the app; resolves once it answers. `oidcIssuer`: the Keycloak realm the
 * app signs in with (read at run time through GET /auth-config, so the build does not depend on it);
 * without it the app runs without sign-in (AUTH_MODE=local, which the API must then use too).
 */
export async function startWeb({ apiUrl, port = 3000, log, oidcIssuer }) {
  if (webBuildIsStale()) {
    log('Building the web app (next build, about a minute the first time) ...');
    const code = await new Promise((resolve) => nextProcess(['build'], {}, 'ignore').on('exit', resolve));
    if (code !== 0) throw new Error('next build failed: run `npx nx run web:build` to see why');
  }
  const auth = oidcIssuer ? { AUTH_MODE: 'oidc', OIDC_ISSUER: oidcIssuer } : { AUTH_MODE: 'local' };
  const child = nextProcess(
    ['start', '--port', String(port)],
    { API_URL: `${apiUrl}/graphql`, ...auth },
    'ignore',
  );
  const url = `http://localhost:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    await new Promise((resolve) => child.once('exit', resolve));
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`${url}/enterprise`)).ok) return { url, child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`The web app did not answer on ${url} (is port ${port} taken? WEB_PORT picks another)`);
}
