package io.jiandang.identityprovider.users;

import io.jiandang.divisions.DivisionLevel;
import io.jiandang.security.Role;

/**
 * A demo user of the local identity provider: the claims its tokens carry.
 *
 * @param userId       login name, client id and token subject
 * @param role         the {@code role} claim
 * @param level        the {@code level} claim
 * @param divisionCode the {@code division_code} claim
 * @param name         the {@code name} claim, e.g. 巴马瑶族自治县扶贫信息员
 */
public record DemoIdentity(String userId, Role role, DivisionLevel level, String divisionCode, String name) {
}
