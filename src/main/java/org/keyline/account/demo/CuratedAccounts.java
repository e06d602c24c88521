package org.keyline.account.demo;

import java.util.List;

import org.keyline.account.Industry;
import org.keyline.account.LifecycleStage;
import org.keyline.account.RelationshipLevel;

import static org.keyline.account.Industry.AEROSPACE_DEFENCE;
import static org.keyline.account.Industry.AUTOMOTIVE;
import static org.keyline.account.Industry.BANKING;
import static org.keyline.account.Industry.CHEMICALS;
import static org.keyline.account.Industry.CONSTRUCTION;
import static org.keyline.account.Industry.CONSUMER_GOODS;
import static org.keyline.account.Industry.ENERGY_UTILITIES;
import static org.keyline.account.Industry.HEALTHCARE;
import static org.keyline.account.Industry.INSURANCE;
import static org.keyline.account.Industry.LOGISTICS;
import static org.keyline.account.Industry.MANUFACTURING;
import static org.keyline.account.Industry.MEDIA;
import static org.keyline.account.Industry.PHARMACEUTICALS;
import static org.keyline.account.Industry.PUBLIC_SECTOR;
import static org.keyline.account.Industry.RETAIL;
import static org.keyline.account.Industry.TECHNOLOGY;
import static org.keyline.account.Industry.TELECOMMUNICATIONS;
import static org.keyline.account.LifecycleStage.CONTRACT_NEGOTIATION;
import static org.keyline.account.LifecycleStage.EXPLOITATION;
import static org.keyline.account.LifecycleStage.IMPLEMENTATION;
import static org.keyline.account.LifecycleStage.PRE_SALES;
import static org.keyline.account.LifecycleStage.REVIEW;
import static org.keyline.account.RelationshipLevel.COMMODITY_SUPPLIER;
import static org.keyline.account.RelationshipLevel.PREFERRED_SUPPLIER;
import static org.keyline.account.RelationshipLevel.SOLUTION_PROVIDER;
import static org.keyline.account.RelationshipLevel.STRATEGIC_PARTNER;
import static org.keyline.account.RelationshipLevel.TRUSTED_ADVISOR;

/**
 * The 60 hand-written demo accounts. {@code manager} owns twelve, among them the
 * Halvorsen group (whose energy subsidiary belongs to Sofia Lind, so the manager sees the
 * group but not all of it); {@code member} is on the teams of four (two of them owned by
 * others) and left a fifth; {@code mentor} mentors four, Henrik Dahl three. Four accounts
 * lose money in the latest year, five have an unknown category spend, one a zero spend,
 * two are archived. Parents come before their subsidiaries.
 */
final class CuratedAccounts {

	/** Category spend not known. */
	private static final Integer UNKNOWN = null;

	private static final String MANAGER = DemoCast.MANAGER;

	private static final String SOFIA = "sofia.lind";

	private static final String JAMES = "james.okafor";

	private static final String LUCIA = "lucia.moretti";

	private static final String KENJI = "kenji.watanabe";

	private static final String HENRIK = "henrik.dahl";

	private CuratedAccounts() {
	}

