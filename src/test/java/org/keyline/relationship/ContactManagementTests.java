package org.keyline.relationship;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountNotFound;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.keyline.account.Accounts.aProfile;
import static org.keyline.account.Accounts.aViewer;
import static org.keyline.relationship.Contacts.aContact;
import static org.keyline.relationship.Contacts.left;
import static org.keyline.relationship.Contacts.reportingTo;
import static org.keyline.relationship.Contacts.titled;

/**
 * The rules of contacts: reports-to stays inside the account and never loops, stale edits
 * are caught, contacts who left are kept but hidden from current views, influence lines.
 */
@KeylineTest
class ContactManagementTests {

	@Autowired
	ContactManagement contacts;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TestUsers testUsers;

	@Autowired
	JdbcTemplate jdbc;

	Viewer owner;

	long accountId;

	@BeforeEach
	void account() {
		this.owner = aViewer(this.testUsers, "owner", Role.MANAGER);
		this.accountId = this.accounts.create(aProfile(), null, this.owner);
	}

	@Test
	void reportsToMayNotCloseALoopAtAnyDepth() {
		long a = create(aContact("Ada"));
		long b = create(aContact("Bob", a));
		long c = create(aContact("Cy", b));

		// two levels: Ada would report to Bob, who reports to Ada
		assertRefused(() -> update(a, reportingTo(aContact("Ada"), b)), "contact.reportsTo.cycle");
		// three levels: Ada -> Cy -> Bob -> Ada
		assertRefused(() -> update(a, reportingTo(aContact("Ada"), c)), "contact.reportsTo.cycle");
		assertRefused(() -> update(a, reportingTo(aContact("Ada"), a)), "contact.reportsTo.self");
		assertThat(this.contacts.get(this.accountId, a, this.owner).input().reportsToId()).isNull();

		// moving Cy up under Ada is fine
		update(c, aContact("Cy", a));
		assertThat(this.contacts.get(this.accountId, c, this.owner).input().reportsToId()).isEqualTo(a);
	}

	@Test
	void reportsToMustBeAContactOfTheSameAccount() {
		long otherAccount = this.accounts.create(aProfile(), null, this.owner);
		long stranger = this.contacts.create(otherAccount, aContact("Stranger"), this.owner);
		assertRefused(() -> create(aContact("Ada", stranger)), "contact.reportsTo.unknown");
		long a = create(aContact("Ada"));
		assertRefused(() -> update(a, aContact("Ada", stranger)), "contact.reportsTo.unknown");
		assertThat(this.contacts.list(this.accountId, true, this.owner).contacts()).hasSize(1);
	}

	@Test
	void aStaleEditIsRefusedAndNothingIsOverwritten() {
		long a = create(aContact("Ada"));
		long version = this.contacts.get(this.accountId, a, this.owner).version();
		this.contacts.update(this.accountId, a, titled(aContact("Ada"), "CFO"), version, this.owner);

		assertThatThrownBy(
				() -> this.contacts.update(this.accountId, a, titled(aContact("Ada"), "CIO"), version, this.owner))
			.isInstanceOf(StaleContactEdit.class);
		ContactEdit saved = this.contacts.get(this.accountId, a, this.owner);
		assertThat(saved.input().title()).isEqualTo("CFO");
		assertThat(saved.updatedBy()).isEqualTo(this.owner.username());
	}

	@Test
	void contactsWhoLeftAreKeptButHiddenFromTheCurrentListAndTheChart() {
		long a = create(aContact("Ada"));
		long b = create(aContact("Bob", a));
		long c = create(aContact("Cy", b));
		update(b, left(aContact("Bob", a)));

		assertThat(this.contacts.list(this.accountId, false, this.owner).contacts()).extracting(ContactRow::id)
			.containsExactlyInAnyOrder(a, c);
		List<ContactRow> all = this.contacts.list(this.accountId, true, this.owner).contacts();
		assertThat(all).extracting(ContactRow::id).containsExactlyInAnyOrder(a, b, c);
		assertThat(all).filteredOn(ContactRow::former).extracting(ContactRow::id).containsExactly(b);

		OrgChart chart = this.contacts.orgChart(this.accountId, this.owner);
		assertThat(chart.size()).isEqualTo(2);
		// Cy's manager left: Cy becomes a root beside Ada, and nobody hangs under Ada
		assertThat(chart.roots()).extracting(OrgChart.Node::id).containsExactlyInAnyOrder(a, c);
		assertThat(chart.roots()).allMatch((n) -> n.reports().isEmpty());
		// a new contact may not report to someone who left
		assertRefused(() -> create(aContact("Dee", b)), "contact.reportsTo.left");
	}

