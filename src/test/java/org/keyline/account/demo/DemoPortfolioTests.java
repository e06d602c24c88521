package org.keyline.account.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.keyline.account.TeamRole;
import org.keyline.account.demo.DemoAccount.Member;
import org.keyline.people.Role;
import org.keyline.people.UserDirectory;
import org.keyline.people.UserSummary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo portfolio shows every access rule with the demo users, and the large
 * portfolios for benchmarks are plausible and the same on every run.
 */
class DemoPortfolioTests {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), ZoneOffset.UTC);

	static final LocalDate TODAY = LocalDate.now(CLOCK);

	static final Map<Role, List<UserSummary>> USERS = Map.of(
			Role.DIRECTOR, List.of(user(2, "director")), Role.MANAGER, List.of(user(6, "james.okafor"),
					user(7, "kenji.watanabe"), user(8, "lucia.moretti"), user(3, "manager"), user(9, "sofia.lind")),
			Role.MEMBER,
			List.of(user(10, "chloe.martin"), user(11, "diego.alvarez"), user(12, "hannah.becker"), user(4, "member"),
					user(13, "oliver.grant"), user(14, "priya.raman"), user(15, "tomas.novak")),
			Role.MENTOR, List.of(user(16, "henrik.dahl"), user(5, "mentor")));

	static final long MANAGER = 3;

	static final long MEMBER = 4;

	static final long MENTOR = 5;

	static final long OTHER_MENTOR = 16;

	@Test
	void theCuratedPortfolioShowsEveryAccessRule() {
		List<DemoAccount> accounts = portfolio(60);

		assertThat(accounts).hasSize(60);
		assertThat(count(accounts, (a) -> a.ownerId() == MANAGER)).isEqualTo(12);
		assertThat(count(accounts, (a) -> isCurrent(a, MEMBER))).isEqualTo(4);
		assertThat(count(accounts, (a) -> isCurrent(a, MEMBER) && a.ownerId() != MANAGER)).isEqualTo(2);
		assertThat(
				count(accounts,
						(a) -> !isCurrent(a, MEMBER)
								&& a.team().stream().anyMatch((m) -> m.userId() == MEMBER && m.leftOn() != null)))
			.isEqualTo(1);
		assertThat(count(accounts, (a) -> a.mentors().stream().anyMatch((m) -> m.mentorId() == MENTOR))).isEqualTo(4);
		assertThat(count(accounts, (a) -> a.mentors().stream().anyMatch((m) -> m.mentorId() == OTHER_MENTOR)))
			.isEqualTo(3);
		assertThat(count(accounts, (a) -> a.archivedAt() != null)).isEqualTo(2);
	}

	@Test
	void theCuratedPortfolioHasLossesUnknownSpendAndOneGroup() {
		List<DemoAccount> accounts = portfolio(60);

		assertThat(accounts.stream()
			.filter((a) -> a.latest().costToServe().compareTo(a.latest().revenue()) > 0)
			.map(DemoAccount::name)).containsExactlyInAnyOrder("Castellan Pharma AG", "Kallberg Telecom AB",
					"Desert Crest Energy Company", "Daebong Electronics Co., Ltd.");
		assertThat(count(accounts, (a) -> a.latest().categorySpend() == null)).isEqualTo(5);
		assertThat(accounts.stream()
			.filter((a) -> a.latest().categorySpend() != null && a.latest().categorySpend().signum() == 0)
			.map(DemoAccount::name)).containsExactly("Kessler Print & Media GmbH");
		int group = indexOf(accounts, "Halvorsen Group ASA");
		assertThat(accounts.get(group).parent()).isNull();
		assertThat(accounts.stream().filter((a) -> Integer.valueOf(group).equals(a.parent())).map(DemoAccount::name))
			.containsExactlyInAnyOrder("Halvorsen Shipping AS", "Halvorsen Energy AS", "Halvorsen Seafood AS");
		assertThat(accounts.get(indexOf(accounts, "Halvorsen Port Services AB")).parent())
			.isEqualTo(indexOf(accounts, "Halvorsen Shipping AS"));
		assertThat(count(accounts, (a) -> a.parent() != null)).isEqualTo(4);
		assertPlausible(accounts);
	}

	@Test
	void aLargePortfolioIsTheCuratedOneGrownWithDistinctNamesAndTheSameOnEveryRun() {
		List<DemoAccount> accounts = portfolio(10_000);

		assertThat(accounts).hasSize(10_000);
		assertThat(accounts.subList(0, 60)).isEqualTo(portfolio(60));
		assertThat(accounts).isEqualTo(portfolio(10_000));
		assertThat(accounts.stream().map((a) -> a.name().toLowerCase()).distinct()).hasSize(10_000);
		assertThat(count(accounts, (a) -> a.ownerId() == MANAGER)).isBetween(1_500L, 2_500L);
		assertThat(count(accounts, (a) -> isCurrent(a, MEMBER))).isBetween(400L, 900L);
		assertThat(count(accounts, (a) -> a.latest().costToServe().compareTo(a.latest().revenue()) > 0)).isBetween(400L,
				900L);
		assertThat(count(accounts, (a) -> a.parent() != null)).isBetween(300L, 1_000L);
		assertPlausible(accounts);
	}

	@Test
	void fewerAccountsThanCuratedAreTheFirstCuratedOnes() {
		assertThat(portfolio(5).stream().map(DemoAccount::name)).containsExactly("Halvorsen Group ASA",
				"Halvorsen Shipping AS", "Halvorsen Energy AS", "Halvorsen Seafood AS", "Halvorsen Port Services AB");
	}

	private static void assertPlausible(List<DemoAccount> accounts) {
		IntStream.range(0, accounts.size()).forEach((i) -> {
			DemoAccount account = accounts.get(i);
			assertThat(Geography.regionOf(account.country())).as(account.name()).isEqualTo(account.region());
			if (account.parent() != null) {
				assertThat(account.parent()).as("parent before " + account.name()).isLessThan(i);
			}
			assertThat(account.years()).extracting(DemoAccount.Year::fiscalYear)
				.containsExactly(2021, 2022, 2023, 2024, 2025);
			List<Member> current = account.team()
				.stream()
				.filter((m) -> m.leftOn() == null && !m.joinedOn().isAfter(TODAY))
				.toList();
			assertThat(current).as(account.name()).hasSizeBetween(2, 4);
			assertThat(current.stream().map(Member::userId).distinct()).hasSize(current.size());
			assertThat(current).noneMatch((m) -> m.userId() == account.ownerId());
			List<Member> sponsors = account.team()
				.stream()
				.filter((m) -> m.role() == TeamRole.EXECUTIVE_SPONSOR)
				.toList();
			for (Member one : sponsors) {
				for (Member other : sponsors) {
					if (one != other) {
						assertThat(overlap(one, other)).as("sponsors of " + account.name()).isFalse();
					}
				}
			}
			assertThat(account.team()).allMatch((m) -> (m.role() == TeamRole.SPECIALIST) == (m.specialty() != null));
			assertThat(account.team()).allMatch((m) -> m.leftOn() == null || m.leftOn().isBefore(TODAY));
		});
	}

	private static boolean overlap(Member one, Member other) {
		return (other.leftOn() == null || !one.joinedOn().isAfter(other.leftOn()))
				&& (one.leftOn() == null || !other.joinedOn().isAfter(one.leftOn()));
	}

	private static boolean isCurrent(DemoAccount account, long userId) {
		return account.team().stream().anyMatch((m) -> m.userId() == userId && m.leftOn() == null);
	}

	private static long count(List<DemoAccount> accounts, Predicate<DemoAccount> condition) {
		return accounts.stream().filter(condition).count();
	}

	private static int indexOf(List<DemoAccount> accounts, String name) {
		return IntStream.range(0, accounts.size())
			.filter((i) -> accounts.get(i).name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private static List<DemoAccount> portfolio(int size) {
		return new DemoPortfolio(DemoCast.from(new Directory()), CLOCK, 42).build(size);
	}

	private static UserSummary user(long id, String username) {
		return new UserSummary(id, username, username);
	}

	/** The demo users, without a database. */
	static class Directory implements UserDirectory {

		@Override
		public List<UserSummary> withRole(Role role) {
			return USERS.getOrDefault(role, List.of());
		}

		@Override
		public Map<UserSummary, java.util.Set<Role>> withRoles(Collection<Role> roles) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Map<Long, UserSummary> byIds(Collection<Long> ids) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Optional<UserSummary> find(Long id) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Optional<UserSummary> findByUsername(String username) {
			throw new UnsupportedOperationException();
		}

		@Override
		public boolean hasRole(Long id, Role role) {
			return USERS.getOrDefault(role, List.of()).stream().anyMatch((user) -> user.id().equals(id));
		}

	}

}
