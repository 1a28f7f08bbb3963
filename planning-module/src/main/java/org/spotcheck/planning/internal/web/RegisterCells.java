package org.spotcheck.planning.internal.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.spotcheck.planning.api.Registers;
import org.spotcheck.shared.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The names a register page shows for the codes in its rows (issue 17.1): a list of product codes as the products'
 * names (Chinese, English with {@code ?lang=en}), an inspector's 回避企业 as the enterprises' names. A code without a
 * register entry is shown as it is. Regions are named on the page itself ({@code @names.region}).
 */
public final class RegisterCells {

    private final Map<String, String> products;
    private final Map<String, String> enterprises = new HashMap<>();
    private final Function<String, String> enterpriseName;

    private RegisterCells(Map<String, String> products, Function<String, String> enterpriseName) {
        this.products = products;
        this.enterpriseName = enterpriseName;
    }

    static RegisterCells of(Registers registers) {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        Map<String, String> products = new HashMap<>();
        registers.products().forEach(p -> products.put(p.code(), english && p.nameEn() != null ? p.nameEn() : p.nameZh()));
        return new RegisterCells(products, code -> {
            try {
                return registers.getEnterprise(code).name();
            } catch (NotFoundException e) {
                return code;
            }
        });
    }

    /** "PLASTIC_BAG,TISSUE_PAPER" as "塑料购物袋、纸巾纸". */
    public String products(String codes) {
        return names(codes, code -> products.getOrDefault(code, code));
    }

    /** "ENT-D" as "苏州捷安电动车有限公司". */
    public String enterprises(String codes) {
        return names(codes, code -> enterprises.computeIfAbsent(code, enterpriseName));
    }

    private static String names(String codes, Function<String, String> name) {
        if (codes == null || codes.isBlank()) {
            return "";
        }
        List<String> each = Arrays.stream(codes.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
        return each.stream().map(name).collect(Collectors.joining("、"));
    }
}
