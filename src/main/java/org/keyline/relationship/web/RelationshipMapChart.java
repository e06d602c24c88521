package org.keyline.relationship.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keyline.account.TeamRole;
import org.keyline.relationship.Attitude;
import org.keyline.relationship.BuyingRole;
import org.keyline.relationship.ContactLevel;
import org.keyline.relationship.LinkStrength;
import org.keyline.relationship.RelationshipNetwork;

/**
 * The relationship map as a server-drawn SVG: our people on the left, the customer's
 * contacts on the right grouped by level, one line per link. Coordinates are computed
 * here so that the template only places them; no script, so it prints and works under the
 * Content-Security-Policy. The drawing grows in height with the contacts (one row of
 * {@value #ROW} pixels each), so 200 contacts stay readable.
 *
 * @param people our people, with where their boxes stand
 * @param groups the levels that have contacts, with a heading row each
 * @param contacts the contacts, with where their rows stand
 * @param lines one per link, under the boxes
 * @param width the drawing's width
 * @param height the drawing's height
 */
public record RelationshipMapChart(List<PersonBox> people, List<LevelHeading> groups, List<ContactRow> contacts,
		List<Line> lines, int width, int height) {

	static final int ROW = 22;

	static final int TOP = 36;

	static final int BOTTOM = 12;

	static final int PERSON_X = 8;

	static final int PERSON_WIDTH = 220;

	static final int PERSON_HEIGHT = 34;

	static final int PERSON_MIN_GAP = 44;

	static final int CONTACT_X = 500;

	static final int CONTACT_WIDTH = 330;

	static final int CONTACT_HEIGHT = 18;

	static final int WIDTH = 1010;

	static final int NAME_CHARS = 28;

	/**
	 * One of our people.
	 *
	 * @param y top of the box
	 * @param cy where the lines start
	 */
	public record PersonBox(long userId, String name, boolean owner, TeamRole role, long links, int x, int y, int cy) {

		public int textX() {
			return this.x + 10;
		}

		public int lineX() {
			return this.x + PERSON_WIDTH;
		}

	}

	/**
	 * A level's heading in the contacts column.
	 */
	public record LevelHeading(ContactLevel level, int count, int x, int y) {
	}

	/**
	 * One contact's row.
	 *
	 * @param shortName the name cut to fit the box (the full name is in the tooltip)
	 * @param covered whether one of our people has a link of working strength or better
	 * @param links the links to this contact, strongest first
	 * @param y top of the box
	 * @param cy where the lines end
	 */
	public record ContactRow(long id, String name, String shortName, String title, String department,
			ContactLevel level, BuyingRole buyingRole, Attitude attitude, int influence, boolean covered,
			List<RelationshipNetwork.Link> links, int x, int y, int cy) {

		public boolean decisive() {
			return this.buyingRole.decisive();
		}

		/** Left end of the line that ends here. */
		public int lineX() {
			return this.x;
		}

		public int dotX() {
			return this.x + 10;
		}

		public int nameX() {
			return this.x + 20;
		}

		public int roleX() {
			return this.x + 218;
		}

		public int attitudeX() {
			return this.x + CONTACT_WIDTH + 10;
		}

		public int flagX() {
			return this.x + CONTACT_WIDTH + 90;
		}

		public int textY() {
			return this.cy + 4;
		}

		public String attitudeClass() {
			return "kl-att-" + this.attitude.name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * One link, drawn from a person's box to a contact's row.
	 */
	public record Line(String userName, String contactName, LinkStrength strength,
			java.time.LocalDate lastInteractionOn, boolean cold, int x1, int y1, int x2, int y2) {

		public String strengthClass() {
			return "kl-map-link kl-str-" + this.strength.name().toLowerCase(java.util.Locale.ROOT)
					+ (this.cold ? " kl-map-cold" : "");
		}

	}

	static RelationshipMapChart of(RelationshipNetwork network) {
		List<LevelHeading> groups = new ArrayList<>();
		List<ContactRow> rows = new ArrayList<>();
		Map<Long, ContactRow> rowOf = new HashMap<>();
		Map<Long, List<RelationshipNetwork.Link>> linksTo = new HashMap<>();
		for (RelationshipNetwork.Link link : network.links()) {
			linksTo.computeIfAbsent(link.contactId(), (id) -> new ArrayList<>()).add(link);
		}
		int y = TOP;
		ContactLevel current = null;
		Map<ContactLevel, Integer> perLevel = new java.util.EnumMap<>(ContactLevel.class);
		for (RelationshipNetwork.Contact contact : network.contacts()) {
			perLevel.merge(contact.level(), 1, Integer::sum);
		}
		for (RelationshipNetwork.Contact contact : network.contacts()) {
			if (contact.level() != current) {
				current = contact.level();
				int count = perLevel.get(current);
				groups.add(new LevelHeading(current, count, CONTACT_X, y + ROW - 7));
				y += ROW;
			}
			List<RelationshipNetwork.Link> known = linksTo.getOrDefault(contact.id(), List.of());
			boolean covered = known.stream().anyMatch((link) -> link.strength().atLeastWorking());
			ContactRow row = new ContactRow(contact.id(), contact.name(), shorten(contact.name()), contact.title(),
					contact.department(), contact.level(), contact.buyingRole(), contact.attitude(),
					contact.influence(), covered, known, CONTACT_X, y + (ROW - CONTACT_HEIGHT) / 2, y + ROW / 2);
			rows.add(row);
			rowOf.put(row.id(), row);
			y += ROW;
		}
		int contactsHeight = y - TOP;
		int n = network.people().size();
		int plot = Math.max(contactsHeight, n * PERSON_MIN_GAP);
		int[] cys = placePeople(network, rowOf, plot);
		List<PersonBox> people = new ArrayList<>();
		Map<Long, PersonBox> boxOf = new HashMap<>();
		for (int i = 0; i < n; i++) {
			RelationshipNetwork.Person person = network.people().get(i);
			int cy = cys[i];
			PersonBox box = new PersonBox(person.userId(), person.name(), person.owner(), person.role(),
					network.linkCount(person.userId()), PERSON_X, cy - PERSON_HEIGHT / 2, cy);
			people.add(box);
			boxOf.put(box.userId(), box);
		}
		// Listed top to bottom as drawn, so that the table of people and the picture
		// agree.
		people.sort(java.util.Comparator.comparingInt(PersonBox::cy));
		List<Line> lines = new ArrayList<>();
		// Weakest first, so that the strong lines are drawn on top.
		List<RelationshipNetwork.Link> links = new ArrayList<>(network.links());
		links.sort(java.util.Comparator.comparing(RelationshipNetwork.Link::strength));
		for (RelationshipNetwork.Link link : links) {
			PersonBox from = boxOf.get(link.userId());
			ContactRow to = rowOf.get(link.contactId());
			if (from != null && to != null) {
				lines.add(new Line(from.name(), to.name(), link.strength(), link.lastInteractionOn(), link.cold(),
						from.lineX(), from.cy(), to.lineX(), to.cy()));
			}
		}
		return new RelationshipMapChart(people, groups, rows, lines, WIDTH, TOP + plot + BOTTOM);
	}

	/**
	 * Where each person's box stands: beside the contacts they know (the average height
	 * of their links; the middle for someone without links), keeping at least
	 * {@value #PERSON_MIN_GAP} pixels between boxes. Short lines are easier to follow
	 * than a fan from a column in the middle.
	 */
	static int[] placePeople(RelationshipNetwork network, Map<Long, ContactRow> rowOf, int plot) {
		int n = network.people().size();
		int top = TOP + PERSON_MIN_GAP / 2;
		int bottom = TOP + plot - PERSON_MIN_GAP / 2;
		double[] wanted = new double[n];
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			long userId = network.people().get(i).userId();
			double sum = 0;
			int count = 0;
			for (RelationshipNetwork.Link link : network.links()) {
				ContactRow row = rowOf.get(link.contactId());
				if (link.userId() == userId && row != null) {
					sum += row.cy();
					count++;
				}
			}
			wanted[i] = (count == 0) ? TOP + plot / 2.0 : sum / count;
			order[i] = i;
		}
		java.util.Arrays.sort(order,
				java.util.Comparator.comparingDouble((Integer i) -> wanted[i]).thenComparing((i) -> i));
		int[] cys = new int[n];
		int previous = Integer.MIN_VALUE / 2;
		for (Integer i : order) {
			cys[i] = Math.max((int) Math.round(wanted[i]), Math.max(top, previous + PERSON_MIN_GAP));
			previous = cys[i];
		}
		// Pushed past the bottom: move up again, keeping the gaps.
		int next = Integer.MAX_VALUE / 2;
		for (int k = n - 1; k >= 0; k--) {
			int i = order[k];
			cys[i] = Math.min(cys[i], Math.min(bottom, next - PERSON_MIN_GAP));
			next = cys[i];
		}
		return cys;
	}

	private static String shorten(String name) {
		return (name.length() <= NAME_CHARS) ? name : name.substring(0, NAME_CHARS - 1) + "…";
	}

}
