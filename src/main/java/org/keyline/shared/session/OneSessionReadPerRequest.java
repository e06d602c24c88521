package org.keyline.shared.session;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The HTTP session is read from the database once per request.
 *
 * <p>
 * Spring Session's {@link SessionRepositoryFilter} reads the session when the request
 * first asks for it, and again when it commits the session: after saving it, it forgets
 * what it read and reads it once more to decide whether to send the session cookie
 * (spring-session issues 1424 and 1731, open). Together with a read repeated inside the
 * application's transaction manager (see
 * {@code HttpSessionConfiguration#sessionTransactionManager}), every page read its
 * session three times: three statements and three deserialisations of the signed-in user.
 *
 * <p>
 * Within one request this remembers the sessions the repository returned, by id, and
 * answers a repeated {@code findById} from memory: the session object it returns is the
 * one the filter itself has just saved. A session deleted in the request (signing out,
 * {@code deleteById}) is forgotten; one whose id changed (signing in) is read again by
 * either id. Outside a request (the expired-session cleanup, ending another user's
 * sessions) nothing is remembered. Nothing is kept between requests, so instances share
 * nothing but the database, as before.
 *
 * <p>
 * A session read in a request also writes its last access time only when it is
 * {@link #LAST_ACCESS_PRECISION} or more later than the one stored. Spring Session wrote
 * it on every request: a transaction with an {@code UPDATE} for every page anyone opened,
 * and concurrent requests of one session waiting for each other's lock on its row. A
 * session therefore expires up to a minute before eight hours
 * (server.servlet.session.timeout) after its last page. A request that changes the
 * session otherwise (signing in, a new CSRF token, a flash message) writes it with its
 * last access time, as before.
 */
class OneSessionReadPerRequest extends OncePerRequestFilter {

	/**
	 * Runs around Spring Session's filter, so that its commits happen inside, and around
	 * the filter just outside it that answers with the 503 page when the database is
	 * away.
	 */
	static final int ORDER = SessionRepositoryFilter.DEFAULT_ORDER - 2;

	private static final ThreadLocal<Map<String, Session>> READ = new ThreadLocal<>();

	/** How much later than the stored one a last access must be to be written. */
	static final Duration LAST_ACCESS_PRECISION = Duration.ofMinutes(1);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (READ.get() != null) {
			chain.doFilter(request, response);
			return;
		}
		READ.set(new HashMap<>());
		try {
			chain.doFilter(request, response);
		}
		finally {
			READ.remove();
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/**
	 * Wraps the session repository so that a repeated {@code findById} of a request is
	 * answered from what it read, and a session read in a request writes its last access
	 * time only when it has moved by {@link #LAST_ACCESS_PRECISION}.
	 */
	static BeanPostProcessor rememberingRepository() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof JdbcIndexedSessionRepository)) {
					return bean;
				}
				ProxyFactory proxy = new ProxyFactory(bean);
				proxy.setProxyTargetClass(true);
				proxy.addAdvice(new Remembering());
				return proxy.getProxy(OneSessionReadPerRequest.class.getClassLoader());
			}

		};
	}

	private static final class Remembering implements MethodInterceptor {

		@Override
		public Object invoke(MethodInvocation invocation) throws Throwable {
			Map<String, Session> read = READ.get();
			String method = invocation.getMethod().getName();
			Object[] arguments = invocation.getArguments();
			if (method.equals("save") && arguments.length == 1 && arguments[0] instanceof CoarseLastAccess session) {
				// The repository saves its own kind of session.
				arguments[0] = session.delegate;
				return invocation.proceed();
			}
			if (read == null || arguments.length != 1 || !(arguments[0] instanceof String id)) {
				return invocation.proceed();
			}
			if (method.equals("findById")) {
				Session remembered = read.get(id);
				if (remembered != null && remembered.getId().equals(id)) {
					return remembered;
				}
				// Not read yet, or its id changed since (signing in): read it.
				read.remove(id);
				Object found = invocation.proceed();
				if (found instanceof Session session) {
					Session coarse = new CoarseLastAccess(session);
					read.put(id, coarse);
					return coarse;
				}
				return found;
			}
			if (method.equals("deleteById")) {
				read.remove(id);
			}
			return invocation.proceed();
		}

	}

	/**
	 * A session that passes every change on to the one the repository read, except a last
	 * access time less than {@link #LAST_ACCESS_PRECISION} after the stored one: the
	 * repository's session then has nothing to write.
	 */
	static final class CoarseLastAccess implements Session {

		private final Session delegate;

		CoarseLastAccess(Session delegate) {
			this.delegate = delegate;
		}

		@Override
		public String getId() {
			return this.delegate.getId();
		}

		@Override
		public String changeSessionId() {
			return this.delegate.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.delegate.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.delegate.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.delegate.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.delegate.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.delegate.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			Instant stored = this.delegate.getLastAccessedTime();
			if (stored == null || !lastAccessedTime.isBefore(stored.plus(LAST_ACCESS_PRECISION))) {
				this.delegate.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.delegate.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.delegate.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.delegate.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.delegate.isExpired();
		}

	}

}
