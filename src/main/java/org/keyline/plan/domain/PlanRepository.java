package org.keyline.plan.domain;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface PlanRepository extends Repository<Plan, Long> {

	/**
	 * The plan of this account, locked for the rest of the transaction: every change to a
	 * plan, its objectives, actions and sign-offs takes this lock first, so that the
	 * rules across rows (who signed, which version) hold under concurrent requests.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Plan p where p.id = :id and p.accountId = :accountId")
	Optional<Plan> lockByIdAndAccountId(@Param("id") Long id, @Param("accountId") Long accountId);

	@Query("select p from Plan p where p.accountId = :accountId and p.status <> org.keyline.plan.PlanStatus.CLOSED")
	Optional<Plan> findOpenByAccountId(@Param("accountId") Long accountId);

	Plan save(Plan plan);

	Plan saveAndFlush(Plan plan);

}
