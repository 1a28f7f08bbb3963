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

    /**
     * Issue 17: a notification is stored as a key and arguments, so the same notice reads Chinese by default and English
     * with ?lang=en, on the inbox page and in the API, and the e-mail is written in the recipient's chosen language; the
     * product is named in the reader's language, and no Chinese is left on the English side.
     */
    @Test
    void theSameNoticeReadsChineseByDefaultAndEnglishOnRequestOnThePageInTheApiAndInTheMail() throws Exception {
        ResultHandlingFlow.Case c = flow.issued(ResultHandlingFlow.failingTissue());
        String reportNo = flow.caseById("officer", c.caseId()).get("reportNo").asString();
        Browserless enterprise = new Browserless(port, c.enterprise());
        // the enterprise's user chooses English e-mails on his account page
        Browserless.Page account = enterprise.get("/account/password");
        assertThat(account.body()).contains("id=\"mailLang\"");
        Browserless.Page bad = enterprise.post("/account/email", java.util.Map.of("email", List.of(c.enterprise() + "@demo.spotcheck.local"),
                "mailLang", List.of("fr")), account.csrf());
        assertThat(bad.body()).contains("id=\"mailLang-error\"");
        Browserless.Page chosen = enterprise.post("/account/email", java.util.Map.of("email", List.of(c.enterprise() + "@demo.spotcheck.local"),
                "mailLang", List.of("en")), account.csrf());
        assertThat(chosen.status()).isEqualTo(302);
        try {
            flow.serve(c, LocalDate.now(ResultHandlingFlow.CHINA), "IN_PERSON");

            MimeMessage mail = dispatchAndFind(c.enterprise() + "@demo.spotcheck.local", reportNo);
            assertThat(mail.getSubject()).startsWith("[Product quality spot check] Result notice (" + reportNo + ", Tissue paper")
                    .contains("within 15 days");
            assertThat(noChinese(mail.getSubject())).as(mail.getSubject()).isTrue();
            assertThat(noChinese(String.valueOf(mail.getContent()))).as(String.valueOf(mail.getContent())).isTrue();

            // the page: Chinese by default, English on request, the same notice
            String zh = reminder(enterprise.get("/tasks?lang=zh").body(), reportNo);
            assertThat(zh).contains("检验结果通知书（" + reportNo + "，纸巾纸）：不合格，可于送达之日起15日内提出异议");
            String en = reminder(enterprise.get("/tasks?lang=en").body(), reportNo);
            assertThat(en).contains("Result notice (" + reportNo + ", Tissue paper").contains("within 15 days of service");
            assertThat(noChinese(en)).as(en).isTrue();

            // the API: the same
            assertThat(apiMessage(c.enterprise(), "/api/notifications", reportNo)).startsWith("检验结果通知书（" + reportNo + "，纸巾纸）");
            String apiEn = apiMessage(c.enterprise(), "/api/notifications?lang=en", reportNo);
            assertThat(apiEn).startsWith("Result notice (" + reportNo + ", Tissue paper");
            assertThat(noChinese(apiEn)).as(apiEn).isTrue();
        } finally {
            Browserless.Page again = enterprise.get("/account/password?lang=zh");
            enterprise.post("/account/email", java.util.Map.of("email", List.of(c.enterprise() + "@demo.spotcheck.local"),
                    "mailLang", List.of("zh")), again.csrf());
        }
    }

    /** The inbox's 提醒 line that names the text, without its markup. */
    private static String reminder(String page, String text) {
        int block = page.indexOf("id=\"notifications\"");
        assertThat(block).as("the inbox shows its reminders").isPositive();
        String list = page.substring(block, page.indexOf("</ul>", block));
        for (String item : list.split("<li")) {
            if (item.contains(text)) {
                return item.replaceAll("<[^>]*>", " ").replaceAll("^[^>]*>", "").replaceAll("\\s+", " ").strip();
            }
        }
        throw new AssertionError("no reminder about " + text + " in " + list);
    }

    private String apiMessage(String user, String path, String text) {
        Api.Response r = api.get(user, path);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (JsonNode n : r.json()) {
            if (n.get("message").asString().contains(text)) {
                return n.get("message").asString();
            }
        }
        throw new AssertionError("no notification about " + text + " in " + r.body());
    }

    private static boolean noChinese(String text) {
        return text.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    @Test
    void aGroupReminderIsMailedToEveryMemberOnceAndNotToAnotherLab() throws Exception {
        String key = "mail-" + System.nanoTime();
        transactions.executeWithoutResult(s -> {
            notifications.notifyOnce("LAB_TESTER:LAB1", "TEST", "MAIL-1", null, org.spotcheck.shared.StoredMessage.of("stored.confirmation.pleaseConfirm", key), null, key);
            // the same reminder again (a timer that fires twice) is not mailed twice
            notifications.notifyOnce("LAB_TESTER:LAB1", "TEST", "MAIL-1", null, org.spotcheck.shared.StoredMessage.of("stored.confirmation.pleaseConfirm", key), null, key);
        });
        MimeMessage mail = dispatchAndFind("lab1-tester@demo.spotcheck.local", key);
        assertThat(String.valueOf(mail.getContent())).contains("请确认抽样单 " + key);
        assertThat(dispatcher.sendPending()).as("a second round finds nothing left to send").isZero();
        assertThat(mailsTo("lab1-tester@demo.spotcheck.local", key)).isEqualTo(1);
        assertThat(mailsTo("lab2-tester@demo.spotcheck.local", key)).isZero();
    }

    @Test
    void aRolledBackStepSendsNoMail() throws Exception {
        String key = "rollback-" + System.nanoTime();
        try {
            transactions.executeWithoutResult(s -> {
                notifications.notifyOnce("lab1-tester", "TEST", "MAIL-2", null, org.spotcheck.shared.StoredMessage.of("stored.confirmation.pleaseConfirm", key), null, key);
                throw new IllegalStateException("the step fails after it queued its mail");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        String marker = "marker-" + System.nanoTime();
        transactions.executeWithoutResult(s -> notifications.notifyOnce("lab1-tester", "TEST", "MAIL-2", null,
                org.spotcheck.shared.StoredMessage.of("stored.confirmation.pleaseConfirm", marker), null, marker));
        dispatchAndFind("lab1-tester@demo.spotcheck.local", marker); // one dispatcher round after both
        assertThat(mailsTo("lab1-tester@demo.spotcheck.local", key)).isZero();
    }
}
