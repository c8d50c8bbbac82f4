package io.pylon.generator;

import io.pylon.account.Influence;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Two to five people at each agency, its decision maker first, whom interactions and surveys name. What is written is
 * kept as a directory of ids by agency, so that interactions can name their participants.
 */
final class Contacts {

    private static final String[] TITLES = {"Director General", "Chief Engineer", "Director of Planning",
        "Head of Procurement", "Project Director", "Chief Financial Officer", "Permanent Secretary",
        "Technical Advisor"};
    private static final String[] DEPARTMENTS = {"Planning", "Procurement", "Engineering", "Finance", "Projects"};

    private final Dice.Roll count;
    private final Dice.Roll person;
    private final Dice.Roll details;

    Contacts(Dice dice) {
        this.count = dice.roll("contact.count");
        this.person = dice.roll("contact.person");
        this.details = dice.roll("contact.details");
    }

    /** The ids of each agency's contacts, in order. */
    record Directory(long[] ids, int[] firstOfAgency) {

        int countOf(Agency agency) {
            return firstOfAgency[agency.index() + 1] - firstOfAgency[agency.index()];
        }

        long idOf(Agency agency, int contact) {
            return ids[firstOfAgency[agency.index()] + contact];
        }
    }

    int countOf(Agency agency) {
        return count.between(2, 5, agency.index());
    }

    /** The name of the agency's contact at {@code position}, for the surveys they answer. */
    String nameOf(Agency agency, int position) {
        return People.fullName(person.between(0, 1_000_000, agency.index(), position));
    }

    Directory write(Database database, List<Agency> agencies) throws SQLException {
        int[] firstOfAgency = new int[agencies.size() + 1];
        for (Agency agency : agencies) {
            firstOfAgency[agency.index() + 1] = firstOfAgency[agency.index()] + countOf(agency);
        }
        long[] ids = new long[firstOfAgency[agencies.size()]];
        IdBlocks idBlocks = database.ids("contact");
        try (Inserts inserts = database.inserts()) {
            Inserts.Table contacts = inserts.into("contact", ids.length, "id", "version", "account_id", "name", "title",
                    "department", "email", "phone", "influence", "relationship_strength");
            for (Agency agency : agencies) {
                for (int position = 0; position < countOf(agency); position++) {
                    long id = idBlocks.next();
                    ids[firstOfAgency[agency.index()] + position] = id;
                    String name = nameOf(agency, position);
                    contacts.row(id, 0L, agency.id(), name, details.pick(TITLES, agency.index(), position, 0),
                            details.pick(DEPARTMENTS, agency.index(), position, 1), email(name, agency), null,
                            influenceOf(agency, position).name(), details.between(1, 5, agency.index(), position, 2));
                }
            }
        }
        return new Directory(ids, firstOfAgency);
    }

    private static String email(String name, Agency agency) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@agency" + agency.id() + ".example";
    }

    private Influence influenceOf(Agency agency, int position) {
        return switch (position) {
            case 0 -> Influence.DECISION_MAKER;
            case 1 -> Influence.INFLUENCER;
            default -> details.pick(Influence.values(), agency.index(), position, 3);
        };
    }
}
