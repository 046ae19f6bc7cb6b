package vn.gov.cbccvc.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

	private static final String SHA = "a".repeat(64);

	@Test
	void keyIsProvinceVersionAndHash_sameForEveryResend() {
		assertThat(IdempotencyKey.of("H19", 42, SHA)).isEqualTo("H19:42:" + SHA)
			.isEqualTo(IdempotencyKey.of("H19", 42, SHA));
	}

	@Test
	void otherContentOfTheSameVersion_givesAnotherKey() {
		assertThat(IdempotencyKey.of("H19", 42, SHA)).isNotEqualTo(IdempotencyKey.of("H19", 42, "b".repeat(64)));
	}

	@Test
	void malformedHashOrProvince_isRefused() {
		assertThatThrownBy(() -> IdempotencyKey.of("H19", 1, "ABC")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> IdempotencyKey.of("H:19", 1, SHA)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> IdempotencyKey.of(" ", 1, SHA)).isInstanceOf(IllegalArgumentException.class);
	}

}
