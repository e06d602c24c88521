package org.keyline.plan.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface StrategyRepository extends Repository<Strategy, Long> {

	/** The strategy if it belongs to an objective of this plan. */
	@Query("select s from Strategy s where s.id = :id and s.objectiveId in "
			+ "(select o.id from Objective o where o.planId = :planId)")
	Optional<Strategy> findInPlan(@Param("id") Long id, @Param("planId") Long planId);

	@Query("select coalesce(max(s.position), 0) from Strategy s where s.objectiveId = :objectiveId")
	int maxPosition(@Param("objectiveId") Long objectiveId);

	long countByObjectiveId(Long objectiveId);

	Strategy save(Strategy strategy);

	/** Deletes the strategy; its actions go with it (on delete cascade). */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from Strategy s where s.id = :id")
	void deleteWithActions(@Param("id") Long id);

}
