package org.spotcheck.app.security;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of sys_user and sys_user_role. */
@Mapper
public interface UserAccountMapper {

    UserAccountRow find(@Param("username") String username);

    List<String> roles(@Param("username") String username);

    int count();

    void insert(@Param("username") String username, @Param("passwordHash") String passwordHash,
            @Param("displayName") String displayName, @Param("orgCode") String orgCode, @Param("orgType") String orgType,
            @Param("regionCode") String regionCode, @Param("createdAt") Instant createdAt);

    void insertRole(@Param("username") String username, @Param("role") String role);

    /** Row of sys_user. */
    class UserAccountRow {
        public String username;
        public String passwordHash;
        public String displayName;
        public String orgCode;
        public String orgType;
        public String regionCode;
        public Boolean enabled;
    }
}