	static final List<Spec> ALL = List.of(
			// The group: parent, three subsidiaries, and a subsidiary of a subsidiary.
			spec("Halvorsen Group ASA", LOGISTICS, "NO", 14_200, MANAGER, EXPLOITATION, STRATEGIC_PARTNER, 4_800, 4, 24,
					45, "Corvane 25; Talvik 10",
					"Group framework agreement signed by the CFO covers all subsidiaries, but each subsidiary still buys locally. Quarterly steering meeting with group IT in Oslo.")
				.mentor(HENRIK),
			spec("Halvorsen Shipping AS", LOGISTICS, "NO", 3_900, MANAGER, EXPLOITATION, TRUSTED_ADVISOR, 6_200, 7, 19,
					52, "Corvane 20",
					"Largest spender in the group: fleet operations run on our platform. They want a joint roadmap for the vessel telemetry rollout.")
				.parent("Halvorsen Group ASA"),
			spec("Halvorsen Energy AS", ENERGY_UTILITIES, "NO", 1_750, SOFIA, IMPLEMENTATION, SOLUTION_PROVIDER, 2_100,
					18, 14, 30, "Talvik 40; Northgate 15",
					"Offshore wind maintenance rollout in phase two. Group terms apply, but the local CTO negotiates hard on day rates.")
				.parent("Halvorsen Group ASA"),
			spec("Halvorsen Seafood AS", CONSUMER_GOODS, "NO", 2_300, MANAGER, REVIEW, PREFERRED_SUPPLIER, 950, -3, 11,
					18, "Vireo Group 45; Ferrow 20",
					"Seen as a supplier, not a partner: purchasing runs an annual tender. Cold-chain traceability is our opening for a broader conversation.")
				.parent("Halvorsen Group ASA"),
			spec("Halvorsen Port Services AB", LOGISTICS, "SE", 640, MANAGER, CONTRACT_NEGOTIATION, SOLUTION_PROVIDER,
					420, 22, 17, 25, "Corvane 35",
					"Terminal automation contract under negotiation. Their legal redlines on liability caps are with our counsel.")
				.parent("Halvorsen Shipping AS"),
			// The rest of manager's portfolio.
			spec("Nordhafen Logistics AG", LOGISTICS, "DE", 12_400, MANAGER, EXPLOITATION, TRUSTED_ADVISOR, 8_450, 6,
					22, 38, "Corvane 30; Brightwater Systems 15",
					"Three-year freight visibility contract renewed last spring. The COO calls us before every network change; keep the quarterly business reviews going.")
				.member(),
			spec("Castellan Pharma AG", PHARMACEUTICALS, "CH", 9_800, MANAGER, REVIEW, SOLUTION_PROVIDER, 5_300, 3, -6,
					27, "Meridian Solutions 40; Pellucid 12",
					"GxP validation effort eats the margin: cost to serve is above revenue for the first time. Renegotiate the validation scope before the review.")
				.member()
				.mentor(DemoCast.MENTOR),
			spec("Veltmann Automotive GmbH", AUTOMOTIVE, "DE", 31_000, MANAGER, EXPLOITATION, STRATEGIC_PARTNER, 14_800,
					9, 26, 41, "Stratos Partners 25; Corvane 10",
					"Embedded in their five-year plant digitalisation programme. Our executive sponsor meets their board member for production twice a year."),
			spec("Brisant Chemie AG", CHEMICALS, "AT", 4_200, MANAGER, IMPLEMENTATION, SOLUTION_PROVIDER, 2_650, 15, 18,
					22, "Talvik 35; Arkwright & Co 20",
					"Safety data platform rolling out at three sites, Linz live since autumn. Plant managers are positive; procurement still treats us as one vendor among many."),
			spec("Lumière Retail SA", RETAIL, "FR", 18_500, MANAGER, REVIEW, PREFERRED_SUPPLIER, 3_900, -7, 9, 15,
					"Octavia Services 40; Solenne 25",
					"Revenue down two years running as stores close. The new CDO is open to an omnichannel pilot; we need a contact above category management."),
			spec("Van Dijk Bouw B.V.", CONSTRUCTION, "NL", 6_100, MANAGER, PRE_SALES, PREFERRED_SUPPLIER, 780, 12, 15,
					UNKNOWN, "Northgate 50",
					"Site-equipment tracking proposal with the operations director. We do not know their total spend yet: ask the finance contact at the next meeting."),
			spec("Aurelia Versicherung AG", INSURANCE, "DE", 7_300, MANAGER, EXPLOITATION, TRUSTED_ADVISOR, 4_100, 2,
					28, 33, "Meridian Solutions 30",
					"Claims platform stable, satisfaction scores high. Risk: their architecture board re-tenders all integration services next year."),
			spec("Kessler Print & Media GmbH", MEDIA, "DE", 850, MANAGER, REVIEW, COMMODITY_SUPPLIER, 310, -28, 5, 0,
					"",
					"They in-sourced print management this year and report no external spend in our category. Our remaining revenue is the run-off of the old service contract."),
			// Sofia Lind: the Nordics.
			spec("Fjordvik Energi ASA", ENERGY_UTILITIES, "NO", 5_600, SOFIA, EXPLOITATION, STRATEGIC_PARTNER, 9_200, 5,
					24, 48, "Talvik 20; Northgate 10",
					"Grid-operations partner for years; our people sit on their control-room improvement board. Next step: get us into the 2030 grid modernisation plan."),
			spec("Kallberg Telecom AB", TELECOMMUNICATIONS, "SE", 11_200, SOFIA, REVIEW, SOLUTION_PROVIDER, 6_700, -4,
					-9, 31, "Quanta Link 35; Corvane 15",
					"Loss-making since the fixed-price network support deal; every change request is disputed. Escalated to the sponsor: review the contract model before renewal.")
				.member(),
			spec("Saarinen Forest Products Oyj", MANUFACTURING, "FI", 8_900, SOFIA, EXPLOITATION, TRUSTED_ADVISOR,
					3_400, 4, 21, 36, "Ferrow 25",
					"Mill maintenance analytics in use at four mills. The CIO asks our advice before every tender; keep the innovation days twice a year.")
				.mentor(HENRIK),
			spec("Nyborg Medico A/S", HEALTHCARE, "DK", 2_400, SOFIA, IMPLEMENTATION, SOLUTION_PROVIDER, 1_650, 24, 12,
					20, "Pellucid 30; Meridian Solutions 20",
					"Hospital logistics rollout ahead of plan in Aarhus. Clinical users are our champions; procurement in Copenhagen still needs convincing."),
			spec("Bergström Bank AB", BANKING, "SE", 6_800, SOFIA, CONTRACT_NEGOTIATION, PREFERRED_SUPPLIER, 2_900, 8,
					20, UNKNOWN, "Stratos Partners 30",
					"Framework renewal in negotiation: the bank wants a 5% price reduction and stricter exit clauses. Total spend in our category is not disclosed."),
			spec("Thorsen Dairy A/S", CONSUMER_GOODS, "DK", 3_100, SOFIA, EXPLOITATION, PREFERRED_SUPPLIER, 1_200, 1,
					16, 24, "Vireo Group 35; Solenne 15",
					"Steady business, but little contact above the IT manager. The new supply-chain director is our chance to move beyond break-fix services."),
			spec("Aalto Systems Oy", TECHNOLOGY, "FI", 1_200, SOFIA, PRE_SALES, COMMODITY_SUPPLIER, 240, 35, 10, 8,
					"Corvane 45; Quanta Link 30",
					"Small today but growing fast; they buy licences through a reseller. Pitching a direct partnership to the CTO next month."),
			spec("Lindqvist Construction AB", CONSTRUCTION, "SE", 4_700, SOFIA, REVIEW, SOLUTION_PROVIDER, 1_900, -2,
					13, 22, "Northgate 30; Arkwright & Co 15",
					"Project-site services renewed for one year only. Satisfaction dipped after the winter outage; our account support lead is rebuilding trust."),
			spec("Nordlys Forsikring ASA", INSURANCE, "NO", 3_300, SOFIA, EXPLOITATION, TRUSTED_ADVISOR, 2_700, 6, 25,
					40, "Meridian Solutions 20",
					"Trusted advisor to the claims director: they call us before every regulatory change. Keep the quarterly workshop and bring in our finance specialist."),
			spec("Vestergaard Pharma A/S", PHARMACEUTICALS, "DK", 5_200, SOFIA, IMPLEMENTATION, SOLUTION_PROVIDER,
					3_800, 14, 17, 29, "Pellucid 25; Meridian Solutions 15",
					"Serialisation project in implementation at the Kalundborg plant. Quality assurance is demanding but fair; next year's extension is budgeted."),
			spec("Ostrander Media AB", MEDIA, "SE", 900, SOFIA, REVIEW, PREFERRED_SUPPLIER, 380, -10, 8, 14,
					"Octavia Services 30",
					"They ended the contract in their cost-cutting review; archived once the last invoices were paid.")
				.archived(),
			// James Okafor: UK and Ireland, Middle East and Africa.
			spec("Helmsley Rail plc", LOGISTICS, "GB", 15_400, JAMES, EXPLOITATION, TRUSTED_ADVISOR, 7_600, 3, 20, 35,
					"Brightwater Systems 30; Stratos Partners 15",
					"Rolling-stock maintenance platform in daily use across 40 depots. The engineering director is our champion; finance wants proof of savings before the next phase."),
			spec("Ashcombe Building Society", BANKING, "GB", 2_900, JAMES, REVIEW, SOLUTION_PROVIDER, 1_850, -5, 15, 26,
					"Stratos Partners 35",
					"Member-services platform under review after the regulator's findings. We need a sponsor at executive level before their board decides in autumn.")
				.formerMember(),
			spec("Kilbride Foods Ltd", CONSUMER_GOODS, "IE", 3_600, JAMES, EXPLOITATION, PREFERRED_SUPPLIER, 1_400, 7,
					18, 21, "Vireo Group 40",
					"Reliable volume, mostly order-driven. Invited to their supplier innovation day in Cork: bring the cold-chain case study."),
			spec("Al Noor Healthcare LLC", HEALTHCARE, "AE", 6_500, JAMES, IMPLEMENTATION, SOLUTION_PROVIDER, 2_300, 28,
					11, 18, "Pellucid 35; Halcyon 20",
					"Two new hospitals in Abu Dhabi go live this year and the CIO wants a single partner for all sites. Strong growth, thin margin during the rollout."),
			spec("Desert Crest Energy Company", ENERGY_UTILITIES, "SA", 12_000, JAMES, CONTRACT_NEGOTIATION,
					PREFERRED_SUPPLIER, 5_900, 11, -4, 24, "Talvik 30; Stratos Partners 20",
					"Loss-making because of on-site support at three remote plants. The new contract must price travel and field service properly; negotiation with procurement in Riyadh is under way.")
				.mentor(DemoCast.MENTOR),
			spec("Umhlanga Telecom (Pty) Ltd", TELECOMMUNICATIONS, "ZA", 4_400, JAMES, EXPLOITATION, SOLUTION_PROVIDER,
					2_050, 2, 19, 28, "Quanta Link 30; Corvane 20",
					"Network operations support in Johannesburg and Durban. Our contacts are strong in operations and weak in the CFO's office."),
			spec("Hartley & Pryce Insurance plc", INSURANCE, "GB", 8_100, JAMES, EXPLOITATION, STRATEGIC_PARTNER, 6_300,
					5, 23, 44, "Meridian Solutions 20",
					"Part of their five-year operating model: we run the policy administration service. Joint steering committee chaired by their COO."),
			spec("Marlowe Aerospace Ltd", AEROSPACE_DEFENCE, "GB", 9_700, JAMES, PRE_SALES, COMMODITY_SUPPLIER, 650, 9,
					14, UNKNOWN, "Brightwater Systems 40; Arkwright & Co 25",
					"Only spare-parts logistics today; pitching engineering data services to the programme office. Security clearance for two of our specialists is pending."),
			spec("Cedarview Health Systems Inc.", HEALTHCARE, "US", 22_000, JAMES, REVIEW, SOLUTION_PROVIDER, 4_700, -1,
					16, 12, "Halcyon 35; Pellucid 25",
					"Annual review went well on service and badly on price. Their new CFO benchmarks every supplier: prepare the value report before the next QBR."),
			spec("Nairobi Agri Logistics Ltd", LOGISTICS, "KE", 1_300, JAMES, IMPLEMENTATION, PREFERRED_SUPPLIER, 520,
					30, 12, 20, "Northgate 30",
					"Cold-store monitoring pilot extended to all depots. Small account with strong growth; our development lead visits Nairobi every quarter."),
			spec("Wexmoor County Council", PUBLIC_SECTOR, "GB", 3_800, JAMES, EXPLOITATION, PREFERRED_SUPPLIER, 1_100,
					0, 12, 30, "Northgate 25; Octavia Services 20",
					"Public framework contract, re-tendered every four years. The relationship is good, but procurement rules limit how close we can get."),
			spec("Atlas Horizon Télécom S.A.", TELECOMMUNICATIONS, "MA", 5_100, JAMES, CONTRACT_NEGOTIATION,
					SOLUTION_PROVIDER, 1_700, 16, 17, 22, "Quanta Link 40",
					"Fibre operations support under negotiation. The CTO prefers us, purchasing prefers the cheaper local bid."),
			// Lucia Moretti: Southern Europe and Latin America.
			spec("Ferrante Costruzioni S.p.A.", CONSTRUCTION, "IT", 5_400, LUCIA, EXPLOITATION, SOLUTION_PROVIDER,
					2_800, 4, 17, 30, "Arkwright & Co 25; Northgate 15",
					"Site digitalisation running on three motorway projects. Their technical director wants us in the bid team for the next public tender.")
				.member(),
			spec("Banco Alvarado S.A.", BANKING, "ES", 14_000, LUCIA, EXPLOITATION, TRUSTED_ADVISOR, 7_900, 6, 27, 34,
					"Stratos Partners 25; Meridian Solutions 15",
					"We run core payments services for the retail bank, and they ask our advice on every regulatory project. Opportunity: their new SME lending platform.")
				.mentor(DemoCast.MENTOR),
			spec("Lusitana Energia S.A.", ENERGY_UTILITIES, "PT", 3_900, LUCIA, IMPLEMENTATION, SOLUTION_PROVIDER,
					2_200, 19, 13, 26, "Talvik 35",
					"Smart-meter data project in implementation, the first million meters migrated. Delivery pressure is high: keep the specialist team stable until go-live."),
			spec("Vallombrosa Moda S.p.A.", RETAIL, "IT", 6_300, LUCIA, REVIEW, PREFERRED_SUPPLIER, 1_600, -6, 10,
					UNKNOWN, "Solenne 30; Octavia Services 20",
					"Store-systems contract under review after the e-commerce carve-out. The new private-equity owners have not shared their category budget."),
			spec("Helios Aegean Shipping S.A.", LOGISTICS, "GR", 2_100, LUCIA, EXPLOITATION, SOLUTION_PROVIDER, 1_950,
					3, 21, 37, "Corvane 25",
					"Fleet management services for 60 vessels. Family-owned: decisions are made by the founder's son, who likes direct contact with our management."),
			spec("Farmacéutica Valderrama S.A.", PHARMACEUTICALS, "ES", 3_300, LUCIA, CONTRACT_NEGOTIATION,
					SOLUTION_PROVIDER, 1_450, 10, 15, 23, "Pellucid 30; Meridian Solutions 20",
					"Negotiating a three-year quality-systems contract; their legal team is reviewing the data-protection annex. Decision expected before the summer."),
			spec("Paraná Alimentos S.A.", CONSUMER_GOODS, "BR", 16_000, LUCIA, EXPLOITATION, TRUSTED_ADVISOR, 5_100, 12,
					22, 29, "Vireo Group 30; Ferrow 15",
					"Our largest account in Latin America: supply-chain planning services across 11 plants. The COO visits our São Paulo office every quarter."),
			spec("Autopartes del Bajío S.A. de C.V.", AUTOMOTIVE, "MX", 7_200, LUCIA, IMPLEMENTATION,
					PREFERRED_SUPPLIER, 1_800, 25, 9, 16, "Stratos Partners 35; Brightwater Systems 20",
					"Nearshoring growth: two new plants in Querétaro. We are in the rollout, but their head office still sees us as a local vendor."),
			spec("Andes Telecomunicaciones S.A.", TELECOMMUNICATIONS, "CL", 4_800, LUCIA, REVIEW, SOLUTION_PROVIDER,
					2_400, 1, 18, 25, "Quanta Link 35",
					"The service review showed strong satisfaction in operations and weak in marketing. Annual review with the CIO in Santiago next month."),
			spec("Regione Alpina Servizi Digitali", PUBLIC_SECTOR, "IT", 1_100, LUCIA, EXPLOITATION, PREFERRED_SUPPLIER,
					900, -3, 11, 20, "Octavia Services 35; Northgate 20",
					"Regional e-government services under a public framework. Budget cuts announced: make sure the user departments speak up for the service."),
			spec("Cerámica Levante S.A.", MANUFACTURING, "ES", 1_400, LUCIA, REVIEW, COMMODITY_SUPPLIER, 260, -22, 6, 9,
					"Ferrow 50; Arkwright & Co 25",
					"Acquired by a group that buys from its own supplier; all business moved at year end. Archived after the run-off was invoiced.")
				.archived(),
			spec("Rio Claro Seguros S.A.", INSURANCE, "BR", 3_500, LUCIA, PRE_SALES, COMMODITY_SUPPLIER, 350, 20, 12,
					UNKNOWN, "Meridian Solutions 30",
					"They opened a tender for claims digitalisation and we are shortlisted with two others. Focus on the underwriting director, who sponsors the tender."),
			// Kenji Watanabe: Asia-Pacific and North America.
			spec("Takumi Precision Co., Ltd.", MANUFACTURING, "JP", 8_600, KENJI, EXPLOITATION, TRUSTED_ADVISOR, 6_100,
					3, 19, 33, "Brightwater Systems 25; Halcyon 10",
					"Quality-inspection services in all their Japanese plants. Decisions are made by consensus: keep the plant managers as close as headquarters.")
				.mentor(DemoCast.MENTOR),
			spec("Daebong Electronics Co., Ltd.", TECHNOLOGY, "KR", 24_000, KENJI, IMPLEMENTATION, SOLUTION_PROVIDER,
					4_900, 21, -3, 14, "Quanta Link 30; Corvane 25",
					"The rollout at their Suwon fab costs more than planned: three extra engineers on site for six months. Loss this year; the change request for phase two must recover it."),
			spec("Southern Cross Logistics Pty Ltd", LOGISTICS, "AU", 5_300, KENJI, EXPLOITATION, STRATEGIC_PARTNER,
					7_300, 8, 25, 46, "Northgate 15",
					"We run their warehouse control systems nationwide. Joint innovation roadmap agreed with the CEO; next review in Sydney."),
			spec("Merlion Capital Bank Ltd", BANKING, "SG", 6_900, KENJI, CONTRACT_NEGOTIATION, SOLUTION_PROVIDER,
					3_200, 13, 20, 19, "Stratos Partners 30; Meridian Solutions 25",
					"Regional expansion to Malaysia and Indonesia under negotiation. The regulator's outsourcing rules need a specialist review before we sign.")
				.mentor(HENRIK),
			spec("Kaveri Pharmaceuticals Ltd", PHARMACEUTICALS, "IN", 11_500, KENJI, IMPLEMENTATION, PREFERRED_SUPPLIER,
					1_900, 32, 13, 11, "Pellucid 35; Halcyon 20",
					"Lab systems rollout in Hyderabad, Pune next. Fast growth, but their procurement team reopens prices with every purchase order."),
			spec("Aoraki Dairy Co-operative", CONSUMER_GOODS, "NZ", 4_100, KENJI, EXPLOITATION, SOLUTION_PROVIDER,
					2_300, 2, 18, 31, "Vireo Group 30",
					"Milk-collection planning for 3,000 farms. Seasonal peaks stretch our support team: agree a peak-season staffing plan."),
			spec("Prairie Mutual Insurance Company", INSURANCE, "CA", 5_600, KENJI, REVIEW, SOLUTION_PROVIDER, 2_900,
					-2, 16, 27, "Meridian Solutions 30; Stratos Partners 15",
					"Claims services review next quarter. Satisfaction is fine, but their CIO is consolidating suppliers: we need a second sponsor beyond IT."),
			spec("Redwood Grid Technologies Inc.", TECHNOLOGY, "US", 3_200, KENJI, PRE_SALES, COMMODITY_SUPPLIER, 450,
					40, 8, 5, "Corvane 40; Quanta Link 25",
					"Grid-software scale-up that only buys licences today. Pitching a managed service to their VP Engineering."),
			spec("Blue Harbor Freight Corp.", LOGISTICS, "US", 9_400, KENJI, EXPLOITATION, TRUSTED_ADVISOR, 8_800, 4,
					21, 30, "Brightwater Systems 25; Corvane 20",
					"Our largest North American account: port operations in Long Beach and Savannah depend on us. Renewal due next year, so start the vision workshop now."),
			spec("Great Lakes Aerostructures Inc.", AEROSPACE_DEFENCE, "US", 6_700, KENJI, CONTRACT_NEGOTIATION,
					PREFERRED_SUPPLIER, 2_100, 6, 15, 17, "Arkwright & Co 30; Brightwater Systems 20",
					"Engineering services frame contract in negotiation. Export-control rules limit who on our team may work on it."),
			spec("Lakeshore Regional Transit", PUBLIC_SECTOR, "CA", 4_300, KENJI, EXPLOITATION, PREFERRED_SUPPLIER,
					1_300, 1, 12, 22, "Northgate 30",
					"Fare-system support under a five-year public contract. Good relations with operations; the board changes after the municipal elections."),
			spec("Hoshino Department Stores Co., Ltd.", RETAIL, "JP", 12_800, KENJI, REVIEW, COMMODITY_SUPPLIER, 1_450,
					-9, 3, 10, "Solenne 40; Octavia Services 30",
					"Thin margin: the store-support contract was priced for 60 stores and they now run 85. Reprice or reduce scope at the annual review."));

