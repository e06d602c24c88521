package org.keyline.relationship.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface ContactRepository extends Repository<Contact, Long> {

	Optional<Contact> findByIdAndAccountId(Long id, Long accountId);

	List<Contact> findByAccountId(Long accountId);

	Contact save(Contact contact);

	Contact saveAndFlush(Contact contact);

}
