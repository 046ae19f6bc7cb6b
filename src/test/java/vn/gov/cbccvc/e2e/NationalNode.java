package vn.gov.cbccvc.e2e;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.gov.cbccvc.national.NationalApplication;
import vn.gov.cbccvc.support.EmbeddedPostgres;

/**
 * The national node (profile {@code national}) in this JVM on its own PostgreSQL database and port. A test-only
 * filter in front of {@code POST /national/api/versions} counts what the node answered (201 stored, 200 an earlier
 * receipt for a re-sent idempotency key) and can hold the answer back after the version is stored: the window in
 * which a province that dies has delivered a version without learning it.
 */
final class NationalNode implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final int port;

	private final Answers answers;

	private NationalNode(ConfigurableApplicationContext context, int port, Answers answers) {
		this.context = context;
		this.port = port;
		this.answers = answers;
	}

	/** One province client: id, password, the province code it may send for. */
	record Client(String id, String password, String provinceCode) {
	}

	/**
	 * @param answerDelay how long each stored (or re-acknowledged) version's answer is held back
	 * @param trusted the provincial CAs whose signatures the node accepts
	 */
	static NationalNode start(int port, Duration answerDelay, List<Client> clients, List<X509Certificate> trusted) {
		Answers answers = new Answers(answerDelay);
		List<String> args = new ArrayList<>(List.of("--server.port=" + port,
				"--spring.datasource.url=" + EmbeddedPostgres.newDatabase(), "--spring.datasource.username=postgres",
				"--spring.datasource.password=postgres", "--spring.datasource.driver-class-name=org.postgresql.Driver",
				// the cached contexts of the other ITs share the server's 100 connections
				"--spring.datasource.hikari.maximum-pool-size=5", "--spring.datasource.hikari.minimum-idle=1",
				"--spring.main.banner-mode=off"));
		for (Client c : clients) {
			args.add("--national.clients." + c.id() + ".password=" + c.password());
			args.add("--national.clients." + c.id() + ".province-code=" + c.provinceCode());
		}
		for (int i = 0; i < trusted.size(); i++) {
			args.add("--national.trusted-certificates[" + i + "]=" + pem(trusted.get(i)));
		}
		ConfigurableApplicationContext context = new SpringApplicationBuilder(NationalApplication.class)
			.profiles(NationalApplication.PROFILE)
			.initializers(ctx -> ctx.getBeanFactory().registerSingleton("e2eNationalAnswers", answers.registration()))
			.run(args.toArray(String[]::new));
		return new NationalNode(context, port, answers);
	}

	String url() {
		return "http://localhost:" + this.port;
	}

	JdbcTemplate jdbc() {
		return this.context.getBean(JdbcTemplate.class);
	}

	/** Versions stored (HTTP 201). */
	int stored() {
		return this.answers.created.get();
	}

	/** Re-sends answered with the earlier receipt (HTTP 200): duplicates removed by the idempotency key. */
	int deduplicated() {
		return this.answers.duplicates.get();
	}

	/** Answers currently held back. */
	int held() {
		return this.answers.held.get();
	}

	/** From now on, hold every answer until {@link #release()}. */
	void freeze() {
		this.answers.gate.set(new CountDownLatch(1));
	}

	void release() {
		CountDownLatch gate = this.answers.gate.getAndSet(null);
		if (gate != null) {
			gate.countDown();
		}
	}

	/** Rows per idempotency key: key → sha256 column, and the sha256 recomputed from the stored content. */
	List<Map<String, Object>> rows() {
		return jdbc().queryForList("select idempotency_key, sha256, content from national_version");
	}

	@Override
	public void close() {
		release();
		this.context.close();
	}

	private static String pem(X509Certificate certificate) {
		try {
			return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(certificate.getEncoded())
					+ "\n-----END CERTIFICATE-----";
		}
		catch (CertificateEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static final class Answers extends OncePerRequestFilter {

		final AtomicInteger created = new AtomicInteger();

		final AtomicInteger duplicates = new AtomicInteger();

		final AtomicInteger held = new AtomicInteger();

		final AtomicReference<CountDownLatch> gate = new AtomicReference<>();

		private final Duration delay;

		Answers(Duration delay) {
			this.delay = delay;
		}

		FilterRegistrationBean<Answers> registration() {
			FilterRegistrationBean<Answers> bean = new FilterRegistrationBean<>(this);
			bean.addUrlPatterns("/national/api/versions");
			return bean;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!"POST".equals(request.getMethod())) {
				chain.doFilter(request, response);
				return;
			}
			// the body is buffered, so nothing reaches the province before the hold is over
			ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, buffered);
			if (buffered.getStatus() == 201) {
				this.created.incrementAndGet();
			}
			else if (buffered.getStatus() == 200) {
				this.duplicates.incrementAndGet();
			}
			this.held.incrementAndGet();
			try {
				Thread.sleep(this.delay.toMillis());
				CountDownLatch frozen = this.gate.get();
				if (frozen != null) {
					frozen.await(60, TimeUnit.SECONDS);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				this.held.decrementAndGet();
			}
			buffered.copyBodyToResponse();
		}

	}

}