	private static Spec spec(String name, Industry industry, String country, int employees, String owner,
			LifecycleStage stage, RelationshipLevel relationship, int revenueThousands, int growthPercent,
			int marginPercent, Integer shareOfWalletPercent, String competitors, String notes) {
		return new Spec(name, industry, country, employees, owner, stage, relationship, revenueThousands, growthPercent,
				marginPercent, shareOfWalletPercent, competitors, notes);
	}

	/**
	 * One hand-written account. The latest year's revenue, margin and share of wallet are
	 * given; earlier years are derived from the yearly growth.
	 */
	static final class Spec {

		final String name;

		final Industry industry;

		final String country;

		final int employees;

		final String owner;

		final LifecycleStage stage;

		final RelationshipLevel relationship;

		final int revenueThousands;

		final int growthPercent;

		final int marginPercent;

		/** Null when the category spend is unknown, 0 when it is zero. */
		final Integer shareOfWalletPercent;

		/** "Name share; Name share". */
		final String competitors;

		final String notes;

		String parent;

		boolean member;

		boolean formerMember;

		String mentor;

		boolean archived;

		private Spec(String name, Industry industry, String country, int employees, String owner, LifecycleStage stage,
				RelationshipLevel relationship, int revenueThousands, int growthPercent, int marginPercent,
				Integer shareOfWalletPercent, String competitors, String notes) {
			this.name = name;
			this.industry = industry;
			this.country = country;
			this.employees = employees;
			this.owner = owner;
			this.stage = stage;
			this.relationship = relationship;
			this.revenueThousands = revenueThousands;
			this.growthPercent = growthPercent;
			this.marginPercent = marginPercent;
			this.shareOfWalletPercent = shareOfWalletPercent;
			this.competitors = competitors;
			this.notes = notes;
		}

		Spec parent(String parentName) {
			this.parent = parentName;
			return this;
		}

		/** {@code member} is on the current team. */
		Spec member() {
			this.member = true;
			return this;
		}

		/** {@code member} was on the team and has left. */
		Spec formerMember() {
			this.formerMember = true;
			return this;
		}

		Spec mentor(String username) {
			this.mentor = username;
			return this;
		}

		Spec archived() {
			this.archived = true;
			return this;
		}

	}

}
