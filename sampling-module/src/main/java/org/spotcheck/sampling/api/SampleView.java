package org.spotcheck.sampling.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A sampling record with its custody timeline and evidence. */
public record SampleView(
        long id,
        String sampleCode,
        String taskCode,
        int attempt,
        String authorityCode,
        String labCode,
        String enterpriseCode,
        String enterpriseName,
        String enterpriseCreditCode,
        String enterpriseAddress,
        String productCode,
        long ruleId,
        String outcome,
        String channel,
        String productName,
        String trademark,
        String specification,
        String productStandard,
        String batchNumber,
        LocalDate productionDate,
        String stockOnHand,
        int testQuantity,
        int backupQuantity,
        String quantityUnit,
        String testSealNumber,
        String backupSealNumber,
        String backupLocation,
        BigDecimal unitPrice,
        BigDecimal amountPaid,
        boolean freeSample,
        String exemption,
        Online online,
        String handoverMethod,
        String handoverTemperature,
        List<String> samplers,
        String status,
        String recordedBy,
        Instant recordedAt,
        Confirmation confirmation,
        List<AttachmentView> photos,
        List<CustodyEvent> custody) {

    /** 网络抽样 details, null for on-site sampling. */
    public record Online(String platform, String shop, String buyerAccount, String orderNumber) {
    }

    /** The enterprise's confirmation, null until given. */
    public record Confirmation(String method, String confirmedBy, Instant confirmedAt, String statement) {
    }

    /**
     * One entry of the custody log.
     *
     * @param note    the note as stored (the system's notes in Chinese)
     * @param message the note the system wrote as its bundle key and arguments, which a page reads in its reader's
     *                language (issue 17); null for a person's words and for rows from before V2_40
     */
    public record CustodyEvent(String eventType, String portion, String actor, String note, Instant occurredAt,
            org.spotcheck.shared.StoredMessage message) {
    }
}
