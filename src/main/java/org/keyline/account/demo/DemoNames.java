package org.keyline.account.demo;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.keyline.account.Industry;

import static java.util.Map.entry;

/**
 * Word lists for generated company names, competitors, specialties and notes, and the
 * website a name suggests.
 */
final class DemoNames {

	/** First halves of invented company names. */
	static final List<String> STEMS = List.of("Alder", "Ash", "Bram", "Brenn", "Calder", "Corr", "Dun", "Elder", "Elm",
			"Fal", "Fenn", "Glen", "Gold", "Har", "Hart", "Hol", "Iver", "Kest", "Kil", "Lam", "Lind", "Lorn", "Mar",
			"Mell", "Nor", "North", "Oak", "Oster", "Pell", "Quarr", "Rav", "Red", "Ros", "Sal", "Sel", "Silver",
			"Stan", "Stor", "Sun", "Tarn", "Thal", "Ulm", "Val", "Vel", "Wend", "West", "Wil", "Yar", "Zell", "Aven",
			"Bel", "Cor", "Dal", "Ever", "Fair", "Gran", "High", "Iron", "Kings", "Lake", "Mid", "New", "Orm", "Penn",
			"Rock", "Stone", "Thorn", "Vind", "Whit", "Wolf");

	/** Second halves of invented company names. */
	static final List<String> ENDINGS = List.of("berg", "bridge", "brook", "by", "dal", "dale", "feld", "field", "ford",
			"gate", "haven", "holm", "holt", "hurst", "land", "ley", "mark", "mere", "mont", "moor", "ness", "ridge",
			"stad", "stead", "stone", "ton", "vale", "vik", "wick", "wood", "ora", "ria", "ena", "ica");

	/**
	 * What a company in the industry calls itself; a public body has no legal form.
	 */
	static final Map<Industry, List<String>> TRADES = Map.ofEntries(
			entry(Industry.AEROSPACE_DEFENCE, List.of("Aerospace", "Aerostructures", "Avionics", "Defence Systems")),
			entry(Industry.AUTOMOTIVE, List.of("Automotive", "Motors", "Autoparts", "Drivetrain", "Mobility")),
			entry(Industry.BANKING, List.of("Bank", "Capital", "Savings Bank", "Finance", "Trust")),
			entry(Industry.CHEMICALS, List.of("Chemicals", "Chemie", "Polymers", "Coatings", "Specialty Chemicals")),
			entry(Industry.CONSTRUCTION, List.of("Construction", "Builders", "Infrastructure", "Civil Engineering")),
			entry(Industry.CONSUMER_GOODS, List.of("Foods", "Beverages", "Home Products", "Brands", "Dairy")),
			entry(Industry.ENERGY_UTILITIES, List.of("Energy", "Power", "Utilities", "Renewables", "Water")),
			entry(Industry.HEALTHCARE, List.of("Health", "Medical", "Clinics", "Healthcare", "Diagnostics")),
			entry(Industry.INSURANCE, List.of("Insurance", "Mutual", "Assurance", "Re", "Life")),
			entry(Industry.LOGISTICS, List.of("Logistics", "Freight", "Shipping", "Transport", "Cargo")),
			entry(Industry.MANUFACTURING, List.of("Industries", "Manufacturing", "Precision", "Engineering", "Tools")),
			entry(Industry.MEDIA, List.of("Media", "Publishing", "Broadcasting", "Studios")),
			entry(Industry.PHARMACEUTICALS, List.of("Pharma", "Therapeutics", "Biologics", "Life Sciences")),
			entry(Industry.PUBLIC_SECTOR,
					List.of("City Council", "County Council", "Regional Transit", "Water Authority", "Health Agency")),
			entry(Industry.RETAIL, List.of("Retail", "Stores", "Markets", "Fashion", "Home & Garden")),
			entry(Industry.TECHNOLOGY, List.of("Systems", "Technologies", "Software", "Electronics", "Digital")),
			entry(Industry.TELECOMMUNICATIONS, List.of("Telecom", "Networks", "Communications", "Mobile", "Fibre")));

	/** Our competitors, invented. */
	static final List<String> COMPETITORS = List.of("Corvane", "Brightwater Systems", "Meridian Solutions", "Talvik",
			"Stratos Partners", "Octavia Services", "Northgate", "Pellucid", "Arkwright & Co", "Solenne", "Vireo Group",
			"Quanta Link", "Halcyon", "Ferrow");

	static final List<String> SPECIALTIES = List.of("Legal", "Technical", "Finance", "Delivery", "Security",
			"Data protection", "Procurement");

	private static final List<String> ALL_LEGAL_FORMS = Geography.COUNTRIES.values()
		.stream()
		.flatMap(List::stream)
		.flatMap((country) -> Geography.legalForms(country).stream())
		.distinct()
		.sorted((a, b) -> b.length() - a.length())
		.collect(Collectors.toList());

	private DemoNames() {
	}

	/**
	 * The company's website: its name without the legal form, in the country's domain.
	 */
	static String website(String name, String country) {
		String base = name;
		for (String form : ALL_LEGAL_FORMS) {
			if (base.endsWith(" " + form)) {
				base = base.substring(0, base.length() - form.length() - 1);
				break;
			}
		}
		String ascii = Normalizer.normalize(base, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", " ")
			.trim();
		List<String> words = Arrays.stream(ascii.split(" ")).filter((word) -> !word.equals("and")).limit(3).toList();
		return "https://www." + String.join("-", words) + "." + Geography.domain(country);
	}

}
