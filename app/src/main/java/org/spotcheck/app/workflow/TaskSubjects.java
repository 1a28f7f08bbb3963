package org.spotcheck.app.workflow;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.spotcheck.planning.api.ProductView;
import org.spotcheck.planning.api.Registers;
import org.springframework.stereotype.Component;

/**
 * What an inbox task is about, by name (issue 17.4): the enterprise of its instance's {@code enterpriseCode} and the
 * product of the read model's product code, read once for a page of tasks. A code without a register entry is shown
 * as it is. Two reads at most per page whatever its size (issue 14): the enterprises of the page's codes in one
 * statement, and the product register once per request ({@link RequestProducts}, shared with the inbox page's filter).
 */
@Component
class TaskSubjects {

    private final Registers registers;
    private final RequestProducts products;

    TaskSubjects(Registers registers, RequestProducts products) {
        this.registers = registers;
        this.products = products;
    }

    /** Names of the codes of one page of rows: enterprise codes and product codes to their names. */
    record Names(Map<String, String> enterprises, Map<String, String> products) {

        String enterprise(String code) {
            return code == null ? null : enterprises.getOrDefault(code, code);
        }

        String product(String code) {
            return code == null ? null : products.getOrDefault(code, code);
        }
    }

    Names of(Iterable<TaskInboxMapper.Row> rows) {
        Set<String> enterpriseCodes = new HashSet<>();
        boolean anyProduct = false;
        for (TaskInboxMapper.Row row : rows) {
            if (row.enterpriseCode() != null) {
                enterpriseCodes.add(row.enterpriseCode());
            }
            anyProduct |= row.productCode() != null;
        }
        Map<String, String> enterprises = enterpriseCodes.isEmpty() ? Map.of() : registers.enterpriseNames(enterpriseCodes);
        Map<String, String> productNames = new HashMap<>();
        if (anyProduct) {
            boolean english = "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
            for (ProductView product : products.products()) {
                productNames.put(product.code(), english && product.nameEn() != null ? product.nameEn() : product.nameZh());
            }
        }
        return new Names(enterprises, productNames);
    }
}
