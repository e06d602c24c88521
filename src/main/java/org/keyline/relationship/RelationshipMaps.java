package org.keyline.relationship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.keyline.account.AccountManagement;
import org.keyline.account.AccountRef;
import org.keyline.account.TeamRole;
import org.keyline.account.Viewer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the relationship network of an account for its map: the access check, then one
 * statement each for our people, their contacts and the links, whatever their number.
 */
@Service
public class RelationshipMaps {

	/** By level, decision makers and influencers first, then by influence and name. */
	static final Comparator<RelationshipNetwork.Contact> CONTACT_ORDER = Comparator
		.comparing(RelationshipNetwork.Contact::level)
		.thenComparing((RelationshipNetwork.Contact c) -> !c.buyingRole().decisive())
		.thenComparing(RelationshipNetwork.Contact::buyingRole)
		.thenComparing(RelationshipNetwork.Contact::influence, Comparator.reverseOrder())
		.thenComparing(RelationshipNetwork.Contact::name, String.CASE_INSENSITIVE_ORDER)
		.thenComparing(RelationshipNetwork.Contact::id);

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final CoverageAnalysis coverage;

	private final Clock clock;

	RelationshipMaps(JdbcClient jdbc, AccountManagement accounts, CoverageAnalysis coverage, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.coverage = coverage;
		this.clock = clock;
	}

	/**
	 * The network of an account the viewer may see ({@code AccountNotFound} otherwise).
	 */
	@Transactional(readOnly = true)
	public RelationshipNetwork network(long accountId, Viewer viewer) {
		AccountRef account = this.accounts.ref(accountId, viewer);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate coldBefore = today.minusDays(this.coverage.coldAfterDays());
		List<RelationshipNetwork.Person> people = this.jdbc.sql("""
				select m.user_id, u.display_name, bool_or(m.owner) as owner, max(m.role) as role,
				       bool_or(m.role = 'EXECUTIVE_SPONSOR') as sponsor
				from (%s) m join people_directory u on u.id = m.user_id
				group by m.user_id, u.display_name
				order by owner desc, sponsor desc, role, u.display_name, m.user_id""".formatted(OurPeople.MEMBERSHIPS))
			.param("accountId", accountId)
			.param("today", today)
			.query((rs, n) -> new RelationshipNetwork.Person(rs.getLong("user_id"), rs.getString("display_name"),
					rs.getBoolean("owner"),
					(rs.getString("role") != null) ? TeamRole.valueOf(rs.getString("role")) : null))
			.list();
		List<RelationshipNetwork.Contact> contacts = this.jdbc.sql("""
				select id, name, title, department, level, buying_role, attitude, influence
				from relationship_contact where account_id = :accountId and not left_company""")
			.param("accountId", accountId)
			.query((rs, n) -> new RelationshipNetwork.Contact(rs.getLong("id"), rs.getString("name"),
					rs.getString("title"), rs.getString("department"), ContactLevel.valueOf(rs.getString("level")),
					BuyingRole.valueOf(rs.getString("buying_role")), Attitude.valueOf(rs.getString("attitude")),
					rs.getInt("influence")))
			.list()
			.stream()
			.sorted(CONTACT_ORDER)
			.toList();
		List<RelationshipNetwork.Link> links = this.jdbc.sql("""
				select l.user_id, u.display_name, l.contact_id, l.strength, l.last_interaction_on
				from relationship_link l
				join relationship_contact c on c.id = l.contact_id and not c.left_company
				join people_directory u on u.id = l.user_id
				where l.account_id = :accountId and l.user_id in (%s)""".formatted(OurPeople.IDS))
			.param("accountId", accountId)
			.param("today", today)
			.query((rs, n) -> {
				LinkStrength strength = LinkStrength.valueOf(rs.getString("strength"));
				LocalDate last = rs.getObject("last_interaction_on", LocalDate.class);
				return new RelationshipNetwork.Link(rs.getLong("user_id"), rs.getString("display_name"),
						rs.getLong("contact_id"), strength, last,
						strength.atLeastWorking() && (last == null || last.isBefore(coldBefore)));
			})
			.list()
			.stream()
			.sorted(Comparator.comparing(RelationshipNetwork.Link::strength, Comparator.reverseOrder())
				.thenComparing(RelationshipNetwork.Link::userName))
			.toList();
		return new RelationshipNetwork(account, people, contacts, links, coldBefore);
	}

}
