package vn.gov.cbccvc.approval;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_OpenDueWindows}: opens today's batches and hands their ids to the multi-instance as {@code batchIds}. */
@Component("openDueWindowsDelegate")
class OpenDueWindowsDelegate implements JavaDelegate {

	private final WindowOpener opener;

	private final EngineClock clock;

	OpenDueWindowsDelegate(WindowOpener opener, EngineClock clock) {
		this.opener = opener;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ArrayList<String> batchIds = new ArrayList<>();
		this.opener.open(this.clock.today(), execution.getProcessInstanceId())
			.forEach(id -> batchIds.add(String.valueOf(id)));
		execution.setVariable("batchIds", batchIds);
	}

}
