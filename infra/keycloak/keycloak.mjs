#!/usr/bin/env node
// Streamscape: a real Keycloak 26 (the Quarkus distribution from Maven Central) in dev mode, without Docker.
//
// CLI:   node infra/keycloak/keycloak.mjs start|stop|status|run|env
// API:   import { startKeycloak, stopKeycloak, keycloakStatus } from './infra/keycloak/keycloak.mjs'
//
// Plain Node ESM, node: builtins only. See docs/operations/keycloak.md.

import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import {
  LauncherError,
  clearRunFiles,
  cmdlineOf,
  defaultMaven,
  freePort,
  hostForUrl,
  isAlive,
  isZombie,
  logDetails,
  portIsFree,
  readJson,
  readPid,
  rel,
  rssMiB,
  runsAs,
  sleep,
  splitArgs,
  tail,
  waitForPortRelease,
} from '../lib/processes.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '..', '..');
const POM = path.join(HERE, 'pom.xml');
/** The committed realm (clients, roles, demo users); copied into the distribution's data/import/ at start. */
export const REALM_FILE = path.join(HERE, 'realm-streamscape.json');
const IMPORT_NAME = 'streamscape-realm.json';
const KEYCLOAK_VERSION = /<keycloak\.version>([^<]+)<\/keycloak\.version>/.exec(
  fs.readFileSync(POM, 'utf8'),
)?.[1];
const JAVA_HINT =
  'Keycloak 26 runs on Java 21 or 25 (25 is recommended; 17 is deprecated and not used here).\n' +
  'Install Eclipse Temurin 25 (package temurin-25-jdk, into /usr/lib/jvm) or another JDK 21/25,\n' +
  'or point KEYCLOAK_JAVA_HOME at one.';
const MAVEN_HINT =
  "The repository's ./mvnw fetches Maven by itself (it needs a JDK and Maven Central); or install Maven\n" +
  '(Debian/Ubuntu: sudo apt-get install maven) and point MVN at it.\n' +
  'It is needed only until the Keycloak distribution is unpacked (first start).';

