package io.jiandang.demo;

import java.time.LocalDate;

/**
 * A fictitious household member. {@link #toString()} masks the ID number so that no log line can carry it.
 *
 * @param idNumber a valid GB 11643 number whose address code is the demo county
 */
public record DemoMember(String name, String idNumber, Relation relationToHead, boolean male, LocalDate birthDate) {

    @Override
    public String toString() {
        return "DemoMember[name=" + name + ", idNumber=" + IdNumbers.mask(idNumber) + ", relationToHead="
                + relationToHead + ", male=" + male + ", birthDate=" + birthDate + "]";
    }
}
