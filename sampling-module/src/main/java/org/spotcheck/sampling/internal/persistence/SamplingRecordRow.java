package org.spotcheck.sampling.internal.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Row of smp_sampling_record. */
public class SamplingRecordRow {
    public Long id;
    public String sampleCode;
    public String taskCode;
    public Integer attempt;
    public String authorityCode;
    public String labCode;
    public String enterpriseCode;
    public String enterpriseName;
    public String enterpriseCreditCode;
    public String enterpriseAddress;
    public String productCode;
    public Long ruleId;
    public String outcome;
    public String channel;
    public String productName;
    public String trademark;
    public String specification;
    public String batchNumber;
    public LocalDate productionDate;
    public String stockOnHand;
    public Integer testQuantity;
    public Integer backupQuantity;
    public String quantityUnit;
    public Integer requiredTestQuantity;
    public Integer requiredBackupQuantity;
    public String testSealNumber;
    public String backupSealNumber;
    public String backupLocation;
    public BigDecimal unitPrice;
    public BigDecimal amountPaid;
    public String samplers;
    public String status;
    public String recordedBy;
    public Instant recordedAt;
    public Integer rowVersion;
    public String productStandard;
    public String onlinePlatform;
    public String onlineShop;
    public String buyerAccount;
    public String orderNumber;
    public String handoverMethod;
    public String handoverTemperature;
    public String exemption;
    public Boolean freeSample;
    public String confirmationMethod;
    public String confirmedBy;
    public Instant confirmedAt;
    public String confirmationStatement;
    public String receiptNote;
}
