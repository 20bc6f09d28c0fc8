// Streamscape: runs an embedded Neo4j 5.26 community DBMS with a Bolt connector, without Docker.
//
// Usually started by infra/neo4j/neo4j.mjs. By hand (source-file mode, Java 17+):
//   cd infra/neo4j && mvn -q -B dependency:build-classpath -Dmdep.outputFile=/tmp/neo4j.cp
//   NEO4J_PASSWORD=... java -cp "$(cat /tmp/neo4j.cp)" infra/neo4j/Launcher.java --home .data/neo4j --port 7687
//
// Options (each falls back to an environment variable, then to a default):
//   --home <dir>          NEO4J_DATA_DIR     .data/neo4j   DBMS home: data/ (stores, transactions) and logs/ live here
//   --host <addr>         NEO4J_HOST         127.0.0.1     Bolt listen address
//   --port <n>            NEO4J_BOLT_PORT    7687          Bolt port; 0 = pick a free port (the ready line says which)
//   --pagecache <size>    NEO4J_PAGECACHE    512m          page cache size (k/m/g suffixes)
//   --tx-timeout <dur>    NEO4J_TX_TIMEOUT   0             db.transaction.timeout (0 = none; 30s, 5m, 500ms ...)
//   --config <file>       NEO4J_CONF_FILE    (none)        optional neo4j.conf-style file for any further setting
//   --watch-stdin                                          shut down when stdin reaches EOF (parent process died)
//   The password is read from NEO4J_PASSWORD only (never from argv, which other users can see in `ps`).
//
// Password: the system database is created with user neo4j / password "neo4j" (change required).
// Once the DBMS is up, this program runs on the system database, as the embedded (unrestricted) user:
//   ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED
// on every boot, so NEO4J_PASSWORD is the single source of truth (Neo4j refuses to "change" a password
// to the same value; that answer is treated as success). The ready line is printed only after this,
// so whoever waits for it never races the first-boot password change.
//
// Output: Neo4j's own logs go to <home>/logs (debug.log). On stdout this program prints one line
//   READY Neo4j <version> on bolt://<host>:<port> pid=<pid> boot=<seconds>s
// and, on SIGTERM/SIGINT, shuts the DBMS down cleanly through a shutdown hook.

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

public class Launcher {
    private static final String DEFAULT_DATABASE = "neo4j";

    public static void main(String[] argv) throws Exception {
        long t0 = System.nanoTime();
        Map<String, String> args = parseArgs(argv);

        Path home = Path.of(opt(args, "home", "NEO4J_DATA_DIR", ".data/neo4j")).toAbsolutePath().normalize();
        String host = opt(args, "host", "NEO4J_HOST", "127.0.0.1");
        int port = Integer.parseInt(opt(args, "port", "NEO4J_BOLT_PORT", "7687"));
        long pageCache = parseBytes(opt(args, "pagecache", "NEO4J_PAGECACHE", "512m"));
        Duration txTimeout = parseDuration(opt(args, "tx-timeout", "NEO4J_TX_TIMEOUT", "0"));
        String configFile = opt(args, "config", "NEO4J_CONF_FILE", "");
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.isEmpty()) {
            fail(2, "NEO4J_PASSWORD is not set; the launcher needs it to set the password of user 'neo4j'.");
        }
        if (password.length() < 8) {
            fail(2, "NEO4J_PASSWORD is shorter than 8 characters (dbms.security.auth_minimum_password_length).");
        }

