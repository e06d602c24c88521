package org.keyline.plan.domain;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface SignOffRepository extends Repository<SignOff, Long> {

	List<SignOff> findByPlanIdAndVersionNo(Long planId, int versionNo);

	SignOff save(SignOff signOff);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from SignOff s where s.planId = :planId and s.versionNo = :versionNo")
	void deleteRound(@Param("planId") Long planId, @Param("versionNo") int versionNo);

}
