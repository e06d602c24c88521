package org.keyline.account.domain;

import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface EconomicsRepository extends Repository<Economics, Long> {

	Optional<Economics> findByAccountIdAndFiscalYear(Long accountId, int fiscalYear);

	Optional<Economics> findFirstByAccountIdOrderByFiscalYearDesc(Long accountId);

	Economics save(Economics economics);

	Economics saveAndFlush(Economics economics);

}
