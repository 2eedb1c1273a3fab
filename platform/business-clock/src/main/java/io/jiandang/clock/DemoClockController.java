package io.jiandang.clock;

import io.jiandang.security.AccessRules;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.springframework.http.HttpStatus.BAD_REQUEST;

/**
 * {@code /api/demo-clock}: shows and moves the business clock of a local demo forward. Exists only when the
 * clock is adjustable; only a policy administrator may move it.
 */
@RestController
@RequestMapping("/api/demo-clock")
public class DemoClockController {

    /** Ten years: more is a typo, not a demo. */
    static final int MAX_DAYS = 3650;

    private final AdjustableClock clock;

    public DemoClockController(AdjustableClock clock) {
        this.clock = clock;
    }

    /** The request body of an advance: whole days forward. */
    public record Advance(Integer days) {
    }

    @GetMapping
    public Map<String, Object> now(Actor actor) {
        return Map.of("now", clock.instant().toString(), "offset", clock.offset().toString());
    }

    @PostMapping("/advance")
    public ResponseEntity<?> advance(Actor actor, @RequestBody Advance request) {
        AccessRules.requireRole(actor, Role.POLICY_ADMINISTRATOR);
        if (request == null || request.days() == null || request.days() < 1 || request.days() > MAX_DAYS) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(BAD_REQUEST,
                    "days must be a whole number from 1 to " + MAX_DAYS);
            problem.setType(URI.create("urn:jiandang:problem:invalid-request"));
            problem.setProperty("field", "days");
            problem.setProperty("rule", "1.." + MAX_DAYS);
            return ResponseEntity.badRequest().body(problem);
        }
        Instant now = clock.advance(Duration.ofDays(request.days()));
        return ResponseEntity.ok(Map.of("now", now.toString(), "offset", clock.offset().toString()));
    }
}
