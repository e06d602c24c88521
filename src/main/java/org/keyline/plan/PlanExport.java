package org.keyline.plan;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

import org.keyline.account.AccountFilter;
import org.keyline.account.AccountManagement;
import org.keyline.account.AccountNotFound;
import org.keyline.account.AccountRef;
import org.keyline.account.AccountScope;
import org.keyline.account.Viewer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans for the CSV exports, flattened to one row per action with its strategy, objective
 * and plan beside it; an objective without strategies, a strategy without actions and a
 * plan without objectives still make one row each, so that nothing of the plan's shape is
 * lost. Of one plan, of every plan of one account, or of the open plans of every account
 * of the account list (its filter) that the viewer may see. Each export reads its rows in
 * one statement with a cursor and hands each on as it arrives. Whoever may see an account
 * reads its plans (mentors too), so the rows are the same for every viewer.
 */
@Service
public class PlanExport {

	static final int FETCH_SIZE = 500;

	private static final String COLUMNS = """
			select a.name as account_name, p.title, p.horizon_from, p.horizon_to, p.status, p.version_no,
			       case when o.id is not null then dense_rank() over (partition by p.id order by o.position, o.id)
			       end as objective_position, o.title as objective, o.metric, o.unit, o.baseline, o.target,
			       o.target_on, o.latest_value, o.latest_on,
			       case when s.id is not null then dense_rank() over (partition by o.id order by s.position, s.id)
			       end as strategy_position, s.description as strategy,
			       x.description as action, d.display_name as action_owner, x.due_on, x.status as action_status,
			       x.done_on
			from plan_plan p
			join account_account a on a.id = p.account_id
			left join plan_objective o on o.plan_id = p.id
			left join plan_strategy s on s.objective_id = o.id
			left join plan_action x on x.strategy_id = s.id
			left join people_directory d on d.id = x.owner_id
			""";

	private static final String ORDER = " order by (p.status = 'CLOSED'), p.created_at desc, p.id desc,"
			+ " o.position, o.id, s.position, s.id, x.due_on, x.id";

	private final NamedParameterJdbcTemplate jdbc;

	private final AccountManagement accounts;

	private final Clock clock;

	PlanExport(DataSource dataSource, AccountManagement accounts, Clock clock) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(template);
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * One plan of the account ({@code planId}), or every plan of the account, the open
	 * one first ({@code planId} null): the account's access check (two statements,
	 * {@link AccountNotFound} when the viewer may not see it), then one statement.
	 * {@code start} is called before the first row with the account and the first row's
	 * plan (to name the file) and returns where the rows go; a plan that is not the
	 * account's is {@link AccountNotFound} too, before anything is written.
	 */
	@Transactional(readOnly = true)
	public void plansOf(long accountId, Long planId, Viewer viewer,
			Function<AccountRef, Consumer<PlanExportRow>> start) {
		AccountRef account = this.accounts.ref(accountId, viewer);
		Map<String, Object> params = new HashMap<>();
		params.put("accountId", accountId);
		params.put("planId", planId);
		LazyStart<PlanExportRow> rows = new LazyStart<>(() -> start.apply(account));
		this.jdbc.query(COLUMNS
				+ " where p.account_id = :accountId and (cast(:planId as bigint) is null or p.id = :planId)" + ORDER,
				params, (rs) -> {
					rows.accept(row(rs));
				});
		if (!rows.started()) {
			if (planId != null) {
				throw new AccountNotFound(accountId);
			}
			start.apply(account);
		}
	}

	/**
	 * The open plans (not closed) of every account of the list with this filter that the
	 * viewer may see, by account name: one statement.
	 */
	@Transactional(readOnly = true)
	public void openPlans(AccountFilter filter, Viewer viewer, Consumer<PlanExportRow> row) {
		Map<String, Object> params = new HashMap<>();
		String where = AccountScope.matching(filter, viewer, LocalDate.now(this.clock), params);
		this.jdbc.query(COLUMNS + " where p.status <> 'CLOSED' and " + where + " order by lower(a.name), a.id,"
				+ ORDER.substring(" order by".length()), params, (rs) -> {
					row.accept(row(rs));
				});
	}

	private static PlanExportRow row(ResultSet rs) throws SQLException {
		String actionStatus = rs.getString("action_status");
		return new PlanExportRow(rs.getString("account_name"), rs.getString("title"), rs.getInt("horizon_from"),
				rs.getInt("horizon_to"), PlanStatus.valueOf(rs.getString("status")), rs.getInt("version_no"),
				nullableInt(rs, "objective_position"), rs.getString("objective"), rs.getString("metric"),
				rs.getString("unit"), rs.getBigDecimal("baseline"), rs.getBigDecimal("target"),
				rs.getObject("target_on", LocalDate.class), rs.getBigDecimal("latest_value"),
				rs.getObject("latest_on", LocalDate.class), nullableInt(rs, "strategy_position"),
				rs.getString("strategy"), rs.getString("action"), rs.getString("action_owner"),
				rs.getObject("due_on", LocalDate.class),
				(actionStatus != null) ? ActionStatus.valueOf(actionStatus) : null,
				rs.getObject("done_on", LocalDate.class));
	}

	private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	/** Hands rows on to the consumer that {@code start} gives, made at the first row. */
	private static final class LazyStart<T> implements Consumer<T> {

		private final java.util.function.Supplier<Consumer<T>> start;

		private Consumer<T> target;

		LazyStart(java.util.function.Supplier<Consumer<T>> start) {
			this.start = start;
		}

		@Override
		public void accept(T row) {
			if (this.target == null) {
				this.target = this.start.get();
			}
			this.target.accept(row);
		}

		boolean started() {
			return this.target != null;
		}

	}

	/**
	 * One row of a plan export: the plan, and the objective, strategy and action it is
	 * about (null where the plan has none at that level).
	 */
	public record PlanExportRow(String accountName, String planTitle, int horizonFrom, int horizonTo,
			PlanStatus planStatus, int version, Integer objectivePosition, String objective, String metric, String unit,
			BigDecimal baseline, BigDecimal target, LocalDate targetOn, BigDecimal latestValue, LocalDate latestOn,
			Integer strategyPosition, String strategy, String action, String actionOwner, LocalDate dueOn,
			ActionStatus actionStatus, LocalDate doneOn) {
	}

}
