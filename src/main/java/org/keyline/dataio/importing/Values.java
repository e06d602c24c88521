package org.keyline.dataio.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.keyline.account.Industry;
import org.keyline.account.Region;
import org.keyline.relationship.BuyingRole;
import org.keyline.relationship.ContactLevel;

/**
 * What the values of another CRM mean in Keyline: industries (Salesforce's picklist and
 * HubSpot's list, as labels or internal names), countries (ISO codes or names in English,
 * German, French, Spanish, Italian or Dutch) and the sales region of a country, numbers
 * with thousands separators, websites without a scheme. Null means "not understood": the
 * row fails with the value shown, unless the person chose a value for such cells.
 */
final class Values {

	private static final Map<String, Industry> INDUSTRIES = new HashMap<>();

	private static final Map<String, String> COUNTRIES = new HashMap<>();

	private static final Map<String, Region> REGION_OF_COUNTRY = new HashMap<>();

	private static final Pattern WEBSITE = Pattern.compile("^https?://[^\\s/$.?#].[^\\s]*$");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern PHONE = Pattern.compile("^[+0-9 ()./-]{3,40}$");

	private static final Pattern GROUPED = Pattern.compile("^\\d{1,3}([.,' ]\\d{3})+([.,]0{1,2})?$");

	private static final Pattern WHOLE = Pattern.compile("^\\d+([.,]0+)?$");

