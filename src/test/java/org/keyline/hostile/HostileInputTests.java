package org.keyline.hostile;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.AccountManagement;
import org.keyline.dataio.importing.CsvImports;
import org.keyline.account.Viewer;
import org.keyline.grading.CriterionInput;
import org.keyline.grading.GradingManagement;
import org.keyline.grading.GradingScheme;
import org.keyline.grading.TierInput;
import org.keyline.hostile.Endpoint.Base;
import org.keyline.hostile.HandlerFields.InputField;
import org.keyline.hostile.Payload.Kind;
import org.keyline.people.TestUsers;
import org.keyline.plan.PlanComments;
import org.keyline.plan.PlanManagement;
import org.keyline.relationship.ContactManagement;
import org.keyline.relationship.InteractionLog;
import org.keyline.relationship.LinkManagement;
import org.keyline.review.StrategyReviews;
import org.keyline.vision.AssessmentQuestion;
import org.keyline.vision.Assessments;
import org.keyline.vision.ClientRequirements;
import org.keyline.vision.VisionManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.ui.ModelMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Hostile input against every endpoint that takes input (issue 9): each field of each
 * form, filter and path gets every class of hostile value that fits it (oversized text,
 * unusual unicode, markup and script, SQL metacharacters, negative and huge numbers,
 * dates far in the past and future, another user's ids), and each endpoint is also sent
 * without its CSRF token, by someone who must be turned away, without signing in, with
 * the wrong content type and with every parameter twice. The endpoints come from Spring
 * MVC itself, so one without hostile coverage fails the suite.
 *
 * Asserted: never a 5xx; a refused request changes nothing (row triggers record every
 * change a signed-in user makes, see {@link ChangeLog}); another manager's objects are
 * refused and never shown; oversized text is never stored; and afterwards every page that
 * shows what was stored shows it as text, never as markup or script (parsed with jsoup).
 * The counts by endpoint and outcome are written to
 * {@code target/hostile-input-report.md}.
 */
@KeylineTest
class HostileInputTests {

	/**
	 * Handlers outside the catalogue's reach: no input at all, or served by Spring
	 * Security.
	 */
	private static final Set<String> OUTSIDE_MVC = Set.of("POST /login");

	/**
	 * Built here rather than injected, with the application's filters like the injected
	 * one but without its printout of every request kept for a failure (a few hundred
	 * megabytes with these payloads).
	 */
	MockMvc mvc;

	@Autowired
	void mockMvc(org.springframework.web.context.WebApplicationContext context) {
		org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder builder = org.springframework.test.web.servlet.setup.MockMvcBuilders
			.webAppContextSetup(context);
		org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer customizer = new org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer(
				context);
		customizer.setAddFilters(true);
		customizer.setPrint(org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint.NONE);
		customizer.customize(builder);
		this.mvc = builder.build();
	}

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ContactManagement contacts;

	@Autowired
	LinkManagement links;

	@Autowired
	InteractionLog interactions;

	@Autowired
	PlanManagement plans;

	@Autowired
	PlanComments comments;

	@Autowired
	VisionManagement visions;

	@Autowired
	Assessments assessments;

	@Autowired
	ClientRequirements requirements;

	@Autowired
	StrategyReviews reviews;

	@Autowired
	GradingManagement grading;

	@Autowired
	CsvImports imports;

	private final List<String> failures = new ArrayList<>();

	private final Map<String, Map<String, Integer>> outcomes = new TreeMap<>();

	private final Map<String, Integer> byStatus = new TreeMap<>();

	private final Map<String, Set<String>> covered = new HashMap<>();

	private final List<String> acceptedOdd = new ArrayList<>();

	private final Map<String, Long> millis = new HashMap<>();

	private int sent;

	private ChangeLog changes;

	private HostileWorld world;

	@Test
	void everyEndpointThatTakesInputIsInTheCatalogue() {
		Set<String> needed = endpointsTakingInput().keySet();
		Set<String> catalogued = Catalogue.of(null)
			.stream()
			.map(Endpoint::key)
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> missing = new TreeSet<>(needed);
		missing.removeAll(catalogued);
		Set<String> unknown = new TreeSet<>(catalogued);
		unknown.removeAll(needed);
		unknown.removeAll(OUTSIDE_MVC);
		assertThat(missing).as("endpoints that take input but get no hostile requests").isEmpty();
		assertThat(unknown).as("catalogued endpoints Spring MVC does not know").isEmpty();
	}

	/** Every handler of Keyline's own that writes or takes a parameter, by key. */
	private Map<String, HandlerMethod> endpointsTakingInput() {
		Map<String, HandlerMethod> all = new TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			HandlerMethod handler = entry.getValue();
			if (!handler.getBeanType().getName().startsWith("org.keyline")) {
				continue;
			}
			boolean htmx = info.getCustomCondition() != null || !info.getHeadersCondition().isEmpty();
			Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET")
					: info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(Collectors.toSet());
			for (String pattern : info.getPatternValues()) {
				for (String method : methods) {
					boolean takesInput = !method.equals("GET") || !HandlerFields.of(handler, Map.of()).isEmpty();
					if (takesInput) {
						all.put(Endpoint.key(method, pattern, htmx), handler);
					}
				}
			}
		}
		return all;
	}

	@Test
	void hostileRequestsGetNoServerErrorChangeNothingWhenRefusedAndAreShownAsText() throws Exception {
		this.world = new HostileWorld(this.accounts, this.contacts, this.links, this.interactions, this.plans,
				this.comments, this.visions, this.assessments, this.requirements, this.reviews, this.grading,
				this.testUsers, this.jdbc);
		this.world.imports = this.imports;
		GradingScheme before = this.grading.scheme();
		long building = System.nanoTime();
		this.world.build();
		System.out.println("hostile: world built in " + (System.nanoTime() - building) / 1_000_000 + " ms");
		this.changes = new ChangeLog(this.jdbc);
		this.changes.install();
		long started = System.nanoTime();
		try {
			Map<String, HandlerMethod> handlers = endpointsTakingInput();
			for (Endpoint endpoint : Catalogue.of(this.world)) {
				HandlerMethod handler = handlers.get(endpoint.key());
				List<InputField> fields = (handler != null) ? HandlerFields.of(handler, mapKeys())
						: List.of(new InputField("username", Kind.TEXT, String.class, false, false),
								new InputField("password", Kind.TEXT, String.class, false, false));
				long t = System.nanoTime();
				attack(endpoint, fields);
				worldStillStands(endpoint);
				this.millis.put(endpoint.key(), (System.nanoTime() - t) / 1_000_000);
				System.out.println("hostile: " + endpoint.key() + " " + this.millis.get(endpoint.key()) + " ms");
			}
			renderedAsTextOnly();
		}
		finally {
			this.changes.remove();
			restoreTheScheme(before);
			writeReport((System.nanoTime() - started) / 1_000_000_000);
		}
		assertThat(this.failures).as("hostile requests that got through (%d of %d)", this.failures.size(), this.sent)
			.isEmpty();
	}

	private static Map<String, String> mapKeys() {
		return Map.of("answers", AssessmentQuestion.WHERE_TODAY.name());
	}

	// ------------------------------------------------------------ sending

	/**
	 * The valid request of the endpoint under attack, made again after a request changed
	 * something.
	 */
	private Prepared prepared;

	private record Prepared(Base base, Viewer actor) {
	}

	private void attack(Endpoint endpoint, List<InputField> fields) {
		this.prepared = null;
		// the valid request first: mutations of a request that is refused anyway prove
		// nothing
		send(endpoint, "valid request", Variant.BASE, null, null, fields);
		for (InputField field : fields) {
			boolean isId = field.kind() == Kind.ID
					|| (field.path() && !field.name().equals("year") && !field.name().equals("table"));
			if (isId && !hasForeign(endpoint, field.name())) {
				this.failures.add(endpoint.key() + " | " + field.name()
						+ ": an id field without another user's object to type in (add it to Catalogue.FOREIGN)");
			}
			for (Payload payload : payloadsFor(endpoint, field)) {
				send(endpoint, field.name(), Variant.FIELD, field, payload, fields);
			}
		}
		if (endpoint.writes()) {
			send(endpoint, "(request)", Variant.NO_CSRF, null, null, fields);
			send(endpoint, "(request)", Variant.WRONG_CONTENT_TYPE, null, null, fields);
		}
		if (endpoint.intruder != null) {
			send(endpoint, "(request)", Variant.INTRUDER, null, null, fields);
		}
		if (!endpoint.pattern.equals("/login")) {
			send(endpoint, "(request)", Variant.NOT_SIGNED_IN, null, null, fields);
		}
		send(endpoint, "(request)", Variant.DUPLICATE_PARAMETERS, null, null, fields);
	}

	private Set<Payload> payloadsFor(Endpoint endpoint, InputField field) {
		if (field.indexed()) {
			return EnumSet.of(Payload.INT_OVERFLOW, Payload.NEGATIVE, Payload.MARKUP);
		}
		Set<Payload> payloads = EnumSet.copyOf(Payload.forKind(field.kind()));
		if (!hasForeign(endpoint, field.name())) {
			payloads.remove(Payload.FOREIGN_ID);
		}
		if (!endpoint.writes()) {
			payloads.remove(Payload.OVERSIZED_1M);
		}
		return payloads;
	}

	private boolean hasForeign(Endpoint endpoint, String field) {
		return endpoint.foreign.containsKey(field) || endpoint.foreignIgnored.containsKey(field)
				|| Catalogue.FOREIGN.containsKey(field);
	}

	enum Variant {

		BASE, FIELD, NO_CSRF, WRONG_CONTENT_TYPE, INTRUDER, NOT_SIGNED_IN, DUPLICATE_PARAMETERS

	}

	private void send(Endpoint endpoint, String fieldName, Variant variant, InputField field, Payload payload,
			List<InputField> fields) {
		if (this.prepared == null) {
			try {
				this.prepared = new Prepared(endpoint.base.apply(this.world), endpoint.actor.get());
			}
			catch (RuntimeException ex) {
				this.failures.add(endpoint.key() + ": could not prepare the valid request: " + rootCause(ex));
				return;
			}
		}
		Base base = this.prepared.base().copy();
		Viewer actor = this.prepared.actor();
		String what = (variant == Variant.FIELD) ? fieldName + " = " + payload : variant.name().toLowerCase();
		String label = endpoint.key() + " | " + what;
		if (variant == Variant.FIELD) {
			applyPayload(endpoint, base, field, payload);
			this.covered.computeIfAbsent(endpoint.key() + " " + field.name(), (k) -> new TreeSet<>())
				.add(payload.name());
		}
		if (variant == Variant.INTRUDER) {
			actor = endpoint.intruder.get();
		}
		AbstractMockHttpServletRequestBuilder<?> request;
		try {
			request = request(endpoint, base, variant);
		}
		catch (RuntimeException ex) {
			this.failures.add(label + ": could not build the request: " + ex);
			return;
		}
		if (actor != null && variant != Variant.NOT_SIGNED_IN) {
			request.with(user(principal(actor.username())));
		}
		if (endpoint.writes() && variant != Variant.NO_CSRF) {
			request.with(csrf());
		}
		if (endpoint.htmx) {
			request.header("HX-Request", "true");
		}
		long mark = this.changes.mark();
		int status;
		MvcResult result = null;
		String failure = null;
		try {
			result = this.mvc.perform(request).andReturn();
			status = result.getResponse().getStatus();
		}
		catch (Exception ex) {
			status = 500;
			failure = rootCause(ex);
		}
		this.sent++;
		String statusClass = (status / 100) + "xx";
		this.byStatus.merge(statusClass, 1, Integer::sum);
		this.outcomes.computeIfAbsent(endpoint.key(), (k) -> new TreeMap<>()).merge(statusClass, 1, Integer::sum);
		if (status >= 500) {
			this.failures.add(label + ": " + status + ((failure != null) ? " " + failure : ""));
			return;
		}
		boolean refused = refused(result);
		List<String> changed = endpoint.refusalMayWrite ? List.of() : this.changes.changedByUsersSince(mark);
		if (!changed.isEmpty() || (endpoint.writes() && !refused)) {
			// the valid request is made again: what it named may be gone, its version has
			// moved on
			this.prepared = null;
		}
		String body = body(result);
		switch (variant) {
			case BASE -> {
				if (refused || status >= 400) {
					this.failures.add(label + ": the valid request was refused (" + status + ", "
							+ refusalReason(result) + "): the catalogue's base request is wrong");
				}
			}
			case NO_CSRF -> expectTurnedAway(label, status, changed, Set.of(403));
			case INTRUDER -> expectTurnedAway(label, status, changed, Set.of(403, 404));
			case NOT_SIGNED_IN -> expectTurnedAway(label, status, changed, Set.of(302, 401, 403));
			default -> {
			}
		}
		if ((refused || status >= 400 || !endpoint.writes()) && !changed.isEmpty()) {
			this.failures.add(label + ": refused (" + status + ") but changed " + changed);
		}
		if (variant == Variant.FIELD && payload == Payload.FOREIGN_ID && !endpoint.foreignIgnored.containsKey(fieldName)
				&& !refused && status < 400) {
			this.failures.add(label + ": another user's object was accepted (" + status + ")");
		}
		if (variant == Variant.FIELD && payload == Payload.OVERSIZED_1M && !fieldName.equals(endpoint.fileField)) {
			// an uploaded file is kept whole until it is imported or dropped: its rows
			// are
			// checked, field by field, when it is read
			List<String> stored = this.changes.oversizedRowsSince(mark, 500_000);
			if (!stored.isEmpty()) {
				this.failures.add(label + ": a million characters were stored in " + stored);
			}
		}
		if (actor != null && sees(actor) && body.contains(HostileWorld.CANARY)) {
			this.failures.add(label + ": the page shows another manager's account or contacts");
		}
		if (variant == Variant.FIELD && !refused && status < 400 && endpoint.writes()) {
			this.acceptedOdd.add(label + " -> " + status);
		}
	}

	/**
	 * What an accepted hostile request must never have done: given the acting manager's
	 * account away, or let the other manager onto its team. Checked after each endpoint,
	 * so that the endpoint that did it is named (and later endpoints are not blamed).
	 */
	private void worldStillStands(Endpoint endpoint) {
		Long owner = this.jdbc.queryForObject("select owner_id from account_account where id = ?", Long.class,
				this.world.mine.account());
		Integer intruders = this.jdbc.queryForObject(
				"select count(*) from account_team_member where account_id = ? and user_id = ?", Integer.class,
				this.world.mine.account(), this.world.otherManager.userId());
		if (!this.world.manager.userId().equals(owner) || intruders != 0) {
			this.failures.add(endpoint.key() + ": afterwards the acting manager's account has owner " + owner
					+ " and the other manager is on its team " + intruders + " times");
		}
	}

	private boolean sees(Viewer actor) {
		return !actor.isDirector() && !actor.roles().contains(org.keyline.people.Role.ADMIN);
	}

	private void expectTurnedAway(String label, int status, List<String> changed, Set<Integer> allowed) {
		if (!allowed.contains(status)) {
			this.failures.add(label + ": expected " + allowed + " but got " + status);
		}
		if (!changed.isEmpty()) {
			this.failures.add(label + ": turned away but changed " + changed);
		}
	}

	private void applyPayload(Endpoint endpoint, Base base, InputField field, Payload payload) {
		String value = switch (payload) {
			case FOREIGN_ID -> {
				if (endpoint.foreign.containsKey(field.name())) {
					yield endpoint.foreign.get(field.name()).apply(this.world);
				}
				yield String.valueOf(Catalogue.FOREIGN.get(field.name()).apply(this.world));
			}
			case LOWER_CASE_CHOICE -> {
				List<String> present = base.params.get(field.name());
				yield (present != null && !present.isEmpty()) ? present.get(0).toLowerCase() : "lowercase";
			}
			default -> payload.value;
		};
		if (field.path()) {
			base.path.put(field.name(), value);
			return;
		}
		if (field.indexed()) {
			// a row or key far out of range, negative, or made of markup
			String index = switch (payload) {
				case INT_OVERFLOW -> "100000";
				case NEGATIVE -> "-1";
				default -> payload.value;
			};
			String prefix = field.name() + "[";
			String suffix = base.params.keySet()
				.stream()
				.filter((k) -> k.startsWith(prefix))
				.findFirst()
				.map((k) -> k.substring(k.indexOf(']') + 1))
				.orElse("");
			base.params.put(prefix + index + "]" + suffix, List.of("x"));
			return;
		}
		base.params.put(field.name(), List.of(value));
	}

	private AbstractMockHttpServletRequestBuilder<?> request(Endpoint endpoint, Base base, Variant variant) {
		String path = endpoint.pattern;
		Matcher matcher = Pattern.compile("\\{([^}]+)}").matcher(path);
		StringBuilder expanded = new StringBuilder();
		while (matcher.find()) {
			Object value = base.path.get(matcher.group(1));
			if (value == null) {
				throw new IllegalStateException("no value for path variable " + matcher.group(1));
			}
			matcher.appendReplacement(expanded, Matcher
				.quoteReplacement(UriUtils.encodePathSegment(String.valueOf(value), StandardCharsets.UTF_8)));
		}
		matcher.appendTail(expanded);
		AbstractMockHttpServletRequestBuilder<?> request = MockMvcRequestBuilders
			.request(HttpMethod.valueOf(endpoint.method), URI.create(expanded.toString()));
		if (variant == Variant.WRONG_CONTENT_TYPE) {
			String json = base.params.entrySet()
				.stream()
				.map((e) -> "\"" + e.getKey() + "\":\"" + e.getValue().get(0).replace("\"", "\\\"") + "\"")
				.collect(Collectors.joining(",", "{", "}"));
			return request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		if (endpoint.fileField != null) {
			MockMultipartHttpServletRequestBuilder upload = MockMvcRequestBuilders
				.multipart(URI.create(expanded.toString()));
			request = upload;
		}
		for (Map.Entry<String, List<String>> param : base.params.entrySet()) {
			List<String> values = new ArrayList<>(param.getValue());
			if (variant == Variant.DUPLICATE_PARAMETERS) {
				values.add(Payload.MARKUP.value);
			}
			if (param.getKey().equals(endpoint.fileField)
					&& request instanceof MockMultipartHttpServletRequestBuilder upload) {
				for (String value : values) {
					upload.file(new MockMultipartFile(param.getKey(), "hostile.csv", "text/csv",
							endpoint.fileContent.apply(value).getBytes(StandardCharsets.UTF_8)));
				}
				continue;
			}
			request.param(param.getKey(), values.toArray(String[]::new));
		}
		return request;
	}

	private final Map<String, UserDetails> principals = new HashMap<>();

	private UserDetails principal(String username) {
		return this.principals.computeIfAbsent(username, this.userDetails::loadUserByUsername);
	}

	/**
	 * Refused: an error status, a message next to a field, a flash error, or a stale edit
	 * explained.
	 */
	private static boolean refused(MvcResult result) {
		return refusalReason(result) != null;
	}

	private static String refusalReason(MvcResult result) {
		if (result == null) {
			return "no result";
		}
		if (result.getResponse().getStatus() >= 400) {
			return "status " + result.getResponse().getStatus();
		}
		List<Map<String, ?>> maps = new ArrayList<>();
		ModelAndView mav = result.getModelAndView();
		if (mav != null) {
			maps.add(mav.getModel());
		}
		FlashMap flash = result.getFlashMap();
		if (flash != null) {
			maps.add(flash);
		}
		for (Map<String, ?> map : maps) {
			for (Map.Entry<String, ?> entry : map.entrySet()) {
				Object value = entry.getValue();
				if (value instanceof BindingResult binding && binding.hasErrors()) {
					return "errors " + binding.getAllErrors()
						.stream()
						.map((e) -> (e instanceof org.springframework.validation.FieldError f)
								? f.getField() + ":" + f.getCode() : e.getCode())
						.toList();
				}
				if (entry.getKey().equals("flashError") || entry.getKey().startsWith("stale")) {
					return entry.getKey() + "=" + value;
				}
				if (value != null && value.getClass().getName().startsWith("org.keyline")) {
					Object error = HandlerFields.read(value, "error");
					if (error instanceof String text && !text.isBlank()) {
						return "error=" + text;
					}
				}
			}
		}
		return null;
	}

	private static String body(MvcResult result) {
		if (result == null) {
			return "";
		}
		try {
			String type = result.getResponse().getContentType();
			if (type != null && type.contains("pdf")) {
				return "";
			}
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static String rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = String.valueOf(cause.getMessage());
		return cause.getClass().getSimpleName() + ": "
				+ ((message.length() > 160) ? message.substring(0, 160) + "…" : message);
	}

	// ------------------------------------------------------------ rendering what was
	// stored

	/**
	 * Every page that shows what the hostile requests stored, as each kind of user:
	 * parsed as a browser would, no element or attribute may have come from a payload,
	 * and the markup payloads must be there as text (else this check would prove
	 * nothing).
	 */
	private void renderedAsTextOnly() throws Exception {
		List<String> pages = new ArrayList<>();
		long account = this.world.mine.account();
		String a = "/accounts/" + account;
		String p = a + "/plans/" + this.world.mine.plan();
		pages.addAll(List.of("/", "/accounts", "/accounts?q=%3Cscript", a, a + "/edit", a + "/contacts",
				a + "/org-chart", a + "/contacts/" + this.world.mine.contact2() + "/edit", a + "/links",
				a + "/interactions", a + "/relationship-map", a + "/reviews",
				a + "/reviews/" + this.world.mine.review(), a + "/plan", a + "/plans", p, p + "/edit",
				p + "/objectives/" + this.world.mine.objective() + "/edit",
				p + "/strategies/" + this.world.mine.strategy() + "/edit",
				p + "/actions/" + this.world.mine.action() + "/edit", a + "/vision", a + "/vision/edit",
				a + "/assessments", a + "/assessments/" + this.world.mine.assessment(), a + "/requirements",
				a + "/requirements/" + this.world.mine.requirement() + "/edit", a + "/grading", a + "/brief",
				a + "/history", a + "/economics/" + this.world.mine.economicsYear(), "/grading", "/grading/overrides",
				"/grading/history", "/key-accounts", "/reviews", "/search?q=hostile", "/search?q=script",
				"/search?q=alert", "/search?q=img", "/search?q=onerror", "/search?q=hostile&kind=CONTACT",
				"/search?q=hostile&kind=ACCOUNT", "/search?q=hostile&kind=INTERACTION",
				"/search?q=hostile&kind=REQUIREMENT"));
		List<String> directorPages = List.of("/", "/portfolio", "/audit", "/accounts?archived=true", a,
				"/grading/tiers", "/grading/criteria/" + this.world.manualCriterion + "/edit");
		List<String> adminPages = List.of("/", "/admin/users", "/admin/users?q=h",
				"/admin/users/" + this.world.plainUser.userId(),
				"/admin/users/" + this.world.plainUser.userId() + "/history");
		int withText = 0;
		for (String page : pages) {
			withText += checkRendered(page, this.world.manager, false);
			withText += checkRendered(page, this.world.mentor, false);
		}
		for (String page : directorPages) {
			withText += checkRendered(page, this.world.director, false);
		}
		for (String page : adminPages) {
			withText += checkRendered(page, this.world.admin, false);
		}
		// quoted as a CSV cell, so that the file reads and its preview shows the markup
		UUID upload = this.world.upload("\"" + Payload.MARKUP.value.replace("\"", "\"\"") + "\"");
		withText += checkRendered("/accounts/import/" + upload, this.world.manager, false);
		withText += checkRendered(a, this.world.manager, true);
		withText += checkRendered("/accounts", this.world.manager, true);
		withText += checkRendered(p + "/comments?objectiveId=" + this.world.mine.objective(), this.world.mentor, true);
		withText += checkRendered(p + "/comments", this.world.mentor, true);
		MvcResult pdf = this.mvc
			.perform(MockMvcRequestBuilders.get(a + "/brief.pdf").with(user(principal(this.world.manager.username()))))
			.andReturn();
		this.sent++;
		String pdfStatus = (pdf.getResponse().getStatus() / 100) + "xx";
		this.byStatus.merge(pdfStatus, 1, Integer::sum);
		this.outcomes.computeIfAbsent("GET (pages showing stored payloads)", (k) -> new TreeMap<>())
			.merge(pdfStatus, 1, Integer::sum);
		if (pdf.getResponse().getStatus() != 200) {
			this.failures.add("GET " + a + "/brief.pdf with stored payloads: " + pdf.getResponse().getStatus());
		}
		if (withText == 0) {
			this.failures.add("no page showed a stored markup payload as text: the rendering check proves nothing");
		}
	}

	/** Checks one page; answers how many markup payloads it shows as text. */
	private int checkRendered(String page, Viewer viewer, boolean htmx) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(URI.create(page))
			.with(user(principal(viewer.username())));
		if (htmx) {
			request.header("HX-Request", "true");
		}
		String label = "GET " + page + (htmx ? " [htmx]" : "") + " as " + viewer.username();
		MvcResult result;
		try {
			result = this.mvc.perform(request).andReturn();
		}
		catch (Exception ex) {
			this.failures.add(label + " with stored payloads: 500 " + rootCause(ex));
			return 0;
		}
		this.sent++;
		int status = result.getResponse().getStatus();
		this.byStatus.merge((status / 100) + "xx", 1, Integer::sum);
		this.outcomes.computeIfAbsent("GET (pages showing stored payloads)", (k) -> new TreeMap<>())
			.merge((status / 100) + "xx", 1, Integer::sum);
		if (status >= 500) {
			this.failures.add(label + " with stored payloads: " + status);
			return 0;
		}
		String html = body(result);
		Document document = Jsoup.parse(html);
		for (Element element : document.getAllElements()) {
			if (element.tagName().equals("script") && (!element.hasAttr("src") || !element.data().isBlank())) {
				this.failures.add(label + ": an inline <script> element: " + abbreviate(element.outerHtml()));
			}
			if (element.tagName().equals("img") && element.attr("src").equals("x")) {
				this.failures.add(label + ": an <img> from a payload: " + abbreviate(element.outerHtml()));
			}
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase();
				if (name.startsWith("on") || name.equals("data-x")
						|| (name.startsWith("hx-") && attribute.getValue().contains("/admin/users")
								&& !element.tagName().equals("a") && !element.tagName().equals("form"))) {
					this.failures.add(label + ": attribute " + name + " from a payload on <" + element.tagName() + ">: "
							+ abbreviate(element.outerHtml()));
				}
				if (attribute.getValue().trim().toLowerCase().startsWith("javascript:")) {
					this.failures.add(label + ": a javascript: link: " + abbreviate(element.outerHtml()));
				}
			}
		}
		String text = document.text();
		return text.contains("<script>alert('hostile')</script>") ? 1 : 0;
	}

	private static String abbreviate(String text) {
		return (text.length() > 200) ? text.substring(0, 200) + "…" : text;
	}

	// ------------------------------------------------------------ after the suite

	/**
	 * Puts the company's grading scheme back as it was (the database is shared by every
	 * test).
	 */
	private void restoreTheScheme(GradingScheme before) {
		List<Long> ids = before.criteria().stream().map(GradingScheme.Criterion::id).toList();
		this.jdbc.update("update grading_criterion set active = (id = any(?))", (Object) ids.toArray(Long[]::new));
		GradingScheme now = this.grading.scheme();
		for (GradingScheme.Criterion was : before.criteria()) {
			GradingScheme.Criterion is = now.criteria().stream().filter((c) -> c.id() == was.id()).findFirst().get();
			if (!is.equals(was)) {
				this.grading.updateCriterion(was.id(), new CriterionInput(was.name(), was.description(), was.weight(),
						was.kind(), was.metric(), was.bands(), was.guidance()), is.version(), this.world.director);
			}
		}
		now = this.grading.scheme();
		if (!now.tiers().equals(before.tiers()) || !now.naming().equals(before.naming())) {
			this.grading.updateTiers(before.naming(),
					before.tiers()
						.stream()
						.map((t) -> new TierInput(t.name(), t.threshold(), t.reviewCadenceDays(), t.sponsorRequired(),
								t.agreedPlanRequired(), t.interactionTargetDays()))
						.toList(),
					now.version(), this.world.director);
		}
		this.grading.regradeAll(this.world.director);
	}

	private void writeReport(long seconds) throws IOException {
		StringBuilder report = new StringBuilder();
		report.append("# Hostile input: requests sent and their outcome\n\n");
		report.append("Sent: ")
			.append(this.sent)
			.append(" requests in ")
			.append(seconds)
			.append(" s to ")
			.append(this.outcomes.size() - 1)
			.append(" endpoints (and the pages that show what was stored).\n\n");
		report.append("| status | requests |\n|---|---|\n");
		this.byStatus.forEach((k, v) -> report.append("| ").append(k).append(" | ").append(v).append(" |\n"));
		report.append("\n| endpoint | 2xx | 3xx | 4xx | 5xx | total | ms |\n|---|---|---|---|---|---|---|\n");
		this.outcomes.forEach((endpoint, counts) -> {
			int total = counts.values().stream().mapToInt(Integer::intValue).sum();
			report.append("| `")
				.append(endpoint)
				.append("` | ")
				.append(counts.getOrDefault("2xx", 0))
				.append(" | ")
				.append(counts.getOrDefault("3xx", 0))
				.append(" | ")
				.append(counts.getOrDefault("4xx", 0))
				.append(" | ")
				.append(counts.getOrDefault("5xx", 0))
				.append(" | ")
				.append(total)
				.append(" | ")
				.append(this.millis.getOrDefault(endpoint, 0L))
				.append(" |\n");
		});
		report.append("\nFailures: ").append(this.failures.size()).append("\n");
		this.failures.forEach((f) -> report.append("- ").append(f.replace("\n", " ")).append('\n'));
		report.append("\nHostile values accepted by writing endpoints (stored, then checked on the pages):\n");
		this.acceptedOdd.forEach((f) -> report.append("- ").append(f).append('\n'));
		Path file = Path.of("target", "hostile-input-report.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report.toString());
		System.out.println(report.substring(0, Math.min(report.length(), 200_000)));
	}

}
