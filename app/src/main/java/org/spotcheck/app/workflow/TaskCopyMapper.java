package org.spotcheck.app.workflow;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of sys_task_copy (抄送). */
@Mapper
public interface TaskCopyMapper {

    /** Copies a task to a reader once; 0 when he already has it. */
    int insertOnce(@Param("taskId") String taskId, @Param("taskName") String taskName, @Param("taskKey") String taskKey,
            @Param("processInstanceId") String processInstanceId, @Param("businessKey") String businessKey,
            @Param("recipient") String recipient, @Param("copiedBy") String copiedBy, @Param("comment") String comment,
            @Param("createdAt") Instant createdAt);

    List<TaskCopyView> forRecipient(@Param("recipient") String recipient, @Param("offset") int offset, @Param("limit") int limit);

    int markRead(@Param("id") long id, @Param("recipient") String recipient, @Param("readAt") Instant readAt);

    /** 1 when the copy is addressed to the user, else 0. */
    int isRecipient(@Param("id") long id, @Param("recipient") String recipient);

    /** 1 when the copy exists, whoever it is addressed to, else 0. */
    int exists(@Param("id") long id);
}
