#!/usr/bin/env node
// Streamscape: a real Neo4j 5.26 community (embedded, from Maven Central) on the JVM, without Docker.
//
// CLI:   node infra/neo4j/neo4j.mjs start|stop|status|run|env
// API:   import { startNeo4j, stopNeo4j, neo4jStatus } from './infra/neo4j/neo4j.mjs'
//
// Plain Node ESM, node: builtins only. See docs/operations/neo4j.md.

import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import {
  LauncherError,
  clearRunFiles,
  defaultMaven,
  logDetails,
  portIsFree,
  readJson,
  readPid,
  rel,
  runsAs,
  sleep,
  splitArgs,
  tail,
  waitForPortRelease,
} from '../lib/processes.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '..', '..');
const POM = path.join(HERE, 'pom.xml');
const LAUNCHER = path.join(HERE, 'Launcher.java');
const USER = 'neo4j';
const INSTALL_HINT =
  'Install a JDK 17 (or 21), e.g. on Debian/Ubuntu:\n' +
  '  sudo apt-get install openjdk-17-jdk-headless\n' +
  '(or point NEO4J_JAVA_HOME / JAVA_HOME at a JDK 17/21). Maven comes from ./mvnw; MVN picks another.';

/** Error thrown by this module (see LauncherError). */
export class Neo4jLauncherError extends LauncherError {
  constructor(message, { code = 'NEO4J_ERROR', ...rest } = {}) {
    super(message, { code, ...rest });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// configuration

/**
 * Resolves options + environment + defaults into one config object.
 * Relative paths (NEO4J_DATA_DIR, dataDir) are taken relative to the repository root.
 */
export function resolveNeo4jConfig(options = {}) {
  const env = options.env ?? process.env;
  const pick = (key, envName, def) => {
    const v = options[key];
    if (v !== undefined && v !== null && v !== '') return v;
    const e = env[envName];
    return e !== undefined && e !== '' ? e : def;
  };
  const dataDir = path.resolve(
    REPO_ROOT,
    String(pick('dataDir', 'NEO4J_DATA_DIR', path.join('.data', 'neo4j'))),
  );
  const host = String(pick('host', 'NEO4J_HOST', '127.0.0.1'));
  const portRaw = pick('port', 'NEO4J_BOLT_PORT', 7687);
  const port = Number(portRaw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Neo4jLauncherError(
      `NEO4J_BOLT_PORT must be a port number (0 = any free port), got '${portRaw}'`,
      { exitCode: 2 },
    );
  }
  const heap = String(pick('heap', 'NEO4J_HEAP', '1g'));
  const pageCache = String(pick('pageCache', 'NEO4J_PAGECACHE', '512m'));
  for (const [name, v] of [
    ['NEO4J_HEAP', heap],
    ['NEO4J_PAGECACHE', pageCache],
  ]) {
    if (!/^\d+[kmgKMG]?$/.test(v))
      throw new Neo4jLauncherError(`${name} must look like 512m or 1g, got '${v}'`, { exitCode: 2 });
  }
  const txTimeout = String(pick('txTimeout', 'NEO4J_TX_TIMEOUT', '0'));
  if (!/^\d+(ms|s|m|h)?$/.test(txTimeout)) {
    throw new Neo4jLauncherError(`NEO4J_TX_TIMEOUT must look like 0, 30s, 500ms or 5m, got '${txTimeout}'`, {
      exitCode: 2,
    });
  }
  const javaHome = pick('javaHome', 'NEO4J_JAVA_HOME', env.JAVA_HOME || '');
  const java = String(pick('java', 'NEO4J_JAVA', javaHome ? path.join(javaHome, 'bin', 'java') : 'java'));
  const mvn = String(pick('mvn', 'MVN', defaultMaven(REPO_ROOT)));
  const cacheDir = path.resolve(
    REPO_ROOT,
    String(pick('cacheDir', 'NEO4J_CACHE_DIR', path.join('.data', 'cache'))),
  );
  const extraJvmArgs = options.jvmArgs ?? splitArgs(env.NEO4J_JAVA_OPTS ?? '');
  const passwordFile = path.join(path.dirname(dataDir), `${path.basename(dataDir)}-password`);
  const timeoutMs = Number(pick('timeoutMs', 'NEO4J_START_TIMEOUT_MS', 120_000));
  const stopTimeoutMs = Number(pick('stopTimeoutMs', 'NEO4J_STOP_TIMEOUT_MS', 30_000));
  const configFile = pick('configFile', 'NEO4J_CONF_FILE', '');
  return {
    dataDir,
    host,
    port,
    heap,
    pageCache,
    txTimeout,
    java,
    mvn,
    cacheDir,
    extraJvmArgs,
    passwordFile,
    timeoutMs,
    stopTimeoutMs,
    configFile: configFile ? path.resolve(REPO_ROOT, String(configFile)) : '',
    password: options.password ?? env.NEO4J_PASSWORD ?? '',
    logsDir: path.join(dataDir, 'logs'),
    outFile: path.join(dataDir, 'logs', 'neo4j.out'),
    debugLog: path.join(dataDir, 'logs', 'debug.log'),
    pidFile: path.join(dataDir, 'run', 'neo4j.pid'),
    stateFile: path.join(dataDir, 'run', 'neo4j.json'),
  };
}

function uriOf(host, port) {
  return `bolt://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${port}`;
}

// ---------------------------------------------------------------------------------------------------------------
// tools: java, maven, classpath

/** Checks the Java runtime: returns { major, version, home }; throws (exit 2) with an install hint. */
function checkJava(cfg, log) {
  const r = spawnSync(cfg.java, ['-XshowSettings:properties', '-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    const why = r.error?.code === 'ENOENT' ? `'${cfg.java}' was not found` : `'${cfg.java} -version' failed`;
    throw new Neo4jLauncherError(`Java is required to run Neo4j: ${why}.\n${INSTALL_HINT}`, {
      exitCode: 2,
      code: 'NO_JAVA',
    });
  }
  const out = `${r.stderr}\n${r.stdout}`;
  const version = /^\s*java\.version = (.+)$/m.exec(out)?.[1]?.trim() ?? '';
  const home = /^\s*java\.home = (.+)$/m.exec(out)?.[1]?.trim() ?? '';
  const major = Number(/^(1\.)?(\d+)/.exec(version)?.[2] ?? 0);
  if (major < 17) {
    throw new Neo4jLauncherError(
      `Neo4j 5.26 needs Java 17 or 21, but '${cfg.java}' is Java ${version || '?'}.\n${INSTALL_HINT}`,
      { exitCode: 2, code: 'OLD_JAVA' },
    );
  }
  // Launcher.java runs in source-file mode, which needs the compiler (a JDK, not only a JRE).
  if (home && !fs.existsSync(path.join(home, 'bin', process.platform === 'win32' ? 'javac.exe' : 'javac'))) {
    throw new Neo4jLauncherError(
      `'${cfg.java}' (${home}) is a JRE without javac; Launcher.java needs a JDK.\n${INSTALL_HINT}`,
      { exitCode: 2, code: 'NO_JDK' },
    );
  }
  if (major !== 17 && major !== 21) {
    log(
      `Warning: Neo4j 5.26 supports Java 17 and 21; '${cfg.java}' is Java ${version}. Set NEO4J_JAVA_HOME if it misbehaves.`,
    );
  }
  return { major, version, home };
}

/** The Neo4j classpath, resolved by Maven once per pom.xml content and cached; re-resolved when a jar is gone. */
function resolveClasspath(cfg, log) {
  const pom = fs.readFileSync(POM);
  const hash = createHash('sha256').update(pom).digest('hex').slice(0, 16);
  const cacheFile = path.join(cfg.cacheDir, `neo4j-classpath-${hash}.txt`);
  if (fs.existsSync(cacheFile)) {
    const cp = fs.readFileSync(cacheFile, 'utf8').trim();
    const missing = cp.split(path.delimiter).filter((jar) => !fs.existsSync(jar));
    if (cp && missing.length === 0) return { classpath: cp, cacheFile, resolved: false };
    log(`Classpath cache is stale (${missing.length} jar(s) missing, e.g. ${missing[0]}): resolving again.`);
  }

  const v = spawnSync(cfg.mvn, ['-v'], { encoding: 'utf8' });
  if (v.error || v.status !== 0) {
    throw new Neo4jLauncherError(
      `Maven is needed once to fetch Neo4j's jars from Maven Central, but '${cfg.mvn}' ` +
        `${v.error?.code === 'ENOENT' ? 'was not found' : 'did not run'}.\n${INSTALL_HINT}`,
      { exitCode: 2, code: 'NO_MAVEN' },
    );
  }
  fs.mkdirSync(cfg.cacheDir, { recursive: true });
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  const base = ['-B', '-q', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${tmp}`];
  const t0 = Date.now();
  // Offline first (seconds, no network); online only when ~/.m2 lacks something.
  let r = spawnSync(cfg.mvn, ['-o', ...base], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) {
    log('Fetching Neo4j 5.26 jars from Maven Central into ~/.m2 (first run only; about 100 MB) ...');
    r = spawnSync(cfg.mvn, base, {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }
  if (r.status !== 0 || !fs.existsSync(tmp)) {
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Neo4jLauncherError(`Maven could not resolve the Neo4j classpath from ${rel(POM)}:\n${out}`, {
      code: 'MAVEN_FAILED',
    });
  }
  const cp = fs.readFileSync(tmp, 'utf8').trim();
  fs.renameSync(tmp, cacheFile);
  log(
    `Resolved Neo4j classpath with Maven in ${((Date.now() - t0) / 1000).toFixed(1)} s (cached in ${rel(cacheFile)}).`,
  );
  return { classpath: cp, cacheFile, resolved: true };
}

/** A java @argfile holding the (long) classpath, so `ps` stays readable. */
function classpathArgFile(classpath, cacheFile) {
  const argFile = cacheFile.replace(/\.txt$/, '.args');
  const quoted = `"${classpath.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const content = `-cp\n${quoted}\n`;
  if (!fs.existsSync(argFile) || fs.readFileSync(argFile, 'utf8') !== content) {
    const tmp = `${argFile}.${process.pid}.tmp`; // atomic: parallel test workers may start at once
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, argFile);
  }
  return argFile;
}

function jvmArgs(cfg, javaMajor) {
  return [
    `-Xms${cfg.heap}`,
    `-Xmx${cfg.heap}`,
    '-XX:+UseG1GC',
    // The flags Neo4j's own launcher adds (server.jvm.additional defaults in neo4j.conf):
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Djdk.tls.ephemeralDHKeySize=2048',
    '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
    '-XX:FlightRecorderOptions=stackdepth=256',
    '-XX:+UnlockDiagnosticVMOptions',
    '-XX:+DebugNonSafepoints',
    // Without these Neo4j logs "Reflection access to java.nio.DirectByteBuffer is not available" (page cache
    // fallback mode) and "Incorrect file descriptor" warnings for every transaction log file.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    ...(javaMajor >= 22 ? ['--enable-native-access=ALL-UNNAMED'] : []),
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    ...cfg.extraJvmArgs,
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// password

/** Password from options/NEO4J_PASSWORD, else from the password file, else generated once and stored there. */
function resolvePassword(cfg) {
  if (cfg.password) return { password: cfg.password, source: 'NEO4J_PASSWORD / options' };
  if (fs.existsSync(cfg.passwordFile)) {
    const pw = fs.readFileSync(cfg.passwordFile, 'utf8').trim();
    if (pw) return { password: pw, source: cfg.passwordFile };
  }
  const pw = randomBytes(18).toString('base64url');
  fs.mkdirSync(path.dirname(cfg.passwordFile), { recursive: true });
  fs.writeFileSync(cfg.passwordFile, `${pw}\n`, { mode: 0o600 });
  return { password: pw, source: cfg.passwordFile, generated: true };
}

/** The password a running/stopped instance uses (without generating one); '' if unknown. */
function knownPassword(cfg) {
  if (cfg.password) return cfg.password;
  try {
    return fs.readFileSync(cfg.passwordFile, 'utf8').trim();
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------------------------------------------------------
// processes, ports, Bolt

/**
 * Bolt handshake: magic 0x6060B017 + 4 version proposals; resolves to the agreed version ("5.8") or null.
 */
export function boltHandshake(host, port, timeoutMs = 2000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    let buf = Buffer.alloc(0);
    const done = (v) => {
      socket.destroy();
      resolve(v);
    };
    socket.setTimeout(timeoutMs, () => done(null));
    socket.on('error', () => done(null));
    socket.on('connect', () => {
      // prettier-ignore
      socket.write(
        Buffer.from([
          0x60, 0x60, 0xb0, 0x17,
          0x00, 0x08, 0x08, 0x05, // 5.8 down to 5.0
          0x00, 0x02, 0x04, 0x04, // 4.4 down to 4.2
          0x00, 0x00, 0x01, 0x04, // 4.1
          0x00, 0x00, 0x00, 0x03, // 3
        ]),
      );
    });
    socket.on('data', (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      if (buf.length >= 4) {
        const v = buf.readUInt32BE(0);
        done(v === 0 ? null : `${buf[3]}.${buf[2]}`);
      }
    });
    socket.on('end', () => done(null));
  });
}

/** True if pid is (still) our JVM for `dataDir` and not a recycled pid of something else. */
function isOurJvm(pid, dataDir) {
  return runsAs(pid, (args) => {
    const cmd = args.join(' ');
    return cmd.includes('Launcher.java') && (!dataDir || cmd.includes(dataDir));
  });
}

function failureDetails(cfg) {
  return logDetails(cfg.outFile, {
    errorsFrom: cfg.debugLog,
    scan: 400,
    pattern: /\b(ERROR|Caused by|Exception)\b/,
  });
}

async function waitForExit(pid, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child ? child.exitCode !== null || child.signalCode !== null : !isOurJvm(pid)) return true;
    await sleep(100);
  }
  return false;
}

async function terminate(pid, cfg, child, log) {
  try {
    process.kill(pid, 'SIGTERM');
  } catch (e) {
    if (e.code === 'ESRCH') return { forced: false };
    throw e;
  }
  if (await waitForExit(pid, cfg.stopTimeoutMs, child)) return { forced: false };
  log(`Neo4j (pid ${pid}) did not stop within ${cfg.stopTimeoutMs / 1000} s: sending SIGKILL.`);
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    /* gone */
  }
  await waitForExit(pid, 10_000, child);
  return { forced: true };
}

// ---------------------------------------------------------------------------------------------------------------
// public API

/**
 * Status of the instance that uses `dataDir`.
 * @returns {Promise<{state: 'running'|'starting'|'stopped', running: boolean, pid: number|null, host: string,
 *   port: number, uri: string, dataDir: string, logsDir: string, bolt: string|null, portInUse?: boolean}>}
 */
export async function neo4jStatus(options = {}) {
  const cfg = resolveNeo4jConfig(options);
  const pid = readPid(cfg);
  const state = readJson(cfg.stateFile);
  const alive = pid !== null && isOurJvm(pid, cfg.dataDir);
  const host = state?.host ?? cfg.host;
  const port = state?.port ?? cfg.port;
  const base = {
    pid: alive ? pid : null,
    host,
    port,
    uri: uriOf(host, port),
    dataDir: cfg.dataDir,
    logsDir: cfg.logsDir,
  };
  if (!alive) {
    const bolt = port ? await boltHandshake(host, port, 1000) : null;
    return {
      ...base,
      state: 'stopped',
      running: false,
      bolt,
      portInUse: port ? !(await portIsFree(host, port)) : false,
    };
  }
  const bolt = port ? await boltHandshake(host, port) : null;
  const ready = bolt !== null && state?.pid === pid;
  return { ...base, state: ready ? 'running' : 'starting', running: ready, bolt };
}

/**
 * Starts Neo4j on `dataDir` (or returns the instance already running there) and waits until it is ready.
 *
 * @param {object} [options]
 * @param {string} [options.dataDir]   data folder (NEO4J_DATA_DIR, default <repo>/.data/neo4j)
 * @param {string} [options.host]      Bolt host (NEO4J_HOST, default 127.0.0.1)
 * @param {number} [options.port]      Bolt port (NEO4J_BOLT_PORT, default 7687); 0 = any free port
 * @param {string} [options.password]  password of user neo4j (NEO4J_PASSWORD, else <dataDir>-password file)
 * @param {string} [options.heap]      JVM heap, -Xms/-Xmx (NEO4J_HEAP, default 1g)
 * @param {string} [options.pageCache] page cache (NEO4J_PAGECACHE, default 512m)
 * @param {string} [options.txTimeout] db.transaction.timeout (NEO4J_TX_TIMEOUT, default 0 = none)
 * @param {number} [options.timeoutMs] readiness timeout (default 120000)
 * @param {boolean} [options.detached] true: the JVM outlives this Node process (CLI `start`).
 *        false (default for the API): the JVM stops by itself when this Node process exits.
 * @param {boolean} [options.foreground] internal, CLI `run`: JVM output on this terminal
 * @param {boolean} [options.quiet]    no progress messages
 * @param {(msg: string) => void} [options.log] progress messages (default console.log)
 * @returns {Promise<{uri: string, user: string, password: string, host: string, port: number, dataDir: string,
 *   pid: number, alreadyRunning: boolean, startupMs: number, stop(): Promise<void>, exited: Promise<number|null>}>}
 */
export async function startNeo4j(options = {}) {
  const t0 = Date.now();
  const log = options.quiet ? () => {} : (options.log ?? ((m) => console.log(m)));
  const cfg = resolveNeo4jConfig(options);

  // Already running (or starting) on this data dir?
  const existingPid = readPid(cfg);
  if (existingPid !== null) {
    if (isOurJvm(existingPid, cfg.dataDir)) {
      const st = await neo4jStatus(options);
      if (st.running) {
        log(`Neo4j is already running on ${st.uri} (pid ${existingPid}, data ${rel(cfg.dataDir)}).`);
        return handle(cfg, {
          pid: existingPid,
          host: st.host,
          port: st.port,
          password: knownPassword(cfg),
          t0,
          alreadyRunning: true,
        });
      }
      throw new Neo4jLauncherError(
        `Neo4j (pid ${existingPid}) is already starting on ${rel(cfg.dataDir)} but does not answer Bolt yet. ` +
          `Check ${rel(cfg.outFile)}, or run 'node infra/neo4j/neo4j.mjs stop'.`,
        { code: 'STARTING' },
      );
    }
    clearRunFiles(cfg); // stale pid file
  }

  if (cfg.port !== 0 && !(await portIsFree(cfg.host, cfg.port))) {
    const bolt = await boltHandshake(cfg.host, cfg.port);
    throw new Neo4jLauncherError(
      `Port ${cfg.port} on ${cfg.host} is already in use by another process` +
        (bolt
          ? ` that speaks Bolt ${bolt} (another Neo4j, not the one for ${rel(cfg.dataDir)})`
          : ' (not Neo4j)') +
        '. Stop it, or choose another port with NEO4J_BOLT_PORT.',
      { code: 'PORT_IN_USE' },
    );
  }

  const java = checkJava(cfg, log);
  const { classpath, cacheFile } = resolveClasspath(cfg, log);
  const argFile = classpathArgFile(classpath, cacheFile);
  const pw = resolvePassword(cfg);
  if (pw.generated)
    log(`Generated a password for user '${USER}' and stored it in ${rel(pw.source)} (mode 600).`);
  else if (pw.source !== 'NEO4J_PASSWORD / options') log(`Password for user '${USER}': ${rel(pw.source)}`);
  if (pw.password.length < 8) {
    throw new Neo4jLauncherError(
      'NEO4J_PASSWORD must be at least 8 characters long (Neo4j refuses shorter ones).',
      {
        exitCode: 2,
        code: 'BAD_PASSWORD',
      },
    );
  }

  fs.mkdirSync(cfg.logsDir, { recursive: true });
  fs.mkdirSync(path.dirname(cfg.pidFile), { recursive: true });
  if (fs.existsSync(cfg.outFile)) fs.renameSync(cfg.outFile, `${cfg.outFile}.1`);
  const outFd = fs.openSync(cfg.outFile, 'a');

  const detached = options.detached === true && !options.foreground;
  const watchStdin = !detached && !options.foreground;
  const args = [
    ...jvmArgs(cfg, java.major),
    `@${argFile}`,
    LAUNCHER,
    '--home',
    cfg.dataDir,
    '--host',
    cfg.host,
    '--port',
    String(cfg.port),
    '--pagecache',
    cfg.pageCache,
    '--tx-timeout',
    cfg.txTimeout,
    ...(cfg.configFile ? ['--config', cfg.configFile] : []),
    ...(watchStdin ? ['--watch-stdin'] : []),
  ];
  const env = { ...process.env, NEO4J_PASSWORD: pw.password };
  log(
    `Starting Neo4j 5.26 (Java ${java.version}, heap ${cfg.heap}, page cache ${cfg.pageCache}) on ${rel(cfg.dataDir)} ...`,
  );

  let child;
  if (options.foreground) {
    // `run`: output on this terminal and in neo4j.out; Ctrl-C reaches the JVM (same process group).
    child = spawn(cfg.java, args, { cwd: REPO_ROOT, env, stdio: ['inherit', 'pipe', 'pipe'] });
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
  } else {
    child = spawn(cfg.java, args, {
      cwd: REPO_ROOT,
      env,
      detached,
      stdio: [watchStdin ? 'pipe' : 'ignore', outFd, outFd],
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
    throw new Neo4jLauncherError(`Could not start '${cfg.java}': ${e?.message}\n${INSTALL_HINT}`, {
      exitCode: 2,
    });
  }
  fs.writeFileSync(cfg.pidFile, `${child.pid}\n`);

  // Ready = Launcher printed its READY line (password applied) and Bolt answers a real handshake.
  const deadline = t0 + cfg.timeoutMs;
  let ready = null;
  while (!ready) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Neo4jLauncherError(
        `Neo4j exited during startup (${child.exitCode !== null ? `exit code ${child.exitCode}` : child.signalCode}).\n` +
          failureDetails(cfg),
        { code: 'START_FAILED', logTail: tail(cfg.outFile) },
      );
    }
    if (Date.now() > deadline) {
      await terminate(child.pid, { ...cfg, stopTimeoutMs: 10_000 }, child, log);
      clearRunFiles(cfg, child.pid);
      throw new Neo4jLauncherError(
        `Neo4j did not become ready within ${cfg.timeoutMs / 1000} s (stopped it again).\n${failureDetails(cfg)}`,
        { code: 'START_TIMEOUT', logTail: tail(cfg.outFile) },
      );
    }
    const m = /^READY .* on bolt:\/\/(.+):(\d+) pid=(\d+)/m.exec(tail(cfg.outFile, 200));
    if (m && Number(m[3]) === child.pid) {
      const port = Number(m[2]);
      const bolt = await boltHandshake(cfg.host, port);
      if (bolt) ready = { port, bolt };
    }
    if (!ready) await sleep(200);
  }

  fs.writeFileSync(
    cfg.stateFile,
    `${JSON.stringify({ pid: child.pid, host: cfg.host, port: ready.port, bolt: ready.bolt, startedAt: new Date().toISOString() }, null, 2)}\n`,
  );
  if (!options.foreground) {
    child.unref();
    child.stdin?.unref?.();
  }
  const h = handle(cfg, {
    pid: child.pid,
    host: cfg.host,
    port: ready.port,
    password: pw.password,
    t0,
    child,
    exited,
  });
  log(
    `Neo4j ready on ${h.uri} in ${(h.startupMs / 1000).toFixed(1)} s (pid ${child.pid}, Bolt ${ready.bolt}, logs ${rel(cfg.logsDir)}).`,
  );
  return h;
}

function handle(cfg, { pid, host, port, password, t0, child, exited, alreadyRunning = false }) {
  let stopping;
  return {
    uri: uriOf(host, port),
    user: USER,
    password,
    host,
    port,
    dataDir: cfg.dataDir,
    pid,
    alreadyRunning,
    startupMs: Date.now() - t0,
    exited: exited ?? Promise.resolve(null),
    stop() {
      stopping ??= (async () => {
        if (child) {
          if (child.exitCode === null && child.signalCode === null)
            await terminate(pid, cfg, child, () => {});
          await exited;
          clearRunFiles(cfg, pid);
          await waitForPortRelease(host, [port]);
        } else {
          await stopNeo4j({ dataDir: cfg.dataDir, stopTimeoutMs: cfg.stopTimeoutMs, quiet: true });
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
export async function stopNeo4j(options = {}) {
  const t0 = Date.now();
  const log = options.quiet ? () => {} : (options.log ?? ((m) => console.log(m)));
  const cfg = resolveNeo4jConfig(options);
  const pid = readPid(cfg);
  if (pid === null || !isOurJvm(pid, cfg.dataDir)) {
    if (pid !== null) clearRunFiles(cfg);
    log(`Neo4j is not running (data ${rel(cfg.dataDir)}).`);
    return { wasRunning: false, pid: null, forced: false, ms: Date.now() - t0 };
  }
  log(`Stopping Neo4j (pid ${pid}) ...`);
  const state = readJson(cfg.stateFile);
  const { forced } = await terminate(pid, cfg, null, log);
  clearRunFiles(cfg, pid);
  await waitForPortRelease(state?.host ?? cfg.host, [state?.port ?? cfg.port]);
  const ms = Date.now() - t0;
  log(`Neo4j stopped${forced ? ' (killed)' : ''} in ${(ms / 1000).toFixed(1)} s.`);
  return { wasRunning: true, pid, forced, ms };
}

// ---------------------------------------------------------------------------------------------------------------
// CLI

const USAGE = `Usage: node infra/neo4j/neo4j.mjs <command>

  start    start Neo4j in the background and wait until Bolt answers (exit 0 if it already runs)
  stop     stop it (SIGTERM, then SIGKILL after NEO4J_STOP_TIMEOUT_MS)
  status   print state, pid, uri, data dir; exit 0 if running, 3 if not
  run      run in the foreground (Ctrl-C stops it)
  env      print NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD as shell assignments

Environment: NEO4J_BOLT_PORT (7687), NEO4J_HOST (127.0.0.1), NEO4J_DATA_DIR (.data/neo4j),
NEO4J_PASSWORD (else generated into <data dir>-password), NEO4J_HEAP (1g), NEO4J_PAGECACHE (512m),
NEO4J_TX_TIMEOUT (0), NEO4J_JAVA_HOME / NEO4J_JAVA, MVN, NEO4J_JAVA_OPTS, NEO4J_START_TIMEOUT_MS (120000).
See docs/operations/neo4j.md.`;

async function cli(argv) {
  const cmd = argv[0];
  switch (cmd) {
    case 'start':
      await startNeo4j({ detached: true });
      return 0;
    case 'run': {
      const h = await startNeo4j({ foreground: true });
      if (h.alreadyRunning) return 0;
      const forward = (sig) => () => {
        try {
          process.kill(h.pid, sig);
        } catch {
          /* already gone */
        }
      };
      process.on('SIGINT', forward('SIGINT'));
      process.on('SIGTERM', forward('SIGTERM'));
      const code = await h.exited;
      return code === 130 || code === 143 ? 0 : (code ?? 0);
    }
    case 'stop':
      await stopNeo4j();
      return 0;
    case 'status': {
      const s = await neo4jStatus();
      console.log(`Neo4j: ${s.state}${s.pid ? ` (pid ${s.pid})` : ''}`);
      console.log(`  uri:      ${s.uri}${s.bolt ? ` (Bolt ${s.bolt})` : ''}`);
      console.log(`  data dir: ${s.dataDir}`);
      console.log(`  logs:     ${s.logsDir}`);
      if (!s.pid && s.portInUse) {
        console.log(
          `  note:     port ${s.port} is in use by another process${s.bolt ? ' that speaks Bolt' : ''}`,
        );
      }
      return s.running ? 0 : 3;
    }
    case 'env': {
      const cfg = resolveNeo4jConfig();
      const s = await neo4jStatus();
      const q = (v) => `'${String(v).replace(/'/g, `'\\''`)}'`;
      console.log(`NEO4J_URI=${q(s.uri)}`);
      console.log(`NEO4J_USERNAME=${USER}`);
      console.log(`NEO4J_PASSWORD=${q(knownPassword(cfg))}`);
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
      if (e instanceof Neo4jLauncherError) {
        console.error(`neo4j: ${e.message}`);
        process.exitCode = e.exitCode;
      } else {
        console.error(e);
        process.exitCode = 1;
      }
    },
  );
}
