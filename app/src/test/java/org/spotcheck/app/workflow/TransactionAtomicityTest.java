package org.spotcheck.app.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flowable.engine.RuntimeService;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.SqlSessionTemplate;
import org.spotcheck.SpotcheckApplication;
import org.spotcheck.planning.api.DraftPlanCommand;
import org.spotcheck.planning.api.PlanItemReason;
import org.spotcheck.planning.api.PlanKind;
import org.spotcheck.planning.api.PlanView;
import org.spotcheck.planning.api.Plans;
import org.spotcheck.shared.Actor;
import org.spotcheck.shared.OrgType;
import org.spotcheck.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Flowable, Flyway and MyBatis share one DataSource and one transaction: a failure leaves nothing behind. */
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TransactionAtomicityTest {

    static final Actor PLANNER = new Actor("planner", EnumSet.of(Role.PLANNER), "AUTH-320100", OrgType.AUTHORITY, "320100");

    @Autowired
    Plans plans;
    @Autowired
    RuntimeService runtime;
    @Autowired
    SpringProcessEngineConfiguration engine;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    DataSource dataSource;
    @Autowired
    SqlSessionTemplate mybatis;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void flowableAndMyBatisUseTheSameDataSourceAndTransactionManager() {
        assertThat(engine.getTransactionManager()).isSameAs(transactionManager);
        DataSource flowableDataSource = engine.getDataSource() instanceof TransactionAwareDataSourceProxy proxy
                ? proxy.getTargetDataSource() : engine.getDataSource();
        assertThat(flowableDataSource).isSameAs(dataSource);
        assertThat(mybatis.getSqlSessionFactory().getConfiguration().getEnvironment().getDataSource()).isSameAs(dataSource);
    }

    @Test
    void aFailureAfterAMyBatisWriteAndAFlowableStepLeavesNeitherBehind() {
        String title = "atomic-" + UUID.randomUUID();
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        java.util.concurrent.atomic.AtomicReference<String> code = new java.util.concurrent.atomic.AtomicReference<>();
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            PlanView plan = plans.draftPlan(PLANNER, command(title)); // MyBatis writes
            code.set(plan.code());
            plans.submitPlan(PLANNER, plan.id(), null); // starts the approval process (Flowable writes)
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(plan.code()).count()).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pln_plan WHERE title = ?", Integer.class, title)).isEqualTo(1);
            throw new IllegalStateException("boom after both writes");
        })).hasMessage("boom after both writes");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pln_plan WHERE title = ?", Integer.class, title)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pln_plan_event e JOIN pln_plan p ON p.id = e.plan_id WHERE p.title = ?",
                Integer.class, title)).isZero();
        assertThat(code.get()).isNotNull();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code.get()).count()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ?", Integer.class, code.get())).isZero();
    }

    @Test
    void theSuccessPathCommitsBoth() {
        String title = "atomic-ok-" + UUID.randomUUID();
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        String code = tx.execute(status -> {
            PlanView plan = plans.draftPlan(PLANNER, command(title));
            return plans.submitPlan(PLANNER, plan.id(), null).code();
        });
        assertThat(jdbc.queryForObject("SELECT status FROM pln_plan WHERE code = ?", String.class, code)).isEqualTo("SUBMITTED");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isEqualTo(1);
    }

    private static DraftPlanCommand command(String title) {
        return new DraftPlanCommand(title, PlanKind.ANNUAL, 2027, "《产品质量法》第十五条",
                List.of(new DraftPlanCommand.Item("PLASTIC_BAG", "320100", "LAB1", 1, 1, new java.math.BigDecimal("1000"),
                        PlanItemReason.COMPLAINTS)));
    }
}
