package org.keyline.journeys;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keyline.Browser;
import org.keyline.KeylineServerTest;
import org.keyline.account.AccountManagement;
import org.keyline.account.Viewer;
import org.keyline.grading.CriterionInput;
import org.keyline.grading.GradingManagement;
import org.keyline.grading.GradingScheme;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;
import org.keyline.people.Users;
import org.keyline.relationship.ContactManagement;
import org.keyline.relationship.LinkManagement;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sales director's main job, end to end in a real browser: the portfolio summary on
 * "My work", the portfolio dashboard filtered by owner and tier (a chart and the table
 * beside it), a criterion's weight changed after previewing its effect, an account's tier
 * set by hand with a reason, seen in the account's tier history and in the audit log. The
 * grading scheme is shared by every test: the weight is put back afterwards. Screenshots:
 * {@code target/screenshots/journeys/director-NN-<step>.png}.
 */
@KeylineServerTest
class SalesDirectorJourneyTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestUsers users;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ContactManagement contacts;

	@Autowired
	LinkManagement links;

	@Autowired
	GradingManagement grading;

	@Autowired
	JdbcTemplate jdbc;

	Journey journey;

	Viewer director;

	GradingScheme.Criterion original;

	@AfterEach
	void restoreTheWeightAndCheckTheConsole() {
		if (this.original != null) {
			GradingScheme.Criterion now = criterion(this.original.id());
			if (now.weight().compareTo(this.original.weight()) != 0) {
				this.grading.updateCriterion(this.original.id(),
						new CriterionInput(this.original.name(), this.original.description(), this.original.weight(),
								this.original.kind(), this.original.metric(), this.original.bands(),
								this.original.guidance()),
						now.version(), this.director);
			}
		}
		if (browser.driver() != null && this.journey != null) {
			this.journey.assertNoContentSecurityPolicyViolations();
		}
	}

	@Test
	void theDirectorReviewsThePortfolioReweighsACriterionAndOverridesATier() {
		JourneyData data = new JourneyData(this.users, this.accounts, this.contacts, this.links, this.jdbc);
		this.director = data.user("director", Role.DIRECTOR);
		Viewer manager = data.user("kam", Role.MANAGER);
		JourneyData.Named account = data.account("Journey Mining AB", manager);
		this.accounts.recordEconomics(account.id(), data.today.getYear() - 1, BigDecimal.valueOf(2_500_000),
				BigDecimal.valueOf(1_900_000), BigDecimal.valueOf(9_000_000), null, manager);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject("select count(*) from grading_account_score where account_id = ?",
					Integer.class, account.id()) > 0);
		this.original = this.grading.scheme().criteria().get(0);
		String managerName = JourneyData.displayName(manager);
		this.journey = new Journey(browser, this.port, "director");
		Journey j = this.journey;

		// My work: the portfolio by tier and its exceptions.
		j.signIn(this.director.username(), Users.GOOD_PASSWORD);
		assertThat(j.text(By.id("directorSummary"))).contains("All active accounts");
		assertThat(j.text(By.id("directorExceptions"))).contains("Loss-making accounts");
		j.screenshot("my-work");

		// The dashboard, for one owner: their one account, in a chart and in its table.
		j.follow(By.id("portfolioLink"));
		assertThat(j.path()).isEqualTo("/portfolio");
		j.choose(By.id("owner"), managerName);
		j.follow(By.id("applyFilter"));
		assertThat(j.relativeUrl()).contains("owner=" + manager.userId());
		assertThat(j.chosen(By.id("owner"))).isEqualTo(managerName);
		assertThat(j.text(By.id("portfolioSummary"))).startsWith("1 account · revenue 2,500,000");
		chartDrawn("chartTiers");
		WebElement tiers = browser.visible(By.id("tableTiers"));
		assertThat(tiers.findElement(By.cssSelector("tfoot")).getText()).contains("Total 1", "2,500,000");
		String tier = tiers.findElements(By.cssSelector("tbody tr"))
			.stream()
			.filter((row) -> row.findElements(By.tagName("td")).get(0).getText().equals("1"))
			.map((row) -> row.findElement(By.tagName("th")).getText())
			.findFirst()
			.orElseThrow();
		j.screenshot("portfolio-by-owner");

		// ... and by the tier it is in.
		j.choose(By.id("tier"), tier);
		j.follow(By.id("applyFilter"));
		assertThat(j.relativeUrl()).contains("owner=" + manager.userId()).contains("tier=");
		assertThat(j.chosen(By.id("tier"))).isEqualTo(tier);
		chartDrawn("chartTiers");
		assertThat(j.text(By.cssSelector("#tableTiers tfoot"))).contains("Total 1");
		j.screenshot("portfolio-by-owner-and-tier");

		// Reweigh the first criterion: preview first, nothing saved; then save.
		String weight = this.original.weight().add(BigDecimal.valueOf(15)).stripTrailingZeros().toPlainString();
		j.follow(By.id("navGrading"));
		j.follow(By.cssSelector("a[href$='/grading/criteria/" + this.original.id() + "/edit']"));
		j.type(By.id("weight"), weight);
		j.follow(By.id("previewChanges"));
		assertThat(j.text(By.id("preview"))).contains("If you save this").contains("accounts");
		assertThat(browser.visible(By.id("weight")).getDomProperty("value")).isEqualTo(weight);
		assertThat(criterion(this.original.id()).weight()).as("nothing saved by the preview")
			.isEqualByComparingTo(this.original.weight());
		j.screenshot("criterion-preview");
		j.follow(By.id("saveCriterion"));
		assertThat(j.path()).isEqualTo("/grading");
		assertThat(criterion(this.original.id()).weight()).isEqualByComparingTo(weight);
		assertThat(j.text(By.cssSelector("article[data-criterion-id='" + this.original.id() + "']")))
			.contains("Weight " + weight + " of ");
		j.screenshot("criterion-saved");

		// Find the account and set its tier by hand, with a reason.
		j.follow(By.cssSelector("nav.navbar a[href='/accounts']"));
		j.type(By.id("q"), account.name());
		By found = By.cssSelector(
				"#accountTable tr[data-account-id='" + account.id() + "'] a[href='/accounts/" + account.id() + "']");
		browser
			.waitUntil((driver) -> driver.findElements(By.cssSelector("#accountTable tr[data-account-id]")).size() == 1
					&& !driver.findElements(found).isEmpty());
		j.follow(found);
		j.follow(By.id("overrideLink"));
		String reason = "Strategic entry into the Nordic mining market; the board decided to invest.";
		j.choose(By.id("tierPosition"), "Gold");
		j.type(By.id("reason"), reason);
		j.screenshot("override-form");
		j.follow(By.id("saveOverride"));
		assertThat(j.path()).isEqualTo("/accounts/" + account.id());
		assertThat(j.flash()).isEqualTo("The tier is set by hand until the date given.");
		assertThat(j.text(By.id("grade"))).contains("Gold", "Set by a director", reason);
		j.screenshot("tier-overridden");

		// The account's tier history shows the change and why.
		j.follow(By.id("gradeHistoryLink"));
		assertThat(j.text(By.id("tierHistory"))).contains("Gold", "Override set by a director");
		j.screenshot("tier-history");

		// The audit log has it, under the director's name.
		j.click(By.id("userMenu"));
		j.follow(By.id("navAudit"));
		j.type(By.id("auditActor"), this.director.username());
		j.chooseValue(By.id("auditKind"), "OVERRIDE");
		j.follow(By.cssSelector("#auditFilter button[type='submit']"));
		List<WebElement> entries = browser.driver().findElements(By.cssSelector("#auditEntries tbody tr"));
		assertThat(entries).isNotEmpty();
		assertThat(entries.get(0).getText()).contains("Tier override", account.name(), reason,
				JourneyData.displayName(this.director));
		j.screenshot("audit-log");
	}

	private void chartDrawn(String canvas) {
		browser.waitUntil((driver) -> Boolean.TRUE.equals(browser
			.script("return !!(window.Chart && Chart.getChart(document.getElementById(arguments[0])));", canvas)));
	}

	private GradingScheme.Criterion criterion(long id) {
		return this.grading.scheme().criteria().stream().filter((c) -> c.id() == id).findFirst().orElseThrow();
	}

}
