package org.keyline.vision.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.keyline.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo accounts' visions (one to three versions, with the customer's feedback in
 * every reaction), one or two assessments with what Keyline knew at the time, and client
 * requirements in every status and both horizons.
 *
 * <p>
 * Written with a handful of set-based statements over all demo accounts, so that ten
 * thousand accounts seed in seconds. Which account gets what is decided by its id (the
 * same on every run); texts come from small lists, with the account's name in the
 * statements.
 */
@Component
class VisionDemoData implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(VisionDemoData.class);

	private static final String STATEMENTS = """
			array[
			  'Be %s''s first choice for all business communication, embedded in their five-year IT strategy',
			  'Be the partner %s calls first when they plan a new site, a new market or a new product',
			  'Run the platform %s''s own customers depend on, and be named in their annual report as a strategic partner',
			  'Be part of %s''s executive conversations about growth, not only of their purchasing rounds',
			  'Make %s the reference customer of our industry: we grow together in every region they enter',
			  'Help %s halve the time from idea to market, and be the team they cannot imagine working without',
			  'Be trusted by %s with their most critical operations, from design to daily running',
			  'Be %s''s partner for their move to sustainable operations, measured in their own targets']""";

	private static final String RATIONALES = """
			array[
			  'Their CIO is consolidating suppliers; whoever is embedded in the roadmap now stays for a decade.',
			  'They expand fast and buy where they trust the advice; today we are asked only after the decision.',
			  'Our share of wallet is small but we are well liked at operating level: the next step is the board.',
			  'Competitors sell on price; the customer told us they value reliability and people who know them.',
			  NULL,
			  'Their strategy names speed to market as the first priority for the next three years.']""";

	private static final String REACTIONS_EARLIER = "array['SCEPTICAL', 'MIXED', 'REJECTED', 'POSITIVE']";

	private static final String REACTIONS_CURRENT = "array['ENDORSED', 'POSITIVE', 'MIXED', 'SCEPTICAL', 'REJECTED']";

	private static final String FEEDBACK_NOTES = """
			array[
			  'Liked the ambition; asked how it fits their own roadmap.',
			  'Would say it the same way to their board.',
			  'Too much about us. Wants to see their customers in it.',
			  'Not convinced we can deliver at that scale yet.',
			  NULL,
			  'Asked us to present it at their strategy day.']""";

	private static final String OUTSIDERS = """
			array['Dr. Ines Sommer (their consultant)', 'Paul Okafor (new CFO, not yet a contact)',
			      'Board member at the customer event']""";

	private static final String TITLES = """
			array['Single sign-on across all plants', 'Data export to their BI platform', 'Twenty-four-hour support in Asia',
			      'Carbon reporting per shipment', 'Consolidated invoicing for the group', 'Open API for partners',
			      'On-site spare parts stock', 'Role-based access for contractors', 'Audit trail for regulators',
			      'Mobile app for field staff', 'Localised training material', 'Predictive maintenance alerts']""";

	private static final String DESCRIPTIONS = """
			array['Asked for in the quarterly review; several departments need it.',
			      'Their new strategy depends on it within two years.',
			      NULL,
			      'Raised after an outage; they want to avoid a repeat.',
			      'Their competitors already have it.']""";

	private final JdbcClient jdbc;

	private final Clock clock;

	VisionDemoData(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 400;
	}

	@Override
	public void seed() {
		if (this.jdbc.sql("select exists (select 1 from vision_version)").query(Boolean.class).single()) {
			return;
		}
		long started = System.nanoTime();
		LocalDate today = LocalDate.now(this.clock);
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		int versions = visions(now);
		int feedback = feedback(today);
		int assessments = assessments(today, now);
		int requirements = requirements(today, now);
		this.jdbc
			.sql("analyze vision_version, vision_feedback, vision_assessment, vision_assessment_answer, "
					+ "vision_requirement")
			.update();
		log.info("Seeded visions: {} versions, {} feedback, {} assessment answers, {} requirements in {} ms", versions,
				feedback, assessments, requirements, (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Nine accounts in ten have a vision, in one to three versions set about four months
	 * apart by the owner.
	 */
	private int visions(OffsetDateTime now) {
		return this.jdbc
			.sql("""
					insert into vision_version (account_id, version_no, statement, rationale, set_at, set_by)
					select a.id, n.no,
					       format((%s)[1 + (a.id * 7 + n.no * 3) %% 8], a.name),
					       (%s)[1 + (a.id + n.no) %% 6],
					       :now - make_interval(days => ((1 + a.id %% 3 - n.no) * 120 + 20 + a.id %% 17)::int),
					       coalesce(d.username, 'demo')
					from account_account a
					left join people_directory d on d.id = a.owner_id
					cross join generate_series(1, 3) n (no)
					where a.archived_at is null and a.id %% 10 <> 3 and n.no <= 1 + a.id %% 3""".formatted(STATEMENTS,
					RATIONALES))
			.param("now", now)
			.update();
	}

	/**
	 * Earlier versions got one reaction, mostly doubtful; the current version none (one
	 * account in three: not tried yet), one or two, in every reaction. Most come from a
	 * current contact, some from someone who is not a contact.
	 */
	private int feedback(LocalDate today) {
		return this.jdbc
			.sql("""
					insert into vision_feedback (account_id, version_id, given_on, contact_id, contact_name, reaction, notes,
					                             created_at, created_by)
					select v.account_id, v.id,
					       least(:today, (v.set_at at time zone 'UTC')::date + 7 * k.no + (v.id %% 10)::int),
					       c.id,
					       case when c.id is null then (%s)[1 + (v.id + k.no) %% 3] end,
					       case when v.version_no < m.latest then (%s)[1 + (v.id + k.no) %% 4]
					            else (%s)[1 + (v.account_id + k.no) %% 5] end,
					       (%s)[1 + (v.id + k.no) %% 6],
					       v.set_at + make_interval(days => 7 * k.no), v.set_by
					from vision_version v
					join (select account_id, max(version_no) as latest from vision_version group by account_id) m
					  on m.account_id = v.account_id
					cross join generate_series(1, 2) k (no)
					left join lateral (select c.id from relationship_contact c
					                   where c.account_id = v.account_id and not c.left_company
					                     and (v.id + k.no) %% 6 <> 0
					                   order by c.influence desc, c.id offset k.no - 1 limit 1) c on true
					where k.no <= case when v.version_no < m.latest then 1 else v.account_id %% 3 end"""
				.formatted(OUTSIDERS, REACTIONS_EARLIER, REACTIONS_CURRENT, FEEDBACK_NOTES))
			.param("today", today)
			.update();
	}

	/**
	 * Three accounts in four were assessed, half of them twice: about seven months ago
	 * and two weeks ago. The older one knew a little less (fewer live links, a smaller
	 * share of wallet), and some answers were revised since.
	 */
	private int assessments(LocalDate today, OffsetDateTime now) {
		return this.jdbc
			.sql("""
					with src as (
					    select a.id as account_id, s.no, s.no = 1 and a.id % 2 = 0 as older,
					           a.current_year, a.current_share_of_wallet, a.relationship, a.advice_frequency,
					           a.strategic_importance, a.ease_of_business, coalesce(d.username, 'demo') as by_name,
					           (select count(*) from relationship_link l
					            join relationship_contact c on c.id = l.contact_id
					            where l.account_id = a.id and not c.left_company
					              and exists (select 1 from account_team_member t
					                          where t.account_id = l.account_id and t.user_id = l.user_id
					                            and t.joined_on <= :today and (t.left_on is null or t.left_on >= :today))) as touch,
					           (select string_agg(co.name || coalesce(' (' || trim_scale(co.share_of_spend) || '%)', ''), ', '
					                              order by co.position, co.id)
					            from account_competitor co where co.account_id = a.id) as competitors
					    from account_account a
					    left join people_directory d on d.id = a.owner_id
					    cross join generate_series(1, 2) s (no)
					    where a.archived_at is null and a.id % 4 <> 3 and (s.no = 2 or a.id % 2 = 0)
					), ins as (
					    insert into vision_assessment (account_id, assessed_on, known_fiscal_year, known_share_of_wallet,
					        known_relationship, known_touch_points, known_advice_frequency, known_strategic_importance,
					        known_ease_of_business, known_competitors, created_at, created_by)
					    select account_id,
					           cast(:today as date) - (case when older then 210 else 14 end + account_id % 20)::int,
					           current_year,
					           case when older then greatest(current_share_of_wallet - 3, 0) else current_share_of_wallet end,
					           relationship,
					           case when older then greatest(touch - 1 - account_id % 3, 0) else touch end,
					           advice_frequency, strategic_importance, ease_of_business, competitors,
					           :now - make_interval(days => (case when older then 210 else 14 end + account_id % 20)::int),
					           by_name
					    from src
					    returning id, account_id, assessed_on
					)
					insert into vision_assessment_answer (assessment_id, question, answer)
					select ins.id, q.question,
					       case when ins.assessed_on < cast(:today as date) - 100 then q.before[1 + ins.account_id % 2]
					            else q.after[1 + ins.account_id % 2] end
					from ins
					cross join (values
					  (1, 'WHERE_TODAY', array['Piloting our platform in two plants.', 'A regional customer, buying on price.'],
					                     array['Rolling out to all plants; the pilot convinced operations.', 'Buying across three regions; asking for a group agreement.']),
					  (2, 'STRATEGY_FIT', array['Peripheral: we solve an operational problem.', 'We support one business line.'],
					                      array['Named in their digital programme as a building block.', 'Part of their growth plan for two business lines.']),
					  (3, 'COMPETITORS_DOING', array['The incumbent bundles services at a discount.', 'A low-cost entrant is courting purchasing.'],
					                           array['The incumbent bundles services at a discount.', 'The entrant won a small tender in the south.']),
					  (4, 'HOW_WE_COMPETE', array['On product quality.', 'On price and availability.'],
					                        array['On expertise and the relationship with operations.', 'On service and local presence.']),
					  (5, 'SHARE_OF_WALLET', array['Small; room to grow.', 'About a quarter of their spend.'],
					                         array['Growing with the roll-out.', 'Stable; growth depends on the group agreement.']),
					  (6, 'STRATEGIC_IMPORTANCE', array['A useful tool, replaceable.', 'Important for one department.'],
					                              array['Hard to replace once rolled out.', 'Important for one department.']),
					  (7, 'TOUCH_POINTS', array['Mostly purchasing and one engineer.', 'Thin: one champion.'],
					                      array['Operations, IT and purchasing, not yet the board.', 'Several departments; the CFO still unknown.']),
					  (8, 'EASE_OF_BUSINESS', array['Slow approvals; framework contract helps.', 'Easy at operating level.'],
					                          array['Slow approvals; framework contract helps.', 'Easy at operating level.']),
					  (9, 'ADVICE_FREQUENCY', array['Rarely, only for incidents.', 'Sometimes, before tenders.'],
					                          array['Monthly calls on their roadmap.', 'Sometimes, before tenders.']),
					  (10, 'PARTNER_OR_VENDOR', array['A vendor.', 'A preferred supplier.'],
					                            array['Becoming a solution provider.', 'A preferred supplier, asked for advice.'])
					) as q (idx, question, before, after)
					where (ins.account_id + q.idx) % 7 <> 0""")
			.param("today", today)
			.param("now", now)
			.update();
	}

	/**
	 * Two accounts in three have two to six requirements, in every status and both
	 * horizons, raised by a current contact and represented by a current team member (or
	 * the owner).
	 */
	private int requirements(LocalDate today, OffsetDateTime now) {
		return this.jdbc
			.sql("""
					insert into vision_requirement (account_id, horizon, title, description, raised_by_contact_id, raised_on,
					    represented_by_id, status, outcome, version, created_at, created_by, updated_at, updated_by)
					select a.id,
					       case when (a.id + n.no) %% 3 = 0 then 'EMERGING' else 'PRESENT' end,
					       (%s)[1 + (a.id * 5 + n.no) %% 12],
					       (%s)[1 + (a.id + n.no) %% 5],
					       c.id,
					       cast(:today as date) - (n.no * 37 + a.id %% 29)::int,
					       case when st.s in ('REPRESENTED', 'ACCEPTED', 'DELIVERED') or (st.s = 'DECLINED' and n.no %% 2 = 0)
					            then coalesce(tm.user_id, a.owner_id) end,
					       st.s,
					       case st.s when 'DELIVERED' then 'Delivered in release ' || (20 + n.no) || '.' || (a.id %% 4)
					                 when 'DECLINED' then 'Declined by product management: not on the roadmap; alternative offered.'
					                 when 'ACCEPTED' then 'On the roadmap for next year.' end,
					       0, :now, coalesce(d.username, 'demo'), :now, coalesce(d.username, 'demo')
					from account_account a
					left join people_directory d on d.id = a.owner_id
					cross join generate_series(1, 6) n (no)
					cross join lateral (select (array['RAISED', 'REPRESENTED', 'ACCEPTED', 'DELIVERED', 'DECLINED'])[1 + (a.id + n.no) %% 5] as s) st
					join lateral (select c.id from relationship_contact c
					              where c.account_id = a.id and not c.left_company
					              order by c.id offset (n.no * 3) %% 7 limit 1) c on true
					left join lateral (select t.user_id from account_team_member t
					                   where t.account_id = a.id and t.joined_on <= :today
					                     and (t.left_on is null or t.left_on >= :today)
					                   order by t.id offset n.no %% 2 limit 1) tm on true
					where a.archived_at is null and a.id %% 3 <> 1 and n.no <= 2 + a.id %% 5"""
				.formatted(TITLES, DESCRIPTIONS))
			.param("today", today)
			.param("now", now)
			.update();
	}

}
