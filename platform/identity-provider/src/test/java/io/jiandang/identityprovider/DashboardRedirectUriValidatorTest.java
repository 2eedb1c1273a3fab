package io.jiandang.identityprovider;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardRedirectUriValidatorTest {

    private final List<String> registered = List.of("http://127.0.0.1:8080/*", "http://127.0.0.1:8086/*");

    @Test
    void anyPathBelowARegisteredDashboardIsAccepted() {
        assertThat(DashboardRedirectUriValidator.matches(registered, "http://127.0.0.1:8080/")).isTrue();
        assertThat(DashboardRedirectUriValidator.matches(registered, "http://127.0.0.1:8086/login/callback?x=1")).isTrue();
    }

    @Test
    void otherHostsPortsAndTrickyUrisAreRefused() {
        assertThat(DashboardRedirectUriValidator.matches(registered, "http://127.0.0.1:8081/")).isFalse();
        assertThat(DashboardRedirectUriValidator.matches(registered, "http://127.0.0.1:80860/")).isFalse();
        assertThat(DashboardRedirectUriValidator.matches(registered, "http://localhost:8080/")).isFalse();
        assertThat(DashboardRedirectUriValidator.matches(registered, "http://127.0.0.1:8080")).isFalse();
        assertThat(DashboardRedirectUriValidator.matches(registered, "http://127.0.0.1:8080/../x")).isFalse();
        assertThat(DashboardRedirectUriValidator.matches(registered, "http://127.0.0.1:8080/a#frag")).isFalse();
        assertThat(DashboardRedirectUriValidator.matches(registered, "http://127.0.0.1:8080@evil.example/")).isFalse();
        assertThat(DashboardRedirectUriValidator.matches(registered, null)).isFalse();
    }
}
