package vn.gov.cbccvc.sync;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The national sync (TT06 Art. 6.4, 9, 12.2-12.4): where the national database is, who this province is, how it
 * authenticates, and how the in-app external task worker polls and backs off.
 *
 * @param nationalUrl base URL of the national node (the real CSDLQG gateway or our {@code national} profile)
 * @param provinceCode the province's code in idempotency keys and messages, e.g. {@code H19} (Đồng Nai)
 * @param agencyCode the sending DoHA's electronic identifier (Decision 20/2020/QĐ-TTg)
 * @param username HTTP Basic client id issued by the national side (ignored when blank)
 * @param password HTTP Basic secret
 * @param token a shared bearer token instead of Basic (ignored when blank)
 * @param batch the DoHA director's monthly sync batch (HY Art. 8.4)
 */
@ConfigurationProperties("app.sync")
public record SyncProperties(@DefaultValue("http://localhost:8090") String nationalUrl,
		@DefaultValue("H00") String provinceCode, @DefaultValue("000.00.00.H00") String agencyCode,
		@DefaultValue("") String username, @DefaultValue("") String password, @DefaultValue("") String token,
		@DefaultValue("5s") Duration connectTimeout, @DefaultValue("30s") Duration readTimeout,
		@DefaultValue Worker worker, @DefaultValue Batch batch) {

	/**
	 * @param enabled runs the worker thread on this node (every node may run one: tasks are locked)
	 * @param maxTasks tasks fetched per poll
	 * @param lockDuration above the national call's p99, so another node does not take a task being sent
	 * @param retries attempts before an incident (Cockpit) when the national database stays unreachable
	 * @param retryBase wait after the first failure; doubles on each further failure
	 * @param retryMax the longest wait between attempts
	 * @param idleWait first pause when nothing was fetched; doubles up to {@code idleWaitMax}
	 * @param idleWaitMax the longest pause when idle (the emulated long polling)
	 */
	public record Worker(@DefaultValue("true") boolean enabled, @DefaultValue("10") int maxTasks,
			@DefaultValue("2m") Duration lockDuration, @DefaultValue("8") int retries,
			@DefaultValue("10s") Duration retryBase, @DefaultValue("30m") Duration retryMax,
			@DefaultValue("200ms") Duration idleWait, @DefaultValue("5s") Duration idleWaitMax) {
	}

	/**
	 * @param releaseChunk versions released per job after the director signed (each chunk its own transaction)
	 * @param maxEntries versions one batch (one signature) may hold; what is beyond waits for the next window
	 */
	public record Batch(@DefaultValue("500") int releaseChunk, @DefaultValue("100000") int maxEntries) {
	}

}
