package vn.gov.cbccvc.sync;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The in-app external task worker of topic {@code national-sync} (CAMUNDA-PRACTICE "External tasks"): one thread,
 * one fetch for the topic, the remote call outside any engine transaction. Idle polls back off (emulated long
 * polling); technical failures retry with exponential back-off until an incident; business refusals become the
 * BPMN error {@code Error_NationalRejected}. Several nodes may each run one: tasks are locked, and the idempotency
 * key makes a second send harmless.
 */
@Component
@ConditionalOnProperty(prefix = "app.sync.worker", name = "enabled", havingValue = "true", matchIfMissing = true)
class NationalSyncWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(NationalSyncWorker.class);

	private final ExternalTaskService externalTasks;

	private final NationalDatabaseClient client;

	private final SyncMessages messages;

	private final SyncQueue queue;

	private final SyncProperties.Worker settings;

	private final RetrySchedule retries;

	private final String workerId = "cbccvc-sync-" + UUID.randomUUID().toString().substring(0, 8);

	private volatile boolean running;

	private Thread thread;

	NationalSyncWorker(ExternalTaskService externalTasks, NationalDatabaseClient client, SyncMessages messages,
			SyncQueue queue, SyncProperties properties) {
		this.externalTasks = externalTasks;
		this.client = client;
		this.messages = messages;
		this.queue = queue;
		this.settings = properties.worker();
		this.retries = new RetrySchedule(this.settings.retries(), this.settings.retryBase(), this.settings.retryMax());
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		this.thread = new Thread(this::loop, "national-sync-worker");
		this.thread.setDaemon(true);
		this.thread.start();
		log.info("National sync worker {} started", this.workerId);
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		if (this.thread != null) {
			this.thread.interrupt();
			try {
				this.thread.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.thread = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Stop before the engine and the web server (they stop at lower phases). */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 100;
	}

	private void loop() {
		Duration idle = this.settings.idleWait();
		while (this.running) {
			try {
				List<LockedExternalTask> tasks = this.externalTasks.fetchAndLock(this.settings.maxTasks(), this.workerId, true)
					.topic(SyncVars.TOPIC, this.settings.lockDuration().toMillis())
					.execute();
				if (tasks.isEmpty()) {
					Thread.sleep(idle.toMillis());
					idle = idle.multipliedBy(2).compareTo(this.settings.idleWaitMax()) > 0 ? this.settings.idleWaitMax()
							: idle.multipliedBy(2);
					continue;
				}
				idle = this.settings.idleWait();
				for (LockedExternalTask task : tasks) {
					if (!this.running) {
						break;
					}
					handle(task);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				// the engine's database is briefly unavailable, or shutting down: wait and poll again
				if (this.running) {
					log.warn("National sync poll failed: {}", ex.toString());
					sleepQuietly(this.settings.idleWaitMax());
				}
			}
		}
	}

	void handle(LockedExternalTask task) {
		long versionId = ((Number) task.getVariables().get(SyncVars.VERSION_ID)).longValue();
		NationalSubmission message;
		try {
			message = this.messages.build(versionId);
		}
		catch (RuntimeException ex) {
			// unsigned or unreadable here: no retry repairs it, so an incident at once
			log.warn("Version {} cannot be sent: {}", versionId, ex.getMessage());
			this.externalTasks.handleFailure(task.getId(), this.workerId, shorten(ex.getMessage()), ex.toString(), 0, 0);
			return;
		}
		this.queue.markSent(versionId, message.idempotencyKey(), message.sha256());
		try {
			NationalReceipt receipt = this.client.send(message);
			this.queue.markAcknowledged(versionId, receipt);
			this.externalTasks.complete(task.getId(), this.workerId, Map.of(SyncVars.RECEIPT_ID, receipt.receiptId()));
		}
		catch (NationalRejectedException ex) {
			this.queue.markRejected(versionId, ex.reason());
			this.externalTasks.handleBpmnError(task.getId(), this.workerId, SyncVars.REJECTED_ERROR_CODE, ex.reason(),
					Map.of(SyncVars.REJECTION_REASON, ex.reason()));
		}
		catch (RuntimeException ex) {
			int left = this.retries.retriesAfterFailure(task.getRetries());
			long wait = left == 0 ? 0 : this.retries.waitAfterFailure(left).toMillis();
			String reason = shorten(ex.getMessage());
			this.queue.markRetrying(versionId, reason);
			this.externalTasks.handleFailure(task.getId(), this.workerId, reason, ex.toString(), left, wait);
			log.debug("Version {} not sent ({} retries left, next in {} ms): {}", versionId, left, wait, reason);
		}
	}

	private static String shorten(String text) {
		String t = text == null ? "" : text;
		return t.length() > 600 ? t.substring(0, 600) : t;
	}

	private static void sleepQuietly(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
