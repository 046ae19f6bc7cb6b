package vn.gov.cbccvc.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL 16 server per test JVM (embedded binaries from Maven Central, no Docker), with a fresh
 * database for each caller so test classes never see each other's rows.
 */
public final class EmbeddedPostgres {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

	private EmbeddedPostgres() {
	}

	public static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
					.setServerConfig("timezone", "Asia/Ho_Chi_Minh")
					.setRegisterShutdownHook(false)
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Embedded PostgreSQL did not start", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgres::stop));
		}
		return server;
	}

	/** Creates a new empty database and returns its JDBC URL (user and password: postgres). */
	public static String newDatabase() {
		String name = "cbccvc_test_" + DATABASES.incrementAndGet();
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create test database " + name, ex);
		}
		return server().getJdbcUrl("postgres", name);
	}

	/**
	 * Runs as a JVM shutdown hook, beside the hooks that close cached Spring contexts: waits until their
	 * connection pools are gone, so no engine is cut off mid-statement, then stops the server.
	 */
	private static synchronized void stop() {
		if (server == null) {
			return;
		}
		long deadline = System.currentTimeMillis() + 15_000;
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			while (System.currentTimeMillis() < deadline) {
				try (var rows = statement.executeQuery("select count(*) from pg_stat_activity"
						+ " where backend_type = 'client backend' and pid <> pg_backend_pid()")) {
					rows.next();
					if (rows.getInt(1) == 0) {
						break;
					}
				}
				Thread.sleep(100);
			}
		}
		catch (SQLException | InterruptedException ignored) {
			// stop anyway
		}
		try {
			server.close();
		}
		catch (IOException ignored) {
			// the JVM is going away
		}
	}

}
