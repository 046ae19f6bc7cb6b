package vn.gov.cbccvc.profile;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the profile feature.
 *
 * @param attachmentMaxSize the largest scanned evidence file accepted (default 10 MB)
 */
@ConfigurationProperties("app.profile")
record ProfileProperties(@DefaultValue("10MB") DataSize attachmentMaxSize) {
}
