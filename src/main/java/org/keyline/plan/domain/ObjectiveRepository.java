package org.keyline.plan.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface ObjectiveRepository extends Repository<Objective, Long> {

	Optional<Objective> findByIdAndPlanId(Long id, Long planId);

	@Query("select coalesce(max(o.position), 0) from Objective o where o.planId = :planId")
	int maxPosition(@Param("planId") Long planId);

	long countByPlanId(Long planId);

	Objective save(Objective objective);

	Objective saveAndFlush(Objective objective);

	/**
	 * Deletes the objective; its strategies and their actions go with it (on delete
	 * cascade).
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from Objective o where o.id = :id")
	void deleteWithStrategies(@Param("id") Long id);

}
