package nl.toezicht.historie;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param map where uploaded files and rejects files are kept (shared storage with several instances) */
@ConfigurationProperties("toezicht.historie")
record HistorieProperties(@DefaultValue("./data/historie") Path map) {}
