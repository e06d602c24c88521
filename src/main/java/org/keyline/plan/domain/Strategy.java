package org.keyline.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How the team means to reach an objective.
 */
@Entity
@Table(name = "plan_strategy")
public class Strategy {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "objective_id", nullable = false)
	private Long objectiveId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 1000)
	private String description;

	protected Strategy() {
	}

	public Strategy(Long objectiveId, int position, String description) {
		this.objectiveId = objectiveId;
		this.position = position;
		this.description = description;
	}

	public void describe(String description) {
		this.description = description;
	}

	public Long getId() {
		return this.id;
	}

	public Long getObjectiveId() {
		return this.objectiveId;
	}

	public String getDescription() {
		return this.description;
	}

}
