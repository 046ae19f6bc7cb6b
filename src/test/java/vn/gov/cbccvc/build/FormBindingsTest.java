package vn.gov.cbccvc.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every form a BPMN element names exists in processes/forms, every external form page is served, every user task
 * has a form, and each Camunda form sets exactly the variables its task's gateways and listeners read.
 */
class FormBindingsTest {

	private static final String FOLLOW_UP = "followUpNote";

	/**
	 * process/task → the keys of its form's input fields: what Tasklist sets on completion. The decisions and
	 * reasons are those the gateways and the complete listeners read; the status change's document fields are
	 * those StatusChangeService.DocumentDetails reads.
	 */
	private static final Map<String, Set<String>> FORM_KEYS = Map.ofEntries(
			Map.entry("Process_Onboarding/Task_ConfirmAccountCreation", Set.of("accountConfirmed")),
			Map.entry("Process_Onboarding/Task_FollowUpAccountCreation", Set.of(FOLLOW_UP)),
			Map.entry("Process_Onboarding/Task_FollowUpSelfEntry", Set.of(FOLLOW_UP)),
			Map.entry("Process_Onboarding/Task_ReviewProfile", Set.of("reviewPassed", "reviewReasons")),
			Map.entry("Process_Onboarding/Task_FollowUpReview", Set.of(FOLLOW_UP)),
			Map.entry("Process_Onboarding/Task_ApproveProfile", Set.of("headApproved", "approvalReasons")),
			Map.entry("Process_Onboarding/Task_FollowUpApproval", Set.of(FOLLOW_UP)),
			Map.entry("Process_StatusChange/Task_PrepareStatusChange",
					Set.of("documentNumber", "documentDate", "documentSigner", "attachmentId")),
			Map.entry("Process_StatusChange/Task_FollowUpStatusChange", Set.of(FOLLOW_UP)),
			Map.entry("Process_StatusChange/Task_SignStatusChange", Set.of("headSigned", "headReasons")),
			Map.entry("Process_DataChange/Task_FollowUpProposal", Set.of(FOLLOW_UP)),
			Map.entry("Process_DataChange/Task_ReviewChange", Set.of("reviewPassed", "returnReasons")),
			Map.entry("Process_DataChange/Task_ApproveChange", Set.of("headApproved", "returnReasons")),
			Map.entry("Process_DataChange/Task_FollowUpApproval", Set.of(FOLLOW_UP)),
			Map.entry("Process_Transfer/Task_HandOverRecord", Set.of()),
			Map.entry("Process_Transfer/Task_FollowUpHandOverRecord", Set.of(FOLLOW_UP)),
			Map.entry("Process_Transfer/Task_AcceptRecord", Set.of("accepted", "refusalReasons")),
			Map.entry("Process_Transfer/Task_FollowUpAcceptRecord", Set.of(FOLLOW_UP)),
			Map.entry("Process_Transfer/Task_SignTransfer", Set.of("headSigned", "headReasons")),
			Map.entry("Process_Transfer/Task_FollowUpSignTransfer", Set.of(FOLLOW_UP)),
			Map.entry("Process_TransferOut/Task_PrepareTransferOut", Set.of()),
			Map.entry("Process_TransferOut/Task_FollowUpPrepareTransferOut", Set.of(FOLLOW_UP)),
			Map.entry("Process_TransferOut/Task_SignTransferOut", Set.of("headSigned", "headReasons")),
			Map.entry("Process_TransferOut/Task_FollowUpSignTransferOut", Set.of(FOLLOW_UP)),
			Map.entry("Process_TransferIn/Task_PullFromNational", Set.of()),
			Map.entry("Process_TransferIn/Task_ResolveNotFound", Set.of("retryPull", "cancellationReason")),
			Map.entry("Process_TransferIn/Task_FollowUpPull", Set.of(FOLLOW_UP)),
			Map.entry("Process_NationalSync/Task_HandleNationalRejection", Set.of("resend")),
			Map.entry("Process_SyncBatch/Task_FollowUpMissedSyncWindow", Set.of(FOLLOW_UP)));

