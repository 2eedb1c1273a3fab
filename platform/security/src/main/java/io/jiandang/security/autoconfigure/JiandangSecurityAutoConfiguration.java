package io.jiandang.security.autoconfigure;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.security.Role;
import io.jiandang.security.jwt.ActorAuthenticationConverter;
import io.jiandang.security.jwt.CachingJwtDecoder;
import io.jiandang.security.web.AccessRefusedProblemAdvice;
import io.jiandang.security.web.ActorArgumentResolver;
import io.jiandang.security.web.ProblemAccessDeniedHandler;
import io.jiandang.security.web.ProblemAuthenticationEntryPoint;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Security of every Jiandang service: a stateless JWT resource server that accepts tokens from the issuer
 * configured with Spring Boot's standard properties ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri},
 * {@code jwk-set-uri} or {@code public-key-location}), turns their claims into an {@link io.jiandang.security.Actor},
 * and answers refusals with problem documents.
 *
 * <p>The filter chain matches every request. A service that needs another chain for some paths declares it
 * with a security matcher and an order below {@link #FILTER_CHAIN_ORDER}; one that wants to replace this
 * chain declares a bean named {@value #FILTER_CHAIN_BEAN}.
 */
@AutoConfiguration(
        before = {SecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
                UserDetailsServiceAutoConfiguration.class},
        beforeName = "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(JiandangSecurityProperties.class)
public class JiandangSecurityAutoConfiguration {

    public static final String FILTER_CHAIN_BEAN = "jiandangSecurityFilterChain";
    public static final int FILTER_CHAIN_ORDER = SecurityProperties.BASIC_AUTH_ORDER;

    /** Open without a token: health probes, the OpenAPI description and UI, and the error page. */
    public static final List<String> DEFAULT_PUBLIC_PATHS = List.of(
            "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
            "/swagger-ui/**", "/swagger-ui.html", "/error");

    @Bean
    @ConditionalOnMissingBean
    public ActorAuthenticationConverter actorAuthenticationConverter() {
        return new ActorAuthenticationConverter();
    }

    @Bean
    @ConditionalOnMissingBean
    public ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint(ObjectProvider<ObjectMapper> objectMapper) {
        return new ProblemAuthenticationEntryPoint(objectMapper.getIfAvailable(ObjectMapper::new));
    }

    @Bean
    @ConditionalOnMissingBean
    public ProblemAccessDeniedHandler problemAccessDeniedHandler(ObjectProvider<ObjectMapper> objectMapper) {
        return new ProblemAccessDeniedHandler(objectMapper.getIfAvailable(ObjectMapper::new));
    }

    @Bean
    @ConditionalOnMissingBean
    public AccessRefusedProblemAdvice accessRefusedProblemAdvice() {
        return new AccessRefusedProblemAdvice();
    }

    @Bean(FILTER_CHAIN_BEAN)
    @ConditionalOnMissingBean(name = FILTER_CHAIN_BEAN)
    @Order(FILTER_CHAIN_ORDER)
    public SecurityFilterChain jiandangSecurityFilterChain(HttpSecurity http,
                                                           ActorAuthenticationConverter actorAuthenticationConverter,
                                                           ProblemAuthenticationEntryPoint entryPoint,
                                                           ProblemAccessDeniedHandler accessDeniedHandler,
                                                           JiandangSecurityProperties properties) throws Exception {
        List<String> publicPaths = new ArrayList<>(DEFAULT_PUBLIC_PATHS);
        publicPaths.addAll(properties.getPublicPaths());
        // a bearer-token API keeps no session and sets no cookie, so CSRF protection has nothing to protect
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(publicPaths.toArray(String[]::new)).permitAll()
                        // management endpoints re-send events or describe the running service: operators only
                        .requestMatchers("/actuator/**").hasRole(Role.OPERATOR.name())
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(actorAuthenticationConverter))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDeniedHandler))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDeniedHandler));
        return http.build();
    }

    /**
     * Wraps the resource server's {@link JwtDecoder} (Boot's, from the issuer, JWK set or public key) so that a
     * token is verified once and then served from memory until its {@code exp} (see {@link CachingJwtDecoder}).
     * Static: a post-processor must exist before the beans it wraps.
     */
    @Bean
    public static BeanPostProcessor jiandangCachingJwtDecoderPostProcessor(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JwtDecoder decoder && !(bean instanceof CachingJwtDecoder)) {
                    long size = environment.getProperty("jiandang.security.token-cache-size", Long.class, 10_000L);
                    // the token's expiry is real time, never the business clock
                    return size > 0 ? new CachingJwtDecoder(decoder, size, Clock.systemUTC()) : decoder;
                }
                return bean;
            }
        };
    }

    @Bean
    public WebMvcConfigurer jiandangActorArgumentResolverConfigurer() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ActorArgumentResolver());
            }
        };
    }
}
