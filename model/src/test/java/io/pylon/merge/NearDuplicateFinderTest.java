package io.pylon.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.pylon.merge.NearDuplicateFinder.Named;
import io.pylon.merge.NearDuplicateFinder.NearDuplicate;
import io.pylon.shared.CountryCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class NearDuplicateFinderTest {

    private static final CountryCode IDN = CountryCode.of("IDN");
    private static final CountryCode PHL = CountryCode.of("PHL");

    @Test
    void pairsSimilarNamesInOneCountryOnly() {
        List<NearDuplicate> found = NearDuplicateFinder.among(List.of(
                new Named(7, IDN, "Ministry of Public Works and Housing"),
                new Named(3, IDN, "MINISTRY OF PUBLIC WORKS"),
                new Named(5, IDN, "Ministry of Finance"),
                new Named(9, PHL, "Department of Public Works and Highways"),
                new Named(11, PHL, "Ministry of Public Works")));

        assertThat(found).hasSize(1);
        NearDuplicate pair = found.get(0);
        assertThat(pair.first().id()).isEqualTo(3);
        assertThat(pair.second().id()).isEqualTo(7);
        assertThat(pair.similarity()).isEqualTo(1.0);
    }

    @Test
    void listsTheMostSimilarFirst() {
        List<NearDuplicate> found = NearDuplicateFinder.among(List.of(
                new Named(1, IDN, "Directorate General of Highways Planning Unit West"),
                new Named(2, IDN, "Directorate General of Highways Planning Unit East"),
                new Named(3, PHL, "Philippine Ports Authority"),
                new Named(4, PHL, "Philippines Port Authority")));

        assertThat(found).extracting(NearDuplicate::similarity).containsExactly(1.0, 5.0 / 6);
    }

    @Test
    void skipsBlocksOfWordsTooCommonToTellAgenciesApart() {
        List<Named> ministries = new ArrayList<>();
        for (int i = 0; i <= NearDuplicateFinder.MAX_BLOCK; i++) {
            ministries.add(new Named(i, IDN, "Ministry " + i));
        }
        assertThat(NearDuplicateFinder.among(ministries)).isEmpty();
    }

    /**
     * 10,000 accounts in 40 countries, named as agencies are: a few words common to many names
     * ("ministry", "national") and a few particular ones, here random words.
     */
    @Test
    void findsThePairsAmongTenThousandAccountsQuickly() {
        String[] common = {"ministry", "national", "authority", "agency", "directorate", "board", "corporation",
            "department", "office", "commission"};
        String[] countries = {"KEN", "TZA", "UGA", "ETH", "NGA", "GHA", "SEN", "CIV", "CMR", "AGO", "MOZ", "ZMB",
            "ZWE", "MWI", "RWA", "BDI", "SDN", "EGY", "MAR", "TUN", "DZA", "PAK", "BGD", "IND", "NPL", "LKA", "MMR",
            "THA", "VNM", "KHM", "LAO", "IDN", "PHL", "PNG", "FJI", "BRA", "PER", "COL", "ECU", "BOL"};
        Random random = new Random(42);
        List<Named> accounts = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            StringBuilder name = new StringBuilder(common[random.nextInt(common.length)]).append(" of");
            for (int w = 0; w < 2 + random.nextInt(3); w++) {
                name.append(' ');
                for (int letter = 0; letter < 5 + random.nextInt(5); letter++) {
                    name.append((char) ('a' + random.nextInt(26)));
                }
            }
            accounts.add(new Named(i, CountryCode.of(countries[i % countries.length]), name.toString()));
        }
        accounts.add(new Named(20_000, IDN, "Ministry of Public Works"));
        accounts.add(new Named(20_001, IDN, "Ministry of Public Works and Housing"));

        NearDuplicateFinder.Search search = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> NearDuplicateFinder.search(accounts));

        assertThat(search.found()).anyMatch(pair -> pair.first().id() == 20_000 && pair.second().id() == 20_001);
        // Every pair in each country would be 40 * 250 * 249 / 2 = 1,245,000 comparisons; the blocks
        // of the ten common words hold some 25 names each in a country, 40 * 10 * 25 * 24 / 2 = 120,000.
        assertThat(search.comparisons()).isLessThan(200_000);
    }
}
