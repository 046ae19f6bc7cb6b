package vn.gov.cbccvc.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.gov.cbccvc.organisation.OrganisationService;
import vn.gov.cbccvc.support.TestUnits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import vn.gov.cbccvc.support.WithCurrentUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cbccvc.profile.cv.CvDocument;

/** The REST API: bad input answers 400 problems in Vietnamese and English with every failing field, never 500. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@WithCurrentUser(username = "clerk")
class ProfileApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	ProfileService profileService;

	@Autowired
	PersonService personService;

	@Autowired
	OrganisationService organisation;

	long unit42;

	long unit43;

	long unit44;

	long unit45;

	@BeforeEach
	void units() {
		this.unit42 = TestUnits.newUnit(this.organisation);
		this.unit43 = TestUnits.newUnit(this.organisation);
		this.unit44 = TestUnits.newUnit(this.organisation);
		this.unit45 = TestUnits.newUnit(this.organisation);
	}

	private long createPerson(String personalId, String name, long unit) throws Exception {
		String body = """
				{"personalIdNumber":"%s","fullName":"%s","sex":"MALE","birthDate":"1985-03-14","unitId":%d,
				 "category":"CIVIL_SERVANT","fileNumber":"F-1"}""".formatted(personalId, name, unit);
		String created = this.mvc.perform(post("/api/people").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.recordStatus").value("ACTIVE"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(created).get("id").asLong();
	}

	@Test
	void registerWithDisagreeingPersonalIdAndMissingName_is400WithEveryViolation() throws Exception {
		String body = """
				{"personalIdNumber":"001186012345","sex":"MALE","birthDate":"1985-03-14","unitId":1,
				 "category":"CIVIL_SERVANT"}""";
		this.mvc.perform(post("/api/people").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("validation-failed"))
			.andExpect(jsonPath("$.detailVi").value("Dữ liệu nhập không hợp lệ"))
			.andExpect(jsonPath("$.violations[*].field").value(hasItems("fullName", "personalIdNumber")))
			.andExpect(jsonPath("$.violations[*].code")
				.value(hasItems("required", "personal-id.sex-mismatch", "personal-id.birth-year-mismatch")))
			.andExpect(jsonPath("$.violations[?(@.code=='personal-id.sex-mismatch')].messageVi")
				.value(hasItem(containsString("nữ"))));
	}

	@Test
	void malformedBodyOrWrongEnum_is400NotServerError() throws Exception {
		this.mvc.perform(post("/api/people").contentType(MediaType.APPLICATION_JSON).content("{\"sex\":\"X\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detailVi").exists());
		this.mvc.perform(get("/api/people").param("status", "GONE")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/people").param("sort", "content")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("bad-sort"));
		this.mvc.perform(get("/api/people/987654321")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detailVi").exists());
		this.mvc.perform(put("/api/people/987654321/profile/draft").contentType(MediaType.APPLICATION_JSON)
			.content("{\"schemaVersion\":1}")).andExpect(status().isNotFound());
	}

	@Test
	void invalidDraft_is400WithFieldPaths_andNothingWritten() throws Exception {
		String pid = ProfileFlowsContract.newId();
		long id = createPerson(pid, "Nguyễn Văn An", unit42);
		String before = this.mvc.perform(get("/api/people/{id}/profile/draft", id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String bad = """
				{"schemaVersion":1,"header":{},
				 "identity":{"birthName":"Nguyễn Văn An","sex":"MALE","birthDate":"1985-03-14",
				   "placeOfBirth":{"province":"Hà Nội"},"ethnicGroupCode":"99","personalIdNumber":"%s",
				   "personalIdIssueDate":"1980-01-01"},
				 "recruitment":{"firstRecruitmentDate":"1995-01-01"},
				 "workHistory":[{"from":"2015-05","to":"2015-01","unit":"Sở Nội vụ"}]}""".formatted(pid);
		this.mvc.perform(put("/api/people/{id}/profile/draft", id).contentType(MediaType.APPLICATION_JSON).content(bad))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detailVi").value("Dữ liệu nhập không hợp lệ"))
			.andExpect(jsonPath("$.violations[*].field").value(hasItems("identity.birthName",
					"identity.ethnicGroupCode", "identity.personalIdIssueDate", "recruitment.firstRecruitmentDate",
					"workHistory[0].to")));
		this.mvc.perform(get("/api/people/{id}/profile/draft", id))
			.andExpect(content().json(before, true));
	}

	@Test
	void draftVersionsAndDiff_throughTheApi() throws Exception {
		String pid = ProfileFlowsContract.newId();
		long id = createPerson(pid, "Trần Văn Bình", unit43);
		CvDocument cv = ProfileFlowsContract.cvOf(pid);
		String draft = this.mvc.perform(get("/api/people/{id}/profile/draft", id)).andReturn().getResponse()
			.getContentAsString();
		long version = this.json.readTree(draft).get("version").asLong();
		this.mvc.perform(put("/api/people/{id}/profile/draft", id).header("If-Match", "\"" + version + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(cv)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.updatedBy").value("clerk"))
			.andExpect(jsonPath("$.content.identity.birthName").value("NGUYỄN VĂN AN"));
		this.mvc.perform(put("/api/people/{id}/profile/draft", id).header("If-Match", String.valueOf(version))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(cv))).andExpect(status().isConflict());
		this.mvc.perform(get("/api/people/{id}/profile/diff", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.baseVersionNo").doesNotExist())
			.andExpect(jsonPath("$.changes[*].path").value(hasItem("identity.ethnicGroupCode")));
		ProfileVersionInfo v1 = this.profileService.approveDraft(id, VersionKind.ONBOARDING, "head");
		this.mvc.perform(get("/api/people/{id}/profile/diff", id))
			.andExpect(jsonPath("$.baseVersionNo").value(1))
			.andExpect(jsonPath("$.changes").isEmpty());
		this.mvc.perform(get("/api/people/{id}/profile/versions", id))
			.andExpect(jsonPath("$[0].versionNo").value(1))
			.andExpect(jsonPath("$[0].contentSha256").value(v1.contentSha256()))
			.andExpect(jsonPath("$[0].content").doesNotExist());
		this.mvc.perform(get("/api/people/{id}/profile/versions/1", id))
			.andExpect(jsonPath("$.content.salary.rank.coefficient").value(3.33));
		this.mvc.perform(get("/api/people/{id}/profile/versions/2", id)).andExpect(status().isNotFound());
		// the register follows the approved CV's name (item 1), in its usual spelling
		this.mvc.perform(get("/api/people").param("name", "van an").param("unitId", String.valueOf(unit43)))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(id))
			.andExpect(jsonPath("$.content[0].fullName").value("Nguyễn Văn An"));
	}

	@Test
	void executableRenamedPdf_isRefused_andARealPdfDownloadsUnchanged() throws Exception {
		long id = createPerson(ProfileFlowsContract.newId(), "Lê Văn Cường", unit44);
		this.mvc.perform(multipart("/api/people/{id}/attachments", id)
			.file(new MockMultipartFile("file", "bang.pdf", "application/pdf", AttachmentServiceTest.EXE))
			.param("fieldPath", "training.professional[0]"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.violations[0].code").value("attachment.type-not-allowed"))
			.andExpect(jsonPath("$.violations[0].messageVi").value(containsString("PDF")));
		String saved = this.mvc.perform(multipart("/api/people/{id}/attachments", id)
			.file(new MockMultipartFile("file", "bang.pdf", "application/pdf", AttachmentServiceTest.PDF))
			.param("fieldPath", "training.professional[0]"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long attachmentId = this.json.readTree(saved).get("id").asLong();
		this.mvc.perform(get("/api/people/{id}/attachments", id))
			.andExpect(jsonPath("$[0].sizeBytes").value(AttachmentServiceTest.PDF.length))
			.andExpect(jsonPath("$[0].content").doesNotExist());
		byte[] body = this.mvc.perform(get("/api/people/{id}/attachments/{a}/content", id, attachmentId))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("bang.pdf")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body).isEqualTo(AttachmentServiceTest.PDF);
		this.mvc.perform(multipart("/api/people/{id}/attachments", id).param("fieldPath", "identity"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void archive_listsPeopleWhoLeft() throws Exception {
		long id = createPerson(ProfileFlowsContract.newId(), "Phạm Văn Dũng", unit45);
		this.mvc.perform(get("/api/archive").param("unitId", String.valueOf(unit45)))
			.andExpect(jsonPath("$.content[*].id").value(not(hasItem((int) id))));
		this.personService.changeRecordStatus(id, RecordStatus.TRANSFERRED_OUT, "Quyết định điều động 5/QĐ",
				java.time.LocalDate.of(2026, 1, 5), "Sở Nội vụ Đồng Nai");
		this.mvc.perform(get("/api/archive").param("unitId", String.valueOf(unit45)))
			.andExpect(jsonPath("$.content[*].id").value(hasItem((int) id)))
			.andExpect(jsonPath("$.content[0].archiveDestination").value("Sở Nội vụ Đồng Nai"));
		this.mvc.perform(get("/api/people").param("unitId", String.valueOf(unit45)))
			.andExpect(jsonPath("$.totalElements").value(0));
		this.mvc.perform(get("/api/people/{id}", id))
			.andExpect(jsonPath("$.archived").value(true))
			.andExpect(jsonPath("$.recordStatus").value("TRANSFERRED_OUT"));
	}

	@Test
	void apiDocs_describeThePeopleEndpoints() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/people/{id}/profile/draft'].put").exists())
			.andExpect(jsonPath("$.paths['/api/archive'].get").exists());
	}

}
