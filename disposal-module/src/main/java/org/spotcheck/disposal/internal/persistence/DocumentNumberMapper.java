package org.spotcheck.disposal.internal.persistence;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The 文号 stored on the disposal documents (V4_100): the result notice, the rectification order, the referral letter. */
@Mapper
public interface DocumentNumberMapper {

    @Update("UPDATE dsp_case SET notice_doc_no = #{no} WHERE id = #{caseId} AND notice_doc_no IS NULL")
    int setNotice(@Param("caseId") long caseId, @Param("no") String no);

    @Select("SELECT notice_doc_no FROM dsp_case WHERE id = #{caseId}")
    String notice(@Param("caseId") long caseId);

    @Update("UPDATE dsp_rectification SET doc_no = #{no} WHERE case_id = #{caseId} AND doc_no IS NULL")
    int setRectification(@Param("caseId") long caseId, @Param("no") String no);

    @Select("SELECT doc_no FROM dsp_rectification WHERE case_id = #{caseId}")
    String rectification(@Param("caseId") long caseId);

    @Update("UPDATE dsp_referral SET doc_no = #{no} WHERE id = #{referralId} AND doc_no IS NULL")
    int setReferral(@Param("referralId") long referralId, @Param("no") String no);

    @Select("SELECT doc_no FROM dsp_referral WHERE id = #{referralId}")
    String referral(@Param("referralId") long referralId);

    /** The referral whose letter bears this 文号, or null. */
    @Select("SELECT id FROM dsp_referral WHERE doc_no = #{no}")
    Long referralNumbered(@Param("no") String no);
}
