package org.spotcheck.app.workflow;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The inbox in SQL (ADR 0014, issue 14.1): the engine's runtime tables and the read model
 * sys_task_info, visibility as Flowable's candidate rule; see TaskInboxMapper.xml.
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

    /** How many of the caller's matching tasks are at one step, and the newest one's creation. */
    record StepCount(String taskKey, String name, long tasks, Instant latest) {
    }

    List<Row> page(@Param("q") InboxQuery q, @Param("user") String user, @Param("groups") List<String> groups,
            @Param("dueFrom") Instant dueFrom, @Param("dueTo") Instant dueTo, @Param("limit") int limit, @Param("offset") int offset);

    long count(@Param("q") InboxQuery q, @Param("user") String user, @Param("groups") List<String> groups,
            @Param("dueFrom") Instant dueFrom, @Param("dueTo") Instant dueTo);

    List<StepCount> steps(@Param("q") InboxQuery q, @Param("user") String user, @Param("groups") List<String> groups,
            @Param("dueFrom") Instant dueFrom, @Param("dueTo") Instant dueTo);
}
