package org.spotcheck.disposal.internal.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of dsp_publication and dsp_publication_redaction. */
@Mapper
public interface PublicationMapper {

    void insert(PublicationRow row);

    PublicationRow find(@Param("id") long id);

    PublicationRow ofCase(@Param("caseId") long caseId, @Param("kind") String kind);

    List<PublicationRow> listForAuthority(@Param("authorityCode") String authorityCode);

    List<PublicationRow> released();

    /** 结果公开's search as SQL takes it (issue 17.4): LIKE patterns already escaped, instants for the days. */
    record PublicCriteria(String enterprise, String product, String kind, java.time.Instant from, java.time.Instant to) {
    }

    List<PublicationRow> searchReleased(@Param("c") PublicCriteria criteria, @Param("limit") int limit, @Param("offset") long offset);

    long countReleased(@Param("c") PublicCriteria criteria);

    int update(@Param("row") PublicationRow row, @Param("fromStatus") String fromStatus);

    void insertRedaction(RedactionRow row);

    List<RedactionRow> redactionsOf(@Param("publicationId") long publicationId);

    /** The redactions of every publication of an authority (its review list). */
    List<RedactionRow> redactionsForAuthority(@Param("authorityCode") String authorityCode);

    /** Released publications after the cursor (released_at, id), oldest first: the public feed. */
    List<PublicationRow> releasedAfter(@Param("from") java.time.Instant from, @Param("afterId") long afterId,
            @Param("limit") int limit);

    /** The newest released publications. */
    List<PublicationRow> latestReleased(@Param("limit") int limit);

    /** The redactions of these publications. */
    List<RedactionRow> redactionsOfPublications(@Param("ids") List<Long> ids);

    /** The redactions of every released publication (the public list). */
    List<RedactionRow> redactionsOfReleased();
}
