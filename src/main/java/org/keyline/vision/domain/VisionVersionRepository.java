package org.keyline.vision.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VisionVersionRepository extends JpaRepository<VisionVersion, Long> {

	Optional<VisionVersion> findByAccountIdAndVersionNo(long accountId, int versionNo);

}
