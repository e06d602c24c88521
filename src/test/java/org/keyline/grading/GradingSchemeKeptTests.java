package org.keyline.grading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keyline.KeylineTest;
import org.keyline.StatementCounter;
import org.keyline.account.Accounts;
import org.keyline.account.Viewer;
import org.keyline.people.Role;
import org.keyline.people.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scheme's tiers and criteria are read once and kept while their content version
 * (moved by a trigger with every change, however it is made) stands still: one statement
 * for the scheme on every page that shows a grade, and never a scheme older than the
 * database's.
 */
@KeylineTest
class GradingSchemeKeptTests {

	@Autowired
	GradingManagement grading;

	@Autowired
	StatementCounter statements;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aSecondReadRunsOneStatementAndGivesTheSameScheme() {
		GradingScheme first = this.grading.scheme();
		GradingScheme[] second = new GradingScheme[1];

		int count = this.statements.count(() -> second[0] = this.grading.scheme());

		assertThat(count).isEqualTo(1);
		assertThat(second[0]).isEqualTo(first);
	}

	@Test
	void aChangeMadeOutsideKeylineIsSeenByTheNextRead() {
		GradingScheme.Criterion criterion = this.grading.scheme().criteria().get(0);
		String description = criterion.description();
		try {
			this.jdbc.update("update grading_criterion set description = 'Changed by hand' where id = ?",
					criterion.id());
			GradingScheme[] read = new GradingScheme[1];

			int changed = this.statements.count(() -> read[0] = this.grading.scheme());

			assertThat(read[0].criteria().get(0).description()).isEqualTo("Changed by hand");
			assertThat(changed).as("the head, the three parts, the version again").isEqualTo(5);
			assertThat(this.statements.count(() -> read[0] = this.grading.scheme())).isEqualTo(1);
			assertThat(read[0].criteria().get(0).description()).isEqualTo("Changed by hand");
		}
		finally {
			this.jdbc.update("update grading_criterion set description = ? where id = ?", description, criterion.id());
		}
		assertThat(this.grading.scheme().criteria().get(0).description()).isEqualTo(description);
	}

	@Test
	void aTransactionSeesItsOwnChangeAndWhatItReadIsNotKept() {
		GradingScheme before = this.grading.scheme();
		Viewer director = Accounts.aViewer(this.testUsers, "keptdirector", Role.DIRECTOR);
		TransactionTemplate rolledBack = new TransactionTemplate(this.transactions);

		GradingScheme during = rolledBack.execute((status) -> {
			status.setRollbackOnly();
			this.grading.addCriterion(new CriterionInput("Only in this transaction", null, BigDecimal.ONE,
					CriterionKind.MANUAL, null, List.of(), Map.of(1, "a", 2, "b", 3, "c", 4, "d", 5, "e")), director);
			return this.grading.scheme();
		});

		assertThat(during.criteria()).extracting(GradingScheme.Criterion::name).contains("Only in this transaction");
		GradingScheme[] after = new GradingScheme[1];
		int count = this.statements.count(() -> after[0] = this.grading.scheme());
		assertThat(after[0]).isEqualTo(before);
		assertThat(count).as("the scheme kept before the rolled-back change is still the database's").isEqualTo(1);
	}

	@Test
	void theKeptSchemeCannotBeChangedByItsReaders() {
		GradingScheme scheme = this.grading.scheme();
		GradingScheme.Criterion criterion = scheme.criteria().get(0);

		assertThatThrownBy(() -> scheme.tiers().clear()).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> scheme.criteria().clear()).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> criterion.bands().clear()).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> criterion.guidance().clear()).isInstanceOf(UnsupportedOperationException.class);
	}

}