/** Error thrown by this module (see LauncherError). */
export class KeycloakLauncherError extends LauncherError {
  constructor(message, { code = 'KEYCLOAK_ERROR', ...rest } = {}) {
    super(message, { code, ...rest });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// configuration

/**
 * Resolves options + environment + defaults into one config object.
 * Relative paths (KEYCLOAK_DATA_DIR, KEYCLOAK_DIST_DIR, ...) are taken relative to the repository root.
 */
export function resolveKeycloakConfig(options = {}) {
  const env = options.env ?? process.env;
  const pick = (key, envName, def) => {
    const v = options[key];
    if (v !== undefined && v !== null && v !== '') return v;
    const e = envName ? env[envName] : undefined;
    return e !== undefined && e !== '' ? e : def;
  };
  const dataDir = path.resolve(
    REPO_ROOT,
    String(pick('dataDir', 'KEYCLOAK_DATA_DIR', path.join('.data', 'keycloak'))),
  );
  const host = String(pick('host', 'KEYCLOAK_HOST', '127.0.0.1'));
  const port = portOf(pick('port', 'KEYCLOAK_PORT', 8080), 'KEYCLOAK_PORT');
  const managementPort = portOf(
    pick('managementPort', 'KEYCLOAK_MANAGEMENT_PORT', 9000),
    'KEYCLOAK_MANAGEMENT_PORT',
  );
  const publicUrl = String(pick('publicUrl', 'KEYCLOAK_PUBLIC_URL', '')).replace(/\/+$/, '');
  if (publicUrl && !/^https?:\/\/[^/]+$/.test(publicUrl)) {
    throw new KeycloakLauncherError(
      `KEYCLOAK_PUBLIC_URL must look like http://127.0.0.1:8080 (scheme, host, port; no path), got '${publicUrl}'`,
      { exitCode: 2 },
    );
  }
  const heap = String(pick('heap', 'KEYCLOAK_HEAP', '768m'));
  if (!/^\d+[mgMG]$/.test(heap))
    throw new KeycloakLauncherError(`KEYCLOAK_HEAP must look like 768m or 1g, got '${heap}'`, {
      exitCode: 2,
    });
  const jit = String(pick('jit', 'KEYCLOAK_JIT', 'c1'));
  if (jit !== 'c1' && jit !== 'tiered')
    throw new KeycloakLauncherError(`KEYCLOAK_JIT must be c1 or tiered, got '${jit}'`, { exitCode: 2 });
  const distRoot = path.resolve(
    REPO_ROOT,
    String(pick('distDir', 'KEYCLOAK_DIST_DIR', path.join('infra', 'keycloak', 'dist'))),
  );
  const timeoutMs = Number(pick('timeoutMs', 'KEYCLOAK_START_TIMEOUT_MS', 300_000));
  const stopTimeoutMs = Number(pick('stopTimeoutMs', 'KEYCLOAK_STOP_TIMEOUT_MS', 30_000));
  return {
    version: KEYCLOAK_VERSION,
    dataDir,
    host,
    port,
    managementPort,
    publicUrl,
    heap,
    jit,
    javaHome: String(pick('javaHome', 'KEYCLOAK_JAVA_HOME', '')),
    mvn: String(pick('mvn', 'MVN', defaultMaven(REPO_ROOT))),
    distRoot,
    home: path.join(distRoot, `keycloak-${KEYCLOAK_VERSION}`),
    extraJavaOpts: String(pick('javaOpts', 'KEYCLOAK_JAVA_OPTS', '')),
    extraArgs: options.args ?? splitArgs(env.KEYCLOAK_ARGS ?? ''),
    adminUser: String(pick('adminUser', 'KEYCLOAK_ADMIN_USER', env.KC_BOOTSTRAP_ADMIN_USERNAME || 'admin')),
    adminPassword: String(
      options.adminPassword ?? (env.KEYCLOAK_ADMIN_PASSWORD || env.KC_BOOTSTRAP_ADMIN_PASSWORD || ''),
    ),
    passwordFile: path.join(path.dirname(dataDir), `${path.basename(dataDir)}-admin-password`),
    timeoutMs,
    stopTimeoutMs,
    logsDir: path.join(dataDir, 'logs'),
    outFile: path.join(dataDir, 'logs', 'keycloak.out'),
    pidFile: path.join(dataDir, 'run', 'keycloak.pid'),
    stateFile: path.join(dataDir, 'run', 'keycloak.json'),
    importedFile: path.join(dataDir, 'realm-imported.json'),
    h2File: path.join(dataDir, 'data', 'h2', 'keycloakdb.mv.db'),
  };
}

function portOf(raw, name) {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new KeycloakLauncherError(`${name} must be a port number (0 = any free port), got '${raw}'`, {
      exitCode: 2,
    });
  }
  return port;
}

/** http://<host>:<port>, with 127.0.0.1 for a wildcard listen address (browsers cannot use 0.0.0.0). */
function defaultPublicUrl(host, port) {
  const h = host === '0.0.0.0' || host === '::' || host === '[::]' ? '127.0.0.1' : hostForUrl(host);
  return `http://${h}:${port}`;
}

/** The realm file, parsed (and so validated) once per start. */
function readRealm() {
  try {
    const text = fs.readFileSync(REALM_FILE, 'utf8');
    const json = JSON.parse(text);
    if (!json.realm) throw new Error('no "realm" field');
    return { name: json.realm, json, text, sha256: createHash('sha256').update(text).digest('hex') };
  } catch (e) {
    throw new KeycloakLauncherError(`The realm file ${rel(REALM_FILE)} is not usable: ${e.message}`, {
      exitCode: 2,
      code: 'BAD_REALM_FILE',
    });
  }
}

/**
 * The demo users of the committed realm with their local-only passwords and realm roles (test helper).
 * @returns {{username: string, password: string, roles: string[], firstName: string, lastName: string, email: string}[]}
 */
export function demoUsers() {
  const { json } = readRealm();
  return (json.users ?? [])
    .filter((u) => !u.serviceAccountClientId)
    .map((u) => ({
      username: u.username,
      password: u.credentials?.find((c) => c.type === 'password')?.value ?? '',
      roles: (u.realmRoles ?? []).filter((r) => !r.startsWith('default-roles-')),
      firstName: u.firstName,
      lastName: u.lastName,
      email: u.email,
    }));
}

/** The clients of the committed realm that tests use (ids and the local-only automation secret). */
export function realmClients() {
  const { json } = readRealm();
  const byId = Object.fromEntries((json.clients ?? []).map((c) => [c.clientId, c]));
  return {
    web: 'streamscape-web',
    test: 'streamscape-test',
    api: 'streamscape-api',
    automation: {
      clientId: 'streamscape-automation',
      clientSecret: byId['streamscape-automation']?.secret ?? '',
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// tools: java, maven, the distribution

function javaVersionOf(home) {
  try {
    const release = fs.readFileSync(path.join(home, 'release'), 'utf8');
    const v = /^JAVA_VERSION="([^"]+)"/m.exec(release)?.[1];
    if (v) return v;
  } catch {
    /* no release file: ask the binary */
  }
  const r = spawnSync(path.join(home, 'bin', 'java'), ['-XshowSettings:properties', '-version'], {
    encoding: 'utf8',
  });
  if (r.error || r.status !== 0) return '';
  return /^\s*java\.version = (.+)$/m.exec(`${r.stderr}\n${r.stdout}`)?.[1]?.trim() ?? '';
}

function majorOf(version) {
  return Number(/^(1\.)?(\d+)/.exec(version)?.[2] ?? 0);
}

/** Preference among usable JDKs: 25 (recommended), then 21, then newer ones (untested by Keycloak 26). */
function javaRank(major) {
  if (major === 25) return 3;
  if (major === 21) return 2;
  if (major > 25) return 1;
  return 0; // < 21: not usable
}

/** Finds the JDK to run Keycloak with: KEYCLOAK_JAVA_HOME, else the best of JAVA_HOME, /usr/lib/jvm/*, PATH. */
export function findKeycloakJava(options = {}) {
  const cfg = options.javaHome !== undefined ? options : resolveKeycloakConfig(options);
  const hasJava = (home) => fs.existsSync(path.join(home, 'bin', 'java'));
  if (cfg.javaHome) {
    const home = path.resolve(cfg.javaHome);
    if (!hasJava(home)) {
      throw new KeycloakLauncherError(`KEYCLOAK_JAVA_HOME=${cfg.javaHome} has no bin/java.\n${JAVA_HINT}`, {
        exitCode: 2,
        code: 'NO_JAVA',
      });
    }
    const version = javaVersionOf(home);
    const major = majorOf(version);
    if (major < 21) {
      throw new KeycloakLauncherError(
        `KEYCLOAK_JAVA_HOME=${cfg.javaHome} is Java ${version || '?'}.\n${JAVA_HINT}`,
        { exitCode: 2, code: 'OLD_JAVA' },
      );
    }
    return { home, version, major, source: 'KEYCLOAK_JAVA_HOME' };
  }

  const candidates = new Map(); // realpath -> { home, source }
  const add = (home, source) => {
    if (!home || !hasJava(home)) return;
    let real;
    try {
      real = fs.realpathSync(home);
    } catch {
      return;
    }
    if (!candidates.has(real)) candidates.set(real, { home, source });
  };
  for (const root of ['/usr/lib/jvm', '/opt/java', '/Library/Java/JavaVirtualMachines']) {
    let names = [];
    try {
      names = fs.readdirSync(root).sort();
    } catch {
      continue;
    }
    for (const n of names) {
      add(path.join(root, n), root);
      add(path.join(root, n, 'Contents', 'Home'), root); // macOS bundles
    }
  }
  if (process.env.JAVA_HOME) add(process.env.JAVA_HOME, 'JAVA_HOME');
  const onPath = spawnSync('java', ['-XshowSettings:properties', '-version'], { encoding: 'utf8' });
  const pathHome = /^\s*java\.home = (.+)$/m
    .exec(`${onPath.stderr ?? ''}\n${onPath.stdout ?? ''}`)?.[1]
    ?.trim();
  if (pathHome) add(pathHome, 'PATH');

  const found = [...candidates.values()].map((c) => {
    const version = javaVersionOf(c.home);
    return { ...c, version, major: majorOf(version) };
  });
  const usable = found
    .filter((c) => javaRank(c.major) > 0)
    .sort(
      (a, b) =>
        javaRank(b.major) - javaRank(a.major) ||
        Number(/temurin/i.test(b.home)) - Number(/temurin/i.test(a.home)) ||
        a.home.localeCompare(b.home),
    );
  if (usable.length === 0) {
    const seen = found.length
      ? `Found only: ${found.map((c) => `${c.home} (Java ${c.version || '?'})`).join(', ')}.`
      : 'Found no JDK in /usr/lib/jvm, /opt/java, JAVA_HOME or on the PATH.';
    throw new KeycloakLauncherError(
      `No JDK 21 or 25 for Keycloak ${KEYCLOAK_VERSION}. ${seen}\n${JAVA_HINT}`,
      {
        exitCode: 2,
        code: 'NO_JAVA',
      },
    );
  }
  return usable[0];
}

/**
 * A cross-process lock (a directory holding the owner's pid). Stale locks (owner gone) are taken over.
 * Guards the unpack and the first start (Keycloak rewrites lib/quarkus/ of the shared distribution then).
 */
async function withLock(lockDir, what, log, timeoutMs, fn) {
  const deadline = Date.now() + timeoutMs;
  const ownerFile = path.join(lockDir, 'owner');
  let announced = false;
  for (;;) {
    try {
      fs.mkdirSync(path.dirname(lockDir), { recursive: true });
      fs.mkdirSync(lockDir);
      fs.writeFileSync(ownerFile, `${process.pid}\n`);
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    let owner = 0;
    let age = 0;
    try {
      owner = Number(fs.readFileSync(ownerFile, 'utf8').trim());
    } catch {
      try {
        age = Date.now() - fs.statSync(lockDir).mtimeMs;
      } catch {
        continue; // released meanwhile
      }
    }
    if ((owner && !isAlive(owner)) || (!owner && age > 10_000)) {
      fs.rmSync(lockDir, { recursive: true, force: true }); // stale
      continue;
    }
    if (Date.now() > deadline) {
      throw new KeycloakLauncherError(
        `Timed out waiting for another process (pid ${owner || '?'}) that is ${what}. ` +
          `If none is, remove ${rel(lockDir)}.`,
        { code: 'LOCKED' },
      );
    }
    if (!announced) {
      log(`Waiting for another process (pid ${owner || '?'}) that is ${what} ...`);
      announced = true;
    }
    await sleep(500);
  }
  try {
    return await fn();
  } finally {
    try {
      if (Number(fs.readFileSync(ownerFile, 'utf8').trim()) === process.pid)
        fs.rmSync(lockDir, { recursive: true, force: true });
    } catch {
      /* already gone */
    }
  }
}

function distMarker(cfg) {
  return path.join(cfg.home, '.streamscape-unpacked');
}

function builtMarker(cfg) {
  return path.join(cfg.home, '.streamscape-started');
}

function lockDirOf(cfg) {
  return path.join(cfg.distRoot, `.lock-${cfg.version}`);
}

/** Unpacks the distribution with Maven (offline first; online only when ~/.m2 lacks the zip). */
async function ensureDistribution(cfg, log) {
  if (fs.existsSync(distMarker(cfg)) && fs.existsSync(path.join(cfg.home, 'bin', 'kc.sh')))
    return { unpacked: false };
  return withLock(lockDirOf(cfg), 'unpacking Keycloak', log, cfg.timeoutMs, async () => {
    if (fs.existsSync(distMarker(cfg))) return { unpacked: false };
    const v = spawnSync(cfg.mvn, ['-v'], { encoding: 'utf8' });
    if (v.error || v.status !== 0) {
      throw new KeycloakLauncherError(
        `Maven is needed once to fetch Keycloak ${cfg.version} from Maven Central, but '${cfg.mvn}' ` +
          `${v.error?.code === 'ENOENT' ? 'was not found' : 'did not run'}.\n${MAVEN_HINT}`,
        { exitCode: 2, code: 'NO_MAVEN' },
      );
    }
    const t0 = Date.now();
    const tmp = path.join(cfg.distRoot, `.unpack-${process.pid}`);
    fs.rmSync(tmp, { recursive: true, force: true });
    const base = ['-B', '-q', '-f', POM, 'dependency:unpack', `-Dkeycloak.dist.output=${tmp}`];
    const opts = { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] };
    let r = spawnSync(cfg.mvn, ['-o', ...base], opts);
    let downloaded = false;
    if (r.status !== 0) {
      log(
        `Fetching Keycloak ${cfg.version} (org.keycloak:keycloak-quarkus-dist, zip) from Maven Central into ` +
          '~/.m2 (first start only; about 180 MB) ...',
      );
      fs.rmSync(tmp, { recursive: true, force: true });
      r = spawnSync(cfg.mvn, base, opts);
      downloaded = true;
    }
    const unpackedHome = path.join(tmp, `keycloak-${cfg.version}`);
    if (r.status !== 0 || !fs.existsSync(path.join(unpackedHome, 'bin', 'kc.sh'))) {
      const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
      fs.rmSync(tmp, { recursive: true, force: true });
      throw new KeycloakLauncherError(
        `Maven could not fetch/unpack Keycloak ${cfg.version} with ${rel(POM)}:\n${out || `(exit ${r.status})`}`,
        { code: 'MAVEN_FAILED' },
      );
    }
    fs.rmSync(cfg.home, { recursive: true, force: true }); // a partial earlier attempt
    fs.renameSync(unpackedHome, cfg.home);
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.writeFileSync(distMarker(cfg), `${cfg.version}\n`);
    log(
      `${downloaded ? 'Downloaded and unpacked' : 'Unpacked'} Keycloak ${cfg.version} into ${rel(cfg.home)} ` +
        `in ${((Date.now() - t0) / 1000).toFixed(1)} s.`,
    );
    return { unpacked: true, downloaded };
  });
}

/** Copies the realm file into <home>/data/import/ (atomically, only when it changed). */
function installRealm(cfg, realm) {
  const dir = path.join(cfg.home, 'data', 'import');
  const target = path.join(dir, IMPORT_NAME);
  fs.mkdirSync(dir, { recursive: true });
  try {
    if (fs.readFileSync(target, 'utf8') === realm.text) return target;
  } catch {
    /* not there yet */
  }
  const tmp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, realm.text);
  fs.renameSync(tmp, target);
  return target;
}

// ---------------------------------------------------------------------------------------------------------------
// admin password

/** Password from options/KEYCLOAK_ADMIN_PASSWORD, else from the password file, else generated once there. */
function resolveAdminPassword(cfg) {
  if (cfg.adminPassword) return { password: cfg.adminPassword, source: 'KEYCLOAK_ADMIN_PASSWORD / options' };
  if (fs.existsSync(cfg.passwordFile)) {
    const pw = fs.readFileSync(cfg.passwordFile, 'utf8').trim();
    if (pw) return { password: pw, source: cfg.passwordFile };
  }
  const pw = randomBytes(18).toString('base64url');
  fs.mkdirSync(path.dirname(cfg.passwordFile), { recursive: true });
  fs.writeFileSync(cfg.passwordFile, `${pw}\n`, { mode: 0o600 });
  return { password: pw, source: cfg.passwordFile, generated: true };
}

function knownAdminPassword(cfg) {
  if (cfg.adminPassword) return cfg.adminPassword;
  try {
    return fs.readFileSync(cfg.passwordFile, 'utf8').trim();
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------------------------------------------------------
// HTTP, ports, processes

/** One HTTP request without keep-alive (so the CLI exits at once); resolves null on network errors. */
function httpRequest(url, { method = 'GET', headers = {}, body, timeoutMs = 3000 } = {}) {
  return new Promise((resolve) => {
    let req;
    try {
      req = http.request(
        url,
        { method, headers: { connection: 'close', ...headers }, agent: false },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }),
          );
          res.on('error', () => resolve(null));
        },
      );
    } catch {
      resolve(null);
      return;
    }
    req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(null));
    req.end(body);
  });
}

