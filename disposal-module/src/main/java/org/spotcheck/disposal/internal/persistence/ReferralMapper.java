package org.spotcheck.disposal.internal.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of dsp_referral. */
@Mapper
public interface ReferralMapper {

    void insert(ReferralRow row);

    ReferralRow find(@Param("id") long id);

    List<ReferralRow> listForAuthority(@Param("authorityCode") String authorityCode);

    int decide(@Param("row") ReferralRow row);
}
