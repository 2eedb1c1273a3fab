package io.jiandang.identityprovider;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.identityprovider.keys.SigningKeyStore;
import io.jiandang.identityprovider.users.DemoDirectory;
import io.jiandang.security.jwt.ActorClaims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Spring Authorization Server set up for local runs: demo users and clients, a kept signing key, actor claims. */
@Configuration(proxyBeanMethods = false)
public class AuthorizationServerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationServerConfiguration.class);

    /** The OAuth and OIDC endpoints; a browser that is not signed in is sent to the login form. */
    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerSecurityFilterChain(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, server -> server
                        .oidc(Customizer.withDefaults())
                        .authorizationEndpoint(endpoint -> endpoint.authenticationProviders(providers -> providers
                                .stream()
                                .filter(OAuth2AuthorizationCodeRequestAuthenticationProvider.class::isInstance)
                                .map(OAuth2AuthorizationCodeRequestAuthenticationProvider.class::cast)
                                .forEach(provider -> provider.setAuthenticationValidator(
                                        new DashboardRedirectUriValidator().andThen(
                                                OAuth2AuthorizationCodeRequestAuthenticationValidator.DEFAULT_SCOPE_VALIDATOR))))))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                // the OIDC userinfo endpoint takes the access token
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
        return http.build();
    }

    /** The login form and everything else. */
    @Bean
    @Order(2)
    SecurityFilterChain loginSecurityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    DivisionCatalogue divisionCatalogue() {
        return DivisionCatalogue.guangxi();
    }

    @Bean
    DemoDirectory demoDirectory(DivisionCatalogue catalogue) {
        log.warn("Local identity provider: every demo user has the password '{}'. For deploy/local only; never deploy it.",
                DemoDirectory.DEMO_PASSWORD);
        return new DemoDirectory(catalogue);
    }

    /**
     * BCrypt at its lowest cost: the demo loader authenticates once per village, and the one secret guarded
     * here is public anyway. Stored hashes at this cost are not re-encoded on login.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(DemoDirectory directory, PasswordEncoder passwordEncoder,
                                                          IdentityProviderProperties properties) {
        return new DemoClientRepository(directory, passwordEncoder.encode(DemoDirectory.DEMO_PASSWORD),
                properties.accessTokenTimeToLive(), properties.dashboardRedirectUris());
    }

    @Bean
    UserDetailsService demoUsers(DemoDirectory directory, PasswordEncoder passwordEncoder) {
        String encodedPassword = passwordEncoder.encode(DemoDirectory.DEMO_PASSWORD);
        return username -> directory.find(username)
                .map(identity -> User.withUsername(identity.userId())
                        .password(encodedPassword)
                        .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + identity.role().name())))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No such demo user"));
    }

    /** Access and ID tokens carry the actor claims the services read, for users and user-clients alike. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> actorClaimsCustomizer(DemoDirectory directory) {
        return context -> directory.find(context.getPrincipal().getName()).ifPresent(identity ->
                context.getClaims()
                        .claim(ActorClaims.ROLE, identity.role().name())
                        .claim(ActorClaims.LEVEL, identity.level().name())
                        .claim(ActorClaims.DIVISION_CODE, identity.divisionCode())
                        .claim(ActorClaims.NAME, identity.name()));
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProviderProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(IdentityProviderProperties properties, Environment environment) {
        Path folder = keyFolder(properties, environment);
        RSAKey key;
        if (folder == null) {
            log.warn("No key folder (set JIANDANG_HOME or jiandang.identity-provider.key-folder): "
                    + "tokens will not outlive this process");
            key = SigningKeyStore.generate();
        } else {
            key = SigningKeyStore.loadOrCreate(folder);
        }
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
    }

    private static Path keyFolder(IdentityProviderProperties properties, Environment environment) {
        if (properties.keyFolder() != null) {
            return properties.keyFolder();
        }
        String home = environment.getProperty("jiandang.home", environment.getProperty("JIANDANG_HOME", ""));
        return home.isBlank() ? null : Path.of(home, "identity-provider");
    }
}