        Path logs = home.resolve("logs");
        Files.createDirectories(logs);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        if (!configFile.isEmpty()) {
            builder.loadPropertiesFromFile(Path.of(configFile)); // explicit settings below win
        }
        builder.setConfig(GraphDatabaseSettings.logs_directory, logs)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.transaction_timeout, txTimeout)
                // Neo4j preallocates each transaction log file at its full rotation size (256 MiB per database,
                // so ~512 MiB for an empty DBMS); a dev/test instance grows them on demand instead.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        // The databases are checkpointed and closed before the Bolt server stops; Netty's default quiet
        // period (5 s per event loop group, two groups) would only add ~10 s to every shutdown.
        setInternal(builder, "org.neo4j.configuration.GraphDatabaseInternalSettings",
                "netty_server_shutdown_quiet_period", 0);

        DatabaseManagementService dbms;
        try {
            dbms = builder.build();
        } catch (RuntimeException e) {
            e.printStackTrace();
            fail(1, "Neo4j failed to start: " + rootMessage(e) + " (see " + logs.resolve("debug.log") + ")");
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping Neo4j ...");
            long s0 = System.nanoTime();
            try {
                dbms.shutdown();
                System.out.printf(Locale.ROOT, "Neo4j stopped in %.1f s%n", (System.nanoTime() - s0) / 1e9);
            } catch (Throwable t) {
                System.err.println("Error while stopping Neo4j: " + t);
            } finally {
                stopped.countDown();
            }
        }, "neo4j-shutdown"));

        try {
            GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            GraphDatabaseService db = dbms.database(DEFAULT_DATABASE);
            if (!system.isAvailable(TimeUnit.MINUTES.toMillis(2)) || !db.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
                throw new IllegalStateException("databases did not become available within 2 minutes (see "
                        + logs.resolve("debug.log") + ")");
            }
            String passwordState = applyPassword(system, password);
            String version = neo4jVersion(db);
            int boltPort = boltPort(db, port);
            System.out.println("Password for user 'neo4j': " + passwordState);
            System.out.printf(Locale.ROOT, "READY Neo4j %s on bolt://%s:%d pid=%d boot=%.1fs%n",
                    version, uriHost(host), boltPort, ProcessHandle.current().pid(), (System.nanoTime() - t0) / 1e9);
            System.out.flush();
        } catch (Throwable t) {
            t.printStackTrace();
            System.err.println("ERROR Neo4j started but could not be prepared: " + rootMessage(t));
            System.exit(1); // runs the shutdown hook, which stops the DBMS cleanly
        }

        if (args.containsKey("watch-stdin")) {
            Thread watcher = new Thread(() -> {
                try (InputStream in = System.in) {
                    byte[] buf = new byte[256];
                    while (in.read(buf) >= 0) { /* discard */ }
                } catch (IOException ignored) {
                    // treat as EOF
                }
                System.out.println("stdin closed (parent process gone): shutting down");
                System.exit(0); // runs the shutdown hook
            }, "stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }

        stopped.await(); // the JVM exits via a signal (SIGTERM/SIGINT) or System.exit, which run the hook
    }

    /** Sets an internal (unsupported) setting if this Neo4j version still has it; ignores it otherwise. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setInternal(DatabaseManagementServiceBuilder builder, String className, String field, Object value) {
        try {
            Object setting = Class.forName(className).getField(field).get(null);
            builder.setConfig((org.neo4j.graphdb.config.Setting) setting, value);
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("Note: internal setting " + field + " not applied (" + e + ")");
        }
    }

    /** Sets the neo4j user's password through the system database; returns a short description. */
    private static String applyPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
            return "set from NEO4J_PASSWORD";
        } catch (RuntimeException e) {
            for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
                String msg = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
                if (msg.contains("old password and new password cannot be the same")) {
                    return "unchanged (already equal to NEO4J_PASSWORD)";
                }
            }
            throw e;
        }
    }

    private static String neo4jVersion(GraphDatabaseService db) {
        try {
            return db.executeTransactionally(
                    "CALL dbms.components() YIELD versions, edition RETURN versions[0] + ' ' + edition AS v",
                    Map.of(), r -> r.hasNext() ? String.valueOf(r.next().get("v")) : "?");
        } catch (RuntimeException e) {
            return "?";
        }
    }

    /** The port Bolt really listens on (differs from the configured one when that was 0). */
    private static int boltPort(GraphDatabaseService db, int configured) {
        try {
            ConnectorPortRegister ports = ((GraphDatabaseAPI) db).getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class);
            var address = ports.getLocalAddress(ConnectorType.BOLT);
            if (address != null && address.getPort() > 0) {
                return address.getPort();
            }
        } catch (RuntimeException | LinkageError e) {
            System.err.println("Could not read the Bolt port from Neo4j: " + e);
        }
        return configured;
    }

    private static String uriHost(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static Map<String, String> parseArgs(String[] argv) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < argv.length; i++) {
            String a = argv[i];
            if (!a.startsWith("--")) {
                fail(2, "Unexpected argument: " + a);
            }
            String key = a.substring(2);
            String value = "true";
            int eq = key.indexOf('=');
            if (eq >= 0) {
                value = key.substring(eq + 1);
                key = key.substring(0, eq);
            } else if (!key.equals("watch-stdin")) {
                if (i + 1 >= argv.length) {
                    fail(2, "Missing value for --" + key);
                }
                value = argv[++i];
            }
            out.put(key, value);
        }
        return out;
    }

    private static String opt(Map<String, String> args, String name, String env, String def) {
        String v = args.get(name);
        if (v == null || v.isEmpty()) {
            v = System.getenv(env);
        }
        return v == null || v.isEmpty() ? def : v.trim();
    }

    /** "512m", "1g", "64M", "1048576" -> bytes. */
    static long parseBytes(String s) {
        String v = s.trim().toLowerCase(Locale.ROOT);
        if (v.endsWith("b")) {
            v = v.substring(0, v.length() - 1);
        }
        long mult = 1;
        char last = v.isEmpty() ? ' ' : v.charAt(v.length() - 1);
        switch (last) {
            case 'k' -> mult = 1L << 10;
            case 'm' -> mult = 1L << 20;
            case 'g' -> mult = 1L << 30;
            case 't' -> mult = 1L << 40;
            default -> mult = 1;
        }
        if (mult != 1) {
            v = v.substring(0, v.length() - 1);
        }
        try {
            return Math.round(Double.parseDouble(v) * mult);
        } catch (NumberFormatException e) {
            fail(2, "Not a size: '" + s + "' (use e.g. 512m or 1g)");
            return 0;
        }
    }

    /** "0", "30" (seconds), "30s", "500ms", "5m", "1h" -> Duration. */
    static Duration parseDuration(String s) {
        String v = s.trim().toLowerCase(Locale.ROOT);
        try {
            if (v.endsWith("ms")) return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            if (v.endsWith("s")) return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
            if (v.endsWith("m")) return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
            if (v.endsWith("h")) return Duration.ofHours(Long.parseLong(v.substring(0, v.length() - 1)));
            return Duration.ofSeconds(Long.parseLong(v));
        } catch (NumberFormatException e) {
            fail(2, "Not a duration: '" + s + "' (use e.g. 0, 30s, 500ms, 5m)");
            return Duration.ZERO;
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        String msg = t.getMessage();
        while (c != null) {
            if (c.getMessage() != null) {
                msg = c.getMessage();
            }
            c = c.getCause() == c ? null : c.getCause();
        }
        return msg;
    }

    private static void fail(int code, String message) {
        System.err.println("ERROR " + message);
        System.err.flush();
        Runtime.getRuntime().halt(code); // skip shutdown hooks: nothing (more) to shut down cleanly
    }
}
