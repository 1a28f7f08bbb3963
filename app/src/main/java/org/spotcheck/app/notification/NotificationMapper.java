package org.spotcheck.app.notification;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of sys_notification. */
@Mapper
public interface NotificationMapper {

    /** Inserts unless a row with this dedup key and recipient exists; returns the rows inserted. */
    int insertOnce(@Param("recipient") String recipient, @Param("kind") String kind, @Param("businessKey") String businessKey,
            @Param("taskId") String taskId, @Param("message") String message, @Param("dueAt") Instant dueAt,
            @Param("dedupKey") String dedupKey, @Param("createdAt") Instant createdAt, @Param("messageKey") String messageKey,
            @Param("messageArgs") String messageArgs);

    List<StoredNotification> forRecipients(@Param("recipients") List<String> recipients, @Param("limit") int limit);

    long seenUpTo(@Param("username") String username);

    long countAfter(@Param("recipients") List<String> recipients, @Param("after") long after);

    long maxId(@Param("recipients") List<String> recipients);

    int raiseSeen(@Param("username") String username, @Param("upTo") long upTo);

    /**
     * Marks handled the reminders of a completed task and the case notices (neither a task's reminder nor a copy)
     * addressed to its candidate groups or its assignee on its case; returns the rows marked.
     */
    int markHandled(@Param("taskId") String taskId, @Param("businessKey") String businessKey,
            @Param("recipients") List<String> recipients, @Param("at") Instant at);

    int insertSeen(@Param("username") String username, @Param("upTo") long upTo);

    /**
     * A notification as stored: its Chinese text, and its bundle key and arguments (JSON) from which a reader's page
     * renders it (V5_160; both null in rows written before).
     */
    record StoredNotification(long id, String recipient, String kind, String businessKey, String taskId, String message,
            Instant dueAt, Instant createdAt, String messageKey, String messageArgs) {
    }
}
