package io.jiandang.security.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.ArrayList;
import java.util.List;

/** Settings of the services' security under {@code jiandang.security}. */
@ConfigurationProperties("jiandang.security")
public class JiandangSecurityProperties {

    /** Paths (Spring path patterns) open without a token, in addition to health, the OpenAPI docs and the error page. */
    private List<String> publicPaths = new ArrayList<>();

    /**
     * How many verified bearer tokens are kept in memory until they expire, so that each token's signature is
     * verified once and not on every request; 0 verifies every request.
     */
    private long tokenCacheSize = 10_000;

    public long getTokenCacheSize() {
        return tokenCacheSize;
    }

    public void setTokenCacheSize(long tokenCacheSize) {
        this.tokenCacheSize = tokenCacheSize;
    }

    public List<String> getPublicPaths() {
        return publicPaths;
    }

    public void setPublicPaths(List<String> publicPaths) {
        this.publicPaths = publicPaths;
    }
}
