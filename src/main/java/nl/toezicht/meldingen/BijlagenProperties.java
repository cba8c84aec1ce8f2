package nl.toezicht.meldingen;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where attachments of notifications are kept as files.
 *
 * @param map directory of the files; each file is named by a server-generated key, never by the
 *     reporter's file name
 */
@ConfigurationProperties("toezicht.bijlagen")
record BijlagenProperties(@DefaultValue("./data/bijlagen") Path map) {}
