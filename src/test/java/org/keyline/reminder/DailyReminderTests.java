package org.keyline.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.AccountManagement;
import org.keyline.account.Accounts;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily reminder e-mail, sent to an in-process SMTP server (GreenMail). The only test
 * class with mail configured: one Spring context for all reminder tests, on the shared
 * embedded PostgreSQL. Other tests' data is in the database too, so each test makes its
 * own people and looks at their mailboxes only.
 */
@KeylineTest
@TestPropertySource(properties = { "keyline.reminders.enabled=true", "spring.mail.host=localhost",
		"keyline.base-url=https://keyline.example.test/", "keyline.reminders.from=keyline@example.test" })
class DailyReminderTests {

	static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		smtp.start();
	}

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	DailyReminders reminders;

	@Autowired
	ReminderJob job;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	final LocalDate today = LocalDate.of(2031, 3, 17);

	@Test
	void ownerGetsOneMailWithTheirOverdueActionsAndReviewsDue() throws Exception {
		Scenario s = scenario();
		this.reminders.send(this.today);

		List<MimeMessage> mails = mailsTo(s.owner);
		assertThat(mails).hasSize(1);
		MimeMessage mail = mails.get(0);
		assertThat(mail.getSubject()).isEqualTo("Keyline: 2 overdue actions, 1 review due");
		assertThat(mail.getFrom()[0].toString()).isEqualTo("keyline@example.test");
		String text = part(mail, "text/plain");
		String html = part(mail, "text/html");
		assertThat(text)
			.contains("<b>Call & \"the CFO\"</b>", "Send the proposal", s.accountName, "due 2031-03-12, 5 days overdue",
					"due 2031-03-16, 1 day overdue",
					"https://keyline.example.test/accounts/" + s.accountId + "/plans/" + s.planId,
					"review due 2031-03-14, 3 days overdue", "(you own this account)",
					"https://keyline.example.test/accounts/" + s.accountId + "/reviews")
			.doesNotContain("Done already", "Not yet due", "On a closed plan", "Someone else's");
		assertThat(html).contains("&lt;b&gt;Call &amp; &quot;the CFO&quot;&lt;/b&gt;")
			.doesNotContain("<b>Call")
			.contains("href=\"https://keyline.example.test/accounts/" + s.accountId + "/plans/" + s.planId + "\"")
			.contains("href=\"https://keyline.example.test/accounts/" + s.accountId + "/reviews\"")
			.doesNotContain("Done already", "Not yet due", "On a closed plan", "Someone else's");
	}

	@Test
	void mentorGetsTheReviewsDueOnAccountsTheyMentor() throws Exception {
		Scenario s = scenario();
		this.reminders.send(this.today);

		List<MimeMessage> mails = mailsTo(s.mentor);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).isEqualTo("Keyline: 1 review due");
		String text = part(mails.get(0), "text/plain");
		assertThat(text).contains(s.accountName, "(you mentor this account)",
				"https://keyline.example.test/accounts/" + s.accountId + "/reviews/new");
		assertThat(text).doesNotContain("overdue action");
	}

	@Test
	void aSecondRunTheSameDaySendsNothingMore() throws Exception {
		Scenario s = scenario();
		this.reminders.send(this.today);
		this.reminders.send(this.today);

		assertThat(mailsTo(s.owner)).hasSize(1);
		assertThat(mailsTo(s.mentor)).hasSize(1);
		assertThat(this.jdbc.queryForObject(
				"select actions || '/' || reviews from reminder_delivery where user_id = ? and day = ?", String.class,
				s.owner.userId(), this.today))
			.isEqualTo("2/1");
	}

	@Test
	void theNextDayTheyAreRemindedAgain() throws Exception {
		Scenario s = scenario();
		this.reminders.send(this.today);
		this.reminders.send(this.today.plusDays(1));

		assertThat(mailsTo(s.owner)).hasSize(2);
	}

	@Test
	void someoneWithNothingDueGetsNothing() throws Exception {
		Scenario s = scenario();
		this.reminders.send(this.today);

		assertThat(mailsTo(s.colleague)).isEmpty();
		assertThat(mailsTo(s.idle)).isEmpty();
	}

	@Test
	void aDisabledUserGetsNothing() throws Exception {
		Scenario s = scenario();
		this.jdbc.update("update people_user set enabled = false where id = ?", s.owner.userId());
		this.reminders.send(this.today);

		assertThat(mailsTo(s.owner)).isEmpty();
		assertThat(mailsTo(s.mentor)).hasSize(1);
	}

	@Test
	void twoConcurrentRunsOfTheJobSendOnce() throws Exception {
		Scenario s = scenario(LocalDate.now(this.clock));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(threads.submit(() -> {
					start.await();
					this.job.run();
					return null;
				}));
			}
			start.countDown();
			for (Future<?> run : runs) {
				run.get(2, TimeUnit.MINUTES);
			}
		}
		finally {
			threads.shutdown();
		}
		assertThat(mailsTo(s.owner)).hasSize(1);
		assertThat(mailsTo(s.mentor)).hasSize(1);
		assertThat(
				this.jdbc.queryForObject("select count(*) from shedlock where name = 'reminder.daily'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void subjectCountsWhatIsDue(@Autowired ReminderMail mail) {
		assertThat(mail.subject(3, 1)).isEqualTo("Keyline: 3 overdue actions, 1 review due");
		assertThat(mail.subject(1, 0)).isEqualTo("Keyline: 1 overdue action");
		assertThat(mail.subject(0, 2)).isEqualTo("Keyline: 2 reviews due");
	}

	private Scenario scenario() {
		return scenario(this.today);
	}

	/**
	 * An owner with two overdue actions (and some that are not) on an active plan of an
	 * account whose review is three days overdue; its mentor; a team colleague whose
	 * action is not due yet; someone idle.
	 */
	private Scenario scenario(LocalDate today) {
		Viewer owner = Accounts.aViewer(this.users, "remowner", Role.MANAGER);
		Viewer mentor = Accounts.aViewer(this.users, "remmentor", Role.MENTOR);
		Viewer colleague = Accounts.aViewer(this.users, "remcolleague", Role.MEMBER);
		Viewer idle = Accounts.aViewer(this.users, "remidle", Role.MANAGER);
		Viewer director = Accounts.aViewer(this.users, "remdirector", Role.DIRECTOR);
		String accountName = Accounts.uniqueName("Reminded <&> Co");
		long accountId = this.accounts.create(Accounts.aProfile(accountName), null, owner);
		this.accounts.create(Accounts.aProfile(), null, idle);
		this.accounts.assignMentor(accountId, mentor.userId(), director);
		this.jdbc.update("""
				insert into review_strategy_review (account_id, reviewed_on, assessment, next_review_on, reviewer_id,
				    created_at, created_by)
				values (?, ?, 'Fine', ?, ?, now(), 'test')""", accountId, today.minusDays(90), today.minusDays(3),
				mentor.userId());
		long planId = plan(accountId, "ACTIVE");
		long strategyId = strategy(planId);
		action(planId, strategyId, "<b>Call & \"the CFO\"</b>", owner, today.minusDays(5), "OPEN");
		action(planId, strategyId, "Send the proposal", owner, today.minusDays(1), "IN_PROGRESS");
		action(planId, strategyId, "Done already", owner, today.minusDays(9), "DONE");
		action(planId, strategyId, "Not yet due", owner, today, "OPEN");
		action(planId, strategyId, "Someone else's, not due", colleague, today.plusDays(3), "OPEN");
		long otherAccount = this.accounts.create(Accounts.aProfile(), null, owner);
		long closedPlan = plan(otherAccount, "CLOSED");
		action(closedPlan, strategy(closedPlan), "On a closed plan", owner, today.minusDays(4), "OPEN");
		return new Scenario(owner, mentor, colleague, idle, accountId, accountName, planId);
	}

	private long plan(long accountId, String status) {
		Long id = this.jdbc.queryForObject("""
				insert into plan_plan (account_id, title, horizon_from, horizon_to, status, created_at, created_by,
				    updated_at)
				values (?, 'Grow <together>', 2031, 2033, ?, now(), 'test', now()) returning id""", Long.class,
				accountId, status);
		return id;
	}

	private long strategy(long planId) {
		Long objective = this.jdbc.queryForObject("""
				insert into plan_objective (plan_id, position, title, metric, baseline, target, target_on, updated_at)
				values (?, 0, 'Revenue', 'Revenue', 1, 2, date '2033-12-31', now()) returning id""", Long.class,
				planId);
		return this.jdbc.queryForObject(
				"insert into plan_strategy (objective_id, position, description) values (?, 0, 'Strategy') returning id",
				Long.class, objective);
	}

	private void action(long planId, long strategyId, String description, Viewer owner, LocalDate due, String status) {
		this.jdbc.update(
				"""
						insert into plan_action (plan_id, strategy_id, description, owner_id, due_on, status, done_on, updated_at)
						values (?, ?, ?, ?, ?, ?, ?, now())""",
				planId, strategyId, description, owner.userId(), due, status, "DONE".equals(status) ? due : null);
	}

	private static List<MimeMessage> mailsTo(Viewer person) throws Exception {
		String address = person.username() + "@test.example";
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			Address[] to = message.getAllRecipients();
			if (to != null && Arrays.stream(to)
				.anyMatch((a) -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address))) {
				found.add(message);
			}
		}
		return found;
	}

	private static String part(Part part, String type) throws Exception {
		if (part.isMimeType(type)) {
			return (String) part.getContent();
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				String found = part(body, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	record Scenario(Viewer owner, Viewer mentor, Viewer colleague, Viewer idle, long accountId, String accountName,
			long planId) {
	}

}
