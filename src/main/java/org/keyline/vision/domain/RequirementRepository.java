package org.keyline.vision.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RequirementRepository extends JpaRepository<Requirement, Long> {

	Optional<Requirement> findByIdAndAccountId(long id, long accountId);

}
