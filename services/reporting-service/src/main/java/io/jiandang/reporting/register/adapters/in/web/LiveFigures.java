package io.jiandang.reporting.register.adapters.in.web;

import io.jiandang.reporting.register.application.DivisionCodes;
import io.jiandang.reporting.register.application.StatisticsService;
import io.jiandang.reporting.register.application.StatisticsView;
import io.jiandang.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Server-sent events of a division's figures. Each subscription is for one division of the subscriber's
 * jurisdiction (checked when subscribing); when an event about a village inside it is applied, the subscription is
 * marked and, within a quarter second, sent the division's new figures. A subscriber therefore only ever receives
 * figures of the division it was allowed to subscribe to.
 */
@Component
public class LiveFigures implements DisposableBean, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveFigures.class);
    private final StatisticsService statistics;
    private final CopyOnWriteArrayList<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService pusher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-figures");
        t.setDaemon(true);
        return t;
    });

    private record Subscription(SseEmitter emitter, Actor actor, String division, String prefix, String period,
                                AtomicBoolean dirty) {
    }

    public LiveFigures(StatisticsService statistics) {
        this.statistics = statistics;
        pusher.scheduleWithFixedDelay(this::pushChanged, 250, 250, TimeUnit.MILLISECONDS);
    }

    /** Subscribes; the first message carries the current figures. Refused (403) outside the actor's jurisdiction. */
    public SseEmitter subscribe(Actor actor, String division, String period) {
        StatisticsView first = statistics.statistics(actor, division, period, null);
        SseEmitter emitter = new SseEmitter(0L);
        Subscription s = new Subscription(emitter, actor, division, DivisionCodes.prefix(division), period, new AtomicBoolean());
        emitter.onCompletion(() -> subscriptions.remove(s));
        emitter.onTimeout(() -> subscriptions.remove(s));
        emitter.onError(e -> subscriptions.remove(s));
        subscriptions.add(s);
        send(s, first);
        return emitter;
    }

    /** An event about this village was applied. */
    public void villageChanged(String villageCode) {
        for (Subscription s : subscriptions) {
            if (villageCode.startsWith(s.prefix())) {
                s.dirty().set(true);
            }
        }
    }

    int subscribers() {
        return subscriptions.size();
    }

    private void pushChanged() {
        for (Subscription s : subscriptions) {
            if (s.dirty().getAndSet(false)) {
                try {
                    send(s, statistics.statistics(s.actor(), s.division(), s.period(), null));
                } catch (RuntimeException e) {
                    log.warn("Live figures of {} could not be computed: {}", s.division(), e.getMessage());
                }
            }
        }
    }

    private void send(Subscription s, StatisticsView view) {
        try {
            s.emitter().send(SseEmitter.event().name("figures").data(view));
        } catch (IOException | IllegalStateException e) {
            subscriptions.remove(s);
        }
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
        subscriptions.clear();
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
