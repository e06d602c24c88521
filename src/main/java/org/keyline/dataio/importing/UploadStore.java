package org.keyline.dataio.importing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.keyline.account.Industry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Uploaded files in {@code dataio_upload}: in the database rather than in one instance's
 * memory or disk, so that the preview and the confirmation may reach another Keyline
 * instance than the upload did.
 */
@Component
class UploadStore {

	private final JdbcClient jdbc;

	UploadStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Upload upload) {
		this.jdbc.sql("""
				insert into dataio_upload (id, owner_id, kind, file_name, content, mapping, default_industry,
				    default_country, account_owner_id, account_id, created_at, expires_at)
				values (:id, :owner, :kind, :fileName, :content, :mapping, :industry, :country, :accountOwner,
				    :account, :created, :expires)""")
			.param("id", upload.id())
			.param("owner", upload.ownerId())
			.param("kind", upload.kind().name())
			.param("fileName", upload.fileName())
			.param("content", upload.content())
			.param("mapping", upload.mapping())
			.param("industry", (upload.defaultIndustry() != null) ? upload.defaultIndustry().name() : null)
			.param("country", upload.defaultCountry())
			.param("accountOwner", upload.accountOwnerId())
			.param("account", upload.accountId())
			.param("created", Timestamp.from(upload.createdAt()))
			.param("expires", Timestamp.from(upload.expiresAt()))
			.update();
	}

	/**
	 * The owner's upload if it has not expired; {@code forUpdate} locks it, so that a
	 * second confirmation of the same file waits and then finds it gone.
	 */
	Optional<Upload> find(UUID id, long ownerId, Instant now, boolean forUpdate) {
		return this.jdbc
			.sql("select * from dataio_upload where id = :id and owner_id = :owner and expires_at > :now"
					+ (forUpdate ? " for update" : ""))
			.param("id", id)
			.param("owner", ownerId)
			.param("now", Timestamp.from(now))
			.query((rs, row) -> new Upload(rs.getObject("id", UUID.class), rs.getLong("owner_id"),
					ImportKind.valueOf(rs.getString("kind")), rs.getString("file_name"), rs.getBytes("content"),
					rs.getString("mapping"),
					(rs.getString("default_industry") != null) ? Industry.valueOf(rs.getString("default_industry"))
							: null,
					rs.getString("default_country"), (Long) rs.getObject("account_owner_id", Long.class),
					(Long) rs.getObject("account_id", Long.class), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("expires_at").toInstant()))
			.optional();
	}

	void saveChoices(UUID id, String mapping, Industry defaultIndustry, String defaultCountry, Instant expiresAt) {
		this.jdbc.sql("""
				update dataio_upload set mapping = :mapping, default_industry = :industry, default_country = :country,
				    expires_at = :expires where id = :id""")
			.param("id", id)
			.param("mapping", mapping)
			.param("industry", (defaultIndustry != null) ? defaultIndustry.name() : null)
			.param("country", defaultCountry)
			.param("expires", Timestamp.from(expiresAt))
			.update();
	}

	void delete(UUID id) {
		this.jdbc.sql("delete from dataio_upload where id = :id").param("id", id).update();
	}

	/**
	 * Deletes the uploads that expired; returns how many. Deletes only when there is one:
	 * a {@code delete} moves the data version even when it matches no row (migration
	 * V19), and every instance would then compute its kept dashboards again after each
	 * hourly run.
	 */
	int deleteExpired(Instant now) {
		Timestamp at = Timestamp.from(now);
		boolean any = this.jdbc.sql("select exists (select 1 from dataio_upload where expires_at <= :now)")
			.param("now", at)
			.query(Boolean.class)
			.single();
		return any ? this.jdbc.sql("delete from dataio_upload where expires_at <= :now").param("now", at).update() : 0;
	}

}
