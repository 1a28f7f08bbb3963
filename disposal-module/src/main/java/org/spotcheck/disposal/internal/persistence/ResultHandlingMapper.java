package org.spotcheck.disposal.internal.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of dsp_objection, dsp_rectification and dsp_reinspection. */
@Mapper
public interface ResultHandlingMapper {

    void insertObjection(ObjectionRow row);

    ObjectionRow objectionOfCase(@Param("caseId") long caseId);

    int updateObjection(@Param("row") ObjectionRow row, @Param("fromStatus") String fromStatus);

    void insertRectification(RectificationRow row);

    RectificationRow rectificationOfCase(@Param("caseId") long caseId);

    void updateRectification(RectificationRow row);

    void insertReinspection(ReinspectionRow row);

    List<ReinspectionRow> reinspectionsOfCase(@Param("caseId") long caseId);

    void updateReinspection(ReinspectionRow row);
}
