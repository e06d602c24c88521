package org.keyline.relationship.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static java.util.Map.entry;

/**
 * Names of the customer's people, by the account's country, and how their e-mail
 * addresses and phone numbers look.
 */
final class DemoPeople {

	/** First names, then last names, of one naming tradition. */
	record Names(List<String> first, List<String> last) {
	}

	static final Names ENGLISH = new Names(
			List.of("James", "Emily", "Michael", "Sarah", "David", "Jennifer", "Robert", "Laura", "Daniel", "Rachel",
					"Christopher", "Megan", "Andrew", "Olivia", "Brian", "Karen", "Kevin", "Amanda", "Thomas",
					"Jessica", "Mark", "Hannah", "Steven", "Natalie"),
			List.of("Smith", "Johnson", "Williams", "Brown", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Moore",
					"Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Young", "Allen",
					"Wright", "Scott", "Baker", "Carter", "Mitchell", "Turner", "Parker", "Collins"));

	static final Names GERMAN = new Names(
			List.of("Thomas", "Katrin", "Michael", "Sabine", "Andreas", "Claudia", "Stefan", "Julia", "Markus", "Anja",
					"Jörg", "Petra", "Tobias", "Nicole", "Florian", "Susanne", "Matthias", "Birgit", "Jan", "Stefanie",
					"Christian", "Heike", "Lukas", "Anna"),
			List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
					"Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Braun", "Zimmermann",
					"Krüger", "Hartmann", "Lange", "Werner", "Krause", "Lorenz", "Albers", "Brandt", "Vogel"));

	static final Names NORDIC = new Names(
			List.of("Lars", "Ingrid", "Erik", "Astrid", "Magnus", "Sigrid", "Anders", "Karin", "Nils", "Maja", "Johan",
					"Liv", "Henrik", "Elin", "Mikael", "Sofie", "Jonas", "Freja", "Oskar", "Hanna", "Mats", "Tuula",
					"Jukka", "Aino"),
			List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsen", "Hansen",
					"Pedersen", "Nielsen", "Jensen", "Berg", "Lindqvist", "Holm", "Dahl", "Virtanen", "Korhonen",
					"Mäkinen", "Nieminen", "Lund", "Haugen", "Strand", "Bakke", "Sandberg"));

	static final Names ITALIAN = new Names(
			List.of("Marco", "Giulia", "Alessandro", "Francesca", "Luca", "Chiara", "Giuseppe", "Elena", "Matteo",
					"Sara", "Andrea", "Valentina", "Stefano", "Federica", "Davide", "Martina", "Paolo", "Silvia",
					"Roberto", "Alessia"),
			List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
					"Bruno", "Gallo", "Conti", "De Luca", "Costa", "Giordano", "Mancini", "Rizzo", "Lombardi",
					"Moretti", "Barbieri", "Fontana"));

	static final Names SPANISH = new Names(
			List.of("Carlos", "María", "José", "Lucía", "Javier", "Carmen", "Miguel", "Ana", "Alejandro", "Laura",
					"Diego", "Sofía", "Pablo", "Isabel", "Fernando", "Marta", "Andrés", "Paula", "Raúl", "Valeria"),
			List.of("García", "Martínez", "López", "Sánchez", "González", "Rodríguez", "Fernández", "Pérez", "Gómez",
					"Díaz", "Moreno", "Álvarez", "Romero", "Navarro", "Torres", "Ramírez", "Ruiz", "Vargas", "Castillo",
					"Herrera", "Mendoza", "Ortega"));

	static final Names PORTUGUESE = new Names(
			List.of("João", "Ana", "Pedro", "Mariana", "Rafael", "Beatriz", "Tiago", "Camila", "Bruno", "Juliana",
					"Gustavo", "Fernanda", "Ricardo", "Inês", "Lucas", "Patrícia", "André", "Carolina"),
			List.of("Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida", "Nascimento",
					"Lima", "Carvalho", "Ferreira", "Ribeiro", "Martins", "Gomes", "Barbosa", "Rocha", "Teixeira"));

	static final Names FRENCH = new Names(
			List.of("Jean", "Marie", "Pierre", "Camille", "Nicolas", "Sophie", "Julien", "Claire", "Antoine",
					"Isabelle", "Mathieu", "Nathalie", "François", "Céline", "Olivier", "Aurélie", "Laurent", "Émilie"),
			List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
					"Simon", "Laurent", "Lefèvre", "Michel", "Garnier", "Rousseau", "Fontaine", "Chevalier", "Peeters",
					"Janssens"));

	static final Names DUTCH = new Names(
			List.of("Jan", "Anouk", "Pieter", "Sanne", "Dirk", "Femke", "Bram", "Lotte", "Maarten", "Eva", "Sander",
					"Inge", "Joost", "Marieke", "Ruben", "Esther"),
			List.of("de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer",
					"de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker"));

	static final Names CENTRAL_EUROPEAN = new Names(
			List.of("Piotr", "Anna", "Tomasz", "Katarzyna", "Jakub", "Magdalena", "Pavel", "Petra", "Martin", "Lucie",
					"Gábor", "Eszter", "Andrei", "Ioana", "Marek", "Zuzana", "László", "Elena"),
			List.of("Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Novák", "Svoboda", "Dvořák", "Černý",
					"Nagy", "Kovács", "Tóth", "Szabó", "Popescu", "Ionescu", "Horváth", "Kováč", "Varga"));

	static final Names GREEK = new Names(
			List.of("Giorgos", "Maria", "Nikos", "Eleni", "Dimitris", "Katerina", "Kostas", "Sofia", "Yannis", "Anna",
					"Panagiotis", "Despina"),
			List.of("Papadopoulos", "Georgiou", "Nikolaou", "Oikonomou", "Pappas", "Vasileiou", "Dimitriou",
					"Karagiannis", "Konstantinou", "Makris", "Alexiou", "Christodoulou"));

	static final Names JAPANESE = new Names(
			List.of("Hiroshi", "Yuki", "Takeshi", "Naoko", "Kenji", "Akiko", "Satoshi", "Emi", "Daisuke", "Mariko",
					"Kazuki", "Haruka", "Takumi", "Ayaka", "Shinji", "Keiko", "Yusuke", "Tomoko"),
			List.of("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi",
					"Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi"));

	static final Names KOREAN = new Names(
			List.of("Min-jun", "Seo-yeon", "Ji-hoon", "Ji-woo", "Hyun-woo", "Soo-ah", "Dong-hyun", "Ha-eun", "Sung-min",
					"Yoo-jin", "Jae-won", "Eun-ji"),
			List.of("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin"));

	static final Names ARABIC = new Names(
			List.of("Ahmed", "Fatima", "Omar", "Layla", "Khalid", "Noura", "Yousef", "Mariam", "Hassan", "Aisha",
					"Tariq", "Huda", "Karim", "Salma", "Faisal", "Rania"),
			List.of("Al-Mansouri", "Al-Hashimi", "Haddad", "Al-Qahtani", "Al-Farsi", "Nasser", "Khalil", "Saleh",
					"Al-Amin", "Bennani", "El Idrissi", "Al-Thani", "Hamdan", "Mahmoud"));

	static final Names INDIAN = new Names(
			List.of("Arjun", "Priya", "Rahul", "Ananya", "Vikram", "Kavya", "Sanjay", "Meera", "Rohan", "Divya", "Amit",
					"Neha", "Suresh", "Pooja", "Karthik", "Lakshmi"),
			List.of("Sharma", "Patel", "Iyer", "Reddy", "Gupta", "Nair", "Menon", "Singh", "Kumar", "Rao", "Banerjee",
					"Desai", "Joshi", "Kapoor", "Pillai", "Chatterjee"));

	private static final Map<String, Names> BY_COUNTRY = Map.ofEntries(entry("DE", GERMAN), entry("AT", GERMAN),
			entry("CH", GERMAN), entry("LU", FRENCH), entry("SE", NORDIC), entry("NO", NORDIC), entry("DK", NORDIC),
			entry("FI", NORDIC), entry("IT", ITALIAN), entry("ES", SPANISH), entry("MX", SPANISH), entry("AR", SPANISH),
			entry("CL", SPANISH), entry("CO", SPANISH), entry("PT", PORTUGUESE), entry("BR", PORTUGUESE),
			entry("FR", FRENCH), entry("BE", FRENCH), entry("NL", DUTCH), entry("PL", CENTRAL_EUROPEAN),
			entry("CZ", CENTRAL_EUROPEAN), entry("HU", CENTRAL_EUROPEAN), entry("RO", CENTRAL_EUROPEAN),
			entry("SK", CENTRAL_EUROPEAN), entry("GR", GREEK), entry("JP", JAPANESE), entry("KR", KOREAN),
			entry("AE", ARABIC), entry("SA", ARABIC), entry("QA", ARABIC), entry("MA", ARABIC), entry("IN", INDIAN));

	private static final Map<String, String> CALLING_CODES = Map.ofEntries(entry("US", "1"), entry("CA", "1"),
			entry("BR", "55"), entry("MX", "52"), entry("AR", "54"), entry("CL", "56"), entry("CO", "57"),
			entry("SE", "46"), entry("NO", "47"), entry("DK", "45"), entry("FI", "358"), entry("GB", "44"),
			entry("IE", "353"), entry("DE", "49"), entry("FR", "33"), entry("NL", "31"), entry("BE", "32"),
			entry("AT", "43"), entry("CH", "41"), entry("LU", "352"), entry("ES", "34"), entry("IT", "39"),
			entry("PT", "351"), entry("GR", "30"), entry("PL", "48"), entry("CZ", "420"), entry("HU", "36"),
			entry("RO", "40"), entry("SK", "421"), entry("AE", "971"), entry("SA", "966"), entry("ZA", "27"),
			entry("KE", "254"), entry("MA", "212"), entry("QA", "974"), entry("JP", "81"), entry("SG", "65"),
			entry("AU", "61"), entry("KR", "82"), entry("IN", "91"), entry("NZ", "64"));

	private DemoPeople() {
	}

	/** The names people have in this country; English ones where we have none. */
	static Names of(String country) {
		return (country != null) ? BY_COUNTRY.getOrDefault(country, ENGLISH) : ENGLISH;
	}

	static String callingCode(String country) {
		return (country != null) ? CALLING_CODES.getOrDefault(country, "44") : "44";
	}

	/** The e-mail domain of a website ({@code https://www.nordhafen-logistics.de}). */
	static String domain(String website, String accountName) {
		if (website != null && !website.isBlank()) {
			String host = website.replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
			int slash = host.indexOf('/');
			return (slash >= 0) ? host.substring(0, slash) : host;
		}
		String slug = ascii(accountName).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return (slug.isEmpty() ? "customer" : slug) + ".com";
	}

	/** {@code jörg.brandt} for Jörg Brandt. */
	static String mailbox(String first, String last) {
		return ascii(first).replaceAll("[^a-z0-9]+", "") + "." + ascii(last).replaceAll("[^a-z0-9]+", "");
	}

	private static String ascii(String text) {
		String expanded = text.replace("ß", "ss")
			.replace("æ", "ae")
			.replace("Æ", "Ae")
			.replace("ø", "o")
			.replace("Ø", "O")
			.replace("ä", "ae")
			.replace("ö", "oe")
			.replace("ü", "ue");
		return Normalizer.normalize(expanded, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace("ł", "l")
			.toLowerCase(Locale.ROOT);
	}

}
