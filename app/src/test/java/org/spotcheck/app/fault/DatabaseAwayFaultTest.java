package org.spotcheck.app.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.spotcheck.SpotcheckApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 13.5: the database away. The app runs against a private MariaDB that this test starts in its own data folder
 * on its own port; the test stalls it ({@code kill -STOP}), stops it ({@code kill}) and starts it again. While it is
 * away, the API answers 503 problem+json with Retry-After within bounded time (never 401), health says DOWN, and no
 * denial is audited, readiness says OUT_OF_SERVICE while liveness stays UP (issue 15.4); once it is back, service
 * resumes by itself within seconds. Skipped only when
 * {@code /usr/sbin/mariadbd} is not installed. Runs on H2 and -Pmysql runs alike: it brings its own server.
 */
@Tag("fault")
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.profiles.active=mysql,test", "spotcheck.demo-data=true", "spring.datasource.hikari.connection-timeout=3000",
                "spring.datasource.hikari.maximum-pool-size=4"})
class DatabaseAwayFaultTest {

    static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");
    static Path dataDir;
    static int dbPort;
    static Process server;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startPrivateMariaDb() throws Exception {
        assumeTrue(Files.isExecutable(MARIADBD) && Files.isExecutable(Path.of("/usr/bin/mariadb-install-db")),
                "no /usr/sbin/mariadbd: the database-away fault test needs a MariaDB server binary");
        dataDir = Files.createTempDirectory("sc-fault-db");
        try (ServerSocket socket = new ServerSocket(0)) {
            dbPort = socket.getLocalPort();
        }
        Process init = new ProcessBuilder("/usr/bin/mariadb-install-db", "--no-defaults", "--datadir=" + dataDir.resolve("data"),
                "--user=root", "--auth-root-authentication-method=normal", "--skip-test-db")
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("install.log").toFile()).start();
        assertThat(init.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(init.exitValue()).as(Files.readString(dataDir.resolve("install.log"))).isZero();
        startServer();
        try (Connection c = DriverManager.getConnection(rootUrl(""), "root", "")) {
            c.createStatement().execute("CREATE DATABASE sc_fault CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    static void startServer() throws Exception {
        server = new ProcessBuilder(MARIADBD.toString(), "--no-defaults", "--datadir=" + dataDir.resolve("data"),
                "--port=" + dbPort, "--bind-address=127.0.0.1", "--socket=" + dataDir.resolve("sock"),
                "--pid-file=" + dataDir.resolve("pid"), "--user=root", "--innodb-buffer-pool-size=32M",
                "--innodb-log-file-size=16M", "--skip-log-bin")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("server.log").toFile())).start();
        Instant until = Instant.now().plusSeconds(60);
        while (true) {
            try (Connection c = DriverManager.getConnection(rootUrl(""), "root", "")) {
                return;
            } catch (SQLException notYet) {
                assertThat(server.isAlive()).as("mariadbd exited; see " + dataDir.resolve("server.log")).isTrue();
                assertThat(Instant.now()).as("mariadbd did not start within 60 s").isBefore(until);
                Thread.sleep(200); // polling a starting process, not waiting for a scheduler
            }
        }
    }

