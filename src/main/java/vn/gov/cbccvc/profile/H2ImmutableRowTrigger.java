package vn.gov.cbccvc.profile;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** The H2 form of the database guard on {@code profile_version}: an approved version is never updated or deleted. */
public class H2ImmutableRowTrigger implements Trigger {

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException("profile_version rows are immutable", "23000");
	}

}
