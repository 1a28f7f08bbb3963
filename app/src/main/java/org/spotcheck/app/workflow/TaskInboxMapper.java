package org.spotcheck.app.workflow;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The inbox in SQL (ADR 0014 and its amendment, issue 14.1): the per-candidate read model sys_inbox_entry, the
 * engine's runtime tables for the page's rows and sys_task_info for the business columns; visibility as Flowable's
 * candidate rule; see TaskInboxMapper.xml.
 */
@Mapper
public interface TaskInboxMapper {

    /**
     * One inbox row: the task's live state, its instance's business key and its definition's key, and the enterprise
     * and product the task is about (issue 17.4: the instance's enterpriseCode variable, the read model's product).
     */
    record Row(String id, String taskKey, String name, String processKey, String processInstanceId, String businessKey,
            String assignee, Instant createdAt, Instant dueAt, int priority, String enterpriseCode, String productCode) {
    }

    /**
     * One way a task reaches the caller, a range of the read model: kind {@code a} assignee, {@code o} owner,
     * {@code u} candidate user, {@code g} candidate group; who is the user or group id.
     */
    record Way(String kind, String who) {
    }

    /** How many of the caller's matching tasks are at one step in one region (null: none recorded), and the newest one's creation. */
    record StepCount(String taskKey, String name, String regionCode, long tasks, Instant latest) {
    }

    List<Row> page(@Param("q") InboxQuery q, @Param("ways") List<Way> ways, @Param("dueFrom") Instant dueFrom, @Param("dueTo") Instant dueTo,
            @Param("limit") int limit, @Param("offset") int offset, @Param("window") int window);

    /** The number of matching tasks, or, when {@code cap} is not null, of at most {@code cap} of them (the count stops there). */
    long count(@Param("q") InboxQuery q, @Param("ways") List<Way> ways, @Param("dueFrom") Instant dueFrom, @Param("dueTo") Instant dueTo,
            @Param("cap") Integer cap);

    /** The caller's matching tasks counted by step and region. */
    List<StepCount> steps(@Param("q") InboxQuery q, @Param("ways") List<Way> ways, @Param("dueFrom") Instant dueFrom, @Param("dueTo") Instant dueTo);
}