	@Test
	void theChartIsATreeWithOurStrongestLinkOnEachCard() {
		long a = create(aContact("Ada"));
		long b = create(aContact("Bob", a));
		long c = create(aContact("Cy", b));
		Viewer other = aViewer(this.testUsers, "member", Role.MEMBER);
		link(this.owner.userId(), b, "ACQUAINTED");
		link(other.userId(), b, "TRUSTED");
		link(other.userId(), c, "NONE");

		OrgChart chart = this.contacts.orgChart(this.accountId, this.owner);
		assertThat(chart.roots()).hasSize(1);
		OrgChart.Node ada = chart.roots().get(0);
		OrgChart.Node bob = ada.reports().get(0);
		OrgChart.Node cy = bob.reports().get(0);
		assertThat(ada.linked()).isFalse();
		assertThat(bob.linkUserName()).isEqualTo("Test " + other.username());
		assertThat(bob.linkStrength()).isEqualTo(LinkStrength.TRUSTED);
		assertThat(cy.id()).isEqualTo(c);
		assertThat(cy.linked()).isFalse();
	}

	@Test
	void influenceLinesJoinTwoContactsOfTheAccountOnce() {
		long a = create(aContact("Ada"));
		long b = create(aContact("Bob"));
		long otherAccount = this.accounts.create(aProfile(), null, this.owner);
		long stranger = this.contacts.create(otherAccount, aContact("Stranger"), this.owner);

		this.contacts.addInfluence(this.accountId, a, b, "golf partners", this.owner);
		assertRefused(() -> this.contacts.addInfluence(this.accountId, a, b, null, this.owner),
				"contact.influence.exists");
		assertRefused(() -> this.contacts.addInfluence(this.accountId, a, a, null, this.owner),
				"contact.influence.self");
		assertRefused(() -> this.contacts.addInfluence(this.accountId, a, stranger, null, this.owner),
				"contact.influence.unknown");

		ContactEdit ada = this.contacts.get(this.accountId, a, this.owner);
		assertThat(ada.listensTo()).extracting(InfluenceLine::toName).containsExactly("Bob");
		assertThat(this.contacts.get(this.accountId, b, this.owner).listenedToBy()).extracting(InfluenceLine::fromName)
			.containsExactly("Ada");

		this.contacts.removeInfluence(this.accountId, ada.listensTo().get(0).id(), this.owner);
		assertThat(this.contacts.get(this.accountId, a, this.owner).influences()).isEmpty();
	}

	@Test
	void aMentorReadsButMayNotChangeAndAnotherManagerSeesNothing() {
		long a = create(aContact("Ada"));
		Viewer mentor = aViewer(this.testUsers, "mentor", Role.MENTOR);
		Viewer director = aViewer(this.testUsers, "director", Role.DIRECTOR);
		this.accounts.assignMentor(this.accountId, mentor.userId(), director);
		assertThat(this.contacts.list(this.accountId, false, mentor).contacts()).hasSize(1);
		assertThatThrownBy(() -> this.contacts.create(this.accountId, aContact("Bob"), mentor))
			.isInstanceOf(AccountActionRefused.class);
		assertThatThrownBy(() -> this.contacts.update(this.accountId, a, aContact("Ada"), 0, mentor))
			.isInstanceOf(AccountActionRefused.class);

		Viewer stranger = aViewer(this.testUsers, "other", Role.MANAGER);
		assertThatThrownBy(() -> this.contacts.list(this.accountId, false, stranger))
			.isInstanceOf(AccountNotFound.class);
		assertThatThrownBy(() -> this.contacts.orgChart(this.accountId, stranger)).isInstanceOf(AccountNotFound.class);
	}

	private long create(ContactInput input) {
		return this.contacts.create(this.accountId, input, this.owner);
	}

	private void update(long contactId, ContactInput input) {
		long version = this.contacts.get(this.accountId, contactId, this.owner).version();
		this.contacts.update(this.accountId, contactId, input, version, this.owner);
	}

	private void link(long userId, long contactId, String strength) {
		this.jdbc.update("""
				insert into relationship_link (account_id, user_id, contact_id, strength, updated_at)
				values (?, ?, ?, ?, now())""", this.accountId, userId, contactId, strength);
	}

	private static void assertRefused(Runnable action, String messageKey) {
		assertThatThrownBy(action::run).isInstanceOf(ContactRuleViolation.class)
			.satisfies((e) -> assertThat(((ContactRuleViolation) e).messageKey()).isEqualTo(messageKey));
	}

}
