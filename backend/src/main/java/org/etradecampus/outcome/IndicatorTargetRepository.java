package org.etradecampus.outcome;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface IndicatorTargetRepository extends CrudRepository<IndicatorTarget, Long> {

    @Query(value = "SELECT * FROM indicator_target WHERE indicator_id IN (:indicatorIds) ORDER BY period_to, period_from, id",
            nativeQuery = true)
    List<IndicatorTarget> ofIndicators(Collection<Long> indicatorIds);

    @Query(value = "DELETE FROM indicator_target WHERE indicator_id = :indicatorId", nativeQuery = true)
    void deleteOf(long indicatorId);
}
