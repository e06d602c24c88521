package org.keyline.relationship.domain;

import org.springframework.data.repository.Repository;

public interface InteractionRepository extends Repository<Interaction, Long> {

	Interaction save(Interaction interaction);

}
