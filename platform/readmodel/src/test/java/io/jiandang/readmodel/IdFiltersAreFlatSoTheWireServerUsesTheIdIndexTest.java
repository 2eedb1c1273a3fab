package io.jiandang.readmodel;

import com.mongodb.client.model.Filters;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdFiltersAreFlatSoTheWireServerUsesTheIdIndexTest {

    @Test
    void theIdAndTheConditionsAreTopLevelKeys() {
        BsonDocument filter = IdFilters.idAnd("h-1", Filters.exists("status", false), Filters.eq("openExitId", "x-1"))
                .toBsonDocument();

        assertThat(filter.toJson()).isEqualTo(
                "{\"_id\": \"h-1\", \"status\": {\"$exists\": false}, \"openExitId\": \"x-1\"}");
        assertThat(Filters.and(Filters.eq("_id", "h-1"), Filters.exists("status", false)).toBsonDocument().keySet())
                .as("what the driver's and() renders, which the wire server cannot serve from the _id index")
                .containsExactly("$and");
    }

    @Test
    void aConditionThatIsNotOnOneOtherFieldIsRefused() {
        assertThatThrownBy(() -> IdFilters.idAnd("h-1", Filters.or(Filters.eq("a", 1), Filters.eq("b", 2))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdFilters.idAnd("h-1", Filters.eq("_id", "h-2")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