function parseJson(s) {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}

/** The OpenID configuration of the realm, fetched on the listen address; null if not (yet) served. */
async function discovery(host, port, realm, timeoutMs = 3000) {
  const r = await httpRequest(
    `http://${hostForUrl(host)}:${port}/realms/${realm}/.well-known/openid-configuration`,
    { timeoutMs },
  );
  return r?.status === 200 ? parseJson(r.body) : null;
}

async function healthReady(host, managementPort, timeoutMs = 3000) {
  if (!managementPort) return null;
  const r = await httpRequest(`http://${hostForUrl(host)}:${managementPort}/health/ready`, { timeoutMs });
  return r ? r.status === 200 : null;
}

const dataDirArg = (dataDir) => `-Dkc.db-url-path=${dataDir}`;

/**
 * True if pid is (still) one of ours for `dataDir`: the watchdog shell, kc.sh or the Keycloak JVM, all of which
 * carry -Dkc.db-url-path=<dataDir> on their command line; false for a recycled pid of something else.
 */
function isOurs(pid, dataDir) {
  return runsAs(
    pid,
    (args) =>
      args.some((a) => a.endsWith('kc.sh') || a.includes('QuarkusEntryPoint')) &&
      (!dataDir || args.includes(dataDirArg(dataDir))),
  );
}

