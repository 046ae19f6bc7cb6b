package vn.gov.cbccvc.organisation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class UnitControllerTest extends OrganisationSpringTest {

	static final RequestPostProcessor ADMIN = user("doha").authorities(
			new org.springframework.security.core.authority.SimpleGrantedAuthority("GROUP_role-doha-admin"));

	static final RequestPostProcessor CLERK = user("clerk")
		.authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("GROUP_role-clerk"));

	@Autowired
	MockMvc mvc;

	@Test
	void adminCreatesAUnit() throws Exception {
		UnitView province = province();
		this.mvc.perform(post("/api/units").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
				{"parentId": %d, "kind": "DEPARTMENT", "name": "Sở Tài chính", "agencyCode": "%s"}
				""".formatted(province.id(), codeUnder(province, 9))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("Sở Tài chính"))
			.andExpect(jsonPath("$.status").value("ACTIVE"));
	}

	@Test
	void nonAdmin_cannotChangeTheTree() throws Exception {
		UnitView province = province();
		this.mvc.perform(post("/api/units").with(CLERK).contentType(MediaType.APPLICATION_JSON).content("""
				{"parentId": %d, "kind": "DEPARTMENT", "name": "Sở X"}
				""".formatted(province.id()))).andExpect(status().isForbidden());
	}

	@Test
	void badCode_isAProblemNamingThePart() throws Exception {
		UnitView province = province();
		this.mvc.perform(post("/api/units").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
				{"parentId": %d, "kind": "DEPARTMENT", "name": "Sở X", "agencyCode": "000.00.05.h19"}
				""".formatted(province.id())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"))
			.andExpect(jsonPath("$.violations[0].code").value("agency-code.level1"))
			.andExpect(jsonPath("$.violations[0].messageVi").isNotEmpty());
	}

	@Test
	void readsAnswerListTreeUnitAncestorsAndHistory() throws Exception {
		UnitView province = province();
		UnitView department = unit(province, UnitKind.DEPARTMENT, "Sở Y tế", null);
		UnitView section = unit(department, UnitKind.SECTION, "Phòng Tổ chức", null);
		this.mvc.perform(get("/api/units").param("parentId", String.valueOf(province.id())).with(CLERK))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].id").value(department.id()));
		this.mvc.perform(get("/api/units").param("view", "tree").param("parentId", String.valueOf(province.id()))
			.with(CLERK))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].unit.id").value(department.id()))
			.andExpect(jsonPath("$[0].children[0].unit.id").value(section.id()));
		this.mvc.perform(get("/api/units/{id}", section.id()).with(CLERK))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("SECTION"));
		this.mvc.perform(get("/api/units/{id}/ancestors", section.id()).with(CLERK))
			.andExpect(jsonPath("$[0].id").value(department.id()))
			.andExpect(jsonPath("$[1].id").value(province.id()));
		this.mvc.perform(get("/api/units/{id}/history", section.id()).with(CLERK))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].type").value("CREATED"));
		this.mvc.perform(get("/api/units/{id}", 987654321L).with(CLERK)).andExpect(status().isNotFound());
	}

	@Test
	void adminDissolvesThroughTheApi_andIsToldWhenPeopleRemain() throws Exception {
		UnitView province = province();
		UnitView centre = unit(province, UnitKind.PUBLIC_SERVICE_UNIT, "Trung tâm", null);
		this.people.hire(centre.id());
		this.mvc.perform(post("/api/units/{id}/dissolve", centre.id()).with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("org-unit.people-without-target"));
	}

}
