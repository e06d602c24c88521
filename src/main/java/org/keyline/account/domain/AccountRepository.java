package org.keyline.account.domain;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends Repository<Account, Long> {

	Optional<Account> findById(Long id);

	/** The account, locked for the rest of the transaction (for rules across rows). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.id = :id")
	Optional<Account> findByIdForUpdate(@Param("id") Long id);

	Account save(Account account);

	Account saveAndFlush(Account account);

}
