package vn.gov.cbccvc.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import vn.gov.cbccvc.codelist.CodeLists;
import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.support.PostgresInitializer;

/** The mappings, queries and constraints of the organisation tree and code lists on real PostgreSQL 16. */
@ContextConfiguration(initializers = PostgresInitializer.class)
class OrganisationPostgresIT extends OrganisationSpringTest {

	@Autowired
	UnitDirectory reads;

	@Autowired
	CodeLists codeLists;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void mergeWithHistoryAndPastTree_onPostgres() {
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 16");
		UnitView province = province();
		UnitView a = unit(province, UnitKind.COMMUNE, "Xã A", codeUnder(province, 21));
		UnitView b = unit(province, UnitKind.COMMUNE, "Xã B", codeUnder(province, 22));
		long person = this.people.hire(b.id());

		UnitView merged = this.service.merge(new UnitCommands.Merge(List.of(a.id(), b.id()), null,
				new UnitCommands.NewUnit(null, null, "Xã A-B", null, codeUnder(province, 22)), null, null,
				new Decision(LocalDate.of(2025, 7, 1), "1/NQ", null, null)));

		assertThat(this.people.unitOf(person)).isEqualTo(merged.id());
		assertThat(this.reads.history(a.id(), PageRequest.of(0, 5)).getContent()).extracting(UnitEventView::type)
			.containsExactly(UnitEventType.MERGED, UnitEventType.CREATED);
		UnitFilter june = new UnitFilter(province.id(), null, null, null, LocalDate.of(2025, 6, 30));
		assertThat(this.reads.list(june, PageRequest.of(0, 10))).extracting(UnitView::name).containsExactly("Xã A", "Xã B");
		UnitFilter today = new UnitFilter(province.id(), null, UnitStatus.ACTIVE, "a-b", null);
		assertThat(this.reads.list(today, PageRequest.of(0, 10))).extracting(UnitView::id).containsExactly(merged.id());
		assertThat(this.reads.tree(new UnitFilter(null, null, UnitStatus.ACTIVE, null, null)))
			.anySatisfy(n -> assertThat(n.unit().id()).isEqualTo(province.id()));
		assertThatThrownBy(() -> unit(province, UnitKind.COMMUNE, "Xã C", codeUnder(province, 22)))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void codeListsLoadOnPostgres() {
		assertThat(this.codeLists.contains(CodeLists.ETHNIC_GROUP, "54")).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from code_list_entry where list_name = 'birth-province'",
				Integer.class)).isEqualTo(63);
	}

}
