package org.keyline.relationship;

import java.time.Clock;
import java.util.Objects;

import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountNotFound;
import org.keyline.account.AccountRef;
import org.keyline.account.Viewer;
import org.keyline.relationship.domain.Contact;
import org.keyline.relationship.domain.ContactDetails;
import org.keyline.relationship.domain.ContactRepository;
import org.keyline.relationship.domain.Influence;
import org.keyline.relationship.domain.InfluenceRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's contacts of an account, their organisation chart and the informal
 * influence lines between them. Reading needs the account to be visible to the viewer
 * (else {@link AccountNotFound}); changing needs the viewer to work on the account (else
 * {@link AccountActionRefused}).
 */
@Service
public class ContactManagement {

	private final AccountManagement accounts;

	private final ContactRepository contacts;

	private final InfluenceRepository influences;

	private final ContactQueries queries;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ContactManagement(AccountManagement accounts, ContactRepository contacts, InfluenceRepository influences,
			ContactQueries queries, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.accounts = accounts;
		this.contacts = contacts;
		this.influences = influences;
		this.queries = queries;
		this.clock = clock;
	}

	/**
	 * The account's contacts sorted by level then name: current ones, and with
	 * {@code former} also those who left. Three statements.
	 */
	@Transactional(readOnly = true)
	public ContactList list(long accountId, boolean former, Viewer viewer) {
		AccountRef account = this.accounts.ref(accountId, viewer);
		return new ContactList(account, former, this.queries.list(accountId, former));
	}

	/** The organisation chart of the current contacts. Three statements. */
	@Transactional(readOnly = true)
	public OrgChart orgChart(long accountId, Viewer viewer) {
		AccountRef account = this.accounts.ref(accountId, viewer);
		java.util.List<OrgChart.Node> roots = this.queries.orgChart(accountId);
		return new OrgChart(account, roots, count(roots));
	}

	private static int count(java.util.List<OrgChart.Node> nodes) {
		int n = nodes.size();
		for (OrgChart.Node node : nodes) {
			n += count(node.reports());
		}
		return n;
	}

	/** The account, for pages that only need its name and the viewer's rights. */
	@Transactional(readOnly = true)
	public AccountRef account(long accountId, Viewer viewer) {
		return this.accounts.ref(accountId, viewer);
	}

	/** One contact as saved, for its edit page. */
	@Transactional(readOnly = true)
	public ContactEdit get(long accountId, long contactId, Viewer viewer) {
		AccountRef account = this.accounts.ref(accountId, viewer);
		Contact contact = find(accountId, contactId);
		return new ContactEdit(account, contactId, input(contact.details()), contact.getVersion(),
				contact.getUpdatedBy(), contact.getUpdatedAt(), this.queries.influencesOf(accountId, contactId));
	}

	/** Adds a contact to the account; returns its id. */
	@Transactional
	public long create(long accountId, ContactInput input, Viewer viewer) {
		contributor(accountId, viewer);
		if (input.reportsToId() != null) {
			checkManager(accountId, null, input.reportsToId());
		}
		Contact contact = this.contacts
			.save(new Contact(accountId, details(input), this.clock.instant(), viewer.username()));
		this.events.publishEvent(new RelationshipsChanged(accountId));
		return contact.getId();
	}

	/**
	 * Changes a contact, if nobody else saved it since {@code expectedVersion} (else
	 * {@link StaleContactEdit}).
	 */
	@Transactional
	public void update(long accountId, long contactId, ContactInput input, long expectedVersion, Viewer viewer) {
		contributor(accountId, viewer);
		Contact contact = find(accountId, contactId);
		if (contact.getVersion() != expectedVersion) {
			throw new StaleContactEdit(contactId);
		}
		if (input.reportsToId() != null && !input.reportsToId().equals(contact.getReportsToId())) {
			checkManager(accountId, contactId, input.reportsToId());
		}
		contact.apply(details(input), this.clock.instant(), viewer.username());
		this.contacts.saveAndFlush(contact);
		this.events.publishEvent(new RelationshipsChanged(accountId));
	}

	/** Records that {@code fromContactId} listens to {@code toContactId}. */
	@Transactional
	public void addInfluence(long accountId, long fromContactId, long toContactId, String note, Viewer viewer) {
		contributor(accountId, viewer);
		find(accountId, fromContactId);
		if (fromContactId == toContactId) {
			throw new ContactRuleViolation("toContactId", "contact.influence.self");
		}
		this.contacts.findByIdAndAccountId(toContactId, accountId)
			.orElseThrow(() -> new ContactRuleViolation("toContactId", "contact.influence.unknown"));
		if (this.influences.existsByFromContactIdAndToContactId(fromContactId, toContactId)) {
			throw new ContactRuleViolation("toContactId", "contact.influence.exists");
		}
		this.influences.save(new Influence(accountId, fromContactId, toContactId, note));
	}

	/** Removes an influence line of the account. */
	@Transactional
	public void removeInfluence(long accountId, long influenceId, Viewer viewer) {
		contributor(accountId, viewer);
		Influence influence = this.influences.findByIdAndAccountId(influenceId, accountId)
			.orElseThrow(() -> new AccountNotFound(accountId));
		this.influences.delete(influence);
	}

	private AccountRef contributor(long accountId, Viewer viewer) {
		AccountRef account = this.accounts.ref(accountId, viewer);
		if (!account.contributes()) {
			throw new AccountActionRefused("change contacts");
		}
		return account;
	}

	/**
	 * The manager must be another contact of the same account, still with the company,
	 * and must not report (directly or not) to the contact.
	 */
	private void checkManager(long accountId, Long contactId, long managerId) {
		if (Objects.equals(contactId, managerId)) {
			throw new ContactRuleViolation("reportsToId", "contact.reportsTo.self");
		}
		Contact manager = this.contacts.findByIdAndAccountId(managerId, accountId)
			.orElseThrow(() -> new ContactRuleViolation("reportsToId", "contact.reportsTo.unknown"));
		if (manager.isLeftCompany()) {
			throw new ContactRuleViolation("reportsToId", "contact.reportsTo.left");
		}
		if (contactId != null && this.queries.wouldCycle(contactId, managerId)) {
			throw new ContactRuleViolation("reportsToId", "contact.reportsTo.cycle");
		}
	}

	private Contact find(long accountId, long contactId) {
		return this.contacts.findByIdAndAccountId(contactId, accountId)
			.orElseThrow(() -> new AccountNotFound(accountId));
	}

	private static ContactDetails details(ContactInput in) {
		return new ContactDetails(in.name(), in.title(), in.department(), in.level(), in.buyingRole(), in.attitude(),
				in.influence(), in.reportsToId(), in.email(), in.phone(), in.leftCompany(), in.politicalNotes());
	}

	private static ContactInput input(ContactDetails d) {
		return new ContactInput(d.name(), d.title(), d.department(), d.level(), d.buyingRole(), d.attitude(),
				d.influence(), d.reportsToId(), d.email(), d.phone(), d.leftCompany(), d.politicalNotes());
	}

}
