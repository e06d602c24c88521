package org.keyline.dataio.importing;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keyline.account.Accounts.aViewer;

/**
 * Uploads that nobody touched for a day are deleted every hour, by one instance at a
 * time, and an hour in which none expired writes nothing (which would move the data
 * version and make every instance compute its kept dashboards again).
 */
@KeylineTest
class ExpiredUploadsTests {

	private static final String LOCK = "dataio.expired-uploads";

	@Autowired
	CsvImports imports;

	@Autowired
	UploadStore uploads;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void onlyTheInstanceHoldingTheLockDeletesExpiredUploads() {
		Viewer manager = aViewer(this.users, "expiring-locked", Role.MANAGER);
		UUID first = expiredUpload(manager);
		this.imports.deleteExpired();
		assertThat(exists(first)).isFalse();

		UUID second = expiredUpload(manager);
		try {
			this.jdbc.update("update shedlock set lock_until = now() + interval '10 minutes', locked_by = 'other'"
					+ " where name = ?", LOCK);
			this.imports.deleteExpired();
			assertThat(exists(second)).as("another instance holds the lock").isTrue();
		}
		finally {
			this.jdbc.update("update shedlock set lock_until = now() where name = ?", LOCK);
		}
		this.imports.deleteExpired();
		assertThat(exists(second)).isFalse();
	}

	@Test
	void whenNoUploadExpiredNothingIsWritten() {
		Viewer manager = aViewer(this.users, "expiring-none", Role.MANAGER);
		UUID live = this.imports.upload(ImportKind.ACCOUNTS, "live.csv", "Name\nStays\n".getBytes(), null, null,
				manager);
		Boolean clean = this.transactions.execute((status) -> {
			// Nothing expires before 1970.
			assertThat(this.uploads.deleteExpired(Instant.EPOCH)).isZero();
			return this.jdbc.queryForObject("select pg_current_xact_id_if_assigned() is null", Boolean.class);
		});
		assertThat(clean).as("the transaction wrote nothing").isTrue();
		assertThat(exists(live)).isTrue();

		UUID expired = expiredUpload(manager);
		Boolean wrote = this.transactions.execute((status) -> {
			assertThat(this.uploads.deleteExpired(Instant.now())).isPositive();
			return this.jdbc.queryForObject("select pg_current_xact_id_if_assigned() is not null", Boolean.class);
		});
		assertThat(wrote).isTrue();
		assertThat(exists(expired)).isFalse();
		assertThat(exists(live)).isTrue();
	}

	private UUID expiredUpload(Viewer manager) {
		UUID id = this.imports.upload(ImportKind.ACCOUNTS, "old.csv", "Name\nSoon gone\n".getBytes(), null, null,
				manager);
		this.jdbc.update("update dataio_upload set expires_at = now() - interval '1 minute' where id = ?", id);
		return id;
	}

	private boolean exists(UUID id) {
		return this.jdbc.queryForObject("select count(*) from dataio_upload where id = ?", Integer.class, id) > 0;
	}

}