/** Pid of the Keycloak JVM: `pid` itself (kc.sh execs java after a rebuild) or a descendant of it. */
function findJvmPid(pid) {
  if (!pid) return null;
  const isJvm = (p) => cmdlineOf(p).some((a) => a.includes('QuarkusEntryPoint'));
  if (isJvm(pid)) return pid;
  let procs = [];
  try {
    procs = fs
      .readdirSync('/proc')
      .filter((n) => /^\d+$/.test(n))
      .map((n) => {
        try {
          const stat = fs.readFileSync(`/proc/${n}/stat`, 'utf8');
          return { pid: Number(n), ppid: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) };
        } catch {
          return null;
        }
      })
      .filter(Boolean);
  } catch {
    const r = spawnSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' });
    procs = (r.stdout ?? '')
      .trim()
      .split('\n')
      .map((l) => l.trim().split(/\s+/).map(Number))
      .map(([p, pp]) => ({ pid: p, ppid: pp }));
  }
  const queue = [pid];
  while (queue.length) {
    const parent = queue.shift();
    for (const c of procs.filter((p) => p.ppid === parent)) {
      if (isJvm(c.pid)) return c.pid;
      queue.push(c.pid);
    }
  }
  return null;
}

function failureDetails(cfg) {
  return logDetails(cfg.outFile, { pattern: /\b(ERROR|FATAL|Caused by)\b/ });
}

function processGroupOf(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
  } catch {
    return null;
  }
}

async function waitForExit(cfg, pid, jvmPid, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const mainGone = child ? child.exitCode !== null || child.signalCode !== null : !isOurs(pid, cfg.dataDir);
    const jvmGone = !jvmPid || jvmPid === pid || !isAlive(jvmPid) || isZombie(jvmPid);
    if (mainGone && jvmGone) return true;
    await sleep(100);
  }
  return false;
}

