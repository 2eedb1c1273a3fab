package io.jiandang.simulator;

import java.net.URI;

/**
 * Command-line options of {@link SimulatorMain}.
 *
 * @param limit    survey only the first {@code limit} households of the population (0: all), for smoke runs
 * @param planOnly print the plan and the generated population's figures, send nothing
 */
public record SimulatorOptions(int scale, long seed, URI registration, URI issuer, String clientSecret, int concurrency,
                               int limit, boolean planOnly, boolean help, URI reporting, String fidelityReport) {

    public static final String USAGE = """
            Usage: bench/simulate [options]
              --scale <n>            1 simulated person per n real ones, 1 (1:1) .. 100000 (default 1000)
              --seed <n>             seed of the population (default 42)
              --registration <url>   registration service (default http://127.0.0.1:8081)
              --issuer <url>         OAuth 2 issuer with the officers' clients (default http://127.0.0.1:9000)
              --client-secret <s>    secret of the generated officers' clients (default demo)
              --concurrency <n>      requests in flight (default 8)
              --limit <n>            survey only the first n households (default: all)
              --plan-only            print the plan and the population's figures; send nothing
              --reporting <url>      reporting service: run the fidelity check against Table 1 each year (default: not run)
              --fidelity-report <f>  also write the fidelity check's comparison table (Markdown) to this file""";

    public static SimulatorOptions parse(String[] args) {
        int scale = 1000;
        long seed = 42;
        URI registration = URI.create("http://127.0.0.1:8081");
        URI issuer = URI.create("http://127.0.0.1:9000");
        String secret = "demo";
        int concurrency = 8;
        int limit = 0;
        boolean planOnly = false;
        URI reporting = null;
        String fidelityReport = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return new SimulatorOptions(scale, seed, registration, issuer, secret, concurrency, limit, planOnly, true, reporting, fidelityReport);
            }
            if (option.equals("--plan-only")) {
                planOnly = true;
                continue;
            }
            String value;
            int eq = option.indexOf('=');
            if (eq > 0) {
                value = option.substring(eq + 1);
                option = option.substring(0, eq);
            } else {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("Option " + option + " needs a value");
                }
                value = args[++i];
            }
            switch (option) {
                case "--scale" -> scale = (int) bounded(option, value, PopulationPlan.MIN_SCALE, PopulationPlan.MAX_SCALE);
                case "--seed" -> seed = number(option, value);
                case "--registration" -> registration = url(option, value);
                case "--issuer" -> issuer = url(option, value);
                case "--client-secret" -> secret = value;
                case "--concurrency" -> concurrency = (int) bounded(option, value, 1, 512);
                case "--reporting" -> reporting = url(option, value);
                case "--fidelity-report" -> fidelityReport = value;
                case "--limit" -> limit = (int) bounded(option, value, 0, Integer.MAX_VALUE);
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        return new SimulatorOptions(scale, seed, registration, issuer, secret, concurrency, limit, planOnly, false, reporting, fidelityReport);
    }

    private static URI url(String option, String value) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " needs an absolute http(s) URL, got " + value, e);
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException(option + " needs an absolute http(s) URL, got " + value);
        }
        return uri;
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got " + value, e);
        }
    }

    private static long bounded(String option, String value, long min, long max) {
        long n = number(option, value);
        if (n < min || n > max) {
            throw new IllegalArgumentException(option + " must be " + min + ".." + max + ", got " + value);
        }
        return n;
    }

    /** The secret is left out so that printing the options cannot leak it. */
    @Override
    public String toString() {
        return "SimulatorOptions[scale=1:" + scale + ", seed=" + seed + ", registration=" + registration + ", issuer="
                + issuer + ", reporting=" + reporting + ", concurrency=" + concurrency + ", limit=" + limit + ", planOnly=" + planOnly + "]";
    }
}
