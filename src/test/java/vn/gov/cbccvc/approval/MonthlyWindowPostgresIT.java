package vn.gov.cbccvc.approval;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import vn.gov.cbccvc.support.PostgresInitializer;

/** The window flow on real PostgreSQL 16: migration V10, row locks, time zones, the queue's paged join. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
class MonthlyWindowPostgresIT extends MonthlyWindowFlowContract {

}
