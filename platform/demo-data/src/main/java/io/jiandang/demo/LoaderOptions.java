package io.jiandang.demo;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * Command-line options of {@link DemoCountyLoader}.
 *
 * @param year          the identification round's year; defaults to the current year, the business date the
 *                      service gives every fact the demo submits (the demo sends no {@code effectiveOn})
 * @param clockServices base URLs of the services whose business clocks move together ({@link DemoTime})
 * @param advanceClock  whether the loader may move the business clocks to let notice periods pass; without it the
 *                      candidates stop at the village public notice, whose period runs on the real clock
 * @param reportFile    where to write the {@link LoadReport} as JSON for later demo steps, or {@code null}
 * @param povertyShare  the identification round's poverty scale as a share of the surveyed people (0.30: 30%)
 */
public record LoaderOptions(URI registration, URI issuer, String countyCode, int households, long seed, int year,
                            String clientSecret, List<URI> clockServices, boolean advanceClock, Path reportFile,
                            double povertyShare, boolean help) {

    /** Services listen on base + 1 (registration) to base + 6 (audit). */
    public static final int DEFAULT_SERVICE_PORT_BASE = 8080;
    /** The poverty scale of a demo county's round: about 30% of its surveyed people, as in the poor counties. */
    public static final double DEFAULT_POVERTY_SHARE = 0.30;

    public static final String USAGE = """
            Usage: java -cp "platform/demo-data/target/classes:platform/demo-data/target/lib/*" \\
                     io.jiandang.demo.DemoCountyLoader [options]
              --service-port-base <n>  services on n+1 (registration) … n+6 (audit), default 8080; their
                                     business clocks move together
              --registration <url>   registration service (default http://127.0.0.1:<base+1>)
              --issuer <url>         OAuth 2 issuer with the demo clients (default http://127.0.0.1:9000)
              --county <code>        6-digit county code (default 451227 巴马瑶族自治县)
              --households <n>       households to survey (default 300)
              --seed <n>             seed of the generated county (default 2017)
              --year <yyyy>          year of the identification round (default: this year)
              --poverty-share <pct>  poverty scale of the round in % of the surveyed people (default 30)
              --client-secret <s>    secret of the demo clients (default demo)
              --no-clock-advance     never move the services' business clocks: the candidates then wait in the
                                     village public notice (7 days on the real clock)
              --report-file <path>   write what was loaded (registered households by village, ...) as JSON""";

    public static LoaderOptions parse(String[] args, int currentYear) {
        URI registration = null;
        int portBase = DEFAULT_SERVICE_PORT_BASE;
        boolean advanceClock = true;
        Path reportFile = null;
        URI issuer = URI.create("http://127.0.0.1:9000");
        String county = "451227";
        int households = 300;
        long seed = 2017;
        int year = currentYear;
        String secret = "demo";
        double povertyShare = DEFAULT_POVERTY_SHARE;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return new LoaderOptions(registration, issuer, county, households, seed, year, secret, List.of(),
                        advanceClock, reportFile, povertyShare, true);
            }
            if (option.equals("--no-clock-advance")) {
                advanceClock = false;
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
                case "--registration" -> registration = url(option, value);
                case "--issuer" -> issuer = url(option, value);
                case "--county" -> {
                    if (!value.matches("\\d{6}")) {
                        throw new IllegalArgumentException("--county needs a 6-digit county code, got " + value);
                    }
                    county = value;
                }
                case "--households" -> households = positive(option, value);
                case "--seed" -> seed = number(option, value);
                case "--year" -> year = positive(option, value);
                case "--client-secret" -> secret = value;
                case "--poverty-share" -> {
                    long percent = number(option, value);
                    if (percent < 1 || percent > 100) {
                        throw new IllegalArgumentException("--poverty-share needs a percentage from 1 to 100, got " + value);
                    }
                    povertyShare = percent / 100.0;
                }
                case "--service-port-base" -> {
                    portBase = positive(option, value);
                    if (portBase + DemoTime.SERVICE_COUNT > 65535) {
                        throw new IllegalArgumentException("--service-port-base leaves no room for six ports: " + value);
                    }
                }
                case "--report-file" -> reportFile = Path.of(value);
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        List<URI> services = DemoTime.servicesAt("127.0.0.1", portBase);
        if (registration == null) {
            registration = services.get(0);
        } else if (!services.contains(registration)) {
            // a registration service elsewhere keeps its business time with the others
            services = java.util.stream.Stream.concat(java.util.stream.Stream.of(registration), services.stream()).toList();
        }
        return new LoaderOptions(registration, issuer, county, households, seed, year, secret, services, advanceClock,
                reportFile, povertyShare, false);
    }

    /** The same run for another county (e.g. the demo's second, less poor county), without a report file. */
    public LoaderOptions forCounty(String county, int households, long seed, double povertyShare) {
        return new LoaderOptions(registration, issuer, county, households, seed, year, clientSecret, clockServices,
                advanceClock, null, povertyShare, help);
    }

    private static URI url(String option, String value) {
        try {
            URI uri = URI.create(value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException(option + " needs an absolute http(s) URL, got " + value);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " needs an absolute http(s) URL, got " + value, e);
        }
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got " + value, e);
        }
    }

    private static int positive(String option, String value) {
        long n = number(option, value);
        if (n < 1 || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(option + " needs a positive number, got " + value);
        }
        return (int) n;
    }

    /** The secret is left out so that printing the options cannot leak it. */
    @Override
    public String toString() {
        return "LoaderOptions[registration=" + registration + ", issuer=" + issuer + ", county=" + countyCode
                + ", households=" + households + ", seed=" + seed + ", povertyShare=" + povertyShare + ", year=" + year + ", clockServices="
                + clockServices + ", advanceClock=" + advanceClock + ", reportFile=" + reportFile + "]";
    }
}
