package org.etradecampus.country;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RegionRepository extends GenericRepository<Region, String> {

    List<Region> listOrderByCode();
}
