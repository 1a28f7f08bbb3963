package org.spotcheck.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotcheck.app.security.UserAccountMapper;
import org.spotcheck.shared.OrgType;
import org.spotcheck.shared.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo registers (each module's {@code db/demo/*.sql}) and one demo user per role, once:
 * only when {@code spotcheck.demo-data=true} (the embedded default) and only into an empty database.
 */
@Component
@ConditionalOnProperty(name = "spotcheck.demo-data", havingValue = "true")
@Order(0)
class DemoDataLoader implements ApplicationRunner {

    /** Every demo user has this password; the README lists the users. */
    static final String DEMO_PASSWORD = "Spotcheck-Demo-1";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** The demo users ({@code db/demo/users.csv}, beside the demo registers that name their organisations). */
    private static final List<DemoUser> USERS = DemoUser.read(new ClassPathResource("db/demo/users.csv"));

    private final DataSource dataSource;
    private final UserAccountMapper accounts;
    private final PasswordEncoder passwords;

    DemoDataLoader(DataSource dataSource, UserAccountMapper accounts, PasswordEncoder passwords) {
        this.dataSource = dataSource;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws Exception {
        if (accounts.count() > 0) {
            markDemoAccounts(); // seeded once; a database from before the account flags gets them now
            return;
        }
        Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:db/demo/*.sql");
        java.util.Arrays.sort(scripts, java.util.Comparator.comparing(Resource::getFilename));
        ResourceDatabasePopulator populator = new ResourceDatabasePopulator(scripts);
        populator.setSqlScriptEncoding("UTF-8");
        populator.execute(dataSource);
        String hash = passwords.encode(DEMO_PASSWORD);
        Instant now = Instant.now();
        for (DemoUser user : USERS) {
            accounts.insert(user.username(), hash, user.displayName(), user.orgCode(), user.orgType().name(), user.regionCode(), now);
            accounts.insertRole(user.username(), user.role().name());
        }
        markDemoAccounts();
        log.info("Demo data seeded: {} scripts, {} users (password {})", scripts.length, USERS.size(), DEMO_PASSWORD);
    }

    /**
     * Demo accounts are exempt from the first-login password change and from the forced second-factor
     * enrolment of administrators and approvers, so that the README and the tests can use them with
     * HTTP Basic (ADR 0007). They exist only where demo data is on, never in production.
     */
    private void markDemoAccounts() {
        // one cheap check each first (review robust16: an UPDATE per demo user on every start, which found nothing to do
        // after the first): the demo accounts still to be marked, the names still the ones seeded before issue 17
        List<String> usernames = USERS.stream().map(DemoUser::username).toList();
        if (accounts.countDemoToMark(usernames) > 0) {
            usernames.forEach(accounts::markDemo);
        }
        List<String> formerNames = USERS.stream().map(DemoUser::formerName).filter(java.util.Objects::nonNull).toList();
        if (!formerNames.isEmpty() && accounts.countDemoToRename(usernames, formerNames) > 0) {
            for (DemoUser user : USERS) {
                if (user.formerName() != null) {
                    accounts.renameDemo(user.username(), user.formerName(), user.displayName());
                }
            }
        }
    }

    /**
     * @param displayName the person's name alone (an enterprise account: the company's); a page that needs the post
     *                    shows the role's label from the bundle
     * @param formerName  the name seeded before issue 17, which led with the post in Chinese (计划编制 王芳) and so
     *                    showed Chinese on English pages; renamed on start where it is still the one seeded, or null
     */
    private record DemoUser(String username, String displayName, String formerName, String orgCode, OrgType orgType,
            String regionCode, Role role) {

        /** The users of a CSV file: one a line in the order of the components, empty for null; # starts a comment. */
        static List<DemoUser> read(Resource csv) {
            try (InputStream in = csv.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .map(line -> line.split(",", -1))
                        .map(f -> new DemoUser(f[0], f[1], f[2].isEmpty() ? null : f[2], f[3], OrgType.valueOf(f[4]), f[5],
                                Role.valueOf(f[6])))
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the demo users " + csv, e);
            }
        }
    }
}
