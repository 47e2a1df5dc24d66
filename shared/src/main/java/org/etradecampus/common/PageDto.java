package org.etradecampus.common;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of a list: {@code ?page=0&size=20} gives {@code {items, page, size, total}}. */
@Serdeable
public record PageDto<T>(List<T> items, int page, int size, long total) {
}
