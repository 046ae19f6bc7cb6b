package vn.gov.cbccvc.transferin;

import org.springframework.test.context.ContextConfiguration;

import vn.gov.cbccvc.support.PostgresInitializer;

/** The transfer in of {@link TransferInEndToEndTest} on real PostgreSQL 16: migration V15, lists, the open guard. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class TransferInPostgresIT extends TransferInEndToEndTest {

}