	static {
		for (Industry industry : Industry.values()) {
			INDUSTRIES.put(industry.name(), industry);
		}
		industries(Industry.AEROSPACE_DEFENCE, "AEROSPACE", "DEFENCE", "DEFENSE", "AEROSPACE_DEFENSE",
				"AVIATION_AEROSPACE", "DEFENSE_SPACE", "MILITARY");
		industries(Industry.BANKING, "BANK", "BANKS", "FINANCE", "FINANCIAL_SERVICES", "INVESTMENT_BANKING",
				"CAPITAL_MARKETS", "INVESTMENT_MANAGEMENT");
		industries(Industry.CONSTRUCTION, "BUILDING_MATERIALS", "CIVIL_ENGINEERING", "ARCHITECTURE_PLANNING");
		industries(Industry.CONSUMER_GOODS, "APPAREL", "APPAREL_FASHION", "FOOD_BEVERAGE", "FOOD_BEVERAGES",
				"FOOD_PRODUCTION", "CONSUMER_ELECTRONICS", "COSMETICS", "SPORTING_GOODS", "TOBACCO", "WINE_SPIRITS",
				"LUXURY_GOODS_JEWELRY", "FURNITURE", "CONSUMER_PRODUCTS");
		industries(Industry.ENERGY_UTILITIES, "ENERGY", "UTILITIES", "OIL_ENERGY", "RENEWABLES_ENVIRONMENT",
				"ENVIRONMENTAL", "OIL_GAS", "ENERGY_AND_UTILITIES");
		industries(Industry.HEALTHCARE, "HEALTH_CARE", "HOSPITAL_HEALTH_CARE", "MEDICAL_DEVICES", "MEDICAL_PRACTICE",
				"MENTAL_HEALTH_CARE", "HEALTH_WELLNESS_FITNESS");
		industries(Industry.LOGISTICS, "SHIPPING", "TRANSPORTATION", "LOGISTICS_SUPPLY_CHAIN",
				"TRANSPORTATION_TRUCKING_RAILROAD", "PACKAGE_FREIGHT_DELIVERY", "WAREHOUSING", "MARITIME",
				"AIRLINES_AVIATION", "LOGISTICS_AND_SUPPLY_CHAIN");
		industries(Industry.MANUFACTURING, "MACHINERY", "ENGINEERING", "MECHANICAL_OR_INDUSTRIAL_ENGINEERING",
				"INDUSTRIAL_AUTOMATION", "ELECTRICAL_ELECTRONIC_MANUFACTURING", "PLASTICS", "PAPER_FOREST_PRODUCTS",
				"PACKAGING_CONTAINERS", "PACKAGING_AND_CONTAINERS", "TEXTILES", "GLASS_CERAMICS_CONCRETE",
				"MINING_METALS");
		industries(Industry.MEDIA, "ENTERTAINMENT", "BROADCAST_MEDIA", "ONLINE_MEDIA", "MEDIA_PRODUCTION", "PUBLISHING",
				"NEWSPAPERS", "MARKETING_ADVERTISING", "MARKETING_AND_ADVERTISING", "MOTION_PICTURES_FILM", "MUSIC");
		industries(Industry.PHARMACEUTICALS, "PHARMA", "BIOTECHNOLOGY", "LIFE_SCIENCES");
		industries(Industry.PUBLIC_SECTOR, "GOVERNMENT", "GOVERNMENT_ADMINISTRATION", "PUBLIC_ADMINISTRATION",
				"PUBLIC_SAFETY", "LAW_ENFORCEMENT", "PUBLIC_POLICY");
		industries(Industry.RETAIL, "SUPERMARKETS", "WHOLESALE", "E_COMMERCE", "ECOMMERCE");
		industries(Industry.TECHNOLOGY, "COMPUTER_SOFTWARE", "COMPUTER_HARDWARE", "INFORMATION_TECHNOLOGY_SERVICES",
				"INFORMATION_TECHNOLOGY_AND_SERVICES", "INTERNET", "SEMICONDUCTORS", "COMPUTER_NETWORKING",
				"COMPUTER_NETWORK_SECURITY", "IT", "SOFTWARE", "ELECTRONICS", "IT_SERVICES");
		industries(Industry.TELECOMMUNICATIONS, "COMMUNICATIONS", "TELECOM", "WIRELESS", "TELECOMMUNICATION");

		for (String code : Locale.getISOCountries()) {
			COUNTRIES.put(key(code), code);
			Locale country = new Locale("", code);
			try {
				COUNTRIES.put(key(country.getISO3Country()), code);
			}
			catch (java.util.MissingResourceException ex) {
				// no three-letter code: the two-letter code and the names do
			}
			for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, new Locale("es"),
					Locale.ITALIAN, new Locale("nl"))) {
				COUNTRIES.putIfAbsent(key(country.getDisplayCountry(language)), code);
			}
		}
		Map<String, String> aliases = Map.ofEntries(Map.entry("USA", "US"), Map.entry("U.S.A.", "US"),
				Map.entry("U.S.", "US"), Map.entry("US", "US"), Map.entry("UNITED_STATES_OF_AMERICA", "US"),
				Map.entry("AMERICA", "US"), Map.entry("UK", "GB"), Map.entry("GREAT_BRITAIN", "GB"),
				Map.entry("ENGLAND", "GB"), Map.entry("SCOTLAND", "GB"), Map.entry("WALES", "GB"),
				Map.entry("NORTHERN_IRELAND", "GB"), Map.entry("HOLLAND", "NL"), Map.entry("THE_NETHERLANDS", "NL"),
				Map.entry("CZECH_REPUBLIC", "CZ"), Map.entry("RUSSIA", "RU"), Map.entry("SOUTH_KOREA", "KR"),
				Map.entry("KOREA", "KR"), Map.entry("TURKEY", "TR"), Map.entry("TURKIYE", "TR"), Map.entry("UAE", "AE"),
				Map.entry("VIETNAM", "VN"), Map.entry("IVORY_COAST", "CI"), Map.entry("SWAZILAND", "SZ"),
				Map.entry("MACEDONIA", "MK"), Map.entry("BURMA", "MM"), Map.entry("SCHWEIZ", "CH"),
				Map.entry("SUISSE", "CH"), Map.entry("OSTERREICH", "AT"));
		aliases.forEach((alias, code) -> COUNTRIES.put(key(alias), code));

		regions(Region.NORTH_AMERICA, "US CA PM BM GL UM");
		regions(Region.LATIN_AMERICA,
				"MX GT BZ SV HN NI CR PA CU DO HT JM PR TT BS BB AG DM GD KN LC VC AW CW SX BQ KY TC VG VI AI MS GP MQ BL"
						+ " MF CO VE EC PE BO CL AR UY PY BR GY SR GF FK GS");
		regions(Region.NORTHERN_EUROPE, "SE NO DK FI IS GB IE EE LV LT FO AX GG JE IM SJ");
		regions(Region.WESTERN_EUROPE, "DE FR NL BE LU AT CH LI MC");
		regions(Region.SOUTHERN_EUROPE, "ES PT IT GR MT CY AD SM VA GI");
		regions(Region.CENTRAL_EASTERN_EUROPE, "PL CZ SK HU RO BG HR SI BA RS ME MK AL XK MD UA BY RU AM AZ GE");
		regions(Region.MIDDLE_EAST_AFRICA,
				"AE SA QA KW BH OM YE IQ IR IL PS JO LB SY TR DZ AO BJ BW BF BI CM CV CF TD KM CG CD CI DJ EG GQ ER SZ ET"
						+ " GA GM GH GN GW KE LS LR LY MG MW ML MR MU YT MA MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS SD TZ TG"
						+ " TN UG EH ZM ZW");
		regions(Region.ASIA_PACIFIC,
				"CN JP KR KP TW HK MO MN IN PK BD LK NP BT MV AF KZ UZ TM KG TJ SG MY ID TH VN PH MM KH LA BN TL AU NZ PG"
						+ " FJ SB VU NC PF WS TO KI FM MH PW NR TV GU MP AS CK NU TK WF CX CC NF HM IO PN");
	}

	private Values() {
	}

	private static void industries(Industry industry, String... names) {
		for (String name : names) {
			INDUSTRIES.put(key(name), industry);
		}
	}

	private static void regions(Region region, String codes) {
		for (String code : codes.split(" ")) {
			REGION_OF_COUNTRY.put(code, region);
		}
	}

	/**
	 * A value as a key: upper case, accents removed, "&" and "and" dropped, every run of
	 * other characters one underscore ("Food & Beverage" is FOOD_BEVERAGE, "Côte
	 * d'Ivoire" is COTE_D_IVOIRE).
	 */
	static String key(String value) {
		String plain = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toUpperCase(Locale.ROOT)
			.replace("&", " ");
		String key = plain.replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
		String withoutAnd = key.replaceAll("(^|_)AND(?=_|$)", "").replaceAll("^_|_$", "");
		return withoutAnd.isEmpty() ? key : withoutAnd;
	}

	/** Keyline's industry for a value, or null. */
	static Industry industry(String value) {
		return INDUSTRIES.get(key(value));
	}

	/** Keyline's region for its name or label ("Central & Eastern Europe"), or null. */
	static Region region(String value) {
		String key = key(value);
		for (Region region : Region.values()) {
			if (key(region.name()).equals(key)) {
				return region;
			}
		}
		return null;
	}

	/** The ISO 3166 code of a country given by code or name, or null. */
	static String country(String value) {
		return COUNTRIES.get(key(value));
	}

	/** The sales region a country belongs to, or null for one Keyline places nowhere. */
	static Region regionOf(String country) {
		return REGION_OF_COUNTRY.get(country);
	}

	/**
	 * A whole number, with or without thousands separators ("1,200", "1.200", "1 200",
	 * "1200.0"); null if it is none.
	 */
	static Long wholeNumber(String value) {
		String text = value.replace('\u00A0', ' ').strip();
		if (GROUPED.matcher(text).matches()) {
			// A group of three digits is thousands ("145,000", "1.200"); one or two zeros
			// after the last group are decimals ("1,200.00").
			text = text.replaceAll("[.,]0{1,2}$", "").replaceAll("[.,' ]", "");
		}
		else if (WHOLE.matcher(text).matches()) {
			text = text.replaceAll("[.,]0+$", "");
		}
		else {
			return null;
		}
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** A website with its scheme ("www.acme.com" is "https://www.acme.com"), or null. */
	static String website(String value) {
		String text = value.strip();
		if (!text.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
			text = "https://" + text;
		}
		return WEBSITE.matcher(text).matches() ? text : null;
	}

	static boolean email(String value) {
		return EMAIL.matcher(value).matches();
	}

	static boolean phone(String value) {
		return PHONE.matcher(value).matches();
	}

	/** Keyline's contact level for its name or label, or null. */
	static ContactLevel level(String value) {
		String key = key(value);
		for (ContactLevel level : ContactLevel.values()) {
			if (level.name().equals(key)) {
				return level;
			}
		}
		return null;
	}

	/** Keyline's buying role for its name or label ("Decision maker"), or null. */
	static BuyingRole buyingRole(String value) {
		String key = key(value);
		for (BuyingRole role : BuyingRole.values()) {
			if (role.name().equals(key)) {
				return role;
			}
		}
		return null;
	}

	private static final Map<ContactLevel, Pattern> LEVEL_BY_TITLE = new java.util.LinkedHashMap<>();

	static {
		LEVEL_BY_TITLE.put(ContactLevel.EXECUTIVE, Pattern.compile(
				"\\b(chief|ceo|cfo|cio|cto|coo|cmo|cpo|cso|president|owner|founder|managing director|general manager|"
						+ "executive director|board|chair(man|woman|person)?|partner|geschäftsführer|vorstand)\\b"));
		LEVEL_BY_TITLE.put(ContactLevel.PURCHASING,
				Pattern.compile("\\b(purchas\\w*|procurement|buyer|sourcing|einkauf\\w*|category manager)\\b"));
		LEVEL_BY_TITLE.put(ContactLevel.SENIOR_MANAGEMENT,
				Pattern.compile("\\b(vp|svp|evp|vice president|director|head|leiter\\w*)\\b"));
		LEVEL_BY_TITLE.put(ContactLevel.MIDDLE_MANAGEMENT,
				Pattern.compile("\\b(manager|lead|team ?lead|supervisor|coordinator)\\b"));
		LEVEL_BY_TITLE.put(ContactLevel.TECHNICAL, Pattern
			.compile("\\b(engineer|developer|architect|analyst|technical|technician|administrator|scientist|specialist|"
					+ "consultant|it)\\b"));
	}

	/**
	 * The level a title suggests: C-level, presidents, owners and managing directors are
	 * executives; buyers and procurement purchasing; vice presidents, directors and heads
	 * senior management; managers and leads middle management; engineers, architects and
	 * analysts technical; anyone else a user.
	 */
	static ContactLevel levelFromTitle(String title) {
		if (title == null || title.isBlank()) {
			return ContactLevel.USER;
		}
		String text = title.toLowerCase(Locale.ROOT);
		for (Map.Entry<ContactLevel, Pattern> entry : LEVEL_BY_TITLE.entrySet()) {
			if (entry.getValue().matcher(text).find()) {
				return entry.getKey();
			}
		}
		return ContactLevel.USER;
	}

}
