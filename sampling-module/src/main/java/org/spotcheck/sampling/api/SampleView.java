package org.spotcheck.sampling.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A sampling record with its custody timeline. */
public record SampleView(
        long id,
        String sampleCode,
        String taskCode,
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
        List<String> samplers,
        String status,
        String recordedBy,
        Instant recordedAt,
        List<CustodyEvent> custody) {

    /** One entry of the custody log. */
    public record CustodyEvent(String eventType, String portion, String actor, String note, Instant occurredAt) {
    }
}
