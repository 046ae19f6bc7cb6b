package vn.gov.cbccvc;

import java.util.TimeZone;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

import vn.gov.cbccvc.national.NationalApplication;

/**
 * The CBCCVC database workflow: Camunda 7 processes for onboarding, review, signed approval, changes,
 * transfers and the national sync, over a domain database of people, profiles and organisation units.
 */
@SpringBootApplication
// The national node (package national) is a separate application of the same build, never part of a province.
@ComponentScan(basePackages = "vn.gov.cbccvc",
		excludeFilters = { @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
				@ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
				@ComponentScan.Filter(type = FilterType.REGEX, pattern = "vn\\.gov\\.cbccvc\\.national\\..*") })
@ConfigurationPropertiesScan
public class CbccvcApplication {

	/** Deadlines are days in Vietnam: every node and test runs on the same clock zone. */
	public static final String ZONE = "Asia/Ho_Chi_Minh";

	public static void main(String[] args) {
		TimeZone.setDefault(TimeZone.getTimeZone(ZONE));
		if (nationalProfile(args)) {
			NationalApplication.run(args);
			return;
		}
		SpringApplication.run(CbccvcApplication.class, args);
	}

	/** True when {@code national} is among the active profiles (arguments or SPRING_PROFILES_ACTIVE). */
	static boolean nationalProfile(String[] args) {
		String fromEnv = System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", "");
		String fromProperty = System.getProperty("spring.profiles.active", "");
		String fromArgs = Arrays.stream(args)
			.filter(a -> a.startsWith("--spring.profiles.active="))
			.map(a -> a.substring(a.indexOf('=') + 1))
			.reduce("", (a, b) -> a + "," + b);
		return Arrays.stream((fromEnv + "," + fromProperty + "," + fromArgs).split(","))
			.map(String::strip)
			.anyMatch(NationalApplication.PROFILE::equals);
	}

}
