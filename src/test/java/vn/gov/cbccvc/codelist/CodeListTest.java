package vn.gov.cbccvc.codelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cbccvc.organisation.OrganisationSpringTest;

class CodeListTest extends OrganisationSpringTest {

	@Autowired
	CodeLists codeLists;

	@Autowired
	CodeListLoader loader;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	private int count(String list) {
		return this.jdbc.queryForObject("select count(*) from code_list_entry where list_name = ?", Integer.class, list);
	}

	@Test
	void shippedListsLoadWithTheirFullCounts() {
		assertThat(count(CodeLists.BIRTH_PROVINCE)).isEqualTo(63);
		assertThat(count(CodeLists.ETHNIC_GROUP)).isEqualTo(54);
		assertThat(count(CodeLists.RELIGION)).isEqualTo(17);
		assertThat(count(CodeLists.SALARY_COEFFICIENT)).isEqualTo(95);
		assertThat(count(CodeLists.RANK)).isGreaterThanOrEqualTo(5 + 12);
		assertThat(count(CodeLists.BLOOD_GROUP)).isEqualTo(4);
	}

	@Test
	void containsAndName_answerFromTheLoadedLists() {
		assertThat(this.codeLists.contains(CodeLists.BIRTH_PROVINCE, "034")).isTrue();
		assertThat(this.codeLists.name(CodeLists.BIRTH_PROVINCE, "079")).contains("Hồ Chí Minh");
		assertThat(this.codeLists.contains(CodeLists.BIRTH_PROVINCE, "003")).isFalse();
		assertThat(this.codeLists.name(CodeLists.ETHNIC_GROUP, "01")).contains("Kinh");
		assertThat(this.codeLists.name(CodeLists.RANK, "V.07.05.15")).isPresent();
		assertThat(this.codeLists.contains("no-such-list", "01")).isFalse();
	}

	@Test
	void secondLoad_changesNothing_evenWhenTwoNodesLoadAtOnce() {
		List<String> before = snapshot();
		List<CodeListLoader.Result> results = List
			.of(CompletableFuture.supplyAsync(this.loader::load), CompletableFuture.supplyAsync(this.loader::load))
			.stream()
			.map(CompletableFuture::join)
			.toList();
		assertThat(results).allSatisfy(r -> {
			assertThat(r.inserted()).isZero();
			assertThat(r.updated()).isZero();
		});
		assertThat(snapshot()).isEqualTo(before);
	}

	private List<String> snapshot() {
		return this.jdbc.queryForList(
				"select list_name || '|' || code || '|' || name || '|' || version || '|' || updated_at from code_list_entry"
						+ " where origin = 'FILE' order by id",
				String.class);
	}

	@Test
	void adminAddsARankCode_andItCountsAsKnown() throws Exception {
		this.mvc.perform(put("/api/code-lists/rank/V.07.01.03").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Giảng viên (hạng III)", "salaryGroup": "A1"}
					"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("V.07.01.03"))
			.andExpect(jsonPath("$.active").value(true));
		assertThat(this.codeLists.contains(CodeLists.RANK, "V.07.01.03")).isTrue();
		// and a second start leaves the admin's entry alone
		this.loader.load();
		assertThat(this.codeLists.name(CodeLists.RANK, "V.07.01.03")).contains("Giảng viên (hạng III)");
	}

	@Test
	void adminDeactivatesAnEntry_whichKeepsItsName() throws Exception {
		this.mvc.perform(put("/api/code-lists/family-relation/ME-NUOI").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Mẹ nuôi\", \"active\": false}")).andExpect(status().isOk());
		assertThat(this.codeLists.contains(CodeLists.FAMILY_RELATION, "ME-NUOI")).isFalse();
		assertThat(this.codeLists.name(CodeLists.FAMILY_RELATION, "ME-NUOI")).contains("Mẹ nuôi");
	}

	@Test
	void unknownSalaryGroup_isRejected() throws Exception {
		this.mvc.perform(put("/api/code-lists/rank/01.099").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Ngạch thử\", \"salaryGroup\": \"Z9\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.violations[0].code").value("code-list.unknown-salary-group"));
	}

	@Test
	void nonAdmin_cannotAddACode() throws Exception {
		this.mvc.perform(put("/api/code-lists/rank/01.100")
			.with(user("clerk").authorities(new SimpleGrantedAuthority("GROUP_role-clerk")))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Ngạch thử\"}")).andExpect(status().isForbidden());
		assertThat(this.codeLists.contains(CodeLists.RANK, "01.100")).isFalse();
	}

	@Test
	void readsListTheListsTheirEntriesAndASalaryCoefficient() throws Exception {
		this.mvc.perform(get("/api/code-lists").with(user("clerk")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.list == 'ethnic-group')].entries").value(54));
		this.mvc.perform(get("/api/code-lists/religion").with(user("clerk")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("00"));
		this.mvc.perform(get("/api/code-lists/salary-coefficients").param("group", "A1").param("step", "3")
			.with(user("clerk"))).andExpect(status().isOk()).andExpect(jsonPath("$.coefficient").value(3.00));
		this.mvc.perform(get("/api/code-lists/nothing-here").with(user("clerk"))).andExpect(status().isNotFound());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user("doha").authorities(new SimpleGrantedAuthority("GROUP_camunda-admin"));
	}

}
