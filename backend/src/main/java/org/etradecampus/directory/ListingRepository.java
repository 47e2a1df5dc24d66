package org.etradecampus.directory;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ListingRepository extends CrudRepository<Listing, Long> {

    String SEARCH = " FROM business_listing l LEFT JOIN country c ON c.code = l.country_code WHERE l.published = TRUE"
            + " AND (:q IS NULL OR LOWER(l.business_name) LIKE :q OR LOWER(l.sector) LIKE :q OR LOWER(l.offers) LIKE :q)"
            + " AND (:sector IS NULL OR LOWER(l.sector) = :sector)"
            + " AND (:country IS NULL OR l.country_code = :country)"
            + " AND (:region IS NULL OR c.region_code = :region OR c.subregion_code = :region OR c.intermediate_region_code = :region)"
            + " AND (:womenLed IS NULL OR l.women_led = :womenLed)"
            + " AND (:seeks IS NULL OR CONCAT(',', l.seeks, ',') LIKE :seeks)";

    @Query(value = "SELECT l.*" + SEARCH + " ORDER BY l.business_name, l.user_id LIMIT :limit OFFSET :offset", nativeQuery = true)
    List<Listing> search(@Nullable String q, @Nullable String sector, @Nullable String country, @Nullable String region,
                         @Nullable Boolean womenLed, @Nullable String seeks, int limit, long offset);

    @Query(value = "SELECT COUNT(*)" + SEARCH, nativeQuery = true)
    long count(@Nullable String q, @Nullable String sector, @Nullable String country, @Nullable String region,
               @Nullable Boolean womenLed, @Nullable String seeks);

    @Query(value = "SELECT * FROM business_listing WHERE user_id = :userId AND published = TRUE", nativeQuery = true)
    Optional<Listing> published(long userId);

    @Query(value = "SELECT l.country_code AS key_code, COUNT(*) AS listings, SUM(CASE WHEN l.women_led = TRUE THEN 1 ELSE 0 END) AS women_led"
            + " FROM business_listing l WHERE l.published = TRUE GROUP BY l.country_code ORDER BY listings DESC, key_code", nativeQuery = true)
    List<Tally> byCountry();

    @Query(value = "SELECT c.region_code AS key_code, COUNT(*) AS listings, SUM(CASE WHEN l.women_led = TRUE THEN 1 ELSE 0 END) AS women_led"
            + " FROM business_listing l LEFT JOIN country c ON c.code = l.country_code WHERE l.published = TRUE"
            + " GROUP BY c.region_code ORDER BY listings DESC, key_code", nativeQuery = true)
    List<Tally> byRegion();

    @Query(value = "SELECT first_published_at FROM business_listing WHERE published = TRUE ORDER BY first_published_at", nativeQuery = true)
    List<Instant> firstPublished();

    @Query(value = "SELECT CONCAT(m.community_id, '') AS key_code, COUNT(*) AS listings, 0 AS women_led FROM community_member m"
            + " WHERE m.status = 'ACTIVE' GROUP BY m.community_id", nativeQuery = true)
    List<Tally> communityMembers();

    @Introspected
    record Tally(@Nullable String keyCode, Long listings, Long womenLed) {
    }
}
