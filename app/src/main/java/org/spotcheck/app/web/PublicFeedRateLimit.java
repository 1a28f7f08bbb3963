package org.spotcheck.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A rate limit per client on the public results feed (issue 18.4): a token bucket in memory per client
 * address, {@code capacity} requests at once, refilled by {@code refillPerMinute}; past it 429
 * problem+json {@code RATE_LIMITED} with {@code Retry-After} in seconds. The client is the request's
 * remote address: behind a reverse proxy set {@code server.forward-headers-strategy=native} so that it is
 * the caller's, never a header the caller writes itself. Buckets of clients idle for an hour are dropped.
 * Per node: several app nodes each count their own, so N nodes allow a client at most N times the limit (ADR 0015,
 * decision 5: divide the limit by N, or count once at the balancer, for a bound over the cluster).
 */
public class PublicFeedRateLimit extends OncePerRequestFilter {

    private final MessageSource messages;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile int capacity;
    private volatile int refillPerMinute;

    public PublicFeedRateLimit(MessageSource messages, Clock clock, int capacity, int refillPerMinute) {
        this.messages = messages;
        this.clock = clock;
        configure(capacity, refillPerMinute);
    }

    /** Sets the limit and forgets every bucket (the configuration; tests use it to try a small limit). */
    public final void configure(int capacity, int refillPerMinute) {
        if (capacity < 1 || refillPerMinute < 1) {
            throw new IllegalArgumentException("capacity and refill must be positive");
        }
        this.capacity = capacity;
        this.refillPerMinute = refillPerMinute;
        buckets.clear();
    }

    public int capacity() {
        return capacity;
    }

    public int refillPerMinute() {
        return refillPerMinute;
    }

    /** Seconds until {@code client} may call again; 0 when a token was taken now. */
    long take(String client) {
        long now = clock.millis();
        if (buckets.size() > 10_000) {
            buckets.values().removeIf(b -> now - b.updated > 3_600_000L);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(capacity, now));
        synchronized (bucket) {
            double perMilli = refillPerMinute / 60_000.0;
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updated) * perMilli);
            bucket.updated = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perMilli / 1000.0));
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long wait = take(request.getRemoteAddr());
        if (wait > 0) {
            response.setHeader("Retry-After", String.valueOf(wait));
            ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED",
                    messages.getMessage("problem.RATE_LIMITED", new Object[] {wait}, ProblemLocale.of(request)), request.getRequestURI());
            return;
        }
        chain.doFilter(request, response);
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
