package vn.gov.cbccvc.e2e;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polling with a deadline: the nodes work on their own threads (and JVMs), the test only watches. */
final class Waits {

	private Waits() {
	}

	static void until(String what, Duration max, BooleanSupplier condition) {
		until(what, max, condition, () -> "");
	}

	/** Fails with {@code what} and the current {@code state} when the condition is not met in time. */
	static void until(String what, Duration max, BooleanSupplier condition, Supplier<String> state) {
		long deadline = System.nanoTime() + max.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError(what + ": not within " + max + " " + state.get());
			}
			sleep(Duration.ofMillis(100));
		}
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

}
