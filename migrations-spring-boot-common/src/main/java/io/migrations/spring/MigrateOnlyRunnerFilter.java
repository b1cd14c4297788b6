package io.migrations.spring;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.aopalliance.intercept.MethodInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.framework.AbstractAdvisingBeanPostProcessor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.CommandLineRunner;
import org.springframework.core.env.Environment;

/**
 * In a migrate-only run, keeps the application's {@link CommandLineRunner} and {@link ApplicationRunner} beans from
 * running: a pre-deploy migration step must not start the application's jobs. Each runner is wrapped (as its own
 * class, so injection by type still works) in a proxy whose {@code run} logs that it was skipped. In other runs it
 * wraps nothing.
 */
final class MigrateOnlyRunnerFilter extends AbstractAdvisingBeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(MigrateOnlyRunnerFilter.class);

    private final Environment environment;

    MigrateOnlyRunnerFilter(Environment environment) {
        this.environment = environment;
        this.advisor = new DefaultPointcutAdvisor(new RunMethod(), (MethodInterceptor) invocation -> {
            log.info("Migrate-only run: not running {}", invocation.getThis() == null ? "a runner"
                    : invocation.getThis().getClass().getName());
            return null;
        });
        setBeforeExistingAdvisors(true);
        setProxyTargetClass(true);
    }

    @Override
    protected boolean isEligible(Object bean, String beanName) {
        return environment.getProperty(MigrateOnlyEnvironment.MIGRATE_ONLY, Boolean.class, false)
                && environment.getProperty("migrations.enabled", Boolean.class, true)
                && super.isEligible(bean, beanName);
    }

    @Override
    protected ProxyFactory prepareProxyFactory(Object bean, String beanName) {
        ProxyFactory factory = super.prepareProxyFactory(bean, beanName);
        // A final class (lambdas included) cannot be subclassed; its runner interface is all anyone injects.
        factory.setProxyTargetClass(!Modifier.isFinal(bean.getClass().getModifiers()));
        return factory;
    }

    /** {@code run(…)} of an application runner that is not the migrate-only run itself. */
    private static final class RunMethod extends StaticMethodMatcherPointcut {

        RunMethod() {
            setClassFilter(RunMethod::isApplicationRunner);
        }

        private static boolean isApplicationRunner(Class<?> type) {
            return (CommandLineRunner.class.isAssignableFrom(type) || ApplicationRunner.class.isAssignableFrom(type))
                    && !MigrateOnlyRun.class.isAssignableFrom(type);
        }

        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            return method.getName().equals("run") && method.getParameterCount() == 1;
        }

        @Override
        public ClassFilter getClassFilter() {
            return RunMethod::isApplicationRunner;
        }
    }
}
