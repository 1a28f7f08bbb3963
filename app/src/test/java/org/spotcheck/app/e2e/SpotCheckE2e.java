package org.spotcheck.app.e2e;

import org.junit.jupiter.api.BeforeEach;
import org.spotcheck.SpotcheckApplication;
import org.spotcheck.app.security.UserAccountMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The real application on a random port with the HTTP client and the spot-check and planning drivers,
 * made fresh for each test; the database, accounts and transactions for the tests that look behind
 * the API. One application context serves every subclass that adds no configuration of its own (like
 * {@link ResultHandlingE2e} for result handling).
 */
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SpotCheckE2e {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAccountMapper accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TransactionTemplate transactions;

    Api api;
    SpotCheckFlow flow;
    PlanTestSupport plans;
    SecurityFixtures fixtures;

    @BeforeEach
    void setUpSpotCheckFlow() {
        api = new Api(port);
        flow = new SpotCheckFlow(api);
        plans = new PlanTestSupport(api);
        fixtures = new SecurityFixtures(accounts, transactions, passwords);
    }
}
