package org.spotcheck.disposal.internal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Spot-check statistics per batch (批次) (domain.md §5): one tested sample is one batch.
 *
 * <ul>
 * <li>batch non-conformity rate (抽查不合格率) = non-conforming batches ÷ batches × 100 %, and the batch
 * pass rate (批次合格率) = 100 % − that rate; both initial (first report) and final (after the objection
 * window or the re-test), kept apart (§5.1). The final rate counts only batches whose conclusion is
 * final. Never called 产品质量合格率 (Q6).</li>
 * <li>enterprise non-conformity rate = enterprises with ≥ 1 non-conforming batch ÷ enterprises checked.</li>
 * <li>breakdowns (§5.2): product, industry, region (province, city or county), enterprise size,
 * channel, period (month, quarter, year), failing test item, and enterprise.</li>
 * </ul>
 */
public final class BatchStatistics {

    private BatchStatistics() {
    }

    /** One tested batch. {@code finalConclusion} is null while the conclusion is not final. */
    public record Batch(long caseId, String enterpriseCode, String enterpriseName, String productCode, String productName, String industry,
            String regionCode, String enterpriseSize, String channel, LocalDate testedOn, String initialConclusion,
            String finalConclusion, List<Item> failedItems) {

        boolean initiallyNonconforming() {
            return ResultRules.NONCONFORMING.equals(initialConclusion);
        }

        boolean isFinal() {
            return finalConclusion != null;
        }

        boolean finallyNonconforming() {
            return ResultRules.NONCONFORMING.equals(finalConclusion);
        }
    }

    /** A failed item of a batch: its class and whether it still fails in the final conclusion. */
    public record Item(String code, String nameZh, String itemClass, boolean failsFinally) {
    }

    /** How to group batches. */
    public enum Dimension {
        TOTAL, PRODUCT, INDUSTRY, REGION, ENTERPRISE_SIZE, CHANNEL, PERIOD, ITEM, ENTERPRISE
    }

    /** Region level of a REGION breakdown (GB/T 2260 prefixes). */
    public enum RegionLevel {
        PROVINCE, CITY, COUNTY
    }

    /** Period of a PERIOD breakdown. */
    public enum PeriodUnit {
        MONTH, QUARTER, YEAR
    }

    /** Counts of one group; the rates are derived. */
    public record Row(String key, String label, int batches, int initialNonconforming, int finalBatches,
            int finalNonconforming, int enterprises, int initialNonconformingEnterprises, int finalEnterprises,
            int finalNonconformingEnterprises) {

        public BigDecimal initialNonconformityRate() {
            return percent(initialNonconforming, batches);
        }

        public BigDecimal initialPassRate() {
            return complement(initialNonconformityRate());
        }

        public BigDecimal finalNonconformityRate() {
            return percent(finalNonconforming, finalBatches);
        }

        public BigDecimal finalPassRate() {
            return complement(finalNonconformityRate());
        }

        public BigDecimal initialEnterpriseNonconformityRate() {
            return percent(initialNonconformingEnterprises, enterprises);
        }

        public BigDecimal finalEnterpriseNonconformityRate() {
            return percent(finalNonconformingEnterprises, finalEnterprises);
        }
    }

    /** Rows of a breakdown, in key order. */
    public static List<Row> breakdown(List<Batch> batches, Dimension dimension, RegionLevel level, PeriodUnit unit) {
        if (dimension == Dimension.ITEM) {
            return byItem(batches);
        }
        Function<Batch, String> key = switch (dimension) {
            case TOTAL -> b -> "ALL";
            case PRODUCT -> Batch::productCode;
            case INDUSTRY -> Batch::industry;
            case REGION -> b -> region(b.regionCode(), level == null ? RegionLevel.CITY : level);
            case ENTERPRISE_SIZE -> Batch::enterpriseSize;
            case CHANNEL -> Batch::channel;
            case ENTERPRISE -> Batch::enterpriseCode;
            case PERIOD -> b -> period(b.testedOn(), unit == null ? PeriodUnit.MONTH : unit);
            case ITEM -> throw new IllegalStateException();
        };
        Map<String, List<Batch>> groups = new TreeMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Batch b : batches) {
            String k = key.apply(b) == null ? "—" : key.apply(b);
            groups.computeIfAbsent(k, x -> new ArrayList<>()).add(b);
            labels.putIfAbsent(k, dimension == Dimension.PRODUCT ? b.productName()
                    : dimension == Dimension.ENTERPRISE ? b.enterpriseName() : k);
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((k, group) -> rows.add(row(k, labels.get(k), group)));
        return rows;
    }

