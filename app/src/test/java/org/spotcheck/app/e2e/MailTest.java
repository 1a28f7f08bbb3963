package org.spotcheck.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.spotcheck.app.notification.MailDispatcher;
import org.spotcheck.app.notification.NotificationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * E-mail through a real SMTP server running inside the test JVM (GreenMail), not a mock (issue 8
 * point 3, issue 6 point 1): the app's own dispatcher sends what the steps queued. The test drives the
 * dispatcher directly: the test profile switches the app's schedules off (spotcheck.scheduling.enabled),
 * so nothing sends behind the test's back and a busy CI machine cannot make it wait for a scheduler.
 */
class MailTest extends ResultHandlingE2e {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("spotcheck.mail.enabled", () -> "true");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    NotificationService notifications;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    ApplicationContext context;

    /**
     * Runs the dispatcher once, then returns the message to {@code address} whose subject contains
     * {@code text}. GreenMail stores a message before it acknowledges it, so a sent message is there
     * when the dispatcher returns.
     */
    private MimeMessage dispatchAndFind(String address, String text) throws Exception {
        drain();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (m.getSubject() != null && m.getSubject().contains(text) && recipients(m).contains(address)) {
                return m;
            }
        }
        throw new AssertionError("no e-mail to " + address + " about " + text + "; received: "
                + Arrays.stream(SMTP.getReceivedMessages()).map(MailTest::describe).collect(Collectors.joining("; ")));
    }

    /**
     * Runs the dispatcher until the outbox is empty: the database is shared with the other test
     * classes, whose steps queued e-mails that no dispatcher sent (mail is off there), and one round
     * sends at most 100.
     */
    private void drain() {
        for (int round = 0; round < 1000 && dispatcher.sendPending() > 0; round++) {
            // next round
        }
    }

    private static List<String> recipients(MimeMessage m) throws Exception {
        return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
    }

    private static String describe(MimeMessage m) {
        try {
            return recipients(m) + " " + m.getSubject();
        } catch (Exception e) {
            return e.toString();
        }
    }

    private long mailsTo(String address, String text) throws Exception {
        long n = 0;
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (m.getSubject().contains(text) && recipients(m).contains(address)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void noScheduleRunsInTheTestsSoOnlyTheTestSends() {
        assertThat(context.getBeanNamesForType(ScheduledAnnotationBeanPostProcessor.class))
                .as("the test profile switches scheduling off (spotcheck.scheduling.enabled=false)").isEmpty();
    }

    @Test
    void theResultNoticeReachesTheEnterpriseByEmailAndInAppButNotTheOtherEnterprise() throws Exception {
        ResultHandlingFlow.Case c = flow.served(ResultHandlingFlow.failingTissue(), LocalDate.now(ResultHandlingFlow.CHINA));
        JsonNode served = flow.caseById("officer", c.caseId());
        String reportNo = served.get("reportNo").asString();

        MimeMessage mail = dispatchAndFind(c.enterprise() + "@demo.spotcheck.local", reportNo);
        assertThat(mail.getSubject()).contains("检验结果通知书").contains("15日内");
        assertThat(String.valueOf(mail.getContent())).contains("/cases/" + c.caseCode());
        assertThat(mailsTo(c.otherEnterprise() + "@demo.spotcheck.local", reportNo)).isZero();

        // the same notice is in the enterprise's notifications, and not in the other enterprise's
        Api.Response own = api.get(c.enterprise(), "/api/notifications");
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.body()).contains(reportNo);
        assertThat(api.get(c.otherEnterprise(), "/api/notifications").body()).doesNotContain(reportNo);
    }

    @Test
    void aGroupReminderIsMailedToEveryMemberOnceAndNotToAnotherLab() throws Exception {
        String key = "mail-" + System.nanoTime();
        transactions.executeWithoutResult(s -> {
            notifications.notifyOnce("LAB_TESTER:LAB1", "TEST", "MAIL-1", null, "样品即将到期 " + key, null, key);
            // the same reminder again (a timer that fires twice) is not mailed twice
            notifications.notifyOnce("LAB_TESTER:LAB1", "TEST", "MAIL-1", null, "样品即将到期 " + key, null, key);
        });
        MimeMessage mail = dispatchAndFind("lab1-tester@demo.spotcheck.local", key);
        assertThat(String.valueOf(mail.getContent())).contains("样品即将到期");
        assertThat(dispatcher.sendPending()).as("a second round finds nothing left to send").isZero();
        assertThat(mailsTo("lab1-tester@demo.spotcheck.local", key)).isEqualTo(1);
        assertThat(mailsTo("lab2-tester@demo.spotcheck.local", key)).isZero();
    }

    @Test
    void aRolledBackStepSendsNoMail() throws Exception {
        String key = "rollback-" + System.nanoTime();
        try {
            transactions.executeWithoutResult(s -> {
                notifications.notifyOnce("lab1-tester", "TEST", "MAIL-2", null, "不应发送 " + key, null, key);
                throw new IllegalStateException("the step fails after it queued its mail");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        String marker = "marker-" + System.nanoTime();
        transactions.executeWithoutResult(s -> notifications.notifyOnce("lab1-tester", "TEST", "MAIL-2", null, marker, null, marker));
        dispatchAndFind("lab1-tester@demo.spotcheck.local", marker); // one dispatcher round after both
        assertThat(mailsTo("lab1-tester@demo.spotcheck.local", key)).isZero();
    }
}
