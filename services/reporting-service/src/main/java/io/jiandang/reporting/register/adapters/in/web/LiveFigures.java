package io.jiandang.reporting.register.adapters.in.web;

import io.jiandang.reporting.register.application.LiveRegister;
import io.jiandang.reporting.register.application.StatisticsService;
import io.jiandang.reporting.register.application.StatisticsView;
import io.jiandang.reporting.register.domain.HouseholdTimeline;
import io.jiandang.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Server-sent events of a division's figures. Each subscription is for one division of the subscriber's
 * jurisdiction (checked when subscribing). The division's households are held in memory ({@link LiveRegister}) and
 * kept up to date from every batch the register projection writes, so a push computes the figures without reading
 * the read model. A batch that changes a watched division schedules a push within {@value #DEBOUNCE_MILLIS} ms
 * (batches arriving meanwhile are coalesced into it); a subscription is sent the figures only when they differ from
 * the last ones it was sent. A subscriber therefore only ever receives figures of the division it was allowed to
 * subscribe to, and receives them when they change.
 */
@Component
public class LiveFigures implements DisposableBean, SmartLifecycle {

    static final long DEBOUNCE_MILLIS = 50;
    private static final Logger log = LoggerFactory.getLogger(LiveFigures.class);
    private final StatisticsService statistics;
    private final LiveRegister register;
    private final CopyOnWriteArrayList<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final AtomicBoolean pushScheduled = new AtomicBoolean();
    private final ScheduledExecutorService pusher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-figures");
        t.setDaemon(true);
        return t;
    });

    private record Subscription(SseEmitter emitter, Actor actor, String division, String period,
                                AtomicBoolean dirty, AtomicReference<StatisticsView> lastSent) {
    }

    public LiveFigures(StatisticsService statistics, LiveRegister register) {
        this.statistics = statistics;
        this.register = register;
    }

    /** Subscribes; the first message carries the current figures. Refused (403) outside the actor's jurisdiction. */
    public SseEmitter subscribe(Actor actor, String division, String period) {
        String code = statistics.division(division).code();
        StatisticsService.requireReader(actor, code);
        register.watch(code);
        StatisticsView first;
        try {
            first = statistics.statistics(register.asStore(), actor, code, period, null);
        } catch (RuntimeException e) {
            register.unwatch(code);
            throw e;
        }
        SseEmitter emitter = new SseEmitter(0L);
        Subscription s = new Subscription(emitter, actor, code, period, new AtomicBoolean(), new AtomicReference<>());
        emitter.onCompletion(() -> remove(s));
        emitter.onTimeout(() -> remove(s));
        emitter.onError(e -> remove(s));
        subscriptions.add(s);
        send(s, first);
        return emitter;
    }

    /** A batch was written to the active register: keep the watched divisions and push those it changed. */
    public void written(Collection<HouseholdTimeline> households, boolean referenceDataChanged) {
        if (subscriptions.isEmpty() && !referenceDataChanged && households.isEmpty()) {
            return;
        }
        Set<String> changed = register.written(households, referenceDataChanged);
        if (!changed.isEmpty()) {
            markAndSchedule(changed);
        }
    }

    /** The register switched to a rebuilt version: read the watched divisions again. */
    public void reload() {
        markAndSchedule(register.reload());
    }

    int subscribers() {
        return subscriptions.size();
    }

    private void markAndSchedule(Set<String> divisions) {
        for (Subscription s : subscriptions) {
            if (divisions.contains(s.division())) {
                s.dirty().set(true);
            }
        }
        if (pushScheduled.compareAndSet(false, true)) {
            try {
                pusher.schedule(this::pushChanged, DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                pushScheduled.set(false); // shutting down
            }
        }
    }

    private void pushChanged() {
        pushScheduled.set(false);
        for (Subscription s : subscriptions) {
            if (s.dirty().getAndSet(false)) {
                try {
                    send(s, statistics.statistics(register.asStore(), s.actor(), s.division(), s.period(), null));
                } catch (RuntimeException e) {
                    log.warn("Live figures of {} could not be computed: {}", s.division(), e.getMessage());
                }
            }
        }
    }

    private void remove(Subscription s) {
        if (subscriptions.remove(s)) {
            register.unwatch(s.division());
        }
    }

    private void send(Subscription s, StatisticsView view) {
        StatisticsView comparable = withoutKnownAt(view);
        if (comparable.equals(s.lastSent().get())) {
            return; // same figures: push only on change
        }
        try {
            s.emitter().send(SseEmitter.event().name("figures").data(view));
            s.lastSent().set(comparable);
        } catch (IOException | IllegalStateException e) {
            remove(s);
        }
    }

    private static StatisticsView withoutKnownAt(StatisticsView v) {
        return new StatisticsView(v.period(), v.asAt(), null, v.division(), v.householdsByStatus(), v.causes(), v.classes(),
                v.relapseCasesByStep(), v.pairedHouseholds(), v.pairingCoverage(), v.incomeHouseholds(),
                v.averageNetIncomePerHead(), v.exitPlan(), v.children(), v.notes());
    }

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every open stream before the web server's graceful shutdown (a later phase stops earlier), which would
     * otherwise wait its whole timeout for streams that never end by themselves.
     */
    @Override
    public void stop() {
        running = false;
        subscriptions.forEach(s -> s.emitter().complete());
        subscriptions.forEach(this::remove);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }

    @Override
    public void destroy() {
        pusher.shutdownNow();
        subscriptions.forEach(s -> s.emitter().complete());
    }
}
