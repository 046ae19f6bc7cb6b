package vn.gov.cbccvc.transfer;

import org.springframework.test.context.ContextConfiguration;

import vn.gov.cbccvc.support.PostgresInitializer;

/** The moves of {@link TransferEndToEndTest} on real PostgreSQL 16: migration V14, the unit lists, the open-move guard. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class TransferPostgresIT extends TransferEndToEndTest {

}
