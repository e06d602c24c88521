package org.keyline.account.domain;

import org.springframework.data.repository.Repository;

public interface MentorAssignmentRepository extends Repository<MentorAssignment, MentorAssignment.Key> {

	boolean existsById(MentorAssignment.Key key);

	MentorAssignment save(MentorAssignment assignment);

	void deleteById(MentorAssignment.Key key);

}
