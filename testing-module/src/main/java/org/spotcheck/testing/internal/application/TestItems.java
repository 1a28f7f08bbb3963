package org.spotcheck.testing.internal.application;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.spotcheck.testing.internal.domain.Limit;
import org.spotcheck.testing.internal.domain.LimitType;
import org.spotcheck.testing.internal.persistence.TestItemRow;

/** A test item's limit and its requirement text, as the rule snapshot of the lab sample holds them. */
final class TestItems {

    private TestItems() {
    }

    /** The limit an item is judged against, with the rule's detection limit and 不得检出 flag (issue 12). */
    static Limit limit(TestItemRow item) {
        return limit(item, item.unit).withDetection(item.detectionLimit, Boolean.TRUE.equals(item.ndRequired));
    }

    private static Limit limit(TestItemRow item, String unit) {
        LimitType type = LimitType.valueOf(item.limitType);
        return switch (type) {
            case MAX -> Limit.max(plain(item.limitValue), item.decimals, unit);
            case MIN -> Limit.min(plain(item.limitValue), item.decimals, unit);
            case RANGE -> Limit.range(plain(item.limitMin), plain(item.limitMax), item.decimals, unit);
            case ENUMERATION -> Limit.enumeration(allowed(item));
            case QUALITATIVE -> Limit.qualitative(item.limitText);
        };
    }

    /** The allowed values of an ENUMERATION item, from the structured list (limit_text split at '|'). */
    static List<String> allowed(TestItemRow item) {
        if (!"ENUMERATION".equals(item.limitType) || item.limitText == null) {
            return List.of();
        }
        return Arrays.stream(item.limitText.split("\\|")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /**
     * The requirement in Chinese, as the report and the Chinese pages show it: the rule's display text,
     * else the Chinese wording of a qualitative requirement or the limit with the Chinese unit.
     */
    static String displayZh(TestItemRow item) {
        if (item.display != null) {
            return item.display;
        }
        return switch (LimitType.valueOf(item.limitType)) {
            case QUALITATIVE, ENUMERATION -> item.valueZh != null ? item.valueZh : limit(item, item.unit).display();
            default -> limit(item, item.unitZh != null ? item.unitZh : item.unit).display();
        };
    }

    /**
     * The requirement for the English pages: the rule's English wording where it gives one (display_en, brief bil17: the
     * Chinese display text and an enumeration's Chinese values have one), else made from the limit with the English unit.
     */
    static String displayEn(TestItemRow item) {
        if (item.displayEn != null && !item.displayEn.isBlank()) {
            return item.displayEn;
        }
        return limit(item, item.unitEn != null ? item.unitEn : item.unit).display();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