/** SIGTERM (Keycloak shuts down cleanly: kc.sh forwards it to the JVM), then SIGKILL to the process group. */
async function terminate(cfg, pid, child, log) {
  const jvmPid = findJvmPid(pid);
  const group = processGroupOf(pid);
  try {
    process.kill(pid, 'SIGTERM');
  } catch (e) {
    if (e.code !== 'ESRCH') throw e;
    if (!jvmPid || jvmPid === pid) return { forced: false };
    process.kill(jvmPid, 'SIGTERM');
  }
  if (await waitForExit(cfg, pid, jvmPid, cfg.stopTimeoutMs, child)) return { forced: false };
  log(`Keycloak (pid ${pid}) did not stop within ${cfg.stopTimeoutMs / 1000} s: sending SIGKILL.`);
  for (const target of [group === pid ? -pid : pid, jvmPid]) {
    if (!target) continue;
    try {
      process.kill(target, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  await waitForExit(cfg, pid, jvmPid, 10_000, child);
  return { forced: true };
}

/**
 * The API's watchdog: a POSIX shell between Node and kc.sh that stops Keycloak (SIGTERM) when its stdin, a
 * pipe from this Node process, closes, i.e. when this process exits for whatever reason, SIGKILL included.
 * It forwards SIGTERM/SIGINT/SIGHUP to kc.sh and exits with its status.
 */
const WATCHDOG = [
  'exec 3<&0 </dev/null',
  '"$@" &',
  'kc=$!',
  "trap 'kill -TERM $kc 2>/dev/null' TERM INT HUP",
  '{ cat >/dev/null; kill -TERM $kc 2>/dev/null; } <&3 &',
  'wd=$!',
  'exec 3<&-',
  'status=0',
  'while kill -0 $kc 2>/dev/null; do wait $kc; status=$?; done',
  'kill $wd 2>/dev/null',
  'exit $status',
].join('\n');

// ---------------------------------------------------------------------------------------------------------------
// public API

/**
 * Status of the instance that uses `dataDir`.
 * @returns {Promise<{state: 'running'|'starting'|'stopped', running: boolean, pid: number|null,
 *   jvmPid: number|null, rssMiB: number|null, host: string, port: number, managementPort: number, url: string,
 *   issuer: string, realm: string, adminUser: string, dataDir: string, logsDir: string, version: string,
 *   portInUse?: boolean, otherKeycloak?: boolean}>}
 */
export async function keycloakStatus(options = {}) {
  const cfg = resolveKeycloakConfig(options);
  const realm = readRealm().name;
  const pid = readPid(cfg);
  const state = readJson(cfg.stateFile);
  const alive = pid !== null && isOurs(pid, cfg.dataDir);
  const host = state?.host ?? cfg.host;
  const port = state?.port ?? cfg.port;
  const managementPort = state?.managementPort ?? cfg.managementPort;
  const publicUrl = state?.publicUrl ?? (cfg.publicUrl || defaultPublicUrl(host, port));
  const base = {
    pid: alive ? pid : null,
    jvmPid: null,
    rssMiB: null,
    host,
    port,
    managementPort,
    url: `http://${hostForUrl(host)}:${port}`,
    issuer: `${publicUrl}/realms/${realm}`,
    realm,
    adminUser: cfg.adminUser,
    dataDir: cfg.dataDir,
    logsDir: cfg.logsDir,
    version: cfg.version,
  };
  if (!alive) {
    const other = port ? await discovery(host, port, realm, 1000) : null;
    return {
      ...base,
      state: 'stopped',
      running: false,
      portInUse: port ? !(await portIsFree(host, port)) : false,
      otherKeycloak: other !== null,
    };
  }
  const jvmPid = findJvmPid(pid);
  const oidc = port ? await discovery(host, port, realm) : null;
  const health = await healthReady(host, managementPort);
  const ready = oidc !== null && health !== false && state?.pid === pid;
  return {
    ...base,
    jvmPid,
    rssMiB: rssMiB(jvmPid),
    issuer: oidc?.issuer ?? base.issuer,
    state: ready ? 'running' : 'starting',
    running: ready,
  };
}

/**
 * Starts Keycloak (dev mode, realm imported) on `dataDir`, or returns the instance already running there,
 * and waits until the realm's OpenID configuration and /health/ready answer.
 *
 * @param {object} [options]
 * @param {string} [options.dataDir]        data folder (KEYCLOAK_DATA_DIR, default <repo>/.data/keycloak)
 * @param {string} [options.host]           listen address (KEYCLOAK_HOST, default 127.0.0.1)
 * @param {number} [options.port]           HTTP port (KEYCLOAK_PORT, default 8080); 0 = any free port
 * @param {number} [options.managementPort] health port (KEYCLOAK_MANAGEMENT_PORT, default 9000); 0 = any free port
 * @param {string} [options.publicUrl]      URL browsers use, fixes `iss` (KEYCLOAK_PUBLIC_URL, default http://<host>:<port>)
 * @param {string} [options.adminUser]      bootstrap admin of the master realm (KEYCLOAK_ADMIN_USER, default admin)
 * @param {string} [options.adminPassword]  its password (KEYCLOAK_ADMIN_PASSWORD, else <dataDir>-admin-password)
 * @param {string} [options.heap]           JVM max heap (KEYCLOAK_HEAP, default 768m; -Xms256m)
 * @param {string} [options.javaHome]       JDK 21/25 (KEYCLOAK_JAVA_HOME, else found under /usr/lib/jvm)
 * @param {'c1'|'tiered'} [options.jit]    JIT compilers (KEYCLOAK_JIT, default c1: faster start on few cores)
 * @param {string} [options.javaOpts]       extra JVM flags (KEYCLOAK_JAVA_OPTS)
 * @param {string[]} [options.args]         extra kc.sh options (KEYCLOAK_ARGS), e.g. ['--log-level=debug']
 * @param {number} [options.timeoutMs]      readiness timeout (KEYCLOAK_START_TIMEOUT_MS, default 300000)
 * @param {boolean} [options.detached] true: Keycloak outlives this Node process (CLI `start`).
 *        false (default for the API): it stops by itself when this Node process exits.
 * @param {boolean} [options.foreground]    internal, CLI `run`: output on this terminal
 * @param {boolean} [options.quiet]         no progress messages
 * @param {(msg: string) => void} [options.log] progress messages (default console.log)
 * @returns {Promise<{url: string, issuer: string, realm: string, publicUrl: string, adminUser: string,
 *   adminPassword: string, host: string, port: number, managementPort: number, dataDir: string, pid: number,
 *   jvmPid: number|null, alreadyRunning: boolean, startupMs: number, exited: Promise<number|null>,
 *   stop(): Promise<void>}>}
 */
export async function startKeycloak(options = {}) {
  const t0 = Date.now();
  const log = options.quiet ? () => {} : (options.log ?? ((m) => console.log(m)));
  const cfg = resolveKeycloakConfig(options);
  const realm = readRealm();

  // Already running (or starting) on this data dir?
  const existingPid = readPid(cfg);
  if (existingPid !== null) {
    if (isOurs(existingPid, cfg.dataDir)) {
      const st = await keycloakStatus(options);
      if (st.running) {
        log(`Keycloak is already running on ${st.url} (pid ${existingPid}, data ${rel(cfg.dataDir)}).`);
        const state = readJson(cfg.stateFile);
        return handle(cfg, {
          pid: existingPid,
          jvmPid: st.jvmPid,
          host: st.host,
          port: st.port,
          managementPort: st.managementPort,
          publicUrl: state?.publicUrl ?? defaultPublicUrl(st.host, st.port),
          issuer: st.issuer,
          realm: realm.name,
          adminPassword: knownAdminPassword(cfg),
          t0,
          alreadyRunning: true,
        });
      }
      throw new KeycloakLauncherError(
        `Keycloak (pid ${existingPid}) is already starting on ${rel(cfg.dataDir)} but is not ready yet. ` +
          `Check ${rel(cfg.outFile)}, or run 'node infra/keycloak/keycloak.mjs stop'.`,
        { code: 'STARTING' },
      );
    }
    clearRunFiles(cfg); // stale pid file
  }

  for (const [port, name] of [
    [cfg.port, 'KEYCLOAK_PORT'],
    [cfg.managementPort, 'KEYCLOAK_MANAGEMENT_PORT'],
  ]) {
    if (port !== 0 && !(await portIsFree(cfg.host, port))) {
      const other = name === 'KEYCLOAK_PORT' ? await discovery(cfg.host, port, realm.name, 2000) : null;
      throw new KeycloakLauncherError(
        `Port ${port} on ${cfg.host} is already in use by another process` +
          (other
            ? ` that serves the realm '${realm.name}' (another Keycloak, e.g. Docker, not the one for ${rel(cfg.dataDir)})`
            : '') +
          `. Stop it, or choose another port with ${name}.`,
        { code: 'PORT_IN_USE' },
      );
    }
  }

  const java = findKeycloakJava(cfg);
  await ensureDistribution(cfg, log);
  const pw = resolveAdminPassword(cfg);
  if (pw.generated)
    log(
      `Generated a password for the admin user '${cfg.adminUser}' and stored it in ${rel(pw.source)} (mode 600).`,
    );

  // The first start from a fresh distribution rebuilds lib/quarkus/ for dev mode: one at a time.
  const first = !fs.existsSync(builtMarker(cfg));
  const run = () => launch(cfg, options, { t0, log, java, realm, pw, first });
  const h = first
    ? await withLock(lockDirOf(cfg), 'starting Keycloak for the first time', log, cfg.timeoutMs, async () => {
        const handle = await run();
        fs.writeFileSync(builtMarker(cfg), `${new Date().toISOString()}\n`);
        return handle;
      })
    : await run();
  return h;
}

async function launch(cfg, options, { t0, log, java, realm, pw, first }) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await launchOnce(cfg, options, { t0, log, java, realm, pw, first });
    } catch (e) {
      // port 0: another process may grab the port between our probe and Keycloak's bind; try other ports.
      const raced =
        e instanceof KeycloakLauncherError &&
        e.code === 'START_FAILED' &&
        (cfg.port === 0 || cfg.managementPort === 0) &&
        /already bound|Address already in use|BindException/i.test(e.logTail ?? '');
      if (!raced || attempt >= 3) throw e;
      log('A chosen port was taken meanwhile; trying other free ports ...');
    }
  }
}

