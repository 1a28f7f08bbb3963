package org.spotcheck.disposal.internal.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of dsp_publication. */
@Mapper
public interface PublicationMapper {

    void insert(PublicationRow row);

    PublicationRow find(@Param("id") long id);

    PublicationRow ofCase(@Param("caseId") long caseId, @Param("kind") String kind);

    List<PublicationRow> listForAuthority(@Param("authorityCode") String authorityCode);

    List<PublicationRow> released();

    int update(@Param("row") PublicationRow row, @Param("fromStatus") String fromStatus);
}
