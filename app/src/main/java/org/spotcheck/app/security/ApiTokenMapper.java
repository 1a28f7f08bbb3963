package org.spotcheck.app.security;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of sys_api_token. */
@Mapper
public interface ApiTokenMapper {

    void insert(ApiTokenRow row);

    ApiTokenRow findByHash(@Param("tokenHash") String tokenHash);

    ApiTokenRow find(@Param("id") long id);

    List<ApiTokenRow> list();

    int revoke(@Param("id") long id, @Param("by") String by, @Param("at") Instant at);

    /** Row of sys_api_token. */
    class ApiTokenRow {
        public Long id;
        public String tokenHash;
        public String name;
        public String labCode;
        public String createdBy;
        public Instant createdAt;
        public Instant expiresAt;
        public Instant revokedAt;
        public String revokedBy;
    }
}
