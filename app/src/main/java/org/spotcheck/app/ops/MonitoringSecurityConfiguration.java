package org.spotcheck.app.ops;

import java.util.List;
import org.spotcheck.app.web.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The operators' door (issue 15.4, ADR 0016): {@code /actuator/**} but health. Health and its probes stay on the page
 * chain, open (a load balancer and Kubernetes call them, with or without credentials; they show no details). Everything
 * else there, today only
 * {@code /actuator/prometheus}, needs the role {@code MONITOR}, which only the scrape account has. That account is not a
 * user of the application: it lives in configuration ({@code spotcheck.monitoring.username} and
 * {@code spotcheck.monitoring.password}, a Spring Security encoded password such as {@code {bcrypt}$2a$12$...}), is
 * checked by its own authentication manager, never sees a page or an API call, and no application user (nor a page
 * session, nor a lab token) reaches the metrics. Without a configured password the metrics are refused to everyone.
 */
@Configuration
class MonitoringSecurityConfiguration {

    static final String MONITOR = "MONITOR";

    @Bean
    @Order(0)
    SecurityFilterChain monitoringChain(HttpSecurity http,
            OperationsSettings.Monitoring settings) throws Exception {
        String username = settings.username();
        String encodedPassword = settings.password();
        // health and its probes are not matched here: they stay on the page chain, open, where HTTP Basic is not read,
        // so a balancer or a client sending any Authorization header still gets the health status, never a 401
        http.securityMatcher(MonitoringSecurityConfiguration::operatorPath)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(MONITOR))
                .httpBasic(basic -> basic.authenticationEntryPoint((req, res, e) -> refuse(req, res, HttpStatus.UNAUTHORIZED)))
                .authenticationManager(scrapeAccount(username, encodedPassword))
                // no session, and a page's session is not read here: only the scrape account's Basic credentials count
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((req, res, e) -> refuse(req, res, HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler((req, res, e) -> refuse(req, res, HttpStatus.FORBIDDEN)));
        return http.build();
    }

    /** {@code /actuator} and everything under it but health and its probes. */
    static boolean operatorPath(jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean health = path.equals("/actuator/health") || path.startsWith("/actuator/health/");
        return !health && (path.equals("/actuator") || path.startsWith("/actuator/"));
    }

    private static void refuse(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res,
            HttpStatus status) throws java.io.IOException {
        if (status == HttpStatus.UNAUTHORIZED) {
            res.setHeader("WWW-Authenticate", "Basic realm=\"spotcheck-monitoring\"");
            ProblemResponses.write(req, res, status, "AUTHENTICATION_REQUIRED", "monitoring account required");
        } else {
            ProblemResponses.write(req, res, status, "ACCESS_DENIED", "access denied");
        }
    }

    /** The one scrape account, or none when no password is configured (then every scrape is refused). */
    static AuthenticationManager scrapeAccount(String username, String encodedPassword) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        UserDetailsService accounts = name -> {
            if (encodedPassword.isBlank() || !name.equals(username)) {
                throw new UsernameNotFoundException("not the scrape account");
            }
            UserDetails account = User.withUsername(username).password(encodedPassword).roles(MONITOR).build();
            return account;
        };
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        return new ProviderManager(List.of(provider));
    }
}
