package io.jiandang.envelope;

/**
 * Kafka header names of the CloudEvents 1.0 Kafka protocol binding, binary content mode: the attributes
 * travel as {@code ce_}-prefixed headers and the body is the event's JSON data.
 *
 * <p>Besides the required attributes, Jiandang sends extension attributes (lower-case alphanumeric names, as
 * the specification requires) for what every consumer needs without reading the body: the aggregate's
 * sequence number (per-aggregate gap detection), who acted, the household's division code, the correlation
 * id and the business date the fact holds from.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    /** Binary mode carries datacontenttype in the plain Kafka header {@code content-type}. */
    public static final String CONTENT_TYPE = "content-type";

    public static final String SEQUENCE = "ce_sequence";
    public static final String AGGREGATE_TYPE = "ce_aggregatetype";
    public static final String DIVISION_CODE = "ce_divisioncode";
    /** The household the event concerns (also the Kafka key), when it concerns one. */
    public static final String HOUSEHOLD_ID = "ce_householdid";
    public static final String ACTOR_ID = "ce_actorid";
    public static final String ACTOR_ROLE = "ce_actorrole";
    public static final String ACTOR_LEVEL = "ce_actorlevel";
    public static final String ACTOR_JURISDICTION = "ce_actorjurisdiction";
    public static final String CORRELATION_ID = "ce_correlationid";
    public static final String EFFECTIVE_ON = "ce_effectiveon";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
