package org.keyline.relationship.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keyline.account.AccountDetails;
import org.keyline.account.AccountRef;
import org.keyline.account.TeamRole;
import org.keyline.relationship.Attitude;
import org.keyline.relationship.BuyingRole;
import org.keyline.relationship.ContactLevel;
import org.keyline.relationship.LinkStrength;
import org.keyline.relationship.RelationshipNetwork;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map's geometry: one row per contact plus a heading per level, boxes that do not
 * overlap and stand beside the contacts they know, and the uncovered contacts flagged.
 */
class RelationshipMapChartTests {

	static final AccountRef ACCOUNT = new AccountRef(1, "Acme",
			new AccountDetails.Permissions(true, true, true, false, false, false));

	@Test
	void theDrawingGrowsOneRowPerContactAndOneHeadingPerLevel() {
		List<RelationshipNetwork.Contact> contacts = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			contacts.add(contact(i, (i < 100) ? ContactLevel.EXECUTIVE : ContactLevel.TECHNICAL));
		}
		RelationshipMapChart chart = RelationshipMapChart.of(network(List.of(person(1)), contacts, List.of()));
		assertThat(chart.contacts()).hasSize(200);
		assertThat(chart.groups()).extracting(RelationshipMapChart.LevelHeading::count).containsExactly(100, 100);
		assertThat(chart.height())
			.isEqualTo(RelationshipMapChart.TOP + 202 * RelationshipMapChart.ROW + RelationshipMapChart.BOTTOM);
		assertThat(chart.contacts()).allMatch((row) -> !row.covered());
	}

	@Test
	void peopleStandBesideTheContactsTheyKnowWithoutOverlapping() {
		List<RelationshipNetwork.Contact> contacts = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			contacts.add(contact(i, ContactLevel.USER));
		}
		List<RelationshipNetwork.Link> links = new ArrayList<>();
		// Person 1 knows the last contacts, 2 and 3 the first ones, 4 nobody.
		for (int i = 50; i < 60; i++) {
			links.add(link(1, i, LinkStrength.WORKING));
		}
		for (int i = 0; i < 3; i++) {
			links.add(link(2, i, LinkStrength.TRUSTED));
			links.add(link(3, i, LinkStrength.ACQUAINTED));
		}
		RelationshipMapChart chart = RelationshipMapChart
			.of(network(List.of(person(1), person(2), person(3), person(4)), contacts, links));
		List<RelationshipMapChart.PersonBox> people = chart.people();
		assertThat(people).extracting(RelationshipMapChart.PersonBox::userId).containsExactly(2L, 3L, 4L, 1L);
		for (int i = 1; i < people.size(); i++) {
			assertThat(people.get(i).cy() - people.get(i - 1).cy())
				.isGreaterThanOrEqualTo(RelationshipMapChart.PERSON_MIN_GAP);
		}
		assertThat(people.get(0).y()).isGreaterThanOrEqualTo(RelationshipMapChart.TOP);
		assertThat(people.get(3).y() + RelationshipMapChart.PERSON_HEIGHT).isLessThanOrEqualTo(chart.height());
		assertThat(chart.lines()).hasSize(16);
		// Weak lines first, strong ones drawn on top.
		assertThat(chart.lines().get(0).strength()).isEqualTo(LinkStrength.ACQUAINTED);
		assertThat(chart.contacts().get(0).covered()).isTrue();
		assertThat(chart.contacts().get(10).covered()).isFalse();
	}

	@Test
	void manyPeopleAndFewContactsMakeTheDrawingTallEnoughForThePeople() {
		List<RelationshipNetwork.Person> people = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			people.add(person(i));
		}
		RelationshipMapChart chart = RelationshipMapChart.of(network(people,
				List.of(contact(0, ContactLevel.EXECUTIVE)), List.of(link(1, 0, LinkStrength.ADVOCATE))));
		assertThat(chart.height())
			.isGreaterThanOrEqualTo(RelationshipMapChart.TOP + 10 * RelationshipMapChart.PERSON_MIN_GAP);
		List<RelationshipMapChart.PersonBox> boxes = chart.people();
		for (int i = 1; i < boxes.size(); i++) {
			assertThat(boxes.get(i).cy() - boxes.get(i - 1).cy())
				.isGreaterThanOrEqualTo(RelationshipMapChart.PERSON_MIN_GAP);
		}
		assertThat(boxes.get(boxes.size() - 1).y() + RelationshipMapChart.PERSON_HEIGHT)
			.isLessThanOrEqualTo(chart.height());
	}

	private static RelationshipNetwork network(List<RelationshipNetwork.Person> people,
			List<RelationshipNetwork.Contact> contacts, List<RelationshipNetwork.Link> links) {
		return new RelationshipNetwork(ACCOUNT, people, contacts, links, LocalDate.now().minusDays(90));
	}

	private static RelationshipNetwork.Person person(long id) {
		return new RelationshipNetwork.Person(id, "Person " + id, id == 1, (id == 1) ? null : TeamRole.SPECIALIST);
	}

	private static RelationshipNetwork.Contact contact(long id, ContactLevel level) {
		return new RelationshipNetwork.Contact(id, "Contact " + id, null, null, level, BuyingRole.USER,
				Attitude.NEUTRAL, 3);
	}

	private static RelationshipNetwork.Link link(long userId, long contactId, LinkStrength strength) {
		return new RelationshipNetwork.Link(userId, "Person " + userId, contactId, strength, LocalDate.now(), false);
	}

}
