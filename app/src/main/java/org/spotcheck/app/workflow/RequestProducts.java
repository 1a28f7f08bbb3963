package org.spotcheck.app.workflow;

import java.util.List;
import org.spotcheck.planning.api.ProductView;
import org.spotcheck.planning.api.Registers;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The product register, read at most once per HTTP request (issue 14): the inbox page needs it twice, for the product
 * filter's choices and for the names of its rows' products ({@link TaskSubjects}). Outside a request (a job, a test
 * without a web request) every call reads the register. Nothing is kept beyond the request, so a product added or
 * renamed shows on the next request.
 */
@Component
public class RequestProducts {

    private static final String ATTRIBUTE = RequestProducts.class.getName();

    private final Registers registers;

    RequestProducts(Registers registers) {
        this.registers = registers;
    }

    /** The register's products, as {@link Registers#products()}, read once for the current request. */
    @SuppressWarnings("unchecked")
    public List<ProductView> products() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return registers.products();
        }
        List<ProductView> read = (List<ProductView>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (read == null) {
            read = registers.products();
            request.setAttribute(ATTRIBUTE, read, RequestAttributes.SCOPE_REQUEST);
        }
        return read;
    }
}
