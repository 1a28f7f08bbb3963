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
            @Param("nameEn") String nameEn, @Param("regionCode") String regionCode, @Param("createdBy") String createdBy, @Param("createdAt") Instant createdAt);

    /** The letterhead of an organisation on official documents (ADR 0021): its postal address and 文号 prefix. */
    int updateLetterhead(@Param("code") String code, @Param("address") String address, @Param("docPrefix") String docPrefix);

    /** The organisation's name in English for English pages (issue 17, brief bil17); null: none. */
    int updateNameEn(@Param("code") String code, @Param("nameEn") String nameEn);

    /** Row of sys_organisation. */
    class OrganisationRow {
        public String code;
        public String orgType;
        public String name;
        /** The name in English, or null (English pages then show the Chinese name). */
        public String nameEn;
        public String regionCode;
        public String address;
        public String docPrefix;
        public String createdBy;
        public Instant createdAt;
    }
}
