package io.migrations.cli;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real connection that counts the statements executed through it (each an execute call on a statement it made),
 * so a test can tell one query from one per schema.
 */
final class CountingConnection {

    private final AtomicInteger executed = new AtomicInteger();
    private final Connection connection;

    CountingConnection(Connection real) {
        this.connection = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Object result = invoke(real, method, args);
                    return result instanceof Statement statement ? counting(statement, method.getReturnType())
                            : result;
                });
    }

    Connection connection() {
        return connection;
    }

    /** Statements executed so far. */
    int executed() {
        return executed.get();
    }

    private Object counting(Statement statement, Class<?> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                executed.incrementAndGet();
            }
            return invoke(statement, method, args);
        };
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
