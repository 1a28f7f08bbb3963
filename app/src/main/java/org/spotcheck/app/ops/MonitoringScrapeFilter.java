package org.spotcheck.app.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before an admitted scrape of {@code /actuator/prometheus} (it runs after Spring Security, so a refused one never gets
 * here): the business gauges are recomputed if their figures are older than their time to live.
 */
class MonitoringScrapeFilter extends OncePerRequestFilter {

    private final BusinessGauges gauges;

    MonitoringScrapeFilter(BusinessGauges gauges) {
        this.gauges = gauges;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        gauges.refreshIfStale();
        chain.doFilter(request, response);
    }
}
