package vn.gov.cbccvc.approval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import vn.gov.cbccvc.organisation.OrganisationService;
import vn.gov.cbccvc.organisation.UnitCommands;
import vn.gov.cbccvc.organisation.UnitKind;
import vn.gov.cbccvc.profile.CanonicalJson;
import vn.gov.cbccvc.profile.NewPerson;
import vn.gov.cbccvc.profile.PersonCategory;
import vn.gov.cbccvc.profile.PersonService;
import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.profile.cv.CvDocument;
import vn.gov.cbccvc.profile.cv.Sex;
import vn.gov.cbccvc.security.CurrentUser;
import vn.gov.cbccvc.security.RoleGrant;
import vn.gov.cbccvc.security.Roles;

/**
 * Real units, people with a reviewed (saved and locked) draft, and the {@code approval_queue} rows the onboarding
 * process writes when it locks a reviewed record. The CV is the profile tests' sample (male, born 14/03/1985).
 */
final class ApprovalFixtures {

	private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 400_000));

	private static final AtomicInteger UNITS = new AtomicInteger();

	private static final LocalDate BIRTH = LocalDate.of(1985, 3, 14);

	private final OrganisationService organisation;

	private final PersonService persons;

	private final ProfileService profiles;

	private final JdbcTemplate jdbc;

	ApprovalFixtures(ApplicationContext context) {
		this.organisation = context.getBean(OrganisationService.class);
		this.persons = context.getBean(PersonService.class);
		this.profiles = context.getBean(ProfileService.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
	}

	long unit(UnitKind kind, Long parentId) {
		return this.organisation
			.create(new UnitCommands.Create(parentId, kind, "Đơn vị phê duyệt " + UNITS.incrementAndGet(), null, null,
					null))
			.id();
	}

	long province() {
		return unit(UnitKind.PROVINCE, null);
	}

	/** A person of {@code unitId} whose draft was saved by the employee and locked by the reviewer. */
	long reviewedPerson(long unitId) {
		String personalId = "001085" + String.format("%06d", SERIAL.incrementAndGet());
		long personId = this.persons
			.register(new NewPerson(personalId, "Nguyễn Văn An", Sex.MALE, BIRTH, unitId, PersonCategory.CIVIL_SERVANT,
					"HY-" + personalId.substring(6)), "clerk")
			.id();
		this.profiles.saveDraft(personId, cv(personalId), null, "employee");
		this.profiles.setDraftLocked(personId, true, "clerk");
		return personId;
	}

	String draftSha256(long personId) {
		return CanonicalJson.sha256Hex(CanonicalJson.write(this.profiles.getDraft(personId).content()));
	}

	/** What the onboarding delegate that locks a reviewed record inserts. */
	void queue(long personId, long unitId, String processInstanceId, boolean headsOwnRecord) {
		this.jdbc.update("insert into approval_queue (person_id, unit_id, process_instance_id, reviewed_sha256,"
				+ " heads_own_record, waiting_since, windows_missed) values (?, ?, ?, ?, ?, ?, 0)", personId, unitId,
				processInstanceId, draftSha256(personId), headsOwnRecord, OffsetDateTime.now(EngineClock.ZONE));
	}

	void clearQueue() {
		this.jdbc.update("delete from approval_queue");
	}

	/** The API's principal for someone holding {@code role} in {@code unitId}, with its Camunda groups. */
	static Authentication holding(String username, String role, long unitId) {
		RoleGrant grant = new RoleGrant(role, unitId);
		List<String> groups = new ArrayList<>(grant.camundaGroups());
		CurrentUser user = new CurrentUser(username, null, List.of(grant), java.util.Set.copyOf(groups));
		return UsernamePasswordAuthenticationToken.authenticated(user, null,
				groups.stream().map(g -> new SimpleGrantedAuthority(Roles.authority(g))).toList());
	}

	static CvDocument cv(String personalId) {
		try (InputStream in = ApprovalFixtures.class.getResourceAsStream("/approval/sample-cv.json")) {
			ObjectMapper mapper = new ObjectMapper();
			ObjectNode tree = (ObjectNode) mapper.readTree(in);
			((ObjectNode) tree.get("identity")).put("personalIdNumber", personalId);
			return CanonicalJson.read(mapper.writeValueAsString(tree));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
