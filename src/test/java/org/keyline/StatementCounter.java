package org.keyline;

import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the SQL statements the application sends, so that tests can prove that a page
 * runs a fixed number of statements whatever the amount of data. Wraps the application's
 * data source in a datasource-proxy.
 */
@TestComponent
public class StatementCounter implements BeanPostProcessor {

	private final AtomicInteger statements = new AtomicInteger();

	/**
	 * The thread whose statements are counted: the test's (MockMvc handles a request on
	 * it); asynchronous listeners that run meanwhile, such as the grading's, are not
	 * counted.
	 */
	private volatile Thread counting;

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
			return ProxyDataSourceBuilder.create(dataSource).name("counted").afterQuery((execution, queries) -> {
				if (this.counting == Thread.currentThread()) {
					this.statements.addAndGet(queries.size());
					if (Boolean.getBoolean("keyline.printStatements")) {
						queries.forEach((query) -> System.out.println("COUNTED: " + query.getQuery()));
					}
				}
			}).afterMethod(this::ignore).build();
		}
		return bean;
	}

	private void ignore(MethodExecutionContext context) {
	}

	/**
	 * Runs the action and returns how many statements it sent.
	 */
	public <E extends Exception> int count(ThrowingRunnable<E> action) throws E {
		this.statements.set(0);
		this.counting = Thread.currentThread();
		try {
			action.run();
		}
		finally {
			this.counting = null;
		}
		return this.statements.get();
	}

	/**
	 * An action that may throw.
	 */
	@FunctionalInterface
	public interface ThrowingRunnable<E extends Exception> {

		void run() throws E;

	}

}
