package org.keyline.plan.domain;

import org.springframework.data.repository.Repository;

/**
 * Comments are only added: there is no update and no delete.
 */
public interface CommentRepository extends Repository<Comment, Long> {

	Comment save(Comment comment);

}
