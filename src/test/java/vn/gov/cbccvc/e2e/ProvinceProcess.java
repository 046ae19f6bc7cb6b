package vn.gov.cbccvc.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A province node as its own JVM: {@code vn.gov.cbccvc.CbccvcApplication} on this test's classpath, settings as
 * arguments, its output in {@code target/e2e/<name>.log} for diagnosis. {@link #kill()} is SIGKILL: no shutdown
 * hook, no graceful stop, as when the machine loses power.
 */
final class ProvinceProcess implements AutoCloseable {

	static final Path LOGS = Path.of("target", "e2e");

	private final Process process;

	private final Path log;

	private ProvinceProcess(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	static ProvinceProcess start(String name, List<String> args) {
		try {
			Files.createDirectories(LOGS);
			Path log = LOGS.resolve(name + ".log");
			List<String> command = new ArrayList<>(List.of(
					Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
					// a short-lived node: quick start matters more than peak speed on a 2-core runner
					"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Duser.timezone=Asia/Ho_Chi_Minh",
					"-Dfile.encoding=UTF-8", "-cp", classPath(),
					"vn.gov.cbccvc.CbccvcApplication",
					"--" + ChildNodeInitializer.CHILD_NODE_PROPERTY + "=true",
					"--spring.main.banner-mode=off"));
			command.addAll(args);
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.directory(LOGS.toFile())
				.start();
			return new ProvinceProcess(process, log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * This JVM's classpath without empty entries: Surefire leaves a trailing separator, which a JVM reads as the
	 * working directory, and the project's own processes/ folder would then be deployed twice.
	 */
	private static String classPath() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.isBlank())
			.collect(Collectors.joining(File.pathSeparator));
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	long pid() {
		return this.process.pid();
	}

	/** SIGKILL, then wait until the process is gone. */
	void kill() {
		this.process.destroyForcibly();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				throw new AssertionError("province JVM " + pid() + " survived SIGKILL");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/** The log so far, for an assertion message or a wait condition. */
	String log() {
		try {
			return Files.readString(this.log);
		}
		catch (IOException ex) {
			return "";
		}
	}

	/** Waits for a line of the log; fails early, with the log's tail, when the JVM has died. */
	void awaitLog(String text, Duration max) {
		Waits.until("'" + text + "' in " + this.log, max, () -> {
			if (log().contains(text)) {
				return true;
			}
			if (!isAlive()) {
				throw new AssertionError("province JVM exited (" + this.process.exitValue() + "):\n" + tail());
			}
			return false;
		}, this::tail);
	}

	String tail() {
		String text = log();
		return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
	}

	/** Graceful stop (SIGTERM), SIGKILL if it takes too long. */
	@Override
	public void close() {
		if (!this.process.isAlive()) {
			return;
		}
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
