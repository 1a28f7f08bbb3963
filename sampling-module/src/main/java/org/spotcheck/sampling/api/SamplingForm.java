package org.spotcheck.sampling.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The sampling form (抽样单) as filled in on site.
 *
 * @param samplers        usernames of the samplers present; at least two (R1)
 * @param productStandard the standard the product states (执行标准): part of the same-product key (R2)
 * @param upperLevelProof what the enterprise showed to prove an upper-level check within 6 months (R3)
 * @param photoIds        uploaded photos of the sampling (attachment ids)
 * @param onlinePlatform  e-commerce only (网络抽样): platform, shop, buyer account, order number
 */
public record SamplingForm(
        @NotNull Channel channel,
        @NotBlank @Size(max = 200) String productName,
        @NotBlank @Size(max = 100) String trademark,
        @NotBlank @Size(max = 200) String specification,
        @Size(max = 100) String batchNumber,
        @PastOrPresent LocalDate productionDate,
        @NotBlank @Size(max = 100) String stockOnHand,
        @NotNull @Min(1) @Max(100000) Integer testQuantity,
        @NotNull @Min(1) @Max(100000) Integer backupQuantity,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{4,64}", message = "4-64 letters, digits or '-'") String testSealNumber,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{4,64}", message = "4-64 letters, digits or '-'") String backupSealNumber,
        @NotNull BackupLocation backupLocation,
        @NotNull @DecimalMin("0.00") @DecimalMax("1000000.00") BigDecimal unitPrice,
        @NotNull @DecimalMin("0.00") @DecimalMax("10000000.00") BigDecimal amountPaid,
        @NotNull @Size(min = 2, max = 10, message = "at least two samplers (R1)") List<@NotBlank String> samplers,
        @NotBlank @Size(max = 100) String productStandard,
        @Size(max = 100) String handoverMethod,
        @Size(max = 32) String handoverTemperature,
        @Size(max = 500) String upperLevelProof,
        @Size(max = 20) List<@NotNull Long> photoIds,
        @Size(max = 100) String onlinePlatform,
        @Size(max = 200) String onlineShop,
        @Size(max = 100) String buyerAccount,
        @Size(max = 100) String orderNumber) {

    /** 抽样环节. */
    public enum Channel {
        PRODUCTION,
        DISTRIBUTION,
        E_COMMERCE
    }

    /** Where the sealed backup portion is kept (R30). */
    public enum BackupLocation {
        ENTERPRISE,
        LAB
    }
}
