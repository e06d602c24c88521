package org.keyline.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The JPA transaction manager, which also tells PostgreSQL who acts at the start of every
 * transaction that may write, so that the audit triggers record them:
 * {@code set_config('keyline.actor', username, true)} lasts until the transaction ends,
 * and never leaks to the next user of the pooled connection. Read-only transactions and
 * work without a signed-in user (scheduled jobs, event listeners, demo data) run no extra
 * statement; their changes are recorded without an actor, as Keyline's own.
 */
public class AuditingTransactionManager extends JpaTransactionManager {

	private static final ThreadLocal<Boolean> RESOLVING_ACTOR = new ThreadLocal<>();

	public AuditingTransactionManager(EntityManagerFactory entityManagerFactory) {
		super(entityManagerFactory);
	}

	@Override
	protected void doBegin(Object transaction, TransactionDefinition definition) {
		// Who acts is known before the transaction takes its connection: reading
		// the security context may load the HTTP session from the database in a
		// transaction of its own, which must not run while this one is half begun.
		String actor = definition.isReadOnly() ? null : actor();
		super.doBegin(transaction, definition);
		DataSource dataSource = getDataSource();
		if (actor == null || dataSource == null) {
			return;
		}
		ConnectionHolder holder = (ConnectionHolder) TransactionSynchronizationManager.getResource(dataSource);
		if (holder == null) {
			return;
		}
		Connection connection = holder.getConnection();
		try (PreparedStatement statement = connection.prepareStatement("select set_config('keyline.actor', ?, true)")) {
			statement.setString(1, actor);
			statement.execute();
		}
		catch (SQLException | RuntimeException ex) {
			// The transaction has begun and is bound to this thread: end it, or
			// the thread would keep a broken connection for every later request.
			abandon(transaction, definition);
			throw new TransactionSystemException("Could not tell the database who acts", ex);
		}
	}

	private void abandon(Object transaction, TransactionDefinition definition) {
		try {
			doRollback(new DefaultTransactionStatus(definition.getName(), transaction, true, false, false,
					definition.isReadOnly(), false, null));
		}
		catch (RuntimeException ex) {
			// the connection is gone; releasing it below is what matters
		}
		finally {
			doCleanupAfterCompletion(transaction);
		}
	}

	private static String actor() {
		// Reading the security context may load the HTTP session from the database
		// (Spring Session JDBC), in a transaction of its own that begins here again: that
		// one has no actor to name (the session tables are not audited), instead of
		// recursing.
		if (RESOLVING_ACTOR.get() != null) {
			return null;
		}
		RESOLVING_ACTOR.set(Boolean.TRUE);
		try {
			return signedIn();
		}
		finally {
			RESOLVING_ACTOR.remove();
		}
	}

	private static String signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		String name = authentication.getName();
		return (name.length() > 50) ? name.substring(0, 50) : name;
	}

}
