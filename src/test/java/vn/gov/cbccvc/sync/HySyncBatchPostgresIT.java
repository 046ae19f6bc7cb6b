package vn.gov.cbccvc.sync;

import org.springframework.test.context.ContextConfiguration;

import vn.gov.cbccvc.support.PostgresInitializer;

/** The HY sync batch on real PostgreSQL 16: migration V16, the bulk cut and release statements, time zones. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class HySyncBatchPostgresIT extends HySyncBatchContract {

}
