package org.spotcheck.testing.internal.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of tst_lab_sample and tst_test_item. */
@Mapper
public interface LabSampleMapper {

    void insert(LabSampleRow row);

    LabSampleRow find(@Param("id") long id);

    List<LabSampleRow> listForLab(@Param("labCode") String labCode);

    /** 样品与报告's search as SQL takes it (issue 17.4): LIKE patterns already escaped; the scope is the lab. */
    record SearchCriteria(String labCode, String number, String enterprise, String enterpriseCode, String product, String productCode,
            String status, Instant from, Instant to) {
    }

    List<LabSampleRow> search(@Param("c") SearchCriteria criteria, @Param("limit") int limit, @Param("offset") long offset);

    long countSearch(@Param("c") SearchCriteria criteria);

    /** Lab samples of a case number and of its re-inspections ({@code <case number>-F<round>}), oldest first. */
    List<LabSampleRow> ofCase(@Param("caseCode") String caseCode);

    int receive(@Param("id") long id, @Param("rowVersion") int rowVersion, @Param("status") String status,
            @Param("receivedBy") String receivedBy, @Param("receivedAt") Instant receivedAt, @Param("note") String note);

    int updateStatus(@Param("id") long id, @Param("fromStatus") String fromStatus, @Param("toStatus") String toStatus);

    /** All items of one sample in one statement; the rows' ids are not set. Not called with an empty list. */
    void insertItems(@org.apache.ibatis.annotations.Param("items") java.util.List<TestItemRow> items);

    List<TestItemRow> items(@Param("labSampleId") long labSampleId);

    /** The rules of the lab samples whose test items, or whose issued reports' items, have no English name. */
    List<Long> rulesWithUnnamedItems();

    /** Names the item of this code in the rule's lab samples where it has no English name yet. */
    int nameItemInEnglish(@Param("ruleId") long ruleId, @Param("code") String code, @Param("nameEn") String nameEn);

    /** The same for the frozen items of the issued reports of the rule's lab samples. */
    int nameReportItemInEnglish(@Param("ruleId") long ruleId, @Param("code") String code, @Param("nameEn") String nameEn);

    /** The rules of lab samples with items copied before V3_200 (no English method). */
    List<Long> rulesWithItemsWithoutEnglishMethod();

    /** Sets the English method, requirement and unit of the item of this code where it has no English method yet. */
    int wordItemInEnglish(@Param("ruleId") long ruleId, @Param("code") String code, @Param("methodEn") String methodEn,
            @Param("displayEn") String displayEn, @Param("unitEn") String unitEn);

    /** The same for the frozen items of the issued reports (method and unit). */
    int wordReportItemInEnglish(@Param("ruleId") long ruleId, @Param("code") String code, @Param("methodEn") String methodEn,
            @Param("unitEn") String unitEn);

    void updateItemResult(TestItemRow row);

    /** The results of several items in one statement (issue 14.2: 9 statements became 1 for a plastic bag). */
    void updateItemResults(@Param("items") List<TestItemRow> items);
}
