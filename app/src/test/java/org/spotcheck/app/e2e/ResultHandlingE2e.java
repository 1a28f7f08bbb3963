package org.spotcheck.app.e2e;

import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.spotcheck.SpotcheckApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real application on a random port with the HTTP client and the result-handling driver that
 * moves the workflow clock; the clock is put back after each test. One application context serves
 * every subclass that adds no configuration of its own.
 */
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ResultHandlingE2e {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngineConfiguration engine;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    Api api;
    ResultHandlingFlow flow;

    @BeforeEach
    void setUpResultHandlingFlow() {
        api = new Api(port);
        flow = new ResultHandlingFlow(api, engine, management, runtime);
    }

    @AfterEach
    void resetWorkflowClock() {
        flow.resetClock();
    }
}
