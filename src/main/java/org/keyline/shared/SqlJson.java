package org.keyline.shared;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading the parts of a row that a statement returns as JSON arrays
 * ({@code json_agg(json_build_array(...))}), so that one statement can bring a record
 * with its lists: numbers as text (exact decimals), dates as ISO text, moments as whole
 * microseconds since the epoch
 * ({@code cast(extract(epoch from t.at) * 1000000 as bigint)}).
 */
public final class SqlJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SqlJson() {
	}

	/** The elements of the JSON array in this column; none when it is null. */
	public static Iterable<JsonNode> array(ResultSet rs, String column) throws SQLException {
		String json = rs.getString(column);
		return (json != null) ? JSON.readTree(json) : List.of();
	}

	public static String text(JsonNode node) {
		return (node == null || node.isNull()) ? null : node.asString();
	}

	public static BigDecimal decimal(JsonNode node) {
		return (node == null || node.isNull()) ? null : new BigDecimal(node.asString());
	}

	public static LocalDate date(JsonNode node) {
		return (node == null || node.isNull()) ? null : LocalDate.parse(node.asString());
	}

	/** A moment written as whole microseconds since the epoch. */
	public static Instant micros(JsonNode node) {
		return Instant.EPOCH.plus(node.asLong(), ChronoUnit.MICROS);
	}

}