    /** The counts of one group of batches. */
    public static Row row(String key, String label, List<Batch> group) {
        int initialNc = 0;
        int finals = 0;
        int finalNc = 0;
        Set<String> enterprises = new HashSet<>();
        Set<String> ncEnterprises = new HashSet<>();
        Set<String> finalEnterprises = new HashSet<>();
        Set<String> finalNcEnterprises = new HashSet<>();
        for (Batch b : group) {
            enterprises.add(b.enterpriseCode());
            if (b.initiallyNonconforming()) {
                initialNc++;
                ncEnterprises.add(b.enterpriseCode());
            }
            if (b.isFinal()) {
                finals++;
                finalEnterprises.add(b.enterpriseCode());
                if (b.finallyNonconforming()) {
                    finalNc++;
                    finalNcEnterprises.add(b.enterpriseCode());
                }
            }
        }
        return new Row(key, label, group.size(), initialNc, finals, finalNc, enterprises.size(), ncEnterprises.size(),
                finalEnterprises.size(), finalNcEnterprises.size());
    }

    /** Per failing item: batches failing it (initially, finally) against all batches (a batch may fail several items). */
    private static List<Row> byItem(List<Batch> batches) {
        Map<String, String> names = new TreeMap<>();
        Map<String, Integer> initial = new LinkedHashMap<>();
        Map<String, Integer> fin = new LinkedHashMap<>();
        Map<String, Set<String>> initialEnterprises = new LinkedHashMap<>();
        Map<String, Set<String>> finalEnterprises = new LinkedHashMap<>();
        int finals = 0;
        Set<String> enterprises = new HashSet<>();
        Set<String> finalAll = new HashSet<>();
        for (Batch b : batches) {
            enterprises.add(b.enterpriseCode());
            if (b.isFinal()) {
                finals++;
                finalAll.add(b.enterpriseCode());
            }
            for (Item i : b.failedItems()) {
                names.put(i.code(), i.code() + " " + i.nameZh() + ("A".equals(i.itemClass()) ? "（A）" : ""));
                initial.merge(i.code(), 1, Integer::sum);
                initialEnterprises.computeIfAbsent(i.code(), x -> new HashSet<>()).add(b.enterpriseCode());
                if (b.isFinal() && i.failsFinally() && b.finallyNonconforming()) {
                    fin.merge(i.code(), 1, Integer::sum);
                    finalEnterprises.computeIfAbsent(i.code(), x -> new HashSet<>()).add(b.enterpriseCode());
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            String code = e.getKey();
            rows.add(new Row(code, e.getValue(), batches.size(), initial.getOrDefault(code, 0), finals, fin.getOrDefault(code, 0),
                    enterprises.size(), initialEnterprises.getOrDefault(code, Set.of()).size(), finalAll.size(),
                    finalEnterprises.getOrDefault(code, Set.of()).size()));
        }
        return rows;
    }

    static String region(String code, RegionLevel level) {
        if (code == null || code.length() != 6) {
            return code;
        }
        return switch (level) {
            case PROVINCE -> code.substring(0, 2) + "0000";
            case CITY -> code.substring(0, 4) + "00";
            case COUNTY -> code;
        };
    }

    static String period(LocalDate day, PeriodUnit unit) {
        return switch (unit) {
            case MONTH -> String.format("%d-%02d", day.getYear(), day.getMonthValue());
            case QUARTER -> day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.valueOf(day.getYear());
        };
    }

    static BigDecimal percent(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    static BigDecimal complement(BigDecimal rate) {
        return rate == null ? null : BigDecimal.valueOf(100).setScale(1).subtract(rate);
    }
}
