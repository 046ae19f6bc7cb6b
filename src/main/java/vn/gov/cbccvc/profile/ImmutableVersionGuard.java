package vn.gov.cbccvc.profile;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * After every migration, makes the database itself refuse updates and deletes of approved versions — also for
 * SQL sent past the application. Trigger syntax differs between PostgreSQL and H2, so this is a Flyway callback
 * rather than a (portable) migration. Idempotent; on PostgreSQL serialised by an advisory lock so that nodes
 * starting together do not race.
 */
@Component
class ImmutableVersionGuard implements Callback {


	private static final String POSTGRES_FUNCTION = """
			CREATE OR REPLACE FUNCTION profile_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
			BEGIN
			  RAISE EXCEPTION 'profile_version rows are immutable (approved versions are never changed)'
			    USING ERRCODE = 'integrity_constraint_violation';
			END $$""";

	private static final String POSTGRES_TRIGGER = "CREATE OR REPLACE TRIGGER profile_version_immutable"
			+ " BEFORE UPDATE OR DELETE ON profile_version FOR EACH ROW EXECUTE FUNCTION profile_version_immutable()";

	private static final String H2_TRIGGER = "CREATE TRIGGER IF NOT EXISTS profile_version_immutable"
			+ " BEFORE UPDATE, DELETE ON profile_version FOR EACH ROW CALL \"" + H2ImmutableRowTrigger.class.getName()
			+ "\"";

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		Connection connection = context.getConnection();
		try (Statement st = connection.createStatement()) {
			String product = connection.getMetaData().getDatabaseProductName();
			if (product.startsWith("PostgreSQL")) {
				boolean autoCommit = connection.getAutoCommit();
				connection.setAutoCommit(false);
				try {
					st.execute("SELECT pg_advisory_xact_lock(hashtext('profile_version_immutable'))");
					st.execute(POSTGRES_FUNCTION);
					st.execute(POSTGRES_TRIGGER);
					connection.commit();
				}
				catch (SQLException ex) {
					connection.rollback();
					throw ex;
				}
				finally {
					connection.setAutoCommit(autoCommit);
				}
			}
			else if (product.startsWith("H2")) {
				st.execute(H2_TRIGGER);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot install the guard on profile_version", ex);
		}
	}

	@Override
	public String getCallbackName() {
		return "profile-version-immutable";
	}

}
