package org.spotcheck.testing.internal.application;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.spotcheck.testing.internal.persistence.LabSampleRow;
import org.spotcheck.testing.internal.persistence.ReportItemRow;
import org.spotcheck.testing.internal.persistence.ReportRow;

/**
 * The content hash of an issued report (SHA-256, hex): what the QR code and the public verify
 * page check. It covers everything the PDF states: number, version, the corrected version and the
 * reason, lab, sample, enterprise, product, rule, conclusion, issue time, signatories and every
 * frozen item with its limit, result, verdicts and override reason. Values are written in a
 * canonical form (numbers without trailing zeros, the issue time in epoch milliseconds), so the
 * hash recomputed from the stored rows equals the one taken at issue on either database.
 */
final class ReportContent {

    /** Version tag of the canonical form, part of the hashed text. */
    static final String FORMAT = "spotcheck-report-v1";

    private ReportContent() {
    }

    static String hash(ReportRow report, LabSampleRow sample, List<ReportItemRow> items, String previousNo) {
        StringBuilder c = new StringBuilder(FORMAT);
        field(c, report.reportNo);
        field(c, String.valueOf(report.version));
        field(c, previousNo);
        field(c, report.correctionReason);
        field(c, sample.labCode);
        field(c, sample.labName);
        field(c, sample.labAccreditationNo);
        field(c, sample.sampleCode);
        field(c, sample.taskCode);
        field(c, sample.enterpriseName);
        field(c, sample.productName);
        field(c, sample.ruleTitle);
        field(c, sample.ruleVersion);
        field(c, report.conclusion);
        field(c, report.grade);
        field(c, report.issuedAt == null ? null : String.valueOf(report.issuedAt.toEpochMilli()));
        field(c, report.draftedBy);
        field(c, report.reviewedBy);
        field(c, report.approvedBy);
        for (ReportItemRow i : items) {
            c.append('\n');
            field(c, i.code);
            field(c, i.nameZh);
            field(c, i.itemClass);
            field(c, i.limitDisplay);
            field(c, i.unit);
            field(c, i.measured);
            field(c, plain(i.rounded));
            field(c, i.computedVerdict);
            field(c, i.verdict);
            field(c, i.overrideReason);
            // issue 12: the Chinese unit and the rule's detection limit the report states; appended only when
            // present, so that the hash of a report issued before them is unchanged
            if (i.unitZh != null || i.detectionLimit != null) {
                c.append("|zh");
                field(c, i.unitZh);
                field(c, plain(i.detectionLimit));
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(c.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Length-prefixed, so that no two different field lists give the same text. */
    private static void field(StringBuilder c, String value) {
        if (value == null) {
            c.append("|-");
        } else {
            c.append('|').append(value.length()).append(':').append(value);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
