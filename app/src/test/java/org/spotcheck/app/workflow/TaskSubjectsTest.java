package org.spotcheck.app.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spotcheck.planning.api.ProductView;
import org.spotcheck.planning.api.Registers;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The inbox page reads the product register once (the review of issue 17's product filter): the rows' product names
 * and the product filter come from one read per request; the next request reads it again.
 */
class TaskSubjectsTest {

    private final AtomicInteger reads = new AtomicInteger();

    /** A register that only lists products, and counts how often it is asked. */
    private final Registers registers = (Registers) Proxy.newProxyInstance(Registers.class.getClassLoader(),
            new Class<?>[] {Registers.class}, (proxy, method, args) -> {
                if (method.getName().equals("products")) {
                    reads.incrementAndGet();
                    return List.of(new ProductView("TISSUE_PAPER", "纸巾纸", "Tissue paper", null, null, null, null));
                }
                throw new UnsupportedOperationException(method.getName());
            });

    @AfterEach
    void reset() {
        RequestContextHolder.resetRequestAttributes();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void onePageNamesItsRowsAndOffersItsProductFilterFromOneReadOfTheRegister() {
        TaskSubjects subjects = new TaskSubjects(registers);
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(subjects.of(List.of(row("TISSUE_PAPER"), row(null))).product("TISSUE_PAPER")).isEqualTo("纸巾纸");
        assertThat(subjects.products()).extracting(ProductView::code).containsExactly("TISSUE_PAPER");
        assertThat(reads).hasValue(1);

        // the next request reads the register again: a product added since is offered
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        subjects.products();
        assertThat(reads).hasValue(2);
        // outside a request nothing is kept
        RequestContextHolder.resetRequestAttributes();
        subjects.products();
        subjects.products();
        assertThat(reads).hasValue(4);
    }

    private static TaskInboxMapper.Row row(String productCode) {
        return new TaskInboxMapper.Row("t-" + productCode, "reviewPlan", "科室审核", "planApproval", "p1", "JH-1", null,
                Instant.EPOCH, null, 50, null, productCode);
    }
}