async function launchOnce(cfg, options, { t0, log, java, realm, pw, first }) {
  const port = cfg.port || (await freePort(cfg.host));
  let managementPort = cfg.managementPort || (await freePort(cfg.host));
  while (managementPort === port) managementPort = await freePort(cfg.host);
  const publicUrl = cfg.publicUrl || defaultPublicUrl(cfg.host, port);
  const expectedIssuer = `${publicUrl}/realms/${realm.name}`;
  const freshDb = !fs.existsSync(cfg.h2File);

  installRealm(cfg, realm);
  if (!freshDb) {
    const imported = readJson(cfg.importedFile);
    if (imported?.sha256 && imported.sha256 !== realm.sha256) {
      log(
        `Note: ${rel(REALM_FILE)} changed since this data dir imported it; Keycloak skips the import of an ` +
          `existing realm. To apply it: stop Keycloak, delete ${rel(cfg.dataDir)}, start again.`,
      );
    }
  }

  fs.mkdirSync(cfg.logsDir, { recursive: true });
  fs.mkdirSync(path.dirname(cfg.pidFile), { recursive: true });
  if (fs.existsSync(cfg.outFile)) fs.renameSync(cfg.outFile, `${cfg.outFile}.1`);
  const outFd = fs.openSync(cfg.outFile, 'a');

  const kcSh = path.join(cfg.home, 'bin', 'kc.sh');
  const kcArgs = [
    'start-dev',
    `--http-host=${cfg.host}`,
    `--http-port=${port}`,
    '--import-realm',
    `--hostname=${publicUrl}`,
    '--hostname-backchannel-dynamic=true',
    '--health-enabled=true',
    `--http-management-port=${managementPort}`,
    ...cfg.extraArgs,
    // Keep the H2 database and the transaction object store in the data dir, not in the distribution.
    dataDirArg(cfg.dataDir),
    `-Dquarkus.transaction-manager.object-store.directory=${path.join(cfg.dataDir, 'transaction-logs')}`,
  ];
  const env = { ...process.env };
  // kc.sh reads these; inherited values (e.g. a JAVA_OPTS meant for something else) would replace its defaults.
  for (const k of [
    'JAVA',
    'JAVA_OPTS',
    'JAVA_OPTS_KC_HEAP',
    'JAVA_OPTS_APPEND',
    'JAVA_ADD_OPENS',
    'JAVA_LOCALE',
    'DEBUG',
    'DEBUG_PORT',
    'DEBUG_SUSPEND',
    'KC_RUN_IN_CONTAINER',
  ])
    delete env[k];
  Object.assign(env, {
    JAVA_HOME: java.home,
    JAVA_OPTS_KC_HEAP: `-Xms${Math.min(256, heapMiB(cfg.heap))}m -Xmx${cfg.heap}`,
    KC_BOOTSTRAP_ADMIN_USERNAME: cfg.adminUser,
    KC_BOOTSTRAP_ADMIN_PASSWORD: pw.password,
  });
  // C1 only: on 2 busy cores Keycloak starts in about half the time (C2 compiles compete with startup) and
  // still answers a token request in tens of ms. KEYCLOAK_JIT=tiered restores the JVM default.
  const javaOptsAppend = [cfg.jit === 'c1' ? '-XX:TieredStopAtLevel=1' : '', cfg.extraJavaOpts]
    .filter(Boolean)
    .join(' ');
  if (javaOptsAppend) env.JAVA_OPTS_APPEND = javaOptsAppend;

  log(
    `Starting Keycloak ${cfg.version} (Java ${java.version} from ${java.home}, heap ${cfg.heap}, JIT ${cfg.jit}) ` +
      `on http://${hostForUrl(cfg.host)}:${port}, data ${rel(cfg.dataDir)} ...`,
  );
  if (first)
    log('First start of this distribution: Keycloak builds its dev-mode configuration first (~25-45 s).');

  const detached = options.detached === true && !options.foreground;
  let child;
  if (options.foreground) {
    // `run`: output on this terminal and in keycloak.out; Ctrl-C reaches kc.sh and the JVM (same process group).
    child = spawn('/bin/sh', [kcSh, ...kcArgs], { cwd: cfg.home, env, stdio: ['inherit', 'pipe', 'pipe'] });
    for (const [stream, target] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      stream.on('data', (chunk) => {
        target.write(chunk);
        try {
          fs.writeSync(outFd, chunk);
        } catch {
          /* log file closed */
        }
      });
    }
    child.once('close', () => fs.closeSync(outFd));
  } else if (detached) {
    child = spawn('/bin/sh', [kcSh, ...kcArgs], {
      cwd: cfg.home,
      env,
      detached: true,
      stdio: ['ignore', outFd, outFd],
    });
  } else {
    child = spawn('/bin/sh', ['-c', WATCHDOG, 'keycloak-watchdog', '/bin/sh', kcSh, ...kcArgs], {
      cwd: cfg.home,
      env,
      detached: true, // own process group: SIGKILL fallback reaches kc.sh and the JVM
      stdio: ['pipe', outFd, outFd],
    });
  }
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      clearRunFiles(cfg, child.pid);
      resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : null));
    });
  });
  const spawnError = new Promise((resolve) => child.once('error', resolve));
  if (!options.foreground) fs.closeSync(outFd);
  if (!child.pid) {
    const e = await spawnError;
    throw new KeycloakLauncherError(`Could not start ${kcSh}: ${e?.message}`, { exitCode: 2 });
  }
  fs.writeFileSync(cfg.pidFile, `${child.pid}\n`);

  // Ready = the realm's OpenID configuration is served (realm imported) and /health/ready says UP.
  const deadline = t0 + cfg.timeoutMs;
  let oidc = null;
  let announcedBuild = false;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new KeycloakLauncherError(
        `Keycloak exited during startup (${child.exitCode !== null ? `exit code ${child.exitCode}` : child.signalCode}).\n` +
          failureDetails(cfg),
        { code: 'START_FAILED', logTail: tail(cfg.outFile, 200) },
      );
    }
    if (Date.now() > deadline) {
      await terminate({ ...cfg, stopTimeoutMs: 10_000 }, child.pid, child, log);
      clearRunFiles(cfg, child.pid);
      throw new KeycloakLauncherError(
        `Keycloak did not become ready within ${cfg.timeoutMs / 1000} s (stopped it again).\n${failureDetails(cfg)}`,
        { code: 'START_TIMEOUT', logTail: tail(cfg.outFile, 200) },
      );
    }
    oidc = await discovery(cfg.host, port, realm.name, 2000);
    if (oidc && (await healthReady(cfg.host, managementPort, 2000))) break;
    if (!announcedBuild && /Updating the configuration/.test(tail(cfg.outFile, 20))) {
      log(
        'Keycloak is rebuilding its configuration (after the first start only when build options change) ...',
      );
      announcedBuild = true;
    }
    await sleep(250);
  }

  const jvmPid = findJvmPid(child.pid);
  fs.writeFileSync(
    cfg.stateFile,
    `${JSON.stringify(
      {
        pid: child.pid,
        jvmPid,
        host: cfg.host,
        port,
        managementPort,
        publicUrl,
        issuer: oidc.issuer,
        version: cfg.version,
        startedAt: new Date().toISOString(),
      },
      null,
      2,
    )}\n`,
  );
  if (freshDb) {
    fs.writeFileSync(
      cfg.importedFile,
      `${JSON.stringify({ realm: realm.name, sha256: realm.sha256, importedAt: new Date().toISOString() }, null, 2)}\n`,
    );
  }
  if (!fs.existsSync(cfg.h2File)) {
    log(`Warning: Keycloak's H2 database is not at ${rel(cfg.h2File)}; its data may be in the distribution.`);
  }
  if (oidc.issuer !== expectedIssuer) {
    log(`Warning: Keycloak reports the issuer ${oidc.issuer}, expected ${expectedIssuer}.`);
  }
  const url = `http://${hostForUrl(cfg.host)}:${port}`;
  if (!(await adminLoginWorks(url, cfg.adminUser, pw.password))) {
    log(
      `Warning: the admin user '${cfg.adminUser}' cannot sign in with the password from ${rel(pw.source)}. ` +
        'Keycloak creates the bootstrap admin only on the first start of a data dir; delete ' +
        `${rel(cfg.dataDir)} to start over, or see docs/operations/keycloak.md.`,
    );
  }

  if (!options.foreground) {
    child.unref();
    child.stdin?.unref?.();
  }
  const h = handle(cfg, {
    pid: child.pid,
    jvmPid,
    host: cfg.host,
    port,
    managementPort,
    publicUrl,
    issuer: oidc.issuer,
    realm: realm.name,
    adminPassword: pw.password,
    t0,
    child,
    exited,
  });
  log(
    `Keycloak ready on ${h.url} in ${(h.startupMs / 1000).toFixed(1)} s (realm ${realm.name}, issuer ${h.issuer}, ` +
      `pid ${child.pid}, logs ${rel(cfg.logsDir)}).`,
  );
  return h;
}

