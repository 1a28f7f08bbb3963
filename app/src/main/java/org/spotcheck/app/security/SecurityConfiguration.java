package org.spotcheck.app.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.spotcheck.app.audit.AuditEvent;
import org.spotcheck.app.audit.AuditFilter;
import org.spotcheck.app.audit.AuditLog;
import org.spotcheck.app.audit.AuditOutcome;
import org.spotcheck.app.web.DatabaseUnavailable;
import org.spotcheck.app.web.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Two doors: {@code /api/**} with HTTP Basic or a lab's API token and no session (machine clients,
 * LIMS), and the pages with form login, a second factor where enrolled, and a session. Every
 * endpoint states its roles with {@code @PreAuthorize}; URL rules here only separate public from
 * authenticated paths. ADR 0007 explains passwords, lockout, second factor, tokens and sessions.
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfiguration implements WebMvcConfigurer {

    private static final String CSP = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /** ASVS 4.0.3 2.4.4 asks for bcrypt cost 10 at least; we use 12 (about 0.25-0.4 s per check on 2 cores). */
    static final int MIN_BCRYPT_COST = 12;

    /** One year, the value HSTS preload lists ask for (ASVS 3.4.1). */
    private static final long HSTS_SECONDS = 31_536_000;

    @Bean
    PasswordEncoder passwordEncoder(SecuritySettings settings) {
        int cost = settings.bcryptCost();
        Duration cacheFor = settings.verifiedPasswordCache();
        if (cost < MIN_BCRYPT_COST) {
            throw new IllegalArgumentException("spotcheck.security.bcrypt-cost must be at least " + MIN_BCRYPT_COST);
        }
        PasswordEncoder bcrypt = new BCryptPasswordEncoder(cost);
        DelegatingPasswordEncoder passwords = new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", bcrypt));
        return new CachingPasswordEncoder(passwords, cacheFor, Clock.systemUTC());
    }

    /**
     * The page sessions of every node, read from the session table (Spring Session JDBC, issue 15): ending a
     * user's sessions on one node (SessionControl) marks them expired in the database, so the other nodes
     * refuse them on their next request too.
     */
    @Bean
    <S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    /** Tells the session registry when the container destroys a session (timeout, logout). */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenService tokens, AuditLog auditLog) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/public/**", "/api/draws/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint()))
                .addFilterBefore(new ApiTokenFilter(tokens, auditLog), BasicAuthenticationFilter.class)
                .addFilterAfter(new AccountStateFilter(true), AuthorizationFilter.class)
                // no session: a page's session cookie does not authenticate an API call, so no CSRF token is needed here
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(apiEntryPoint())
                        .accessDeniedHandler((req, res, e) -> ProblemResponses.write(req, res, HttpStatus.FORBIDDEN,
                                "ACCESS_DENIED", "access denied")))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_SECONDS)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, SessionRegistry sessions, AuditLog auditLog) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/public/**",
                                "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs/**", "/v3/api-docs.yaml",
                                "/swagger-ui/**", "/swagger-ui.html",
                                // the offline sampling app's service worker, manifest and icons (issue 19): fetched without a session
                                "/field/sw.js", "/field/manifest.webmanifest", "/field/icons/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(new PageLoginSuccessHandler())
                        .failureHandler(pageLoginFailure()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .addLogoutHandler(auditLogout(auditLog)).permitAll())
                // a new session id at login (ASVS 7.2.4); sessions registered so that disabling a user ends them
                .sessionManagement(s -> s.sessionFixation(f -> f.newSession())
                        .maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?expired"))
                .addFilterAfter(new AccountStateFilter(false), AuthorizationFilter.class)
                // an htmx request without a session (the bell's polling after the session expired) gets a
                // bare 401, which htmx does not swap in, instead of the login page inside the fragment
                .exceptionHandling(e -> e.authenticationEntryPoint(pageEntryPoint()))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_SECONDS)));
        return http.build();
    }

    /**
     * 401 problem+json, except when the user lookup failed because the database is away: that is 503 with
     * Retry-After (issue 13.5), so a client retries instead of asking its user to log in again.
     */
    private static org.springframework.security.web.AuthenticationEntryPoint apiEntryPoint() {
        return (req, res, e) -> {
            if (DatabaseUnavailable.in(e)) {
                DatabaseUnavailable.write(req, res);
            } else {
                ProblemResponses.write(req, res, HttpStatus.UNAUTHORIZED, "AUTHENTICATION_REQUIRED", "authentication required");
            }
        };
    }

    /** Wrong credentials go back to the login form; a database that is away answers 503, not "wrong password". */
    private static org.springframework.security.web.authentication.AuthenticationFailureHandler pageLoginFailure() {
        org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler wrong =
                new org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler("/login?error");
        return (req, res, e) -> {
            if (DatabaseUnavailable.in(e)) {
                DatabaseUnavailable.write(req, res);
            } else {
                wrong.onAuthenticationFailure(req, res, e);
            }
        };
    }

    /** The login page for a page request; a bare 401 for an htmx request (htmx does not swap a 401 in). */
    private static org.springframework.security.web.AuthenticationEntryPoint pageEntryPoint() {
        org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint login =
                new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, exception) -> {
            if (DatabaseUnavailable.in(exception)) {
                DatabaseUnavailable.write(request, response);
            } else if (request.getHeader("HX-Request") != null) {
                response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                login.commence(request, response, exception);
            }
        };
    }

    private static LogoutHandler auditLogout(AuditLog auditLog) {
        return (request, response, auth) -> {
            if (auth != null) {
                String org = auth.getPrincipal() instanceof SpotcheckUser user ? user.actor().orgCode() : null;
                auditLog.appendQuietly(AuditEvent.of(auth.getName(), org, "LOGOUT", "/logout", AuditOutcome.SUCCESS,
                        request.getRemoteAddr(), null));
            }
            request.setAttribute(AuditFilter.RECORDED, Boolean.TRUE);
        };
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }
}
