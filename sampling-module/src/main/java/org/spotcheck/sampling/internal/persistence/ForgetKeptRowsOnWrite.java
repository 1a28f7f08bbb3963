package org.spotcheck.sampling.internal.persistence;

import org.spotcheck.shared.tx.KeptRows;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.springframework.stereotype.Component;

/**
 * Every INSERT, UPDATE or DELETE of the sampling module's mappers forgets the rows and views {@link KeptRows} keeps for
 * the transaction (issue 14.2): the next read in the transaction goes to the database again. A MyBatis plugin, so no
 * write site can be missed; the auto-configured session factory takes every {@code Interceptor} bean.
 */
@Component
@Intercepts(@Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class}))
class ForgetKeptRowsOnWrite implements Interceptor {

    private static final String MODULE = "org.spotcheck.sampling.";

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        if (((MappedStatement) invocation.getArgs()[0]).getId().startsWith(MODULE)) {
            KeptRows.forgetEverything();
        }
        return invocation.proceed();
    }
}
