package org.keyline.dataio.importing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.keyline.account.AccountActionRefused;
import org.keyline.account.AccountImports;
import org.keyline.account.AccountRef;
import org.keyline.account.Industry;
import org.keyline.account.Viewer;
import org.keyline.dataio.csv.CsvReader;
import org.keyline.dataio.csv.CsvTable;
import org.keyline.people.Role;
import org.keyline.people.UserDirectory;
import org.keyline.people.UserSummary;
import org.keyline.relationship.ContactImports;
import org.keyline.relationship.ContactManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * CSV import of accounts and contacts: upload, preview (mapping, failing rows,
 * duplicates), confirm, all or nothing.
 *
 * <p>
 * Who may import: directors and key account managers import accounts (a manager's
 * imported accounts are theirs; a director names the owner, a key account manager);
 * directors, managers and team members import contacts into the accounts they work on
 * (director, owner, current team member). Mentors and administrators import nothing. An
 * upload is seen only by whoever uploaded it.
 *
 * <p>
 * All or nothing: a file with failing rows writes nothing until its importer chooses to
 * leave those rows out; then everything else is written in one transaction, or nothing if
 * any statement fails. The confirmation is checked again against the data as it is then:
 * if what would fail or duplicate changed since the preview, nothing is written and the
 * preview is shown again.
 */
@Service
public class CsvImports {

	private static final Logger logger = LoggerFactory.getLogger(CsvImports.class);

	/** How long an upload waits after it was last touched. */
	static final Duration KEPT_FOR = Duration.ofHours(24);

	private final UploadStore uploads;

	private final AccountCheck accountCheck;

	private final ContactCheck contactCheck;

	private final AccountImports accountImports;

	private final ContactImports contactImports;

	private final ContactManagement contacts;

	private final UserDirectory users;

	private final Clock clock;

	private final long maxBytes;

	CsvImports(UploadStore uploads, AccountCheck accountCheck, ContactCheck contactCheck, AccountImports accountImports,
			ContactImports contactImports, ContactManagement contacts, UserDirectory users, Clock clock,
			@Value("${keyline.import.max-file-size:10MB}") DataSize maxFileSize) {
		this.uploads = uploads;
		this.accountCheck = accountCheck;
		this.contactCheck = contactCheck;
		this.accountImports = accountImports;
		this.contactImports = contactImports;
		this.contacts = contacts;
		this.users = users;
		this.clock = clock;
		this.maxBytes = maxFileSize.toBytes();
	}

	/** The largest file accepted. */
	public long maxBytes() {
		return this.maxBytes;
	}

	/**
	 * Whether the viewer may import files of this kind at all: accounts for directors and
	 * managers, contacts also for team members.
	 */
	public boolean mayImport(ImportKind kind, Viewer viewer) {
		if (viewer.isDirector() || viewer.isManager()) {
			return true;
		}
		return kind == ImportKind.CONTACTS && viewer.roles().contains(Role.MEMBER);
	}

	/**
	 * The key account managers a director may name as owner of imported accounts.
	 */
	public List<UserSummary> possibleOwners() {
		return this.users.withRole(Role.MANAGER);
	}

	/**
	 * The account an import of contacts is started from: the viewer must work on it.
	 */
	@Transactional(readOnly = true)
	public AccountRef contactsAccount(long accountId, Viewer viewer) {
		AccountRef account = this.contacts.account(accountId, viewer);
		if (!account.contributes()) {
			throw new AccountActionRefused("import contacts");
		}
		return account;
	}

	/**
	 * Keeps an uploaded file for its preview: checks who may import it, that it is not
	 * too large and that it reads as CSV (else {@link ImportRefused}), and recognises its
	 * columns. Returns the upload's id.
	 */
	@Transactional
	public UUID upload(ImportKind kind, String fileName, byte[] content, Long ownerId, Long accountId, Viewer viewer) {
		if (!mayImport(kind, viewer)) {
			throw new AccountActionRefused("import " + kind);
		}
		Long owner = null;
		if (kind == ImportKind.ACCOUNTS) {
			if (viewer.isDirector()) {
				if (ownerId == null) {
					throw new ImportRefused("ownerId", "import.owner.required");
				}
				if (!this.users.hasRole(ownerId, Role.MANAGER)) {
					throw new ImportRefused("ownerId", "account.owner.invalid");
				}
				owner = ownerId;
			}
			else {
				owner = viewer.userId();
			}
		}
		Long account = null;
		if (kind == ImportKind.CONTACTS && accountId != null) {
			account = contactsAccount(accountId, viewer).id();
		}
		if (content == null || content.length == 0) {
			throw new ImportRefused("file", "import.file.required");
		}
		if (content.length > this.maxBytes) {
			throw new ImportRefused("file", "import.file.tooLarge", DataSize.ofBytes(this.maxBytes).toMegabytes());
		}
		CsvTable table;
		try {
			table = CsvReader.read(content);
		}
		catch (org.keyline.dataio.csv.UnreadableFile ex) {
			throw new ImportRefused("file", ex.messageKey(), ex.arguments());
		}
		Instant now = this.clock.instant();
		this.uploads.deleteExpired(now);
		UUID id = UUID.randomUUID();
		String name = (fileName == null || fileName.isBlank()) ? "upload.csv" : fileName.strip();
		if (name.length() > 255) {
			name = name.substring(name.length() - 255);
		}
		this.uploads.insert(new Upload(id, viewer.userId(), kind, name, content,
				ColumnMapping.detect(kind, table.headers()).store(), null, null, owner, account, now,
				now.plus(KEPT_FOR)));
		logger.info("{} uploaded {} ({} bytes, {} rows of {}) for import", viewer.username(), name, content.length,
				table.rows().size(), kind);
		return id;
	}

