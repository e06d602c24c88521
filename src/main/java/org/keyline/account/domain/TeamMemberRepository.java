package org.keyline.account.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface TeamMemberRepository extends Repository<TeamMember, Long> {

	List<TeamMember> findByAccountId(Long accountId);

	Optional<TeamMember> findByIdAndAccountId(Long id, Long accountId);

	TeamMember save(TeamMember member);

}
