package vn.gov.cbccvc.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.junit.jupiter.api.Test;

import vn.gov.cbccvc.profile.cv.CvDocument;

class CanonicalJsonTest {

	private static final JsonMapper CLIENT = JsonMapper.builder().addModule(new JavaTimeModule()).build();

	private static CvDocument parse(String json) throws Exception {
		return CLIENT.readValue(json, CvDocument.class);
	}

	@Test
	void sameContentInAnyFieldOrder_givesSameBytesAndHash() throws Exception {
		String a = """
				{"schemaVersion":1,"header":{"fileNumber":"HY-1","managingAgency":"UBND"},
				 "identity":{"birthName":"TRẦN THỊ BÌNH","sex":"FEMALE","birthDate":"1990-01-02",
				  "placeOfBirth":{"province":"Hưng Yên","commune":"Xã A"},"ethnicGroupCode":"01",
				  "personalIdNumber":"033190000001"},
				 "salary":{"rank":{"coefficient":2.340,"rankCode":"01.003"}},
				 "workHistory":[{"from":"2012-01","unit":"Sở Nội vụ"}]}
				""";
		String b = """
				{ "workHistory" : [ { "unit" : "Sở Nội vụ", "from" : "2012-01", "to": null } ],
				  "salary" : { "rank" : { "rankCode" : "01.003", "coefficient" : 2.34 } },
				  "identity" : { "personalIdNumber" : "033190000001", "ethnicGroupCode" : "01",
				    "placeOfBirth" : { "commune" : "Xã A", "province" : "Hưng Yên" }, "birthDate" : "1990-01-02",
				    "sex" : "FEMALE", "birthName" : "TRẦN THỊ BÌNH" },
				  "training" : { "languages" : [] },
				  "header" : { "managingAgency" : "UBND", "fileNumber" : "HY-1" }, "schemaVersion" : 1 }
				""";
		String ca = CanonicalJson.write(parse(a));
		String cb = CanonicalJson.write(parse(b));
		assertThat(ca.getBytes(StandardCharsets.UTF_8)).isEqualTo(cb.getBytes(StandardCharsets.UTF_8));
		assertThat(CanonicalJson.sha256Hex(ca)).isEqualTo(CanonicalJson.sha256Hex(cb)).hasSize(64);
	}

	@Test
	void canonicalText_hasSortedKeysNoWhitespaceAndIsoDates() throws Exception {
		String c = CanonicalJson.write(parse("""
				{"schemaVersion":1,"identity":{"sex":"MALE","birthDate":"1985-03-14","birthName":"A B"},
				 "workHistory":[{"unit":"X","from":"2010-05"}]}
				"""));
		assertThat(c).isEqualTo("{\"identity\":{\"birthDate\":\"1985-03-14\",\"birthName\":\"A B\",\"sex\":\"MALE\"},"
				+ "\"schemaVersion\":1,\"workHistory\":[{\"from\":\"2010-05\",\"unit\":\"X\"}]}");
	}

	@Test
	void decomposedVietnameseText_isNormalisedToComposed() throws Exception {
		String composed = "{\"schemaVersion\":1,\"identity\":{\"birthName\":\"NGUY\u1EC4N\"}}";
		String decomposed = "{\"schemaVersion\":1,\"identity\":{\"birthName\":\"NGUYE\u0302\u0303N\"}}";
		assertThat(CanonicalJson.write(parse(decomposed))).isEqualTo(CanonicalJson.write(parse(composed)));
	}

	@Test
	void oneCharacterChange_changesTheHash() {
		CvDocument cv = SampleCv.full();
		String text = CanonicalJson.write(cv);
		var id = cv.identity();
		CvDocument changed = cv.withIdentity(new vn.gov.cbccvc.profile.cv.Identity("NGUYỄN VĂN AM", id.sex(),
				id.otherNames(), id.birthDate(), id.placeOfBirth(), id.homeTown(), id.ethnicGroupCode(),
				id.religionCode(), id.personalIdNumber(), id.personalIdIssueDate(), id.phone(),
				id.socialInsuranceNumber(), id.healthInsuranceCardNumber(), id.currentResidence(),
				id.familyBackground()));
		assertThat(CanonicalJson.sha256Hex(CanonicalJson.write(changed))).isNotEqualTo(CanonicalJson.sha256Hex(text));
	}

	@Test
	void readingCanonicalTextBack_givesTheSameCanonicalText() {
		String text = CanonicalJson.write(SampleCv.full());
		assertThat(CanonicalJson.write(CanonicalJson.read(text))).isEqualTo(text);
	}

	@Test
	void sha256_matchesTheKnownDigestOfTheBytes() {
		// SHA-256("abc") from FIPS 180-2, appendix B.1
		assertThat(CanonicalJson.sha256Hex("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

}
