package io.jiandang.reporting.register.adapters.in.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard page (static, public); the data behind it needs a bearer token. */
@Controller
public class DashboardPageController {

    @GetMapping("/dashboard")
    public String dashboard() {
        return "redirect:/dashboard/index.html";
    }
}
