package nl.toezicht.koppelingen;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/**
 * An event of the log as a CloudEvent (specification 1.0) in its JSON format, through the CNCF Java SDK
 * (decision 0074). The extension {@code positie} is the event's place in the log: a receiver that sees it may
 * page the event log from there ({@code GET /api/v1/gebeurtenissen?na=<positie>}) and drop repeats.
 */
@Component
class Cloudevents {

    static final String MEDIATYPE = "application/cloudevents+json";

    private final KoppelingenProperties properties;
    private final JsonFormat json = new JsonFormat();

    Cloudevents(KoppelingenProperties properties) {
        this.properties = properties;
    }

    CloudEvent cloudevent(Gebeurtenis gebeurtenis) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(gebeurtenis.id().toString())
                .withSource(properties.bron())
                .withType(gebeurtenis.type())
                .withTime(OffsetDateTime.ofInstant(gebeurtenis.tijd(), ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(gebeurtenis.gegevens().getBytes(StandardCharsets.UTF_8))
                .withExtension("positie", gebeurtenis.positie().cursor());
        if (gebeurtenis.onderwerp() != null) {
            builder.withSubject(gebeurtenis.onderwerp());
        }
        return builder.build();
    }

    byte[] json(Gebeurtenis gebeurtenis) {
        return json.serialize(cloudevent(gebeurtenis));
    }
}
