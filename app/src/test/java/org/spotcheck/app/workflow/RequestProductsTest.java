package org.spotcheck.app.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spotcheck.planning.api.ProductView;
import org.spotcheck.planning.api.Registers;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The product register is read once per HTTP request (issue 14: the inbox page read it twice, for the filter and for
 * the rows' names), again on the next request (a renamed product shows at once), and on every call outside a request.
 */
class RequestProductsTest {

    private final AtomicInteger reads = new AtomicInteger();
    private volatile String name = "纸巾纸";
    private final Registers registers = (Registers) Proxy.newProxyInstance(Registers.class.getClassLoader(), new Class<?>[] {Registers.class},
            (proxy, method, args) -> {
                if (method.getName().equals("products")) {
                    reads.incrementAndGet();
                    return List.of(new ProductView("TISSUE", name, "Tissue paper", null, null, null, null));
                }
                throw new UnsupportedOperationException(method.getName());
            });
    private final RequestProducts products = new RequestProducts(registers);

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void onceWithinARequestAgainOnTheNextAndAlwaysOutsideOne() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(products.products()).extracting(ProductView::nameZh).containsExactly("纸巾纸");
        assertThat(products.products()).extracting(ProductView::nameZh).containsExactly("纸巾纸");
        assertThat(reads).hasValue(1);

        name = "卫生纸";
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(products.products()).extracting(ProductView::nameZh).containsExactly("卫生纸");
        assertThat(reads).hasValue(2);

        RequestContextHolder.resetRequestAttributes();
        products.products();
        products.products();
        assertThat(reads).hasValue(4);
    }
}
