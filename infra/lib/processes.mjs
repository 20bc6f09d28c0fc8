// What the Neo4j and Keycloak launchers share: ports, pid and state files, process checks, log tails.
// Plain Node (no dependencies), so that the launchers run before `npm ci` has finished or without it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import process from 'node:process';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A launcher's error; `exitCode` is what its CLI exits with (2 = missing tools/bad config). */
export class LauncherError extends Error {
  constructor(message, { exitCode = 1, code, logTail } = {}) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
    this.code = code;
    this.logTail = logTail;
  }
}

export function splitArgs(s) {
  return s.split(/\s+/).filter(Boolean);
}

/** A host as it goes into a URL: IPv6 literals in brackets. */
export function hostForUrl(host) {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/** A path relative to the working directory when it lies below it (shorter messages), else as given. */
export function rel(p) {
  const r = path.relative(process.cwd(), p);
  return r && !r.startsWith('..') && !path.isAbsolute(r) ? r : p;
}

/** Resolves true when host:port can be bound (nothing listens there). */
export function portIsFree(host, port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', (e) => resolve(e.code === 'EADDRINUSE' || e.code === 'EACCES' ? false : true));
    srv.listen({ host, port, exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/** A port that is free right now (the kernel's choice for port 0). */
export function freePort(host) {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen({ host, port: 0, exclusive: true }, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** After a stop: wait (up to 10 s in all) until the ports can be bound again, so an immediate restart works. */
export async function waitForPortRelease(host, ports) {
  const deadline = Date.now() + 10_000;
  for (const port of ports.filter(Boolean)) {
    while (Date.now() < deadline && !(await portIsFree(host, port))) await sleep(100);
  }
}

export function isAlive(pid) {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** An exited process its parent has not reaped yet is not running. */
export function isZombie(pid) {
  try {
    return /^\d+ \(.*\) [ZX]/s.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** The command line of pid as arguments (Linux /proc, else ps, split on blanks); [] when unknown. */
export function cmdlineOf(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    const r = spawnSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
    const s = (r.stdout ?? '').trim();
    return s ? s.split(/\s+/) : [];
  }
}

/**
 * True if pid runs and its command line passes `isOurs`: a pid file may name a pid that the system has since
 * given to something else. When the command line cannot be read, the pid file is trusted.
 */
export function runsAs(pid, isOurs) {
  if (!isAlive(pid) || isZombie(pid)) return false;
  const args = cmdlineOf(pid);
  if (args.length === 0) return true;
  if (/<defunct>/.test(args.join(' '))) return false;
  return isOurs(args);
}

/** Resident set size of a process in MiB (Linux /proc, else ps); null if unknown. */
export function rssMiB(pid) {
  if (!pid) return null;
  try {
    const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    if (kb) return Math.round(kb / 1024);
  } catch {
    /* no /proc */
  }
  const r = spawnSync('ps', ['-p', String(pid), '-o', 'rss='], { encoding: 'utf8' });
  const kb = Number((r.stdout ?? '').trim());
  return kb ? Math.round(kb / 1024) : null;
}

export function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** The pid in a launcher's pid file, or null. */
export function readPid({ pidFile }) {
  try {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Removes the pid and state files, only while they still describe `pid` (another start may own them now). */
export function clearRunFiles(cfg, pid) {
  if (pid && readPid(cfg) !== pid) return;
  fs.rmSync(cfg.pidFile, { force: true });
  fs.rmSync(cfg.stateFile, { force: true });
}

/** The last `lines` lines of a file, '' when it cannot be read. */
export function tail(file, lines = 40) {
  try {
    return fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .slice(-lines - 1)
      .join('\n')
      .trimEnd();
  } catch {
    return '';
  }
}

/** The last lines of a log and, from `errorsFrom` (its last `scan` lines), the last ten that match `pattern`. */
export function logDetails(outFile, { errorsFrom = outFile, scan = 2000, pattern }) {
  const errors = tail(errorsFrom, scan)
    .split('\n')
    .filter((l) => pattern.test(l))
    .slice(-10)
    .join('\n');
  let s = `--- last lines of ${rel(outFile)} ---\n${tail(outFile, 40) || '(empty)'}`;
  if (errors) s += `\n--- errors in ${rel(errorsFrom)} ---\n${errors}`;
  return s;
}

/** The launchers' default Maven: the repository's wrapper (it fetches Maven once), else `mvn` on PATH. */
export function defaultMaven(repoRoot) {
  const wrapper = path.join(repoRoot, process.platform === 'win32' ? 'mvnw.cmd' : 'mvnw');
  return fs.existsSync(wrapper) ? wrapper : 'mvn';
}
