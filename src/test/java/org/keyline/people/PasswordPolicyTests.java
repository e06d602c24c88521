package org.keyline.people;

import org.junit.jupiter.api.Test;
import org.keyline.people.user.PasswordPolicy;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void acceptsALongUncommonPassword() {
		assertThat(this.policy.check("Harbour-lantern-47", "anna")).isEmpty();
		assertThat(this.policy.check("zwölf Zeichen ok", "anna")).isEmpty();
	}

	@Test
	void refusesFewerThanTwelveCharacters() {
		assertThat(this.policy.check("Elevenchars", "anna")).contains("password.tooShort");
		assertThat(this.policy.check("", "anna")).contains("password.tooShort");
		assertThat(this.policy.check(null, "anna")).contains("password.tooShort");
		assertThat(this.policy.check("Twelve-chars", "anna")).isEmpty();
	}

	@Test
	void countsCharactersNotBytesForTheMinimum() {
		// Eleven characters, but more than twelve bytes in UTF-8.
		assertThat(this.policy.check("ééééééééééé", "anna")).contains("password.tooShort");
	}

	@Test
	void refusesMoreThanBcryptCanHash() {
		assertThat(this.policy.check("a1-".repeat(25), "anna")).contains("password.tooLong");
	}

	@Test
	void refusesCommonPasswordsWhateverTheCase() {
		assertThat(this.policy.check("password1234", "anna")).contains("password.common");
		assertThat(this.policy.check("QWERTY123456", "anna")).contains("password.common");
		assertThat(this.policy.check("keyline-demo", "anna")).contains("password.common");
		assertThat(this.policy.check("aaaaaaaaaaaaaaa", "anna")).contains("password.common");
	}

	@Test
	void refusesAPasswordThatContainsTheUsername() {
		assertThat(this.policy.check("my-name-is-Anna-1", "anna")).contains("password.containsUsername");
	}

}
