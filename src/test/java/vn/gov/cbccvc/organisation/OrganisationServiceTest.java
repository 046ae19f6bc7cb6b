package vn.gov.cbccvc.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.common.ValidationException;

class OrganisationServiceTest extends OrganisationSpringTest {

	@Autowired
	UnitDirectory reads;

	@Test
	void createdUnit_carriesItsCodeAndAnsweresItsAncestors() {
		UnitView province = province();
		UnitView doha = unit(province, UnitKind.DOHA, "Sở Nội vụ", codeUnder(province, 5));
		UnitView section = unit(doha, UnitKind.SECTION, "Phòng Công chức, viên chức", null);
		assertThat(this.directory.ancestors(section.id())).extracting(UnitView::id).containsExactly(doha.id(), province.id());
		assertThat(this.directory.level(doha.id())).isEqualTo(UnitKind.DOHA);
		assertThat(this.directory.childrenOf(province.id())).extracting(UnitView::id).containsExactly(doha.id());
		assertThat(this.directory.findByAgencyCode(doha.agencyCode())).map(UnitView::id).contains(doha.id());
		assertThat(this.directory.nearestOfKind(section.id(), UnitKind.PROVINCE)).map(UnitView::id).contains(province.id());
	}

	@Test
	void codeThatDoesNotExtendTheParentsCode_isRejected() {
		UnitView province = province();
		assertThatThrownBy(() -> unit(province, UnitKind.DEPARTMENT, "Sở A", "000.03.05" + province.agencyCode().substring(9)))
			.isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.getViolations().get(0).code())
				.isEqualTo("agency-code.not-under-parent"));
	}

	@Test
	void codeOfAnActiveUnit_cannotBeGivenTwice() {
		UnitView province = province();
		unit(province, UnitKind.DEPARTMENT, "Sở A", codeUnder(province, 6));
		assertThatThrownBy(() -> unit(province, UnitKind.DEPARTMENT, "Sở B", codeUnder(province, 6)))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.getCode()).isEqualTo("agency-code.taken"));
	}

	@Test
	void communeCannotStandUnderADepartment() {
		UnitView province = province();
		UnitView department = unit(province, UnitKind.DEPARTMENT, "Sở A", null);
		assertThatThrownBy(() -> unit(department, UnitKind.COMMUNE, "Xã A", null))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.getCode()).isEqualTo("org-unit.placement"));
	}

	@Test
	void rename_keepsTheOldNameInHistoryAndInTheTreeOfAPastDate() {
		UnitView province = province();
		UnitView department = unit(province, UnitKind.DEPARTMENT, "Sở Nội vụ cũ", null);
		this.service.rename(department.id(), new UnitCommands.Rename("Sở Nội vụ mới", "SNV", department.version(),
				new Decision(LocalDate.of(2025, 7, 1), "99/QĐ-UBND", null, null)));

		assertThat(this.directory.findUnit(department.id())).map(UnitView::name).contains("Sở Nội vụ mới");
		UnitEventView renamed = this.reads.history(department.id(), PageRequest.of(0, 10)).getContent().get(0);
		assertThat(renamed.type()).isEqualTo(UnitEventType.RENAMED);
		assertThat(renamed.details().get("oldName").asText()).isEqualTo("Sở Nội vụ cũ");
		assertThat(renamed.decisionNumber()).isEqualTo("99/QĐ-UBND");
		UnitFilter march = new UnitFilter(province.id(), null, null, null, LocalDate.of(2025, 3, 1));
		assertThat(this.reads.list(march, PageRequest.of(0, 10))).extracting(UnitView::name).containsExactly("Sở Nội vụ cũ");
	}

	@Test
	void staleVersion_isRefused() {
		UnitView province = province();
		UnitView department = unit(province, UnitKind.DEPARTMENT, "Sở A", null);
		assertThatThrownBy(() -> this.service.rename(department.id(),
				new UnitCommands.Rename("Sở B", null, department.version() + 1, null)))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.getCode()).isEqualTo("org-unit.version-mismatch"));
	}

	@Test
	void move_underOwnSubUnit_isRefusedAsACycle() {
		UnitView province = province();
		UnitView school = unit(province, UnitKind.PUBLIC_SERVICE_UNIT, "Trường A", null);
		UnitView annex = unit(school, UnitKind.PUBLIC_SERVICE_UNIT, "Phân hiệu", null);
		assertThatThrownBy(() -> this.service.move(school.id(), new UnitCommands.Move(annex.id(), null, null, null)))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.getCode()).isEqualTo("org-unit.move-cycle"));
	}

	@Test
	void move_reissuesTheCodeAndTheCodesBelowFollow() {
		UnitView province = province();
		UnitView deptA = unit(province, UnitKind.DEPARTMENT, "Sở A", codeUnder(province, 1));
		UnitView deptB = unit(province, UnitKind.DEPARTMENT, "Sở B", codeUnder(province, 2));
		UnitView centre = unit(deptA, UnitKind.PUBLIC_SERVICE_UNIT, "Trung tâm", "000.04" + deptA.agencyCode().substring(6));
		UnitView team = unit(centre, UnitKind.SECTION, "Tổ", "007" + centre.agencyCode().substring(3));

		this.service.move(centre.id(), new UnitCommands.Move(deptB.id(), null, null, null));

		assertThat(this.directory.parentOf(centre.id())).map(UnitView::id).contains(deptB.id());
		assertThat(this.directory.findUnit(centre.id()).orElseThrow().agencyCode())
			.isEqualTo("000.04" + deptB.agencyCode().substring(6));
		assertThat(this.directory.findUnit(team.id()).orElseThrow().agencyCode())
			.isEqualTo("007.04" + deptB.agencyCode().substring(6));
	}

	@Test
	void merge_rehomesPeopleAndChildren_closesSourcesAndRecordsOneEvent() {
		UnitView province = province();
		UnitView a = unit(province, UnitKind.DEPARTMENT, "Sở A", codeUnder(province, 11));
		UnitView b = unit(province, UnitKind.DEPARTMENT, "Sở B", codeUnder(province, 12));
		UnitView sectionOfB = unit(b, UnitKind.SECTION, "Phòng của B", "000.01" + b.agencyCode().substring(6));
		long alice = this.people.hire(a.id());
		long bob = this.people.hire(b.id());

		UnitView merged = this.service.merge(new UnitCommands.Merge(List.of(a.id(), b.id()), null,
				new UnitCommands.NewUnit(null, null, "Sở A và B", null, a.agencyCode()), null, null, null));

		assertThat(this.people.unitOf(alice)).isEqualTo(merged.id());
		assertThat(this.people.unitOf(bob)).isEqualTo(merged.id());
		assertThat(merged.agencyCode()).isEqualTo(a.agencyCode());
		UnitView closedB = this.directory.findUnit(b.id()).orElseThrow();
		assertThat(closedB.status()).isEqualTo(UnitStatus.CLOSED);
		assertThat(closedB.successorId()).isEqualTo(merged.id());
		assertThat(this.directory.currentSuccessor(b.id())).map(UnitView::id).contains(merged.id());
		UnitView movedSection = this.directory.findUnit(sectionOfB.id()).orElseThrow();
		assertThat(movedSection.parentId()).isEqualTo(merged.id());
		assertThat(movedSection.agencyCode()).isEqualTo("000.01" + a.agencyCode().substring(6));
		UnitEventView event = this.reads.history(b.id(), PageRequest.of(0, 10)).getContent().get(0);
		assertThat(event.type()).isEqualTo(UnitEventType.MERGED);
		assertThat(event.units()).contains(new UnitEventView.Involved(a.id(), UnitRole.SOURCE),
				new UnitEventView.Involved(merged.id(), UnitRole.SUCCESSOR),
				new UnitEventView.Involved(sectionOfB.id(), UnitRole.CHILD));
		assertThat(event.details().get("peopleMoved").get(String.valueOf(a.id())).asInt()).isEqualTo(1);
	}

	@Test
	void merge_intoASourceItself_isRefusedBeforeAnythingMoves() {
		UnitView province = province();
		UnitView a = unit(province, UnitKind.DEPARTMENT, "Sở A", null);
		long alice = this.people.hire(a.id());
		assertThatThrownBy(() -> this.service
			.merge(new UnitCommands.Merge(List.of(a.id()), a.id(), null, null, null, null)))
			.isInstanceOf(DomainException.class);
		assertThat(this.people.unitOf(alice)).isEqualTo(a.id());
	}

	@Test
	void split_assignsEveryPersonByMappingOrDefault_soNobodyIsLost() {
		UnitView province = province();
		UnitView commune = unit(province, UnitKind.COMMUNE, "Xã Lớn", null);
		long p1 = this.people.hire(commune.id());
		long p2 = this.people.hire(commune.id());
		long p3 = this.people.hire(commune.id());

		List<UnitView> parts = this.service.split(commune.id(), new UnitCommands.Split(
				List.of(new UnitCommands.Part("north", new UnitCommands.NewUnit(null, null, "Xã Bắc", null, null)),
						new UnitCommands.Part("south", new UnitCommands.NewUnit(null, null, "Xã Nam", null, null))),
				"south", Map.of(p1, "north"), null, null, null));

		long north = parts.get(0).id();
		long south = parts.get(1).id();
		assertThat(this.people.unitOf(p1)).isEqualTo(north);
		assertThat(this.people.unitOf(p2)).isEqualTo(south);
		assertThat(this.people.unitOf(p3)).isEqualTo(south);
		assertThat(this.people.countPeopleIn(commune.id())).isZero();
		assertThat(this.directory.findUnit(commune.id()).orElseThrow().status()).isEqualTo(UnitStatus.CLOSED);
		assertThat(parts).allSatisfy(p -> assertThat(p.parentId()).isEqualTo(province.id()));
	}

	@Test
	void split_mappingAPersonOfAnotherUnit_isRefusedAndTheUnitStaysOpen() {
		UnitView province = province();
		UnitView commune = unit(province, UnitKind.COMMUNE, "Xã Lớn", null);
		UnitView other = unit(province, UnitKind.COMMUNE, "Xã Khác", null);
		long stranger = this.people.hire(other.id());
		assertThatThrownBy(() -> this.service.split(commune.id(), new UnitCommands.Split(
				List.of(new UnitCommands.Part("x", new UnitCommands.NewUnit(null, null, "Xã X", null, null)),
						new UnitCommands.Part("y", new UnitCommands.NewUnit(null, null, "Xã Y", null, null))),
				"y", Map.of(stranger, "x"), null, null, null)))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.getCode()).isEqualTo("org-unit.people-not-in-unit"));
		assertThat(this.directory.findUnit(commune.id()).orElseThrow().active()).isTrue();
	}

	@Test
	void dissolve_withPeopleAndNoTarget_isRefused() {
		UnitView province = province();
		UnitView centre = unit(province, UnitKind.PUBLIC_SERVICE_UNIT, "Trung tâm", null);
		this.people.hire(centre.id());
		assertThatThrownBy(() -> this.service.dissolve(centre.id(), new UnitCommands.Dissolve(null, null, null, null)))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.getCode()).isEqualTo("org-unit.people-without-target"));
		assertThat(this.directory.findUnit(centre.id()).orElseThrow().active()).isTrue();
	}

	@Test
	void dissolve_withATarget_movesPeopleAndSubUnits() {
		UnitView province = province();
		UnitView centre = unit(province, UnitKind.PUBLIC_SERVICE_UNIT, "Trung tâm", null);
		UnitView section = unit(centre, UnitKind.SECTION, "Phòng", null);
		UnitView target = unit(province, UnitKind.DEPARTMENT, "Sở tiếp nhận", null);
		long person = this.people.hire(centre.id());

		this.service.dissolve(centre.id(), new UnitCommands.Dissolve(target.id(), null, null, null));

		assertThat(this.people.unitOf(person)).isEqualTo(target.id());
		assertThat(this.directory.parentOf(section.id())).map(UnitView::id).contains(target.id());
		assertThat(this.directory.findUnit(centre.id()).orElseThrow().status()).isEqualTo(UnitStatus.CLOSED);
		assertThat(this.reads.history(centre.id(), PageRequest.of(0, 10)).getContent().get(0).type())
			.isEqualTo(UnitEventType.DISSOLVED);
	}

	@Test
	void effectiveDateInTheFuture_isRefused() {
		UnitView province = province();
		assertThatThrownBy(() -> this.service.create(new UnitCommands.Create(province.id(), UnitKind.DEPARTMENT, "Sở C",
				null, null, new Decision(LocalDate.now().plusDays(3), null, null, null))))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.getCode()).isEqualTo("org-unit.effective-date-in-future"));
	}

}
