package org.spotcheck.app.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.spotcheck.SpotcheckApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 13.7: the embedded H2 database runs out of disk. The app runs on an H2 <em>file</em> database in a temporary
 * folder, through {@link DiskFullFilePath}: an H2 file system over the real disk whose writes fail with "No space left
 * on device" on demand. (A real full disk, a small tmpfs or loop-mounted file system, needs root mounts the test suite
 * does not have; H2 sees the same IOException from the same FileChannel calls either way.)
 *
 * <p>While the disk is full, H2 closes the database; every request answers 503 problem+json {@code DATABASE_UNAVAILABLE}
 * with Retry-After, never 401 (which read as "log in again") or 500, and health says DOWN with the reason. Once
 * space is back, service resumes by itself within seconds, without a restart, and what was committed before is there.
 */
@Tag("fault")
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.profiles.active=h2,test", "spotcheck.demo-data=true", "spring.datasource.hikari.maximum-pool-size=4",
        "spring.datasource.hikari.connection-timeout=3000"})
class EmbeddedDiskFullFaultTest {

    static Path dataDir;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        DiskFullFilePath.register();
        dataDir = Files.createTempDirectory("sc-diskfull");
        registry.add("spring.datasource.url", () -> "jdbc:h2:" + DiskFullFilePath.SCHEME + ":" + dataDir.resolve("spotcheck")
                + ";MODE=MySQL;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"); // as application.yml: a 201 is on disk
    }

    @AfterAll
    static void removeData() throws IOException {
        DiskFullFilePath.FULL.set(false);
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("planner:Spotcheck-Demo-1".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(40));
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String plan(String title) {
        return "{\"title\":\"" + title + "\",\"kind\":\"ANNUAL\",\"planYear\":2027,\"legalBasis\":\"《产品质量法》第十五条\",\"items\":"
                + "[{\"productCode\":\"PLASTIC_BAG\",\"regionCode\":\"320100\",\"labCode\":\"LAB1\",\"batches\":1,\"quarter\":2,"
                + "\"budget\":6000,\"reason\":\"HEALTH_SAFETY_RISK\",\"emergency\":true}]}";
    }

    /** Repeats the request until it answers {@code status}, within {@code seconds}; every answer on the way is kept. */
    HttpResponse<String> awaitStatus(String path, int status, int seconds, List<Integer> seen) throws Exception {
        Instant until = Instant.now().plusSeconds(seconds);
        HttpResponse<String> response;
        do {
            response = send("GET", path, null);
            seen.add(response.statusCode());
            if (response.statusCode() == status) {
                return response;
            }
            Thread.sleep(250); // polling the app while H2 closes or reopens, not a scheduler
        } while (Instant.now().isBefore(until));
        return response;
    }

    static void assertUnavailable(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.body()).contains("\"rule\":\"DATABASE_UNAVAILABLE\"");
    }

    @Test
    void aFullDiskAnswers503NotLoginRequiredAndServiceResumesWithoutRestartOnceSpaceIsBack() throws Exception {
        String before = "磁盘满之前 " + UUID.randomUUID();
        assertThat(send("POST", "/api/plans", plan(before)).statusCode()).isEqualTo(201);
        assertThat(send("GET", "/api/tasks", null).statusCode()).isEqualTo(200);

        DiskFullFilePath.FULL.set(true);
        List<Integer> seen = new ArrayList<>();
        try {
            // a write: H2 cannot write its store, closes the database; the write answers 503 (or committed in memory
            // just before the store failed), never 401 or 500
            HttpResponse<String> write = send("POST", "/api/plans", plan("磁盘已满 " + UUID.randomUUID()));
            seen.add(write.statusCode());
            assertUnavailable(awaitStatus("/api/tasks", 503, 30, seen));
            // the pool then reopens H2, which answers reads again while its store still cannot be written:
            // a read may be served (200) or refused (503), but never "login required" or 500
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> again = send("GET", "/api/tasks", null);
                seen.add(again.statusCode());
                if (again.statusCode() != 200) {
                    assertUnavailable(again);
                }
            }
            HttpResponse<String> health = send("GET", "/actuator/health", null);
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("DOWN").contains("No space left on device");
            assertThat(seen).as("answers while the disk is full").doesNotContain(401, 403, 500);
        } finally {
            DiskFullFilePath.FULL.set(false);
        }

        // space is back: the pool opens the database again, no restart
        Instant back = Instant.now();
        List<Integer> recovering = new ArrayList<>();
        assertThat(awaitStatus("/api/tasks", 200, 20, recovering).statusCode()).as("service resumes once space is back").isEqualTo(200);
        assertThat(Duration.between(back, Instant.now())).isLessThan(Duration.ofSeconds(20));
        assertThat(recovering).doesNotContain(401, 403, 500);
        assertThat(awaitStatus("/actuator/health", 200, 10, recovering).body()).contains("UP");
        String after = "磁盘恢复之后 " + UUID.randomUUID();
        assertThat(send("POST", "/api/plans", plan(after)).statusCode()).isEqualTo(201);
        // what was committed before the fault survived it, and the new write is there
        String plans = send("GET", "/api/plans", null).body();
        assertThat(plans).contains(before).contains(after);
    }
}