	static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"]+)\"");

	static final Pattern FORM_KEY = Pattern.compile("camunda:formKey=\"(/[^\"?]+)\"");

	@Test
	void everyFormRefOfTheProcesses_hasItsCamundaForm() throws IOException {
		Set<String> formIds = new HashSet<>();
		ObjectMapper json = new ObjectMapper();
		try (Stream<Path> forms = Files.list(Path.of("processes/forms"))) {
			for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
				formIds.add(json.readTree(form.toFile()).get("id").asText());
			}
		}
		Set<String> referenced = matches(FORM_REF);
		assertThat(referenced).isNotEmpty();
		assertThat(formIds).containsAll(referenced);
	}

	@Test
	void everyExternalFormKey_isAPageTheAppServes() throws IOException {
		for (String page : matches(FORM_KEY)) {
			assertThat(Path.of("src/main/resources/static" + page)).as(page).exists();
		}
	}

	@Test
	void everyUserTaskOfEveryProcess_hasACamundaFormOrAFormPage() throws IOException {
		Map<String, UserTask> tasks = userTasks();
		assertThat(tasks).isNotEmpty();
		tasks.forEach((name, task) -> assertThat(task.getCamundaFormRef() != null || task.getCamundaFormKey() != null)
			.as(name + " has neither camunda:formRef nor camunda:formKey")
			.isTrue());
	}

	@Test
	void everyCamundaFormOfAUserTask_setsExactlyTheVariablesItsProcessReads() throws IOException {
		Map<String, Set<String>> actual = new TreeMap<>();
		for (Map.Entry<String, UserTask> task : userTasks().entrySet()) {
			String formRef = task.getValue().getCamundaFormRef();
			if (formRef != null) {
				assertThat(task.getValue().getCamundaFormRefBinding()).as(task.getKey()).isEqualTo("latest");
				actual.put(task.getKey(), inputKeys(Path.of("processes/forms", formRef + ".form")));
			}
		}
		assertThat(actual).isEqualTo(new TreeMap<>(FORM_KEYS));
	}

	/** process id/task id → user task, over every shipped BPMN. */
	private static Map<String, UserTask> userTasks() throws IOException {
		Map<String, UserTask> found = new TreeMap<>();
		try (Stream<Path> files = Files.list(Path.of("processes"))) {
			for (Path bpmn : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
				for (UserTask task : Bpmn.readModelFromFile(bpmn.toFile()).getModelElementsByType(UserTask.class)) {
					found.put(processOf(task) + "/" + task.getId(), task);
				}
			}
		}
		return found;
	}

	private static String processOf(UserTask task) {
		ModelElementInstance parent = task.getParentElement();
		while (!(parent instanceof Process)) {
			parent = parent.getParentElement();
		}
		return ((Process) parent).getId();
	}

	/** The keys of the form's input fields (text blocks have none), nested groups included. */
	private static Set<String> inputKeys(Path form) throws IOException {
		Set<String> keys = new TreeSet<>();
		collectKeys(new ObjectMapper().readTree(form.toFile()).get("components"), keys);
		return keys;
	}

	private static void collectKeys(JsonNode components, Set<String> keys) {
		if (components == null) {
			return;
		}
		for (JsonNode component : components) {
			if (component.hasNonNull("key")) {
				keys.add(component.get("key").asText());
			}
			collectKeys(component.get("components"), keys);
		}
	}

	private static Set<String> matches(Pattern pattern) throws IOException {
		Set<String> found = new HashSet<>();
		try (Stream<Path> files = Files.list(Path.of("processes"))) {
			for (Path bpmn : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
				Matcher m = pattern.matcher(Files.readString(bpmn));
				while (m.find()) {
					found.add(m.group(1));
				}
			}
		}
		return found;
	}

}
