package org.spotcheck.app.lims;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of sys_idempotency_key. */
@Mapper
public interface IdempotencyMapper {

    /** Row of sys_idempotency_key. */
    class StoredResponse {
        public String endpoint;
        public String requestHash;
        public Integer status;
        public String response;
    }

    StoredResponse find(@Param("orgCode") String orgCode, @Param("key") String key);

    void insert(@Param("orgCode") String orgCode, @Param("key") String key, @Param("endpoint") String endpoint,
            @Param("requestHash") String requestHash, @Param("username") String username, @Param("status") int status,
            @Param("response") String response, @Param("createdAt") Instant createdAt);
}
