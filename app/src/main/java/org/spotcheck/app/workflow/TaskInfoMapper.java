package org.spotcheck.app.workflow;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The inbox's read model sys_task_info (ADR 0014): the business columns of a process instance. */
@Mapper
public interface TaskInfoMapper {

    /** One statement: inserts the instance's row unless it is there (no select before it). */
    int insertIfMissing(@Param("processInstanceId") String processInstanceId, @Param("productCode") String productCode,
            @Param("regionCode") String regionCode, @Param("createdAt") Instant createdAt);
}
