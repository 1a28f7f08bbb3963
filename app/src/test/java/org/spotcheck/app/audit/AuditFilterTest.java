package org.spotcheck.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The audit filter writes a request's record after the response has gone out, so a client can hold its answer before
 * the record exists. {@link AuditRecords#awaitRecorded}, the test filter just outside it, waits for exactly that (issue 16.6: the tests that read the
 * audit log right after a request waited up to 5 s on the clock instead). The request is held inside the filter by a
 * latch, after its response was committed, so the order is forced, not hoped for.
 */
class AuditFilterTest {

    private JdbcTemplate jdbc;
    private AuditFilter filter;
    /** As in the test applications: the test filter just outside the audit filter. */
    private final AuditRecords outside = new AuditRecords();

    @BeforeEach
    void setUp() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:audit-filter-" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/app").table("sys_schema_history").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        filter = new AuditFilter(new AuditLog(jdbc, new DataSourceTransactionManager(dataSource), Clock.systemUTC(), 180));
    }

    @Test
    void aClientHoldingItsAnswerWaitsForTheRecordAndNotLonger() throws Exception {
        CountDownLatch answered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain chain = (req, res) -> {
            res.getWriter().write("{}");
            res.flushBuffer(); // the client has its answer from here on
            answered.countDown();
            await(release);
        };
        CompletableFuture<Void> request = CompletableFuture.runAsync(() -> {
            try {
                outside.doFilter(new MockHttpServletRequest("POST", "/api/plans"), response, (rq, rs) -> filter.doFilter(rq, rs, chain));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await(answered);
        assertThat(response.isCommitted()).isTrue();

        // answered, but still inside the filter: no record yet, and the wait does not report one
        assertThat(AuditRecords.awaitRecorded(Duration.ZERO)).isFalse();
        assertThat(records()).isZero();

        release.countDown();
        assertThat(AuditRecords.awaitRecorded(Duration.ofSeconds(60))).isTrue();
        // the wait returned: the record is there, without joining the request's thread
        assertThat(records()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT http_status FROM sys_audit", Integer.class)).isEqualTo(200);
        request.get(60, TimeUnit.SECONDS);
    }

    @Test
    void aRequestThatFailedHasLeftTooAndItsFailureIsRecorded() throws Exception {
        FilterChain chain = (req, res) -> {
            throw new IllegalStateException("boom");
        };
        assertThatThrownBy(() -> outside.doFilter(new MockHttpServletRequest("POST", "/api/plans"), new MockHttpServletResponse(), (rq, rs) -> filter.doFilter(rq, rs, chain)))
                .hasMessage("boom");
        assertThat(AuditRecords.awaitRecorded(Duration.ZERO)).isTrue();
        assertThat(jdbc.queryForObject("SELECT http_status FROM sys_audit", Integer.class)).isEqualTo(500);
    }

    private int records() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM sys_audit", Integer.class);
        return n == null ? 0 : n;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other side never arrived");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
