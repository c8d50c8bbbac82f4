package io.pylon.merge;

import io.pylon.merge.NearDuplicateFinder.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Two accounts of one country with similar names: the share of the shorter name's significant
 * words the other has (0 to 1, see {@link NameSimilarity}), and whether the caller may decide.
 */
public record NearDuplicateView(String country, AccountRef first, AccountRef second, BigDecimal similarity,
                                boolean mayDecide) {

    public record AccountRef(long id, String name) {

        static AccountRef of(Named account) {
            return new AccountRef(account.id(), account.name());
        }
    }

    static NearDuplicateView of(NearDuplicates.Candidate candidate) {
        NearDuplicateFinder.NearDuplicate pair = candidate.pair();
        return new NearDuplicateView(pair.first().country().value(), AccountRef.of(pair.first()),
                AccountRef.of(pair.second()), BigDecimal.valueOf(pair.similarity()).setScale(2, RoundingMode.HALF_UP),
                candidate.mayDecide());
    }
}
