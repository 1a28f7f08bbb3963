package org.spotcheck.app.security;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of sys_organisation. */
@Mapper
public interface OrganisationMapper {

    OrganisationRow find(@Param("code") String code);

    List<OrganisationRow> list();

    void insert(@Param("code") String code, @Param("orgType") String orgType, @Param("name") String name,
            @Param("regionCode") String regionCode, @Param("createdBy") String createdBy, @Param("createdAt") Instant createdAt);

    /** Row of sys_organisation. */
    class OrganisationRow {
        public String code;
        public String orgType;
        public String name;
        public String regionCode;
        public String createdBy;
        public Instant createdAt;
    }
}
