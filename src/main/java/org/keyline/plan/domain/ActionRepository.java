package org.keyline.plan.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface ActionRepository extends Repository<Action, Long> {

	Optional<Action> findByIdAndPlanId(Long id, Long planId);

	Action save(Action action);

	Action saveAndFlush(Action action);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from Action a where a.id = :id")
	void deleteById(@Param("id") Long id);

}
