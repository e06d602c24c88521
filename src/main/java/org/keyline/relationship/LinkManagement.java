package org.keyline.relationship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountNotFound;
import org.keyline.account.AccountRef;
import org.keyline.account.Viewer;
import org.keyline.relationship.domain.Contact;
import org.keyline.relationship.domain.ContactRepository;
import org.keyline.relationship.domain.Link;
import org.keyline.relationship.domain.LinkRepository;
import org.keyline.shared.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who on our team knows whom at the customer, and how well. Everyone who may see the
 * account reads the links; those who contribute to it (director, owner, current team)
 * change them. One link per person and contact.
 */
@Service
public class LinkManagement {

	private final AccountManagement accounts;

	private final LinkRepository links;

	private final ContactRepository contacts;

	private final LinkInteractionQueries queries;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	LinkManagement(AccountManagement accounts, LinkRepository links, ContactRepository contacts,
			LinkInteractionQueries queries, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.accounts = accounts;
		this.links = links;
		this.contacts = contacts;
		this.queries = queries;
		this.clock = clock;
	}

	/**
	 * The account's links to its current contacts, with names and whether our person is
	 * still on the current team: one statement.
	 */
	@Transactional(readOnly = true)
	public List<LinkView> list(long accountId, Viewer viewer) {
		this.accounts.ref(accountId, viewer);
		return this.queries.links(accountId, LocalDate.now(this.clock));
	}

	/**
	 * The links page: the links and, for a contributor, the current team and contacts to
	 * choose from. A fixed number of statements.
	 */
	@Transactional(readOnly = true)
	public LinksOverview overview(long accountId, Viewer viewer) {
		AccountRef ref = this.accounts.ref(accountId, viewer);
		List<LinkView> list = this.queries.links(accountId, LocalDate.now(this.clock));
		if (!ref.contributes()) {
			return new LinksOverview(ref, list, List.of(), List.of());
		}
		return new LinksOverview(ref, list, this.accounts.currentTeam(accountId, viewer),
				this.queries.currentContacts(accountId));
	}

	/**
	 * Links one of the current team to a current contact of the account. The link knows
	 * the last interaction they already had together.
	 */
	@Transactional
	public long add(long accountId, Long userId, Long contactId, LinkStrength strength, Viewer viewer) {
		contributing(accountId, viewer);
		if (strength == null) {
			throw new RuleViolation("strength", "link.strength.required");
		}
		if (userId == null || this.accounts.currentTeam(accountId, viewer)
			.stream()
			.noneMatch((member) -> member.userId() == userId)) {
			throw new RuleViolation("userId", "link.user.notOnTeam");
		}
		Contact contact = (contactId != null) ? this.contacts.findByIdAndAccountId(contactId, accountId).orElse(null)
				: null;
		if (contact == null || contact.isLeftCompany()) {
			throw new RuleViolation("contactId", "link.contact.invalid");
		}
		if (this.links.findByUserIdAndContactId(userId, contactId).isPresent()) {
			throw new RuleViolation("contactId", "link.exists");
		}
		Link link = new Link(accountId, userId, contactId, strength,
				this.queries.lastInteractionBetween(accountId, userId, contactId), this.clock.instant(),
				viewer.username());
		long id = this.links.save(link).getId();
		this.events.publishEvent(new RelationshipsChanged(accountId));
		return id;
	}

	/**
	 * Rates how well they know each other now, if nobody else changed the link since
	 * {@code expectedVersion} (else {@link StaleLinkEdit}, and nothing changes).
	 */
	@Transactional
	public void changeStrength(long accountId, long linkId, LinkStrength strength, long expectedVersion,
			Viewer viewer) {
		contributing(accountId, viewer);
		if (strength == null) {
			throw new RuleViolation("strength", "link.strength.required");
		}
		Link link = this.links.findByIdAndAccountId(linkId, accountId)
			.orElseThrow(() -> new AccountNotFound(accountId));
		if (link.getVersion() != expectedVersion) {
			throw new StaleLinkEdit(linkId, link.getUpdatedBy(), link.getUpdatedAt(), link.getStrength());
		}
		link.rate(strength, this.clock.instant(), viewer.username());
		this.links.save(link);
		this.events.publishEvent(new RelationshipsChanged(accountId));
	}

	/** Removes a link (a mistake, or they no longer know each other). */
	@Transactional
	public void remove(long accountId, long linkId, Viewer viewer) {
		contributing(accountId, viewer);
		Link link = this.links.findByIdAndAccountId(linkId, accountId)
			.orElseThrow(() -> new AccountNotFound(accountId));
		this.links.delete(link);
		this.events.publishEvent(new RelationshipsChanged(accountId));
	}

	private AccountRef contributing(long accountId, Viewer viewer) {
		AccountRef ref = this.accounts.ref(accountId, viewer);
		if (!ref.contributes()) {
			throw new AccountActionRefused("change relationship links");
		}
		return ref;
	}

}
