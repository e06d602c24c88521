package org.keyline.shared.web;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.keyline.HttpBrowser;
import org.keyline.KeylineServerTest;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Template expressions are compiled to bytecode once they have run a hundred times
 * (SpEL's compiler in mixed mode). Thymeleaf keeps one compiled expression per expression
 * text for every template, and the compiled code is written for the types it first saw:
 * the same text over objects of another type ({@code ${model.account.id}} in six account
 * page cards with six card types) fails, falls back to being interpreted, and is compiled
 * again a hundred runs later, for ever: a new class every few requests and the expression
 * interpreted most of the time. Each card and each list now names its variables so that
 * one text always meets one type. This test opens the main pages in turn from four
 * connections until every expression has been compiled (or SpEL has given up compiling
 * it), then once more, and fails if that round compiled any expression anew; it names the
 * expressions that were. It also fails if an expression that ran more than a hundred
 * times is still interpreted because SpEL cannot compile it: a bean reference
 * ({@code @money}, now {@code #money}), a string joined to a number
 * ({@code base + '/actions/' + id}, now {@code |${base}/actions/${id}|}), a comparison of
 * a {@code long} with an {@code int} literal ({@code > 0}, now {@code > 0L}), a selection
 * ({@code ?[...]}), a non-public type, or an {@code and}/{@code or} whose second operand
 * has never run because the first decided (SpEL compiles only what has run; written
 * {@code ${a} and ${b}}, each part is an expression of its own).
 */
@KeylineServerTest
class CompiledExpressionsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SpringTemplateEngine engine;

	private final Map<String, HttpBrowser> browsers = new HashMap<>();

	@Test
	void noExpressionOfTheMainPagesIsCompiledAgainAndAgain() throws Exception {
		List<String[]> pages = mainPages();
		// Two rounds: every expression has run more than a hundred times, and those that
		// cannot be compiled have used up SpEL's hundred attempts.
		render(pages, 110);
		render(pages, 110);
		Map<String, State> before = states();
		int classes = classesGenerated();
		render(pages, 110);
		int again = classesGenerated() - classes;
		Map<String, State> after = states();
		Map<String, String> recompiled = new TreeMap<>();
		after.forEach((text, state) -> {
			State earlier = before.get(text);
			boolean reverted = earlier != null && state.failed == 0 && (state.compiled != earlier.compiled
					|| (state.compiled == null && state.interpreted < earlier.interpreted));
			if (reverted) {
				recompiled.put(text, earlier + " -> " + state);
			}
		});
		assertThat(recompiled).as("expressions compiled anew in the third round").isEmpty();
		assertThat(again).as("SpEL classes generated in the third round").isZero();
		Map<String, String> interpreted = new TreeMap<>();
		after.forEach((text, state) -> {
			if (state.compiled == null && state.interpreted > 100) {
				interpreted.put(text, state.toString());
			}
		});
		assertThat(interpreted).as("expressions that run on every view and are still interpreted").isEmpty();
	}

	private List<String[]> mainPages() {
		List<Long> accounts = this.jdbc.queryForList(
				"select id from account_account where archived_at is null order by current_revenue desc nulls last limit 1",
				Long.class);
		Map<String, Object> plan = this.jdbc
			.queryForMap("select account_id, id from plan_plan where status = 'ACTIVE' order by id limit 1");
		List<String[]> pages = new ArrayList<>();
		pages.add(new String[] { "director", "/accounts?industry=LOGISTICS&sort=revenue&dir=desc" });
		pages.add(new String[] { "director", "/portfolio" });
		pages.add(new String[] { "director", "/search?q=logistics" });
		pages.add(new String[] { "director", "/key-accounts" });
		pages.add(new String[] { "manager", "/" });
		for (Long account : accounts) {
			pages.add(new String[] { "director", "/accounts/" + account });
			pages.add(new String[] { "director", "/accounts/" + account + "/org-chart" });
		}
		pages.add(new String[] { "director", "/accounts/" + plan.get("account_id") + "/plans/" + plan.get("id") });
		return pages;
	}

	private void render(List<String[]> pages, int rounds) throws Exception {
		for (String[] page : pages) {
			browser(page[0]);
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int thread = 0; thread < 4; thread++) {
				done.add(pool.submit(() -> {
					for (int i = 0; i < rounds / 4 + 1; i++) {
						for (String[] page : pages) {
							assertThat(browser(page[0]).get(this.port, page[1]).statusCode()).as(page[1])
								.isEqualTo(200);
						}
					}
					return null;
				}));
			}
			for (Future<?> thread : done) {
				thread.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private synchronized HttpBrowser browser(String username) {
		return this.browsers.computeIfAbsent(username, (name) -> {
			HttpBrowser browser = new HttpBrowser();
			try {
				browser.signIn(this.port, name, "keyline-demo");
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			return browser;
		});
	}

	/** What SpEL knows of each expression Thymeleaf keeps, by its text. */
	@SuppressWarnings("unchecked")
	private Map<String, State> states() throws ReflectiveOperationException {
		ICache<Object, Object> cache = (ICache<Object, Object>) (ICache<?, ?>) this.engine.getCacheManager()
			.getExpressionCache();
		Field compiled = field(SpelExpression.class, "compiledAst");
		Field interpreted = field(SpelExpression.class, "interpretedCount");
		Field failed = field(SpelExpression.class, "failedAttempts");
		Map<String, State> states = new TreeMap<>();
		for (Object key : cache.keySet()) {
			Object value = cache.get(key);
			if (value != null && value.getClass().getSimpleName().equals("ComputedSpelExpression")) {
				SpelExpression expression = (SpelExpression) field(value.getClass(), "expression").get(value);
				states.put(expression.getExpressionString(),
						new State(compiled.get(expression), ((AtomicInteger) interpreted.get(expression)).get(),
								((AtomicInteger) failed.get(expression)).get()));
			}
		}
		return states;
	}

	/** How many classes SpEL's compiler has generated in this JVM. */
	private static int classesGenerated() throws ReflectiveOperationException {
		Class<?> compilerClass = Class.forName("org.springframework.expression.spel.standard.SpelCompiler");
		Map<?, ?> compilers = (Map<?, ?>) field(compilerClass, "compilers").get(null);
		Field suffix = field(compilerClass, "suffixId");
		int generated = 0;
		synchronized (compilers) {
			for (Object compiler : compilers.values()) {
				generated += ((AtomicInteger) suffix.get(compiler)).get();
			}
		}
		return generated;
	}

	private static Field field(Class<?> type, String name) throws NoSuchFieldException {
		Field field = type.getDeclaredField(name);
		field.setAccessible(true);
		return field;
	}

	private record State(Object compiled, int interpreted, int failed) {

		@Override
		public String toString() {
			return (this.compiled != null ? "compiled" : "interpreted " + this.interpreted + " times");
		}

	}

}
