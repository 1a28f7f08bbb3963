package org.spotcheck.app.workflow;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Whether a user is a candidate of ONE task, by the task's id (issue 14.1): a single indexed read of
 * the engine's identity links (index on TASK_ID_), instead of the inbox's visibility query.
 */
@Mapper
public interface TaskCandidacyMapper {

    /** 1 when the task has a candidate link naming the user or one of the groups, else 0. */
    int isCandidate(@Param("taskId") String taskId, @Param("user") String user, @Param("groups") List<String> groups);
}
