package org.spotcheck.disposal.internal.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of dsp_referral and its evidence (dsp_referral_evidence). */
@Mapper
public interface ReferralMapper {

    void insert(ReferralRow row);

    ReferralRow find(@Param("id") long id);

    List<ReferralRow> listForAuthority(@Param("authorityCode") String authorityCode);

    int decide(@Param("row") ReferralRow row);

    /** The letter's attachments of a new referral, in one statement. */
    void insertEvidence(@Param("items") List<ReferralEvidenceRow> items);

    /** The letter's attachments in their order; none for a referral opened before V4_190. */
    List<ReferralEvidenceRow> evidence(@Param("referralId") long referralId);
}
