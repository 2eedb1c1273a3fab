package io.jiandang.identityprovider;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import java.security.Principal;

/** Where a browser lands after signing in without coming from a dashboard. */
@RestController
class HomeController {

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    String home(Principal principal) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>Jiandang local identity provider</title></head>"
                + "<body><h1>Jiandang local identity provider</h1><p>Signed in as "
                + HtmlUtils.htmlEscape(principal.getName())
                + ". Dashboards sign you in through this provider; scripts get tokens with "
                + "<code>deploy/local/token &lt;user&gt;</code>.</p><p><a href=\"/logout\">Sign out</a></p></body></html>";
    }
}
