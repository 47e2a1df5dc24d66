package org.etradecampus.organisation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface OrganisationRepository extends CrudRepository<Organisation, Long> {

    List<Organisation> listOrderByName();

    boolean existsByName(String name);

    boolean existsByNameAndIdNotEqual(String name, long id);

    List<Organisation> findByIdIn(Collection<Long> ids);

    @Query(value = "SELECT o.* FROM organisation o JOIN programme_partner p ON p.organisation_id = o.id"
            + " WHERE p.programme_id = :programmeId ORDER BY o.name", nativeQuery = true)
    List<Organisation> partnersOf(long programmeId);

    @Query(value = "INSERT INTO programme_partner (programme_id, organisation_id) VALUES (:programmeId, :organisationId)",
            nativeQuery = true)
    void insertPartner(long programmeId, long organisationId);

    @Query(value = "DELETE FROM programme_partner WHERE programme_id = :programmeId", nativeQuery = true)
    void deletePartners(long programmeId);
}
