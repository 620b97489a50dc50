package io.wallbreaker.security;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRepository extends CrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByLogin(String login);

    boolean existsByLogin(String login);

    @Query(
            "SELECT t.slug FROM user_team ut JOIN team t ON t.id = ut.team_id WHERE ut.user_id = :userId ORDER BY t.slug")
    List<String> findTeamSlugs(Long userId);

    @Query("DELETE FROM user_team WHERE user_id = :userId")
    void deleteMemberships(Long userId);

    @Query("INSERT INTO user_team (user_id, team_id) VALUES (:userId, :teamId)")
    void insertMembership(Long userId, Long teamId);
}
