package org.keyline.plan.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.keyline.plan.ActionStatus;

/**
 * Something one person of the account team does by a date, for a strategy.
 */
@Entity
@Table(name = "plan_action")
public class Action {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_id", nullable = false)
	private Long planId;

	@Column(name = "strategy_id", nullable = false)
	private Long strategyId;

	@Column(nullable = false, length = 500)
	private String description;

	@Column(name = "owner_id", nullable = false)
	private Long ownerId;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ActionStatus status;

	@Column(name = "done_on")
	private LocalDate doneOn;

	@Version
	@Column(nullable = false)
	private long version;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", length = 50)
	private String updatedBy;

	protected Action() {
	}

	public Action(Long planId, Long strategyId, String description, Long ownerId, LocalDate dueOn, Instant now,
			String by) {
		this.planId = planId;
		this.strategyId = strategyId;
		this.status = ActionStatus.OPEN;
		define(description, ownerId, dueOn, now, by);
	}

	public void define(String description, Long ownerId, LocalDate dueOn, Instant now, String by) {
		this.description = description;
		this.ownerId = ownerId;
		this.dueOn = dueOn;
		this.updatedAt = now;
		this.updatedBy = by;
	}

	public void progress(ActionStatus status, LocalDate today, Instant now, String by) {
		this.status = status;
		this.doneOn = (status == ActionStatus.DONE) ? today : null;
		this.updatedAt = now;
		this.updatedBy = by;
	}

	public Long getId() {
		return this.id;
	}

	public Long getPlanId() {
		return this.planId;
	}

	public Long getStrategyId() {
		return this.strategyId;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public ActionStatus getStatus() {
		return this.status;
	}

	public String getDescription() {
		return this.description;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

}
