package org.spotcheck.app.demo;

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

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("planner", "王芳", "计划编制 王芳", "AUTH-320100", OrgType.AUTHORITY, "320100", Role.PLANNER),
            new DemoUser("plan-reviewer", "陈刚", "科室审核 陈刚", "AUTH-320100", OrgType.AUTHORITY, "320100", Role.PLAN_REVIEWER),
            new DemoUser("plan-approver", "刘洋", "局领导 刘洋", "AUTH-320100", OrgType.AUTHORITY, "320100", Role.PLAN_APPROVER),
            new DemoUser("sampler-a", "张伟", "抽样员 张伟", "AUTH-320100", OrgType.AUTHORITY, "320100", Role.SAMPLER),
            new DemoUser("sampler-b", "李娜", "抽样员 李娜", "AUTH-320100", OrgType.AUTHORITY, "320100", Role.SAMPLER),
            new DemoUser("sampler-c", "陈晨", "抽样员 陈晨", "AUTH-320100", OrgType.AUTHORITY, "320100", Role.SAMPLER),
            new DemoUser("sampler-d", "杨帆", "抽样员 杨帆", "AUTH-320100", OrgType.AUTHORITY, "320100", Role.SAMPLER),
            new DemoUser("lab1-tester", "周杰", "检验员 周杰", "LAB1", OrgType.LAB, "320100", Role.LAB_TESTER),
            new DemoUser("lab1-reviewer", "吴敏", "审核人 吴敏", "LAB1", OrgType.LAB, "320100", Role.LAB_REVIEWER),
            new DemoUser("lab1-approver", "郑涛", "授权签字人 郑涛", "LAB1", OrgType.LAB, "320100", Role.LAB_APPROVER),
            new DemoUser("lab2-tester", "孙丽", "检验员 孙丽", "LAB2", OrgType.LAB, "320500", Role.LAB_TESTER),
            new DemoUser("lab2-reviewer", "钱进", "审核人 钱进", "LAB2", OrgType.LAB, "320500", Role.LAB_REVIEWER),
            new DemoUser("lab2-approver", "冯雪", "授权签字人 冯雪", "LAB2", OrgType.LAB, "320500", Role.LAB_APPROVER),
            new DemoUser("enterprise-a", "南京绿洁塑料制品有限公司", null, "ENT-A", OrgType.ENTERPRISE, "320102", Role.ENTERPRISE),
            new DemoUser("enterprise-b", "南京白云纸业有限公司", null, "ENT-B", OrgType.ENTERPRISE, "320104", Role.ENTERPRISE),
            new DemoUser("officer", "何静", "结果处理 何静", "AUTH-320100", OrgType.AUTHORITY, "320100", Role.OFFICER),
            new DemoUser("enforcer", "罗军", "执法稽查 罗军", "AUTH-320100", OrgType.AUTHORITY, "320100", Role.ENFORCER),
            new DemoUser("province-officer", "高岚", "省局结果处理 高岚", "AUTH-320000", OrgType.AUTHORITY, "320000", Role.OFFICER),
            // a second province officer: the redaction review of an announcement is never its author's
            new DemoUser("province-reviewer", "顾明", "省局结果处理 顾明", "AUTH-320000", OrgType.AUTHORITY, "320000", Role.OFFICER),
            new DemoUser("sysadmin", "马骏", "系统管理员", "AUTH-320100", OrgType.AUTHORITY, "320100", Role.SYS_ADMIN),
            new DemoUser("secadmin", "唐宁", "安全管理员", "AUTH-320100", OrgType.AUTHORITY, "320100", Role.SEC_ADMIN),
            new DemoUser("auditor", "韩雪", "安全审计员", "AUTH-320100", OrgType.AUTHORITY, "320100", Role.AUDITOR),
            // Suzhou: two director approval levels (pln_authority.approval_levels = 2)
            new DemoUser("planner-sz", "林静", "计划编制 林静", "AUTH-320500", OrgType.AUTHORITY, "320500", Role.PLANNER),
            new DemoUser("plan-reviewer-sz", "高远", "科室审核 高远", "AUTH-320500", OrgType.AUTHORITY, "320500", Role.PLAN_REVIEWER),
            new DemoUser("plan-approver-sz", "许亮", "分管局领导 许亮", "AUTH-320500", OrgType.AUTHORITY, "320500", Role.PLAN_APPROVER),
            new DemoUser("plan-director-sz", "郭峰", "局长 郭峰", "AUTH-320500", OrgType.AUTHORITY, "320500", Role.PLAN_APPROVER),
            new DemoUser("sampler-sz1", "王强", "抽样员 王强", "AUTH-320500", OrgType.AUTHORITY, "320500", Role.SAMPLER),
            new DemoUser("sampler-sz2", "赵敏", "抽样员 赵敏", "AUTH-320500", OrgType.AUTHORITY, "320500", Role.SAMPLER),
            new DemoUser("sampler-sz3", "孙浩", "抽样员 孙浩", "AUTH-320500", OrgType.AUTHORITY, "320500", Role.SAMPLER),
            new DemoUser("sampler-sz4", "周婷", "抽样员 周婷", "AUTH-320500", OrgType.AUTHORITY, "320500", Role.SAMPLER));

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
        for (DemoUser user : USERS) {
            accounts.markDemo(user.username());
            if (user.formerName() != null) {
                accounts.renameDemo(user.username(), user.formerName(), user.displayName());
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
    }
}
