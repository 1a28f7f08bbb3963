package org.spotcheck.planning.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A new plan: what to check, where, by whom, on what legal basis.
 *
 * @param title      plan title
 * @param kind       ANNUAL (年度) or SPECIAL (专项)
 * @param planYear   the year the plan covers
 * @param legalBasis the legal basis, for example 《产品质量法》第十五条
 * @param items      one line per product × region
 */
public record DraftPlanCommand(
        @NotBlank @Size(max = 200) String title,
        @NotNull PlanKind kind,
        @NotNull @Min(2000) @Max(2100) Integer planYear,
        @NotBlank @Size(max = 500) String legalBasis,
        @NotEmpty @Size(max = 200) List<@Valid @NotNull Item> items) {

    /**
     * One plan item.
     *
     * @param productCode product from the catalogue
     * @param regionCode  6-digit GB/T 2260 region where enterprises are drawn
     * @param labCode     the entrusted lab (承检机构)
     * @param batches     number of batches (enterprises) to draw
     * @param quarter     quarter 1-4
     * @param budget      budget in yuan
     * @param reason      why the product is checked; FOLLOW_UP exempts the item from the 6-month duplicate rule (R3)
     * @param shareLarge  optional percent of the batches drawn from large enterprises (stratified draw, S15)
     * @param shareMedium optional percent from medium enterprises
     * @param shareSmall  optional percent from small enterprises; the three are all given or all left out, sum 100
     * @param emergency   突发事件应对: exempts the item from the 6-month duplicate rule (R3)
     * @param seq         when editing a plan: the number of the existing item this line keeps (null = new item)
     * @param legalBasis  the item's own legal basis when it differs from the plan's (null = the plan's)
     */
    public record Item(
            @NotBlank @Size(max = 32) String productCode,
            @NotBlank @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 region code") String regionCode,
            @NotBlank @Size(max = 32) String labCode,
            @NotNull @Min(1) @Max(1000) Integer batches,
            @NotNull @Min(1) @Max(4) Integer quarter,
            @NotNull @DecimalMin("0.00") @DecimalMax("100000000.00") BigDecimal budget,
            @NotNull PlanItemReason reason,
            @Min(0) @Max(100) Integer shareLarge,
            @Min(0) @Max(100) Integer shareMedium,
            @Min(0) @Max(100) Integer shareSmall,
            Boolean emergency,
            @Min(1) Integer seq,
            @Size(max = 500) String legalBasis) {

        /** An item without shares, exemption flag or item number. */
        public Item(String productCode, String regionCode, String labCode, Integer batches, Integer quarter,
                BigDecimal budget, PlanItemReason reason) {
            this(productCode, regionCode, labCode, batches, quarter, budget, reason, null, null, null, null, null, null);
        }

        /** Whether the plan sets size shares for this item. */
        public boolean stratified() {
            return shareLarge != null || shareMedium != null || shareSmall != null;
        }

        public boolean isEmergency() {
            return Boolean.TRUE.equals(emergency);
        }
    }
}