    static String rootUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + dbPort + "/" + database + "?nullCatalogMeansCurrent=true&connectionTimeZone=UTC"
                + "&forceConnectionTimeZoneToSession=true&characterEncoding=UTF-8&connectTimeout=2000&socketTimeout=5000"
                + "&sessionVariables=old_mode=''";
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> rootUrl("sc_fault"));
        registry.add("spring.datasource.username", () -> "root");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stopPrivateMariaDb() throws IOException, InterruptedException {
        if (server != null) {
            if (server.isAlive()) {
                // quietly: a failed test must not be hidden by its cleanup
                new ProcessBuilder("kill", "-CONT", Long.toString(server.pid())).start().waitFor(30, TimeUnit.SECONDS);
            }
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
            server.destroyForcibly();
        }
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Sends the signal and returns once the server is in the state it asks for: after {@code STOP} every thread of
     * mariadbd is stopped, after {@code CONT} none is. It used to give {@code kill} 5 s and go on whether or not it had
     * run: on a machine at load 50 the stall then began after the test's first request, which had got its 503 from a
     * database merely too slow for the 5 s socket timeout, and the second request found the database answering
     * (200 with the planner's empty inbox). The bound only turns a hung {@code kill} into a failure.
     */
    static void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(server.pid())).redirectErrorStream(true).start();
        assertThat(kill.waitFor(120, TimeUnit.SECONDS)).as("kill -" + name + " finished").isTrue();
        assertThat(kill.exitValue()).as("kill -" + name + ": " + new String(kill.getInputStream().readAllBytes())).isZero();
        Boolean stop = name.equals("STOP");
        Instant until = Instant.now().plusSeconds(120);
        while (!stop.equals(stopped())) {
            assertThat(Instant.now()).as("mariadbd " + (stop ? "stopped" : "running again") + " after kill -" + name).isBefore(until);
            Thread.sleep(10); // the kernel stops each thread as it next runs: polling /proc, not waiting for a scheduler
        }
    }

    /**
     * TRUE when every thread of the server is stopped (state T in /proc/&lt;pid&gt;/task/&lt;tid&gt;/stat), FALSE when
     * none is, null while some are.
     */
    static Boolean stopped() throws IOException {
        int stoppedThreads = 0;
        int threads = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(server.pid()), "task"))) {
            for (Path task : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (java.nio.file.NoSuchFileException gone) {
                    continue; // a thread that ended meanwhile
                }
                // "tid (comm) S ...": the state follows the last ')'
                char state = stat.charAt(stat.lastIndexOf(')') + 2);
                threads++;
                if (state == 'T' || state == 't') {
                    stoppedThreads++;
                }
            }
        }
        return threads > 0 && stoppedThreads == threads ? Boolean.TRUE : stoppedThreads == 0 ? Boolean.FALSE : null;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("planner:Spotcheck-Demo-1".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(40)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Repeats the request until it answers {@code status}, within {@code seconds}; returns the answer. */
    HttpResponse<String> awaitStatus(String path, int status, int seconds) throws Exception {
        Instant until = Instant.now().plusSeconds(seconds);
        HttpResponse<String> response;
        do {
            response = get(path);
            if (response.statusCode() == status) {
                return response;
            }
            Thread.sleep(250); // polling the app while the pool reconnects, not a scheduler
        } while (Instant.now().isBefore(until));
        return response;
    }

    void assertUnavailable(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.body()).contains("\"rule\":\"DATABASE_UNAVAILABLE\"").contains("数据库暂时不可用");
    }

    @Test
    void aStalledAndAStoppedDatabaseAnswer503AndServiceResumesByItself() throws Exception {
        HttpResponse<String> served = get("/api/tasks");
        assertThat(served.statusCode()).isEqualTo(200);
        // the planner's inbox is empty here (demo data starts no process): a 200 [] is an answer of the database
        assertThat(served.body()).isEqualTo("[]");
        Instant started = Instant.now();
        long deniedBefore = jdbc.queryForObject("SELECT COUNT(*) FROM sys_audit WHERE outcome = 'DENIED'", Long.class);

        // stalled: the process is frozen, TCP still accepts; every request ends in bounded time with 503
        signal("STOP");
        try {
            Instant asked = Instant.now();
            assertUnavailable(awaitStatus("/api/tasks", 503, 30));
            assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(30));
            asked = Instant.now();
            assertUnavailable(get("/api/tasks"));
            assertThat(Duration.between(asked, Instant.now())).as("one request while stalled").isLessThan(Duration.ofSeconds(15));
            assertThat(get("/actuator/health").statusCode()).isEqualTo(503);
            assertThat(stopped()).as("the database stalled throughout: every answer above came while it was frozen").isTrue();
        } finally {
            signal("CONT");
        }
        assertThat(awaitStatus("/api/tasks", 200, 20).statusCode()).as("service resumes after the stall").isEqualTo(200);

        // stopped: connection refused
        server.destroy();
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Instant asked = Instant.now();
        assertUnavailable(awaitStatus("/api/tasks", 503, 20));
        assertUnavailable(get("/api/tasks"));
        assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(20));
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("DOWN");
        // the probes (issue 15.4, ADR 0016): not ready, so the balancer sends no traffic, but alive, so nobody restarts it
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("OUT_OF_SERVICE");
        HttpResponse<String> liveness = get("/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("UP");

        startServer();
        Instant back = Instant.now();
        assertThat(awaitStatus("/api/tasks", 200, 15).statusCode()).as("service resumes once the database is back").isEqualTo(200);
        assertThat(Duration.between(back, Instant.now())).isLessThan(Duration.ofSeconds(15));
        assertThat(awaitStatus("/actuator/health", 200, 10).body()).contains("UP");
        assertThat(awaitStatus("/actuator/health/readiness", 200, 10).body()).contains("UP");
        // nobody was refused while the database was away: no DENIED record since the fault began
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sys_audit WHERE outcome = 'DENIED'", Long.class))
                .as("denials audited since " + started).isEqualTo(deniedBefore);
    }
}
