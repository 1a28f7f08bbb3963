package org.spotcheck.app.notification;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of sys_mail_outbox and of the addresses of accounts. */
@Mapper
public interface MailMapper {

    /** Enabled accounts with an address: one user, or every member of a role in an organisation. */
    List<Addressee> addressees(@Param("username") String username, @Param("role") String role, @Param("orgCode") String orgCode);

    /** Queues one e-mail unless the same dedup key was queued for the same user. */
    int insertOnce(@Param("username") String username, @Param("address") String address, @Param("subject") String subject,
            @Param("body") String body, @Param("businessKey") String businessKey, @Param("dedupKey") String dedupKey,
            @Param("createdAt") Instant createdAt, @Param("subjectKey") String subjectKey, @Param("subjectArgs") String subjectArgs,
            @Param("mailLang") String mailLang);

    List<OutboxMail> pending(@Param("maxAttempts") int maxAttempts, @Param("limit") int limit, @Param("now") Instant now);

    /** Claims a row for one attempt (optimistically, on its attempt count); 0 when another sender took it. */
    int claim(@Param("id") long id, @Param("attempts") int attempts, @Param("now") Instant now, @Param("until") Instant until);

    int markSent(@Param("id") long id, @Param("sentAt") Instant sentAt);

    int markFailed(@Param("id") long id, @Param("error") String error);

    /** The newest queued e-mails of one business key (the case page). */
    List<OutboxMail> ofBusinessKey(@Param("businessKey") String businessKey);

    /** An account with an address, and the language of its e-mails (zh or en; null is Chinese). */
    record Addressee(String username, String email, String mailLang) {

        /** The language its e-mails are written in: English only when the account chose it (issue 17). */
        public java.util.Locale locale() {
            return "en".equals(mailLang) ? java.util.Locale.ENGLISH : java.util.Locale.SIMPLIFIED_CHINESE;
        }
    }

    /**
     * One queued e-mail; its subject's message key, arguments (JSON) and the language it was written in are null for
     * rows from before V5_190.
     */
    record OutboxMail(long id, String username, String address, String subject, String body, String businessKey,
            Instant createdAt, Instant sentAt, int attempts, String lastError, String subjectKey, String subjectArgs,
            String mailLang) {
    }
}
