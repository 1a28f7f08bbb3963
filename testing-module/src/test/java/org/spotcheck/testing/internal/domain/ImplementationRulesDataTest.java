package org.spotcheck.testing.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Judges every item of the reference implementation rules ({@code implementation-rules.yaml}, a
 * copy of {@code /work/shared/data/implementation-rules.yaml}) at its limit, one step beyond and
 * one step inside, for the main limit and every limit variant. The last dynamic test checks that
 * every item of the file was exercised.
 *
 * <p>Numbers are read as the exact strings written in the file (a resolver that does not turn
 * scalars into Integer/Double), so "2.00" stays 2.00 and no binary floating point is involved.
 */
class ImplementationRulesDataTest {

    private static final String RESOURCE = "/implementation-rules.yaml";
    private static final int ITEMS_IN_FILE = 71;
    /** Colour-fastness grades (级) are the only unrounded numeric limits: grey-scale half steps. */
    private static final BigDecimal HALF_GRADE = new BigDecimal("0.5");

    private final Set<String> exercised = new LinkedHashSet<>();

    @TestFactory
    Stream<DynamicNode> everyRuleItemPassesAtItsLimitAndFailsOneStepBeyond() throws IOException {
        List<Map<String, Object>> products = list(load().get("products"));
        List<String> allItemCodes = new ArrayList<>();
        List<DynamicNode> nodes = new ArrayList<>();
        for (Map<String, Object> product : products) {
            List<DynamicNode> itemTests = new ArrayList<>();
            for (Map<String, Object> item : ImplementationRulesDataTest.<Map<String, Object>>list(product.get("items"))) {
                String code = string(item.get("code"));
                allItemCodes.add(code);
                Map<String, Object> limit = map(item.get("limit"));
                ItemClass itemClass = ItemClass.valueOf(string(item.get("class")));
                itemTests.add(dynamicTest(code + " " + string(limit.get("type")), () -> {
                    exercise(code, itemClass, limit);
                    for (Map<String, Object> variant : ImplementationRulesDataTest.<Map<String, Object>>list(
                            item.get("limit_variants"))) {
                        exercise(code + " [" + string(variant.get("applies_to")) + "]", itemClass, variant);
                    }
                    exercised.add(code);
                }));
            }
            nodes.add(dynamicContainer(string(product.get("code")), itemTests));
        }
        nodes.add(dynamicTest("all " + allItemCodes.size() + " items of the file were exercised", () -> {
            assertThat(allItemCodes).hasSize(ITEMS_IN_FILE).doesNotHaveDuplicates();
            assertThat(exercised).containsExactlyElementsOf(allItemCodes);
        }));
        return nodes.stream();
    }

    private static void exercise(String code, ItemClass itemClass, Map<String, Object> yamlLimit) {
        Limit limit = limitOf(yamlLimit);
        switch (limit.type()) {
            case MAX -> {
                BigDecimal step = step(code, limit);
                BigDecimal v = limit.value();
                expect(code, itemClass, limit, v, ItemVerdict.PASS);
                expect(code, itemClass, limit, v.add(step), ItemVerdict.FAIL);
                expect(code, itemClass, limit, v.subtract(step), ItemVerdict.PASS);
                expectRounding(code, itemClass, limit, v, 1);
                assertThat(limit.display()).as(code).startsWith("≤ " + v.toPlainString());
            }
            case MIN -> {
                BigDecimal step = step(code, limit);
                BigDecimal v = limit.value();
                expect(code, itemClass, limit, v, ItemVerdict.PASS);
                expect(code, itemClass, limit, v.subtract(step), ItemVerdict.FAIL);
                expect(code, itemClass, limit, v.add(step), ItemVerdict.PASS);
                expectRounding(code, itemClass, limit, v, -1);
                assertThat(limit.display()).as(code).startsWith("≥ " + v.toPlainString());
            }
            case RANGE -> {
                BigDecimal step = step(code, limit);
                assertThat(limit.max().subtract(limit.min())).as(code + ": range wider than two steps")
                        .isGreaterThanOrEqualTo(step.add(step));
                expect(code, itemClass, limit, limit.min(), ItemVerdict.PASS);
                expect(code, itemClass, limit, limit.max(), ItemVerdict.PASS);
                expect(code, itemClass, limit, limit.min().subtract(step), ItemVerdict.FAIL);
                expect(code, itemClass, limit, limit.max().add(step), ItemVerdict.FAIL);
                expect(code, itemClass, limit, limit.min().add(step), ItemVerdict.PASS);
                expect(code, itemClass, limit, limit.max().subtract(step), ItemVerdict.PASS);
                expectRounding(code, itemClass, limit, limit.min(), -1);
                expectRounding(code, itemClass, limit, limit.max(), 1);
                assertThat(limit.display()).as(code)
                        .startsWith(limit.min().toPlainString() + " ~ " + limit.max().toPlainString());
            }
            case ENUMERATION -> {
                String first = limit.allowed().get(0);
                String other = limit.allowed().contains("检出") ? "不符合要求" : "检出";
                assertThat(judge(code, itemClass, limit, first).verdict()).as(code + " " + first).isEqualTo(ItemVerdict.PASS);
                assertThat(judge(code, itemClass, limit, " " + first + " ").verdict()).as(code).isEqualTo(ItemVerdict.PASS);
                assertThat(judge(code, itemClass, limit, other).verdict()).as(code + " " + other).isEqualTo(ItemVerdict.FAIL);
            }
            case QUALITATIVE -> {
                assertThat(judge(code, itemClass, limit, "符合").verdict()).as(code).isEqualTo(ItemVerdict.PASS);
                assertThat(judge(code, itemClass, limit, "不符合").verdict()).as(code).isEqualTo(ItemVerdict.FAIL);
                assertThat(limit.display()).as(code).isEqualTo(string(yamlLimit.get("value")).strip());
            }
        }
    }