function heapMiB(heap) {
  const n = Number(heap.slice(0, -1));
  return /g$/i.test(heap) ? n * 1024 : n;
}

async function adminLoginWorks(url, user, password) {
  const r = await httpRequest(`${url}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: user,
      password,
    }).toString(),
    timeoutMs: 10_000,
  });
  return r === null || r.status === 200; // unknown (network) counts as fine: readiness was just confirmed
}

function handle(cfg, h) {
  const {
    pid,
    jvmPid,
    host,
    port,
    managementPort,
    publicUrl,
    issuer,
    realm,
    adminPassword,
    t0,
    child,
    exited,
  } = h;
  let stopping;
  return {
    url: `http://${hostForUrl(host)}:${port}`,
    issuer,
    realm,
    publicUrl,
    adminUser: cfg.adminUser,
    adminPassword,
    host,
    port,
    managementPort,
    dataDir: cfg.dataDir,
    pid,
    jvmPid: jvmPid ?? null,
    alreadyRunning: h.alreadyRunning ?? false,
    startupMs: Date.now() - t0,
    exited: exited ?? Promise.resolve(null),
    stop() {
      stopping ??= (async () => {
        if (child) {
          if (child.exitCode === null && child.signalCode === null)
            await terminate(cfg, pid, child, () => {});
          child.stdin?.destroy();
          await exited;
          clearRunFiles(cfg, pid);
          await waitForPortRelease(host, [port, managementPort]);
        } else {
          await stopKeycloak({ dataDir: cfg.dataDir, stopTimeoutMs: cfg.stopTimeoutMs, quiet: true });
        }
      })();
      return stopping;
    },
  };
}

/**
 * Stops the instance that uses `dataDir`: SIGTERM, wait (default 30 s), then SIGKILL; removes the pid file.
 * @returns {Promise<{wasRunning: boolean, pid: number|null, forced: boolean, ms: number}>}
 */
export async function stopKeycloak(options = {}) {
  const t0 = Date.now();
  const log = options.quiet ? () => {} : (options.log ?? ((m) => console.log(m)));
  const cfg = resolveKeycloakConfig(options);
  const pid = readPid(cfg);
  if (pid === null || !isOurs(pid, cfg.dataDir)) {
    if (pid !== null) clearRunFiles(cfg);
    log(`Keycloak is not running (data ${rel(cfg.dataDir)}).`);
    return { wasRunning: false, pid: null, forced: false, ms: Date.now() - t0 };
  }
  log(`Stopping Keycloak (pid ${pid}) ...`);
  const state = readJson(cfg.stateFile);
  const { forced } = await terminate(cfg, pid, null, log);
  clearRunFiles(cfg, pid);
  await waitForPortRelease(state?.host ?? cfg.host, [
    state?.port ?? cfg.port,
    state?.managementPort ?? cfg.managementPort,
  ]);
  const ms = Date.now() - t0;
  log(`Keycloak stopped${forced ? ' (killed)' : ''} in ${(ms / 1000).toFixed(1)} s.`);
  return { wasRunning: true, pid, forced, ms };
}

