package org.spotcheck.app.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.spotcheck.planning.api.ProductView;
import org.spotcheck.planning.api.Registers;
import org.spotcheck.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What an inbox task is about, by name (issue 17.4): the enterprise of its instance's {@code enterpriseCode} and the
 * product of the read model's product code, read once for a page of tasks. A code without a register entry is shown
 * as it is. The product register is read once per request ({@link #products()}): the inbox page names its rows and
 * offers its product filter from the same read.
 */
@Component
public class TaskSubjects {

    /** The request attribute that holds the product register read in this request. */
    private static final String PRODUCTS = TaskSubjects.class.getName() + ".products";

    private final Registers registers;

    TaskSubjects(Registers registers) {
        this.registers = registers;
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
        Map<String, String> enterprises = new HashMap<>();
        Map<String, String> products = new HashMap<>();
        boolean anyProduct = false;
        for (TaskInboxMapper.Row row : rows) {
            if (row.enterpriseCode() != null && !enterprises.containsKey(row.enterpriseCode())) {
                enterprises.put(row.enterpriseCode(), enterpriseName(row.enterpriseCode()));
            }
            anyProduct |= row.productCode() != null;
        }
        if (anyProduct) {
            boolean english = "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
            for (ProductView product : products()) {
                products.put(product.code(), english && product.nameEn() != null ? product.nameEn() : product.nameZh());
            }
        }
        return new Names(enterprises, products);
    }

    /** The register's products, read once per request (each time outside a request). */
    @SuppressWarnings("unchecked")
    public List<ProductView> products() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return registers.products();
        }
        List<ProductView> read = (List<ProductView>) request.getAttribute(PRODUCTS, RequestAttributes.SCOPE_REQUEST);
        if (read == null) {
            read = registers.products();
            request.setAttribute(PRODUCTS, read, RequestAttributes.SCOPE_REQUEST);
        }
        return read;
    }

    private String enterpriseName(String code) {
        try {
            return registers.getEnterprise(code).name();
        } catch (NotFoundException e) {
            return code;
        }
    }
}