    /**
     * With rounding: a value 0.4 step beyond the limit rounds back onto it and passes, 0.6 step beyond
     * rounds one step out and fails (GB/T 8170-2008 §4.3.3). Exactly half a step beyond rounds to the
     * even neighbour (§3.2.4): it passes when the limit's last digit is even and fails when it is odd.
     * Without rounding any excess fails.
     *
     * @param outward +1 when "beyond" is above the limit (max), -1 when below (min)
     */
    private static void expectRounding(String code, ItemClass itemClass, Limit limit, BigDecimal bound, int outward) {
        BigDecimal step = step(code, limit).multiply(BigDecimal.valueOf(outward));
        if (limit.decimals() == null && limit.unit() != null && limit.unit().startsWith("级")) {
            // a grade lies on the grey scale's half steps: anything between is impossible, refused (issue 12)
            String offScale = bound.add(step.movePointLeft(6)).toPlainString();
            assertThatThrownBy(() -> judge(code, itemClass, limit, offScale)).as(code + " " + offScale)
                    .isInstanceOfSatisfying(ResultRefusedException.class, e -> assertThat(e.rule()).isEqualTo("IMPOSSIBLE_VALUE"));
            return;
        }
        if (limit.decimals() == null) {
            expect(code, itemClass, limit, bound.add(step.movePointLeft(6)), ItemVerdict.FAIL);
            return;
        }
        expect(code, itemClass, limit, bound.add(step.multiply(new BigDecimal("0.4"))), ItemVerdict.PASS);
        expect(code, itemClass, limit, bound.add(step.multiply(new BigDecimal("0.6"))), ItemVerdict.FAIL);
        boolean lastDigitEven = !bound.movePointRight(limit.decimals()).toBigIntegerExact().testBit(0);
        expect(code, itemClass, limit, bound.add(step.multiply(new BigDecimal("0.5"))),
                lastDigitEven ? ItemVerdict.PASS : ItemVerdict.FAIL);
    }

    private static BigDecimal step(String code, Limit limit) {
        if (limit.decimals() != null) {
            return BigDecimal.ONE.movePointLeft(limit.decimals());
        }
        assertThat(limit.unit()).as(code + ": an unrounded numeric limit that is not a grade needs its own step")
                .contains("级");
        return HALF_GRADE;
    }

    private static void expect(String code, ItemClass itemClass, Limit limit, BigDecimal measured, ItemVerdict expected) {
        ItemResult result = judge(code, itemClass, limit, measured.toPlainString());
        assertThat(result.verdict()).as("%s: %s measured %s (rounded %s)", code, limit.display(),
                measured.toPlainString(), result.rounded()).isEqualTo(expected);
    }

    private static ItemResult judge(String code, ItemClass itemClass, Limit limit, String measured) {
        return ItemResult.judge(code, itemClass, limit, measured);
    }

    static Limit limitOf(Map<String, Object> yaml) {
        String type = string(yaml.get("type"));
        Object rawDecimals = yaml.get("decimals");
        Integer decimals = rawDecimals == null ? null : Integer.valueOf(string(rawDecimals));
        String unit = string(yaml.get("unit"));
        return switch (type) {
            case "max" -> Limit.max(string(yaml.get("value")), decimals, unit);
            case "min" -> Limit.min(string(yaml.get("value")), decimals, unit);
            case "range" -> Limit.range(string(yaml.get("min")), string(yaml.get("max")), decimals, unit);
            case "enumeration" -> Limit.enumeration(list(yaml.get("allowed")));
            case "qualitative" -> Limit.qualitative(string(yaml.get("value")));
            default -> throw new AssertionError("unknown limit type in implementation-rules.yaml: " + type);
        };
    }

    private static Map<String, Object> load() throws IOException {
        try (InputStream in = ImplementationRulesDataTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as("test resource " + RESOURCE + " (copy of /work/shared/data/implementation-rules.yaml)")
                    .isNotNull();
            LoaderOptions loaderOptions = new LoaderOptions();
            DumperOptions dumperOptions = new DumperOptions();
            Yaml yaml = new Yaml(new SafeConstructor(loaderOptions), new Representer(dumperOptions), dumperOptions,
                    loaderOptions, new ScalarsAsWrittenResolver());
            return yaml.load(in);
        }
    }

    /** Resolves only null and booleans; numbers, dates etc. stay the strings written in the file. */
    private static final class ScalarsAsWrittenResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return value == null ? List.of() : (List<T>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
