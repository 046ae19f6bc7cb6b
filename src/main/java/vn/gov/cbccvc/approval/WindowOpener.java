package vn.gov.cbccvc.approval;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.organisation.OrganisationDirectory;
import vn.gov.cbccvc.ruleset.ApprovalWindows;
import vn.gov.cbccvc.ruleset.ApprovalWindows.Window;
import vn.gov.cbccvc.ruleset.RuleSet;
import vn.gov.cbccvc.ruleset.RuleSetRegistry;
import vn.gov.cbccvc.ruleset.WindowPurpose;

/**
 * Opens the batches of a day: for every unit with reviewed records waiting whose heads' window (by its level:
 * TT06/DN Art. 7.1 the last 5 working days; HY Art. 8.2 units and communes 20th-22nd, HY Art. 8.1 departments and
 * districts 23rd-25th) is open that day and which has no batch for that window yet, one batch per approver.
 * A unit whose records arrived after the first day still gets its batch on the next daily run inside the window.
 */
@Service
class WindowOpener {

	private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	private final ApprovalQueue queue;

	private final BatchStore batches;

	private final OrganisationDirectory organisation;

	private final ApprovalWindows windows;

	private final RuleSetRegistry ruleSets;

	private final EngineClock clock;

	WindowOpener(ApprovalQueue queue, BatchStore batches, OrganisationDirectory organisation, ApprovalWindows windows,
			RuleSetRegistry ruleSets, EngineClock clock) {
		this.queue = queue;
		this.batches = batches;
		this.organisation = organisation;
		this.windows = windows;
		this.ruleSets = ruleSets;
		this.clock = clock;
	}

	/** Opens what is due on {@code day}; returns the ids of the batches opened now (none twice). */
	@Transactional
	public List<Long> open(LocalDate day, String processInstanceId) {
		Map<String, Optional<Window>> byLevel = new HashMap<>();
		List<Long> opened = new ArrayList<>();
		OffsetDateTime now = this.clock.nowInZone();
		for (ApprovalQueue.Waiting waiting : this.queue.waitingUnits()) {
			String level = windowLevel(UnitLevels.of(this.organisation.level(waiting.unitId())));
			Optional<Window> window = byLevel.computeIfAbsent(level, l -> this.windows.currentWindow(l, day));
			window.flatMap(w -> this.batches.openIfAbsent(waiting.unitId(), Batch.approverFor(waiting.headsOwnRecord()),
					w, closesAt(w), processInstanceId, now))
				.ifPresent(opened::add);
		}
		return opened;
	}

	/** The end of the window's last day in Vietnam: the batch task's due date and the closing timer. */
	static OffsetDateTime closesAt(Window window) {
		return window.lastDay().atTime(END_OF_DAY).atZone(EngineClock.ZONE).toOffsetDateTime();
	}

	/**
	 * A level the rule set gives no heads' window (HY has none for PROVINCE) follows the rule set's default level,
	 * so no record waits forever.
	 */
	private String windowLevel(String level) {
		RuleSet ruleSet = this.ruleSets.inForce();
		boolean covered = ruleSet.approvalWindows()
			.stream()
			.anyMatch(w -> w.purpose() == WindowPurpose.HEAD_APPROVAL && w.levels().contains(level));
		return covered ? level : ruleSet.defaultUnitLevel();
	}

}
