package org.keyline.shared.demo;

import java.util.Comparator;
import java.util.List;

import org.keyline.shared.DemoData;
import org.keyline.shared.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo data of every module once. The marker row in {@code demo_seed} is
 * written in the same transaction as the data, and a row lock on it keeps two instances
 * starting at the same time from seeding twice.
 */
class DemoDataSeeding implements ApplicationRunner, Ordered {

	/** Before other start-up runners, which may expect the demo data. */
	static final int ORDER = 0;

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeding.class);

	private final DemoMode demoMode;

	private final List<DemoData> seeders;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	DemoDataSeeding(DemoMode demoMode, List<DemoData> seeders, JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.demoMode = demoMode;
		this.seeders = seeders;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public void run(ApplicationArguments args) {
		seedOnce();
	}

	void seedOnce() {
		if (!this.demoMode.enabled()) {
			return;
		}
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.execute("lock table demo_seed in exclusive mode");
			Integer seeded = this.jdbc.queryForObject("select count(*) from demo_seed", Integer.class);
			if (seeded != null && seeded > 0) {
				log.debug("Demo data already seeded");
				return;
			}
			this.seeders.stream().sorted(Comparator.comparingInt(DemoData::order)).forEach((seeder) -> {
				log.info("Seeding demo data: {}", seeder.getClass().getSimpleName());
				seeder.seed();
			});
			this.jdbc.update("insert into demo_seed (seeded_at) values (now())");
		});
	}

}
