package org.keyline.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every account of the list as filtered and sorted, for the CSV export: the same filters,
 * sort and access rule as {@link AccountManagement#list}, but all rows, read in one
 * statement with a cursor ({@value #FETCH_SIZE} rows at a time), each handed on as it
 * arrives rather than collected in memory.
 */
@Service
public class AccountExport {

	static final int FETCH_SIZE = 500;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	AccountExport(DataSource dataSource, Clock clock) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(template);
		this.clock = clock;
	}

	/**
	 * Hands each account the viewer may see that matches the filter to {@code row}, in
	 * the list's order. One statement, in a read-only transaction (PostgreSQL uses a
	 * cursor only inside one).
	 */
	@Transactional(readOnly = true)
	public void forEach(AccountFilter filter, AccountSort sort, boolean descending, Viewer viewer,
			Consumer<AccountRow> row) {
		Map<String, Object> params = new HashMap<>();
		String where = AccountQueries.where(filter, viewer, LocalDate.now(this.clock), params);
		String order = sort.column() + (descending ? " desc nulls last" : " asc nulls last") + ", a.id";
		this.jdbc.query(
				"select a.*, o.display_name as owner_name from account_account a"
						+ " join people_directory o on o.id = a.owner_id where " + where + " order by " + order,
				params, (rs) -> {
					row.accept(AccountQueries.row(rs, rs.getRow()));
				});
	}

}
