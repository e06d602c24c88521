package org.keyline.shared.session;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

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
 */
class OneSessionReadPerRequest extends OncePerRequestFilter {

	/**
	 * Runs around Spring Session's filter, so that its commits happen inside, and around
	 * the filter just outside it that answers with the 503 page when the database is
	 * away.
	 */
	static final int ORDER = SessionRepositoryFilter.DEFAULT_ORDER - 2;

	private static final ThreadLocal<Map<String, Session>> READ = new ThreadLocal<>();

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
	 * answered from what it read.
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
					read.put(id, session);
				}
				return found;
			}
			if (method.equals("deleteById")) {
				read.remove(id);
			}
			return invocation.proceed();
		}

	}

}
