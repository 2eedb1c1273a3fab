package io.jiandang.simulator;

import java.net.URI;

/**
 * Command-line options of {@link SimulatorMain}.
 *
 * @param limit    survey only the first {@code limit} households of the population (0: all), for smoke runs
 * @param planOnly print the plan and the generated population's figures, send nothing
 */
public record SimulatorOptions(int scale, long seed, URI registration, URI issuer, String clientSecret, int concurrency,
                               int limit, boolean planOnly, boolean help, URI reporting, String fidelityReport,
                               URI assistance, URI exit, int servicePortBase) {

    /** The services on their standard local ports (deploy/local), e.g. for a caller that sets only what differs. */
    public static SimulatorOptions defaults() {
        return parse(new String[0]);
    }

    /** These options with other service URLs (a system test's services on free ports). */
    public SimulatorOptions withServices(URI registration, URI assistance, URI exit, URI reporting) {
        return new SimulatorOptions(scale, seed, registration, issuer, clientSecret, concurrency, limit, planOnly, help,
                reporting, fidelityReport, assistance, exit, servicePortBase);
    }

    /** These options at another scale, seed and concurrency. */
    public SimulatorOptions with(int scale, long seed, int concurrency) {
        return new SimulatorOptions(scale, seed, registration, issuer, clientSecret, concurrency, limit, planOnly, help,
                reporting, fidelityReport, assistance, exit, servicePortBase);
    }

    public static final String USAGE = """
            Usage: bench/simulate [options]
              --scale <n>            1 simulated person per n real ones, 1 (1:1) .. 100000 (default 1000)
              --seed <n>             seed of the population (default 42)
              --registration <url>   registration service (default http://127.0.0.1:8081)
              --issuer <url>         OAuth 2 issuer with the officers' clients (default http://127.0.0.1:9000)
              --client-secret <s>    secret of the generated officers' clients (default demo)
              --assistance <url>     assistance service (default http://127.0.0.1:8083)
              --exit <url>           exit service (default http://127.0.0.1:8084)
              --reporting <url>      reporting service, for the fidelity check against Table 1 (default http://127.0.0.1:8085)
              --service-port-base <n> the six services' clocks are moved on 127.0.0.1:<n+1>..<n+6> (default 8080)
              --concurrency <n>      requests in flight (default 16)
              --limit <n>            survey only the first n households (default: all; the fidelity check then fails)
              --plan-only            print the plan and the population's figures; send nothing
              --fidelity-report <f>  also write the fidelity check's comparison table (Markdown) to this file

            The stack must run with adjustable business clocks started at 2013-09-01:
              JIANDANG_CLOCK_ADJUSTABLE=true JIANDANG_CLOCK_START=2013-09-01 deploy/local/up --no-demo
            Exits with 1 when a step fails, including the fidelity check (Table 1 not reproduced).""";

    public static SimulatorOptions parse(String[] args) {
        int scale = 1000;
        long seed = 42;
        URI registration = URI.create("http://127.0.0.1:8081");
        URI issuer = URI.create("http://127.0.0.1:9000");
        String secret = "demo";
        int concurrency = 16;
        URI assistance = URI.create("http://127.0.0.1:8083");
        URI exit = URI.create("http://127.0.0.1:8084");
        int portBase = 8080;
        int limit = 0;
        boolean planOnly = false;
        URI reporting = URI.create("http://127.0.0.1:8085");
        String fidelityReport = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return new SimulatorOptions(scale, seed, registration, issuer, secret, concurrency, limit, planOnly, true,
                        reporting, fidelityReport, assistance, exit, portBase);
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
                case "--assistance" -> assistance = url(option, value);
                case "--exit" -> exit = url(option, value);
                case "--service-port-base" -> portBase = (int) bounded(option, value, 1, 65_000);
                case "--fidelity-report" -> fidelityReport = value;
                case "--limit" -> limit = (int) bounded(option, value, 0, Integer.MAX_VALUE);
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        return new SimulatorOptions(scale, seed, registration, issuer, secret, concurrency, limit, planOnly, false,
                reporting, fidelityReport, assistance, exit, portBase);
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
                + issuer + ", assistance=" + assistance + ", exit=" + exit + ", reporting=" + reporting + ", concurrency=" + concurrency + ", limit=" + limit + ", planOnly=" + planOnly + "]";
    }
}
