package org.spotcheck.app.workflow;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of sys_task_completion, the one-winner guard of task completion. */
@Mapper
public interface TaskCompletionMapper {

    void insert(@Param("taskId") String taskId, @Param("taskKey") String taskKey,
            @Param("processInstanceId") String processInstanceId, @Param("completedBy") String completedBy,
            @Param("completedAt") Instant completedAt);

    int exists(@Param("taskId") String taskId);
}
