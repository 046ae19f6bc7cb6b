package vn.gov.cbccvc.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.profile.ProfileVersionInfo;
import vn.gov.cbccvc.profile.VersionKind;
import vn.gov.cbccvc.signature.BatchEntry;
import vn.gov.cbccvc.signature.SignaturePurpose;
import vn.gov.cbccvc.signature.SignatureService;
import vn.gov.cbccvc.sync.SyncQueue;
import vn.gov.cbccvc.sync.SyncProperties;

/**
 * Inside the child province node: approves the demo people's drafts again as many times as asked, covers the new
 * versions with one batch signed by DoHA (HY Art. 8.4, as NationalSyncTest does) and hands each to the national
 * sync. Runs once per database: a restarted node finds the queue filled and seeds nothing. Waits for the national
 * node first, so no send fails before it is up.
 */
final class SignedVersionSeeder {

	static final String COUNT_PROPERTY = "e2e.seed.versions";

	private static final Logger log = LoggerFactory.getLogger(SignedVersionSeeder.class);

	private final ApplicationContext context;

	private final int count;

	SignedVersionSeeder(ApplicationContext context, int count) {
		this.context = context;
		this.count = count;
	}

	void seedOnce() {
		JdbcTemplate jdbc = this.context.getBean(JdbcTemplate.class);
		if (jdbc.queryForObject("select count(*) from sync_queue", Integer.class) > 0) {
			log.info("E2E seed: the sync queue is already filled, nothing to seed");
			return;
		}
		log.info("E2E seed: waiting for the national node");
		awaitNational(this.context.getBean(SyncProperties.class).nationalUrl());
		log.info("E2E seed: approving and signing {} versions", this.count);
		ProfileService profiles = this.context.getBean(ProfileService.class);
		List<Long> people = jdbc.queryForList("select distinct person_id from profile_version order by person_id",
				Long.class);
		List<BatchEntry> entries = new ArrayList<>();
		List<long[]> versions = new ArrayList<>();
		for (int i = 0; versions.size() < this.count; i++) {
			long personId = people.get(i % people.size());
			ProfileVersionInfo v = profiles.approveDraft(personId, VersionKind.CHANGE, "doha");
			versions.add(new long[] { v.id(), personId });
			entries.add(new BatchEntry(ProfileService.SIGNED_SUBJECT_TYPE, String.valueOf(v.id()), v.contentSha256()));
		}
		this.context.getBean(SignatureService.class)
			.signBatch("E2E-" + UUID.randomUUID(), SignaturePurpose.SYNC_BATCH, "doha", entries);
		SyncQueue queue = this.context.getBean(SyncQueue.class);
		versions.forEach(v -> queue.enqueue(v[0], v[1]));
		log.info("E2E seed: {} signed versions queued for the national sync", versions.size());
	}

	private static void awaitNational(String baseUrl) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (System.nanoTime() < deadline) {
			try {
				HttpResponse<Void> health = http.send(
						HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health")).GET().build(),
						HttpResponse.BodyHandlers.discarding());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (java.io.IOException ex) {
				// not up yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			Waits.sleep(Duration.ofMillis(200));
		}
		throw new IllegalStateException("E2E seed: the national node did not come up at " + baseUrl);
	}

}
