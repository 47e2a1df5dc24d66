package org.etradecampus.config;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

@Factory
class ClockFactory {

    /** Microsecond ticks: what DATETIME(6) stores, so an answer and its stored row show the same instant. */
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
