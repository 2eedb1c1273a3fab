package io.jiandang.assistance.cadre.application;

import java.util.List;
import java.util.Optional;

/** Port: the registered cadres with their contact (kept outside the event log) and their current load. */
public interface Cadres {

    Optional<CadreView> find(String cadreId);

    /** Cadres whose jurisdiction starts with the prefix, by id. */
    List<CadreView> within(String divisionPrefix, int limit);

    /** Keeps a cadre's contact, in the transaction of the cadre's registration. */
    void storeContact(String cadreId, String contact);
}
