package org.spotcheck.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.spotcheck.SpotcheckApplication;
import org.spotcheck.app.e2e.Api;
import org.spotcheck.app.workflow.field.FieldSyncTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * ADR 0023 in the offline sampling app: a form whose sending waits out the lock wait bound (1 s here) is answered 503
 * LOCK_WAIT_TIMEOUT with Retry-After; the app keeps it saved (not 有冲突, as a 409 would make it) and sends it again by
 * itself after Retry-After, with the same Idempotency-Key: one sampling record. The step's task row is held by the test
 * until the app has shown that the form is still to be sent (the server answered), then released.
 */
@Tag("browser")
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spotcheck.database.lock-wait-timeout-seconds=1")
class FieldRetryAfterBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @RegisterExtension
    final ChromiumExtension browser = new ChromiumExtension("390,844");

    @Test
    void aFormAnsweredLockWaitTimeoutStaysSavedAndIsSentAgainAfterRetryAfter() throws Exception {
        Api api = new Api(port);
        String caseCode = FieldSyncTest.approvedPlan(api) + "-01-01";
        List<String> drawn = FieldOfflineBrowserTest.drawn(api, caseCode);
        String testSeal = FieldSyncTest.seal(api, drawn.get(0));
        String backupSeal = FieldSyncTest.seal(api, drawn.get(1));
        String task = api.taskId(drawn.get(0), caseCode, "recordSampling");
        assertThat(task).isNotNull();
        Path photo = FieldOfflineBrowserTest.photo(800, 600, Color.MAGENTA);
        try {
            browser.logIn(drawn.get(0));
            FieldOfflineBrowserTest.openApp(browser, caseCode);
            browser.click(By.id("case-" + caseCode));
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("productName")));
            browser.driver().findElement(By.id("photo-input")).sendKeys(photo.toAbsolutePath().toString());
            browser.until(d -> d.findElements(By.cssSelector("#thumbs img")).size() == 1);
            FieldOfflineBrowserTest.fill(browser, drawn, "洁雅", testSeal, backupSeal);

            try (Connection holder = dataSource.getConnection()) {
                holder.setAutoCommit(false);
                try (PreparedStatement lock = holder.prepareStatement("SELECT ID_ FROM ACT_RU_TASK WHERE ID_ = ? FOR UPDATE")) {
                    lock.setString(1, task);
                    try (ResultSet row = lock.executeQuery()) {
                        assertThat(row.next()).isTrue();
                    }
                }
                try {
                    browser.click(By.id("save")); // online: the app sends the form at once
                    browser.until(d -> d.findElement(By.id("field-banner")).getText().contains("尚有 1 份表单未同步"));
                    assertThat(browser.driver().findElements(By.cssSelector("[data-status=saved]"))).isNotEmpty();
                    assertThat(browser.driver().findElements(By.cssSelector("[data-status=conflict]"))).isEmpty();
                    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM smp_sampling_record WHERE task_code = ?", Integer.class,
                            caseCode)).isZero();
                } finally {
                    holder.rollback();
                    holder.setAutoCommit(true);
                }
            }
            // no tap on 同步: the app sends it again after the answer's Retry-After (5 s)
            browser.until(d -> !d.findElements(By.cssSelector("[data-status=synced]")).isEmpty());
        } finally {
            Files.deleteIfExists(photo);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM smp_sampling_record WHERE task_code = ?", Integer.class, caseCode))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sys_idempotency_key WHERE endpoint = 'POST /field/submissions' AND response LIKE ?",
                Integer.class, "%" + caseCode + "%")).isEqualTo(1);
    }
}
