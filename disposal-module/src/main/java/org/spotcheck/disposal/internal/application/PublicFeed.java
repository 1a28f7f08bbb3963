package org.spotcheck.disposal.internal.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.spotcheck.disposal.api.PublicFeedEnglish;
import org.spotcheck.disposal.api.PublicFeedEntry;
import org.spotcheck.disposal.api.PublicFeedPage;
import org.spotcheck.disposal.api.PublicFeeds;
import org.spotcheck.disposal.api.PublicationView;
import org.spotcheck.disposal.internal.domain.CsvCell;
import org.spotcheck.disposal.internal.persistence.PublicationMapper;
import org.spotcheck.disposal.internal.persistence.PublicationRow;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implements {@link PublicFeeds}: the public feed of released results (issue 18.4, on the model of the EU Safety Gate weekly export):
 * only publications the redaction review released, which it releases only after the conclusion is final
 * (Order 18 art. 44; domain 4.2 "publication guard"), with every withheld field removed.
 */
@Component
class PublicFeed implements PublicFeeds {

    private final PublicationMapper publications;

    private final ObjectProvider<PublicFeedEnglish> english;

    PublicFeed(PublicationMapper publications, ObjectProvider<PublicFeedEnglish> english) {
        this.publications = publications;
        this.english = english;
    }

    @Override
    @Transactional(readOnly = true)
    public PublicFeedPage publicFeed(Instant from, long afterId, int limit) {
        List<PublicationRow> rows = publications.releasedAfter(from, afterId, limit + 1);
        boolean more = rows.size() > limit;
        List<PublicFeedEntry> entries = entries(more ? rows.subList(0, limit) : rows);
        PublicFeedEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        return new PublicFeedPage(entries, last == null ? from : last.releasedAt(), last == null ? afterId : last.id(), more);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicFeedEntry> latestReleases(int limit) {
        return entries(publications.latestReleased(limit));
    }

    private List<PublicFeedEntry> entries(List<PublicationRow> rows) {
        Map<Long, Set<String>> withheld = rows.isEmpty() ? Map.of()
                : publications.redactionsOfPublications(rows.stream().map(r -> r.id).toList()).stream()
                        .collect(Collectors.groupingBy(r -> r.publicationId, Collectors.mapping(r -> r.field, Collectors.toSet())));
        PublicFeedEnglish en = english.getIfAvailable();
        return rows.stream().map(p -> {
            Set<String> w = withheld.getOrDefault(p.id, Set.of());
            String failedItems = shown(w, "failedItemsText", p.failedItemsText);
            return new PublicFeedEntry(p.id, p.kind, p.releasedAt, shown(w, "enterpriseName", p.enterpriseName), p.productName,
                    shown(w, "trademark", p.trademark), shown(w, "specification", p.specification),
                    shown(w, "batchNumber", p.batchNumber), p.conclusionText, failedItems,
                    shown(w, "remark", p.remark), PublicationView.REDACTABLE_FIELDS.stream().filter(w::contains).toList(),
                    p.productCode, p.conclusion, p.grade,
                    en == null ? null : en.productName(p.productCode, p.productName),
                    en == null ? null : en.conclusion(p.kind, p.conclusion, p.conclusionText, p.grade, p.roundNo, p.reportNo, p.labCode),
                    en == null || failedItems == null ? null : en.failedItems(p.productCode, p.failedItemCodes, failedItems));
        }).toList();
    }

    private static String shown(Set<String> withheld, String field, String text) {
        return withheld.contains(field) ? null : text;
    }

    /**
     * UTF-8 CSV (RFC 4180, CRLF) without a byte-order mark, so the first line is exactly the header
     * {@link PublicFeedEntry#FIELDS}; {@code withheld} lists the withheld fields separated by {@code ;}, whose
     * cells are empty. Cells a spreadsheet would run as a formula are neutralised.
     */
    @Override
    public byte[] publicFeedCsv(PublicFeedPage page) {
        StringBuilder out = new StringBuilder(String.join(",", PublicFeedEntry.FIELDS)).append("\r\n");
        for (PublicFeedEntry e : page.entries()) {
            List<String> cells = PublicFeedEntry.FIELDS.stream().map(f -> {
                Object v = "withheld".equals(f) ? String.join(";", e.withheld()) : e.value(f);
                return v == null ? "" : v instanceof String s ? CsvCell.field(s) : v.toString();
            }).toList();
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
