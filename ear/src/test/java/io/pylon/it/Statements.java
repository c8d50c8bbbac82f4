package io.pylon.it;

import jakarta.persistence.EntityManagerFactory;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * The SQL statements a piece of work prepares, counted by Hibernate's statistics inside the container: the guards
 * that a list's statements do not grow with its length compare two such counts.
 */
final class Statements {

    private Statements() {
    }

    /** What the work answered, and how many statements it prepared. */
    record Counted<T>(T result, long statements) {
    }

    static <T> Counted<T> countedIn(EntityManagerFactory entityManagerFactory, Supplier<T> work) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            T result = work.get();
            return new Counted<>(result, statistics.getPrepareStatementCount());
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
