package org.etradecampus.country;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CountryRepository extends GenericRepository<Country, String> {

    List<Country> listOrderByCode();

    boolean existsByCode(String code);

    java.util.Optional<Country> findByCode(String code);
}