	/** The upload and what importing it would do, as things are now. */
	@Transactional(readOnly = true)
	public Preview preview(UUID id, Viewer viewer) {
		Upload upload = find(id, viewer, false);
		return preview(upload, review(upload, viewer), viewer);
	}

	/**
	 * Saves the column mapping and the values for empty or unknown cells, if no field is
	 * mapped twice; returns the fields mapped twice (then nothing is saved).
	 */
	@Transactional
	public Set<ImportField> choose(UUID id, List<String> columns, Industry defaultIndustry, String defaultCountry,
			Viewer viewer) {
		Upload upload = find(id, viewer, true);
		CsvTable table = CsvReader.read(upload.content());
		ColumnMapping mapping = ColumnMapping.of(columns, upload.kind(), table.headers().size());
		Set<ImportField> twice = mapping.mappedTwice();
		if (!twice.isEmpty()) {
			return twice;
		}
		String country = (defaultCountry == null || defaultCountry.isBlank()) ? null : Values.country(defaultCountry);
		this.uploads.saveChoices(id, mapping.store(), defaultIndustry, country, this.clock.instant().plus(KEPT_FOR));
		return Set.of();
	}

	/**
	 * Imports the file: with failing rows only if {@code skipFailing}; duplicates the
	 * importer may change are updated or skipped as chosen. Refused
	 * ({@link ImportRefused}) when rows fail and are not to be skipped, or when the
	 * number of failing rows or of duplicates is no longer what the importer saw. One
	 * transaction: everything is written, or nothing.
	 */
	@Transactional
	public ImportOutcome confirm(UUID id, DuplicateChoice choice, boolean skipFailing, int seenFailing,
			int seenDuplicates, Viewer viewer) {
		long start = System.nanoTime();
		Upload upload = find(id, viewer, true);
		ImportReview review = review(upload, viewer);
		if (review.failingRows() != seenFailing || review.duplicates().size() != seenDuplicates) {
			throw new ImportRefused("changed", "import.confirm.changed");
		}
		if (review.failingRows() > 0 && !skipFailing) {
			throw new ImportRefused("skipFailing", "import.confirm.failing", review.failingRows());
		}
		boolean update = choice == DuplicateChoice.UPDATE;
		int created;
		int updated;
		if (review.plan() instanceof AccountCheck.AccountPlan plan) {
			AccountImports.Result result = this.accountImports.write(plan.newAccounts(),
					update ? plan.changes() : List.of(), upload.accountOwnerId(), viewer);
			created = result.created().size();
			updated = result.changed().size();
		}
		else {
			ContactCheck.ContactPlan plan = (ContactCheck.ContactPlan) review.plan();
			ContactImports.Result result = this.contactImports.write(plan.newContacts(),
					update ? plan.changes() : List.of(), viewer);
			created = result.created().size();
			updated = result.changed().size();
		}
		this.uploads.delete(id);
		ImportOutcome outcome = new ImportOutcome(upload.kind(), created, updated, review.duplicates().size() - updated,
				review.failingRows(), upload.accountId());
		logger.info("{} imported {}: {} created, {} updated, {} duplicates and {} failing rows skipped, in {} ms",
				viewer.username(), upload.fileName(), created, updated, outcome.skippedDuplicates(),
				outcome.skippedFailing(), (System.nanoTime() - start) / 1_000_000);
		return outcome;
	}

	/** Forgets the upload; nothing was imported. */
	@Transactional
	public ImportKind cancel(UUID id, Viewer viewer) {
		Upload upload = find(id, viewer, true);
		this.uploads.delete(id);
		return upload.kind();
	}

	/**
	 * Deletes the uploads nobody touched for a day, every hour, on one instance at a time
	 * (ShedLock).
	 */
	@Scheduled(cron = "${keyline.import.cleanup-cron:0 17 * * * *}")
	@SchedulerLock(name = "dataio.expired-uploads", lockAtMostFor = "PT10M")
	@Transactional
	public void deleteExpired() {
		int deleted = this.uploads.deleteExpired(this.clock.instant());
		if (deleted > 0) {
			logger.info("Deleted {} expired import uploads", deleted);
		}
	}

	private Upload find(UUID id, Viewer viewer, boolean forUpdate) {
		return this.uploads.find(id, viewer.userId(), this.clock.instant(), forUpdate).orElseThrow(UploadNotFound::new);
	}

	private ImportReview review(Upload upload, Viewer viewer) {
		CsvTable table = CsvReader.read(upload.content());
		ColumnMapping mapping = ColumnMapping.parse(upload.mapping(), upload.kind(), table.headers().size());
		Shape shape = Shape.of(table.headers());
		return (upload.kind() == ImportKind.ACCOUNTS)
				? this.accountCheck.check(table, mapping, upload.options(), viewer, shape)
				: this.contactCheck.check(table, mapping, upload.options(), viewer, shape);
	}

	private Preview preview(Upload upload, ImportReview review, Viewer viewer) {
		String ownerName = (upload.accountOwnerId() != null)
				? this.users.find(upload.accountOwnerId()).map(UserSummary::displayName).orElse(null) : null;
		String accountName = (upload.accountId() != null) ? this.contacts.account(upload.accountId(), viewer).name()
				: null;
		return new Preview(upload.id(), upload.fileName(), upload.kind(), upload.options(), ownerName, accountName,
				upload.expiresAt(), review);
	}

}
