package io.pylon.generator;

/** Names of people, from many of the countries Pylon's agencies are in. */
final class People {

    private static final String[] FIRST = {"Amina", "Wei", "Carlos", "Fatima", "Joseph", "Linh", "Priya", "Mohammed",
        "Elena", "Kwame", "Siti", "Luis", "Grace", "Dmitri", "Aisha", "Rahul", "Thandiwe", "Mehmet", "Ana", "Farid",
        "Nadia", "Tomas", "Chipo", "Arjun", "Yusuf", "Mariam", "Diego", "Sokha", "Olga", "Kofi"};
    private static final String[] LAST = {"Okafor", "Zhang", "Mendes", "Haddad", "Mwangi", "Tran", "Sharma", "Rahman",
        "Petrova", "Mensah", "Rahayu", "Quispe", "Wanjiru", "Ivanov", "Bello", "Gupta", "Dlamini", "Yilmaz", "Silva",
        "Karimov", "Nkosi", "Santos", "Phiri", "Khan", "Abebe", "Nguyen", "Torres", "Chea", "Sokolova", "Boateng"};

    private People() {
    }

    /** A first and a last name for the key; nearby keys give different names. */
    static String fullName(long key) {
        return firstName(key) + " " + lastName(key);
    }

    static String firstName(long key) {
        return FIRST[(int) Math.floorMod(key, FIRST.length)];
    }

    static String lastName(long key) {
        return LAST[(int) Math.floorMod(key / FIRST.length + key * 7, LAST.length)];
    }
}
