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

	private final AtomicInteger sessionReads = new AtomicInteger();

	private final AtomicInteger transactions = new AtomicInteger();

	private volatile boolean counting;

	/**
	 * Only the statements of the thread that counts: listeners that run asynchronously
	 * (grading after an account changed) use the same data source meanwhile.
	 */
	private volatile Thread counted;

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
			return ProxyDataSourceBuilder.create(dataSource).name("counted").afterQuery((execution, queries) -> {
				if (this.counting && Thread.currentThread() == this.counted) {
					this.statements.addAndGet((int) queries.stream().filter((query) -> !sessionStore(query)).count());
					this.sessionReads.addAndGet((int) queries.stream().filter(StatementCounter::sessionRead).count());
					if (Boolean.getBoolean("keyline.printStatements")) {
						queries.forEach((query) -> System.out.println("COUNTED: " + query.getQuery()));
					}
				}
			}).afterMethod(this::countTransaction).build();
		}
		return bean;
	}

	/**
	 * The HTTP session's own statements (Spring Session JDBC: read the session, update
	 * its last access time, write a changed attribute, and the audit's naming of the
	 * actor at the start of that write transaction) are the same for every request
	 * whatever the page shows, so they are not counted as the page's.
	 */
	private static boolean sessionStore(net.ttddyy.dsproxy.QueryInfo query) {
		String sql = query.getQuery();
		return sql.toUpperCase(java.util.Locale.ROOT).contains("SPRING_SESSION") || sql.contains("keyline.actor");
	}

	/** Spring Session's read of a session (with its attributes). */
	private static boolean sessionRead(net.ttddyy.dsproxy.QueryInfo query) {
		String sql = query.getQuery().strip().toUpperCase(java.util.Locale.ROOT);
		return sql.startsWith("SELECT") && sql.contains("SPRING_SESSION_ATTRIBUTES");
	}

	/**
	 * How many times the last counted action read an HTTP session from the database
	 * (statements not counted by {@link #count}).
	 */
	public int sessionReads() {
		return this.sessionReads.get();
	}

	/** A commit or a rollback on a connection ends a transaction. */
	private void countTransaction(MethodExecutionContext context) {
		String method = context.getMethod().getName();
		if (this.counting && Thread.currentThread() == this.counted
				&& (method.equals("commit") || method.equals("rollback"))) {
			this.transactions.incrementAndGet();
		}
	}

	/**
	 * How many transactions the last counted action ended (committed or rolled back), the
	 * HTTP session's included.
	 */
	public int transactions() {
		return this.transactions.get();
	}

	/**
	 * Runs the action and returns how many statements it sent.
	 */
	public <E extends Exception> int count(ThrowingRunnable<E> action) throws E {
		this.statements.set(0);
		this.sessionReads.set(0);
		this.transactions.set(0);
		this.counted = Thread.currentThread();
		this.counting = true;
		try {
			action.run();
		}
		finally {
			this.counting = false;
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
