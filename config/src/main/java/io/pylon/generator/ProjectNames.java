package io.pylon.generator;

import io.pylon.account.Sector;
import java.util.Map;

/**
 * Names of infrastructure works, such as "Coastal container terminal", which projects and opportunities number with
 * their ids so that names do not repeat: "Coastal container terminal 1234", "Delta dam, tender 5678".
 */
final class ProjectNames {

    private static final String[] PLACES = {"Northern", "Southern", "Eastern", "Western", "Central", "Coastal",
        "Lakeside", "Highland", "Valley", "Delta", "Capital", "Border"};
    private static final Map<Sector, String[]> WORKS = Map.of(
            Sector.RAIL, new String[] {"rail link", "metro line", "railway upgrade", "freight line"},
            Sector.ROAD, new String[] {"expressway", "ring road", "highway rehabilitation", "bypass"},
            Sector.BRIDGE, new String[] {"river bridge", "interchange", "viaduct"},
            Sector.PORT, new String[] {"container terminal", "port expansion", "bulk terminal"},
            Sector.AIRPORT, new String[] {"airport terminal", "runway extension", "cargo terminal"},
            Sector.POWER, new String[] {"hydropower plant", "solar park", "transmission line", "combined-cycle plant"},
            Sector.WATER, new String[] {"water treatment works", "dam", "wastewater plant", "water supply scheme"},
            Sector.BUILDING, new String[] {"hospital", "university campus", "government complex", "housing scheme"});

    private ProjectNames() {
    }

    /** A work of the sector somewhere. */
    static String of(Sector sector, Dice.Roll roll, long key) {
        return roll.pick(PLACES, key, 0) + " " + work(sector, roll, key);
    }

    /** What kind of work it is, for texts about it: "container terminal". */
    static String work(Sector sector, Dice.Roll roll, long key) {
        return roll.pick(WORKS.get(sector), key, 1);
    }
}
