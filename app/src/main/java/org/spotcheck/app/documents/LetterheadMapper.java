package org.spotcheck.app.documents;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** SQL of the letterheads (sys_organisation's name, address and 文号 prefix) and of sys_document_number. */
@Mapper
interface LetterheadMapper {

    @Select("SELECT code, name, address, doc_prefix AS documentPrefix FROM sys_organisation WHERE code = #{code}")
    LetterheadRow find(@Param("code") String code);

    @Select("SELECT display_name FROM sys_user WHERE username = #{username}")
    String displayName(@Param("username") String username);

    /** Takes the next number, or the first of a new authority, kind and year; the row stays locked until commit. */
    @Insert("INSERT INTO sys_document_number (authority_code, kind, doc_year, last_no) VALUES (#{authority}, #{kind}, #{year}, 1)"
            + " ON DUPLICATE KEY UPDATE last_no = last_no + 1")
    int next(@Param("authority") String authority, @Param("kind") String kind, @Param("year") int year);

    @Select("SELECT last_no FROM sys_document_number WHERE authority_code = #{authority} AND kind = #{kind} AND doc_year = #{year}")
    long last(@Param("authority") String authority, @Param("kind") String kind, @Param("year") int year);

    /** Row of a letterhead. */
    class LetterheadRow {
        public String code;
        public String name;
        public String address;
        public String documentPrefix;
    }
}
