package org.keyline.relationship.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface LinkRepository extends Repository<Link, Long> {

	Optional<Link> findByIdAndAccountId(Long id, Long accountId);

	Optional<Link> findByUserIdAndContactId(Long userId, Long contactId);

	List<Link> findByAccountIdAndUserIdInAndContactIdIn(Long accountId, Collection<Long> userIds,
			Collection<Long> contactIds);

	Link save(Link link);

	void delete(Link link);

}