/**
 * A token from the realm's token endpoint (test helper): the password grant through the test-only client
 * `streamscape-test` when `username` is given, else client credentials (default: `streamscape-automation`).
 * @param {{url: string, realm?: string}} kc  a startKeycloak() handle or {url}
 * @returns {Promise<{access_token: string, expires_in: number, refresh_token?: string, token_type: string}>}
 */
export async function fetchToken(kc, { username, password, clientId, clientSecret } = {}) {
  const clients = realmClients();
  const params = username
    ? { grant_type: 'password', client_id: clientId ?? clients.test, username, password: password ?? '' }
    : {
        grant_type: 'client_credentials',
        client_id: clientId ?? clients.automation.clientId,
        client_secret: clientSecret ?? clients.automation.clientSecret,
      };
  if (clientSecret && username) params.client_secret = clientSecret;
  const r = await httpRequest(
    `${kc.url}/realms/${kc.realm ?? readRealm().name}/protocol/openid-connect/token`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(params).toString(),
      timeoutMs: 10_000,
    },
  );
  const body = r ? parseJson(r.body) : null;
  if (r?.status !== 200 || !body?.access_token) {
    throw new KeycloakLauncherError(
      `Token request (${params.grant_type}, client ${params.client_id}${username ? `, user ${username}` : ''}) ` +
        `failed: ${r ? `HTTP ${r.status} ${r.body.slice(0, 300)}` : 'no answer'}`,
      { code: 'TOKEN_FAILED' },
    );
  }
  return body;
}

// ---------------------------------------------------------------------------------------------------------------
// CLI

const USAGE = `Usage: node infra/keycloak/keycloak.mjs <command>

  start    start Keycloak in the background and wait until the realm is served (exit 0 if it already runs)
  stop     stop it (SIGTERM, then SIGKILL after KEYCLOAK_STOP_TIMEOUT_MS)
  status   print state, pids, memory, URLs, data dir; exit 0 if running, 3 if not
  run      run in the foreground (Ctrl-C stops it)
  env      print KEYCLOAK_URL / KEYCLOAK_ISSUER / KEYCLOAK_REALM / KEYCLOAK_ADMIN_USER / KEYCLOAK_ADMIN_PASSWORD

Environment: KEYCLOAK_PORT (8080), KEYCLOAK_MANAGEMENT_PORT (9000), KEYCLOAK_HOST (127.0.0.1),
KEYCLOAK_PUBLIC_URL (http://<host>:<port>), KEYCLOAK_DATA_DIR (.data/keycloak), KEYCLOAK_DIST_DIR
(infra/keycloak/dist), KEYCLOAK_ADMIN_USER (admin), KEYCLOAK_ADMIN_PASSWORD (else generated into
<data dir>-admin-password), KEYCLOAK_HEAP (768m), KEYCLOAK_JIT (c1), KEYCLOAK_JAVA_HOME, KEYCLOAK_JAVA_OPTS,
KEYCLOAK_ARGS, MVN,
KEYCLOAK_START_TIMEOUT_MS (300000), KEYCLOAK_STOP_TIMEOUT_MS (30000). See docs/operations/keycloak.md.`;

async function cli(argv) {
  const cmd = argv[0];
  switch (cmd) {
    case 'start':
      await startKeycloak({ detached: true });
      return 0;
    case 'run': {
      const h = await startKeycloak({ foreground: true });
      if (h.alreadyRunning) return 0;
      const forward = (sig) => () => {
        try {
          process.kill(h.pid, sig);
        } catch {
          /* already gone */
        }
      };
      process.on('SIGINT', forward('SIGTERM'));
      process.on('SIGTERM', forward('SIGTERM'));
      const code = await h.exited;
      return code === 130 || code === 143 ? 0 : (code ?? 0);
    }
    case 'stop':
      await stopKeycloak();
      return 0;
    case 'status': {
      const s = await keycloakStatus();
      const pids = s.pid
        ? ` (pid ${s.pid}${s.jvmPid && s.jvmPid !== s.pid ? `, JVM pid ${s.jvmPid}` : ''})`
        : '';
      console.log(`Keycloak ${s.version}: ${s.state}${pids}`);
      console.log(`  url:      ${s.url}`);
      console.log(`  issuer:   ${s.issuer}`);
      console.log(`  admin:    ${s.url}/admin/ (user ${s.adminUser})`);
      console.log(`  health:   http://${hostForUrl(s.host)}:${s.managementPort}/health/ready`);
      if (s.rssMiB) console.log(`  memory:   ${s.rssMiB} MiB resident (JVM)`);
      console.log(`  data dir: ${s.dataDir}`);
      console.log(`  logs:     ${s.logsDir}`);
      if (!s.pid && s.portInUse) {
        console.log(
          `  note:     port ${s.port} is in use by another process${s.otherKeycloak ? ` that serves realm ${s.realm}` : ''}`,
        );
      }
      return s.running ? 0 : 3;
    }
    case 'env': {
      const cfg = resolveKeycloakConfig();
      const s = await keycloakStatus();
      const q = (v) => `'${String(v).replace(/'/g, `'\\''`)}'`;
      console.log(`KEYCLOAK_URL=${q(s.url)}`);
      console.log(`KEYCLOAK_ISSUER=${q(s.issuer)}`);
      console.log(`KEYCLOAK_REALM=${q(s.realm)}`);
      console.log(`KEYCLOAK_ADMIN_USER=${q(cfg.adminUser)}`);
      console.log(`KEYCLOAK_ADMIN_PASSWORD=${q(knownAdminPassword(cfg))}`);
      return 0;
    }
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      console.log(USAGE);
      return cmd === undefined ? 1 : 0;
    default:
      console.error(`Unknown command '${cmd}'.\n\n${USAGE}`);
      return 1;
  }
}

const invokedPath = process.argv[1] ? path.resolve(process.argv[1]) : '';
let isMain = false;
try {
  isMain =
    invokedPath !== '' && fs.realpathSync(invokedPath) === fs.realpathSync(fileURLToPath(import.meta.url));
} catch {
  isMain = false;
}
if (isMain) {
  cli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      if (e instanceof KeycloakLauncherError) {
        console.error(`keycloak: ${e.message}`);
        process.exitCode = e.exitCode;
      } else {
        console.error(e);
        process.exitCode = 1;
      }
    },
  );
}
