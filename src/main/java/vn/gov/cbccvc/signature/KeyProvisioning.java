package vn.gov.cbccvc.signature;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.cbccvc.common.DomainException;

/**
 * Keys of the PKCS#12 signer: a demo CA and one key + certificate per signing user, generated on demand and kept
 * in table signing_key (encrypted with {@code app.signature.keystore-password}), so every node of a cluster signs
 * with the same keys. Creation is idempotent and race-safe: the unique owner constraint lets one of two
 * concurrent creators win, the other reads the winner's key.
 */
@Service
public class KeyProvisioning {

	/** Not a valid Camunda user id (see the resource whitelist pattern), so it never clashes with a user. */
	static final String DEMO_CA_OWNER = "#demo-ca";

	private static final Logger log = LoggerFactory.getLogger(KeyProvisioning.class);

	private final SigningKeyRepository keys;

	private final SignatureProperties properties;

	private final CertificateIssuer issuer;

	private final TransactionTemplate newTransaction;

	private static final Duration OPENED_KEY_TTL = Duration.ofMinutes(10);

	private static final int OPENED_KEYS_MAX = 500;

	private final Map<String, OpenedKey> opened = new ConcurrentHashMap<>();

	/** The CA never changes once created, so each node may keep it after the first read. */
	private volatile CertificateIssuer.Issued demoCa;

	@Autowired
	KeyProvisioning(SigningKeyRepository keys, SignatureProperties properties,
			PlatformTransactionManager transactionManager) {
		this(keys, properties, transactionManager, Clock.systemUTC());
	}

	KeyProvisioning(SigningKeyRepository keys, SignatureProperties properties,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.keys = keys;
		this.properties = properties;
		this.issuer = new CertificateIssuer(properties.keyAlgorithm(), properties.rsaKeySize(), clock);
		this.newTransaction = new TransactionTemplate(transactionManager);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Makes sure the user has a signing key with a certificate issued by the demo CA (subject CN = display name,
	 * UID = username); returns the certificate, the same one on every later call.
	 */
	public X509Certificate ensureKeyFor(String username, String displayName) {
		requireUsername(username);
		Optional<SigningKey> existing = this.keys.findByOwnerUsername(username);
		if (existing.isPresent()) {
			return Pem.decode(existing.get().getCertificatePem());
		}
		String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
		if (name.length() > 200) {
			throw DomainException.invalid("signature.display-name-too-long", "Tên hiển thị dài quá 200 ký tự",
					"The display name is longer than 200 characters");
		}
		CertificateIssuer.Issued ca = demoCa();
		CertificateIssuer.Issued issued = this.issuer.issue(ca, username, name, this.properties.organisation(),
				this.issuer.now().plus(this.properties.userCertificateValidity()));
		List<X509Certificate> chain = List.of(issued.certificate(), ca.certificate());
		SigningKey key = insertOrRead(username, () -> new SigningKey(username, SigningKey.Kind.USER,
				Pkcs12Codec.pack(issued.privateKey(), chain, password()), issued.certificate(), this.issuer.now()));
		log.info("Signing key for {}: certificate serial {}", username, key.getSerialNumber());
		return Pem.decode(key.getCertificatePem());
	}

	/** The public certificate of a user's signing key, if one was generated. */
	public Optional<X509Certificate> certificateOf(String username) {
		return this.keys.findByOwnerUsername(username)
			.filter(key -> key.getKind() == SigningKey.Kind.USER)
			.map(key -> Pem.decode(key.getCertificatePem()));
	}

	/** The demo CA's certificate, created once for the whole cluster on first use. */
	public X509Certificate demoCaCertificate() {
		return demoCa().certificate();
	}

	/** The private key and chain to sign with, if the user has a key here. */
	Optional<Pkcs12Codec.KeyAndChain> signingKey(String username) {
		Instant now = Instant.now();
		OpenedKey cached = this.opened.get(username);
		if (cached != null && cached.until().isAfter(now)) {
			return Optional.of(cached.key());
		}
		Optional<Pkcs12Codec.KeyAndChain> key = this.keys.findByOwnerUsername(username)
			.filter(stored -> stored.getKind() == SigningKey.Kind.USER)
			.map(stored -> Pkcs12Codec.unpack(stored.getKeystore(), password()));
		key.ifPresent(k -> {
			if (this.opened.size() >= OPENED_KEYS_MAX) {
				this.opened.clear();
			}
			this.opened.put(username, new OpenedKey(k, now.plus(OPENED_KEY_TTL)));
		});
		return key;
	}

	/**
	 * Opening a keystore costs tens of milliseconds of PBKDF2 by design; a head approving a month's versions one
	 * by one should not pay it each time. Keys are never changed once stored, so a node-local copy cannot go stale;
	 * the short lifetime keeps decrypted keys in memory only while someone is signing.
	 */
	private record OpenedKey(Pkcs12Codec.KeyAndChain key, Instant until) {
	}

	private CertificateIssuer.Issued demoCa() {
		CertificateIssuer.Issued ca = this.demoCa;
		if (ca == null) {
			synchronized (this) {
				ca = this.demoCa;
				if (ca == null) {
					ca = loadOrCreateDemoCa();
					this.demoCa = ca;
				}
			}
		}
		return ca;
	}

	private CertificateIssuer.Issued loadOrCreateDemoCa() {
		if (!this.properties.demoCa().enabled()) {
			throw new DomainException(HttpStatus.SERVICE_UNAVAILABLE, "signature.no-issuing-ca",
					"Chưa cấu hình tổ chức chứng thực để cấp khóa ký", "No certification authority is configured to issue signing keys");
		}
		SigningKey stored = this.keys.findByOwnerUsername(DEMO_CA_OWNER).orElseGet(() -> {
			CertificateIssuer.Issued created = this.issuer.selfSignedCa(this.properties.demoCa().commonName(),
					this.properties.organisation(), this.properties.demoCa().validity());
			SigningKey key = insertOrRead(DEMO_CA_OWNER, () -> new SigningKey(DEMO_CA_OWNER, SigningKey.Kind.CA,
					Pkcs12Codec.pack(created.privateKey(), List.of(created.certificate()), password()),
					created.certificate(), this.issuer.now()));
			log.info("Demo CA ready: serial {}", key.getSerialNumber());
			return key;
		});
		Pkcs12Codec.KeyAndChain opened = Pkcs12Codec.unpack(stored.getKeystore(), password());
		return new CertificateIssuer.Issued(opened.privateKey(), opened.chain().get(0));
	}

	/** Inserts in its own transaction; when another node (or thread) won the race, reads what it stored. */
	private SigningKey insertOrRead(String owner, Supplier<SigningKey> candidate) {
		try {
			return this.newTransaction.execute(status -> this.keys.saveAndFlush(candidate.get()));
		}
		catch (DataIntegrityViolationException ex) {
			return this.newTransaction.execute(status -> this.keys.findByOwnerUsername(owner)).orElseThrow(() -> ex);
		}
	}

	private char[] password() {
		return this.properties.keystorePassword().toCharArray();
	}

	private static void requireUsername(String username) {
		if (username == null || username.isBlank() || username.length() > 100 || username.startsWith("#")) {
			throw DomainException.invalid("signature.bad-username", "Tên đăng nhập của người ký không hợp lệ",
					"The signer's username is not valid");
		}
	}

}
