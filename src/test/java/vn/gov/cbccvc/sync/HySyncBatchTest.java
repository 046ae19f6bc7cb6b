package vn.gov.cbccvc.sync;

/** The HY sync batch on the default H2 database. */
class HySyncBatchTest extends HySyncBatchContract {

}
