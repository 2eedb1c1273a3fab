package io.jiandang.reporting.cycle.adapters.out;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.jiandang.reporting.cycle.application.UpdateCycles;
import io.jiandang.reporting.cycle.domain.UpdateCycle;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Update cycles as MongoDB documents ({@code update_cycles}, by cycle id), replaced only at the version read. */
public class MongoUpdateCycles implements UpdateCycles {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final MongoCollection<Document> cycles;

    public MongoUpdateCycles(MongoDatabase database) {
        this.cycles = database.getCollection("update_cycles");
    }

    @Override
    public Optional<UpdateCycle> find(String id) {
        return Optional.ofNullable(cycles.find(Filters.eq("_id", id)).first()).map(MongoUpdateCycles::fromDocument);
    }

    @Override
    public List<UpdateCycle> all() {
        return cycles.find().map(MongoUpdateCycles::fromDocument).into(new ArrayList<>());
    }

    @Override
    public boolean insert(UpdateCycle cycle) {
        if (cycles.find(Filters.eq("_id", cycle.id())).first() != null) {
            return false;
        }
        try {
            cycles.insertOne(toDocument(cycle));
            return true;
        } catch (MongoWriteException duplicate) {
            return false;
        }
    }

    @Override
    public boolean replace(UpdateCycle cycle, long expectedVersion) {
        return cycles.replaceOne(Filters.and(Filters.eq("_id", cycle.id()), Filters.eq("version", expectedVersion)),
                toDocument(cycle)).getModifiedCount() == 1;
    }

    /** The cycle as one JSON string beside its id and version: position keys hold dots, which field names should not. */
    private static Document toDocument(UpdateCycle cycle) {
        try {
            return new Document("_id", cycle.id()).append("version", cycle.version()).append("state", cycle.state().name())
                    .append("json", JSON.writeValueAsString(cycle));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UpdateCycle fromDocument(Document d) {
        try {
            return JSON.readValue(d.getString("json"), UpdateCycle.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable update cycle " + d.get("_id"), e);
        }
    }
}
