package org.keyline.relationship.domain;

import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface InfluenceRepository extends Repository<Influence, Long> {

	Optional<Influence> findByIdAndAccountId(Long id, Long accountId);

	boolean existsByFromContactIdAndToContactId(Long fromContactId, Long toContactId);

	Influence save(Influence influence);

	void delete(Influence influence);

}
