package io.migrations.spring;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * Lets Spring Boot report a failed start with its exit code and nothing else. When a start fails with an
 * {@link org.springframework.boot.ExitCodeGenerator} exception (as {@link MigrationFailedException} is), Spring Boot
 * publishes an {@code ExitCodeEvent} into the context whose beans were just destroyed; the event multicaster then
 * tries to create listener beans the start never reached, which fails, loses the exit code and logs "Unable to close
 * ApplicationContext" with a long stack trace. When the context's beans are destroyed, this forgets the listener
 * beans that were never created, so there is nothing left to create.
 *
 * <p>It is a {@link BeanFactoryPostProcessor} only to be created before every ordinary bean, and so destroyed after
 * all of them: an application bean that needs the database (a repository) starts the migration before any
 * auto-configured bean exists, and the guard must see every other bean gone when it looks.
 */
final class ExitCodeEventGuard implements BeanFactoryPostProcessor, DisposableBean {

    private final ConfigurableListableBeanFactory beanFactory;

    ExitCodeEventGuard(ConfigurableListableBeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
        // Nothing to change: see the class comment.
    }

    @Override
    public void destroy() {
        if (beanFactory.containsSingleton(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME)
                && beanFactory.getSingleton(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME)
                instanceof ApplicationEventMulticaster multicaster) {
            multicaster.removeApplicationListenerBeans(name -> !beanFactory.containsSingleton(name));
        }
    }
}
