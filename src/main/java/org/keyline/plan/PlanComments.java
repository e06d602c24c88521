package org.keyline.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.keyline.account.AccountManagement;
import org.keyline.account.AccountNotFound;
import org.keyline.account.AccountRef;
import org.keyline.account.Viewer;
import org.keyline.plan.domain.Comment;
import org.keyline.plan.domain.CommentRepository;
import org.keyline.shared.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversation on an account plan: comments on the plan as a whole or on one of its
 * objectives, and replies to them.
 *
 * <p>
 * Everyone who may see the account may comment: its mentors above all, and the owner, the
 * current team members and directors. A closed plan takes no more comments. Comments are
 * never edited nor deleted: the conversation is a record. A reply may answer any comment
 * of the plan; it belongs to the thread of the comment that started the conversation and
 * is shown flat under it, oldest first, naming whom it answers when that is a reply
 * itself.
 */
@Service
public class PlanComments {

	/** The longest comment, in characters after trimming. */
	public static final int BODY_MAX = 4000;

	private static final String STATUS_CLOSED = "CLOSED";

	private final AccountManagement accounts;

	private final CommentRepository comments;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PlanComments(AccountManagement accounts, CommentRepository comments, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.comments = comments;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Every comment of the plan, grouped into threads on the plan as a whole and on each
	 * objective: the access check (two statements) and one statement.
	 * {@link AccountNotFound} when the viewer may not see the account or the plan is not
	 * one of its plans.
	 */
	@Transactional(readOnly = true)
	public Discussion forPlan(long accountId, long planId, Viewer viewer) {
		return forPlan(this.accounts.ref(accountId, viewer), planId);
	}

	/**
	 * Every comment of the plan, for a page that has already checked the account: one
	 * statement, whatever the number of comments. {@link AccountNotFound} when the plan
	 * is not one of the account's plans.
	 */
	@Transactional(readOnly = true)
	public Discussion forPlan(AccountRef account, long planId) {
		List<Row> rows = this.jdbc.sql("""
				select p.status, c.id, c.objective_id, c.objective_title, c.parent_id, c.body, c.author_id,
				       c.created_at, coalesce(d.display_name, d.username) as author_name,
				       (m.mentor_id is not null) as author_mentor
				from plan_plan p
				left join plan_comment c on c.plan_id = p.id
				left join people_directory d on d.id = c.author_id
				left join account_mentor m on m.account_id = p.account_id and m.mentor_id = c.author_id
				where p.id = :planId and p.account_id = :accountId
				order by c.created_at, c.id""")
			.param("planId", planId)
			.param("accountId", account.id())
			.query(PlanComments::row)
			.list();
		if (rows.isEmpty()) {
			throw new AccountNotFound(account.id());
		}
		boolean open = !STATUS_CLOSED.equals(rows.get(0).status());
		return Discussion.of(account.id(), planId, open,
				rows.stream().filter((row) -> row.comment() != null).map(Row::comment).toList());
	}

	/**
	 * Adds a comment on the plan as a whole ({@code objectiveId} null) or on one of its
	 * objectives, or, with {@code parentId}, a reply to a comment of the plan on the same
	 * objective. Publishes {@link PlanCommentAdded}; returns the comment's id.
	 * {@link AccountNotFound} when the viewer may not see the account, or when the plan,
	 * the objective or the comment answered is not part of it (or the objective is not
	 * the one of the comment answered); {@link RuleViolation} on {@code body} when the
	 * plan is closed or the text is blank or too long.
	 */
	@Transactional
	public long add(long accountId, long planId, Long objectiveId, Long parentId, String body, Viewer viewer) {
		AccountRef account = this.accounts.ref(accountId, viewer);
		Target target = this.jdbc.sql("""
				select p.status, o.title as objective_title, c.id as parent_id, c.objective_id as parent_objective_id,
				       c.objective_title as parent_objective_title
				from plan_plan p
				left join plan_objective o on o.id = :objectiveId and o.plan_id = p.id
				left join plan_comment c on c.id = :parentId and c.plan_id = p.id
				where p.id = :planId and p.account_id = :accountId""")
			.param("objectiveId", (objectiveId != null) ? objectiveId : -1L)
			.param("parentId", (parentId != null) ? parentId : -1L)
			.param("planId", planId)
			.param("accountId", account.id())
			.query((rs, n) -> new Target(rs.getString("status"), rs.getString("objective_title"),
					rs.getObject("parent_id", Long.class), rs.getObject("parent_objective_id", Long.class),
					rs.getString("parent_objective_title")))
			.optional()
			.orElseThrow(() -> new AccountNotFound(account.id()));
		if (objectiveId != null && target.objectiveTitle() == null) {
			throw new AccountNotFound(account.id());
		}
		if (parentId != null
				&& (target.parentId() == null || !Objects.equals(target.parentObjectiveId(), objectiveId))) {
			throw new AccountNotFound(account.id());
		}
		if (STATUS_CLOSED.equals(target.status())) {
			throw new RuleViolation("body", "comment.plan.closed");
		}
		if (body == null || body.isBlank()) {
			throw new RuleViolation("body", "comment.body.required");
		}
		String text = body.strip();
		if (text.length() > BODY_MAX) {
			throw new RuleViolation("body", "comment.body.size");
		}
		String objectiveTitle = (objectiveId != null) ? target.objectiveTitle()
				: (parentId != null) ? target.parentObjectiveTitle() : null;
		Comment saved = this.comments.save(new Comment(planId, objectiveId, objectiveTitle, parentId, text,
				viewer.userId(), this.clock.instant()));
		this.events
			.publishEvent(new PlanCommentAdded(account.id(), planId, objectiveId, saved.getId(), viewer.userId()));
		return saved.getId();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		Long id = rs.getObject("id", Long.class);
		if (id == null) {
			return new Row(rs.getString("status"), null);
		}
		return new Row(rs.getString("status"),
				new PlanCommentView(id, rs.getObject("objective_id", Long.class), rs.getString("objective_title"),
						rs.getObject("parent_id", Long.class), rs.getString("body"), rs.getLong("author_id"),
						rs.getString("author_name"), rs.getBoolean("author_mentor"),
						rs.getTimestamp("created_at").toInstant(), null));
	}

	private record Row(String status, PlanCommentView comment) {
	}

	private record Target(String status, String objectiveTitle, Long parentId, Long parentObjectiveId,
			String parentObjectiveTitle) {
	}

	/**
	 * The comments of one plan: the threads on the plan as a whole (with those about an
	 * objective removed since), and per objective id the threads on that objective; each
	 * list oldest thread first. {@code open} is false for a closed plan, which takes no
	 * more comments.
	 */
	public record Discussion(long accountId, long planId, boolean open, List<CommentThread> plan,
			Map<Long, List<CommentThread>> objectives, int total) {

		public Discussion {
			plan = List.copyOf(plan);
			objectives = Map.copyOf(objectives);
		}

		/**
		 * The threads on this objective, or on the plan as a whole when
		 * {@code objectiveId} is null; empty when there are none.
		 */
		public List<CommentThread> on(Long objectiveId) {
			return (objectiveId == null) ? this.plan : this.objectives.getOrDefault(objectiveId, List.of());
		}

		/** The number of comments, replies included, on this objective or the plan. */
		public int count(Long objectiveId) {
			return on(objectiveId).stream().mapToInt(CommentThread::size).sum();
		}

		/**
		 * Groups comments given oldest first: each reply goes to the thread of the
		 * comment that started its conversation.
		 */
		static Discussion of(long accountId, long planId, boolean open, List<PlanCommentView> comments) {
			Map<Long, PlanCommentView> byId = new LinkedHashMap<>();
			comments.forEach((comment) -> byId.put(comment.id(), comment));
			Map<Long, PlanCommentView> roots = new LinkedHashMap<>();
			Map<Long, List<PlanCommentView>> replies = new LinkedHashMap<>();
			for (PlanCommentView comment : comments) {
				PlanCommentView root = rootOf(comment, byId);
				if (root == comment) {
					roots.put(comment.id(), comment);
					replies.put(comment.id(), new ArrayList<>());
				}
				else {
					replies.computeIfAbsent(root.id(), (id) -> new ArrayList<>()).add(answering(comment, root, byId));
				}
			}
			List<CommentThread> plan = new ArrayList<>();
			Map<Long, List<CommentThread>> objectives = new LinkedHashMap<>();
			for (PlanCommentView root : roots.values()) {
				CommentThread thread = new CommentThread(root, replies.get(root.id()));
				if (root.objectiveId() == null) {
					plan.add(thread);
				}
				else {
					objectives.computeIfAbsent(root.objectiveId(), (id) -> new ArrayList<>()).add(thread);
				}
			}
			objectives.replaceAll((id, threads) -> List.copyOf(threads));
			return new Discussion(accountId, planId, open, plan, objectives, comments.size());
		}

		private static PlanCommentView rootOf(PlanCommentView comment, Map<Long, PlanCommentView> byId) {
			PlanCommentView current = comment;
			for (int depth = 0; depth < byId.size() && current.parentId() != null; depth++) {
				PlanCommentView parent = byId.get(current.parentId());
				if (parent == null) {
					break;
				}
				current = parent;
			}
			return current;
		}

		private static PlanCommentView answering(PlanCommentView reply, PlanCommentView root,
				Map<Long, PlanCommentView> byId) {
			if (reply.parentId() == null || reply.parentId() == root.id()) {
				return reply;
			}
			PlanCommentView parent = byId.get(reply.parentId());
			return new PlanCommentView(reply.id(), reply.objectiveId(), reply.objectiveTitle(), reply.parentId(),
					reply.body(), reply.authorId(), reply.authorName(), reply.authorMentor(), reply.createdAt(),
					parent.authorName());
		}

	}

}
