package io.pylon.generator;

import io.pylon.account.AgencyType;
import io.pylon.account.Sector;
import java.util.Arrays;
import java.util.List;

/** The kinds of agency generated, what they are called, their type, how common they are and what they build. */
enum AgencyKind {

    MINISTRY_OF_TRANSPORT("Ministry of Transport", AgencyType.MINISTRY, 5, Sector.ROAD, Sector.RAIL, Sector.PORT,
            Sector.AIRPORT),
    MINISTRY_OF_ENERGY("Ministry of Energy", AgencyType.MINISTRY, 3, Sector.POWER),
    MINISTRY_OF_WATER("Ministry of Water and Sanitation", AgencyType.MINISTRY, 2, Sector.WATER),
    MINISTRY_OF_PUBLIC_WORKS("Ministry of Public Works", AgencyType.MINISTRY, 3, Sector.ROAD, Sector.BRIDGE,
            Sector.BUILDING),
    HIGHWAYS_AUTHORITY("National Highways Authority", AgencyType.AUTHORITY, 10, Sector.ROAD, Sector.BRIDGE),
    RURAL_ROADS_AGENCY("Rural Roads Agency", AgencyType.AGENCY, 6, Sector.ROAD, Sector.BRIDGE),
    RAILWAY_CORPORATION("Railway Corporation", AgencyType.STATE_OWNED_ENTERPRISE, 7, Sector.RAIL),
    METRO_COMPANY("Metro Rail Company", AgencyType.STATE_OWNED_ENTERPRISE, 3, Sector.RAIL),
    PORTS_AUTHORITY("Ports Authority", AgencyType.AUTHORITY, 6, Sector.PORT),
    CIVIL_AVIATION_AUTHORITY("Civil Aviation Authority", AgencyType.AUTHORITY, 3, Sector.AIRPORT),
    AIRPORTS_COMPANY("Airports Company", AgencyType.STATE_OWNED_ENTERPRISE, 3, Sector.AIRPORT),
    POWER_GENERATION_COMPANY("Electricity Generation Company", AgencyType.STATE_OWNED_ENTERPRISE, 7, Sector.POWER),
    TRANSMISSION_COMPANY("Power Transmission Company", AgencyType.STATE_OWNED_ENTERPRISE, 4, Sector.POWER),
    WATER_BOARD("Water and Sewerage Board", AgencyType.AGENCY, 7, Sector.WATER),
    URBAN_DEVELOPMENT_AGENCY("Urban Development Agency", AgencyType.AGENCY, 5, Sector.BUILDING, Sector.WATER,
            Sector.ROAD),
    CITY_COUNCIL("City Council", AgencyType.MUNICIPALITY, 5, Sector.ROAD, Sector.WATER, Sector.BUILDING),
    DEVELOPMENT_BANK("Infrastructure Development Bank", AgencyType.DEVELOPMENT_BANK, 2, Sector.ROAD, Sector.POWER,
            Sector.WATER, Sector.RAIL);

    static final double[] CUMULATIVE_WEIGHTS = Dice.cumulative(Arrays.stream(values())
            .mapToDouble(AgencyKind::weight).toArray());

    private final String title;
    private final AgencyType type;
    private final double weight;
    private final List<Sector> sectors;

    AgencyKind(String title, AgencyType type, double weight, Sector... sectors) {
        this.title = title;
        this.type = type;
        this.weight = weight;
        this.sectors = List.of(sectors);
    }

    String title() {
        return title;
    }

    AgencyType type() {
        return type;
    }

    double weight() {
        return weight;
    }

    /** What agencies of this kind may build; each one builds one to three of these. */
    List<Sector> sectors() {
        return sectors;
    }

    boolean isMinistry() {
        return type == AgencyType.MINISTRY;
    }
}
