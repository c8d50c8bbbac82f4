package io.pylon.account;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores an account's sectors as one comma-separated column: a handful of enum values that
 * are always read with the account, so a join table would only add a query per page.
 */
@Converter
public class SectorsConverter implements AttributeConverter<Set<Sector>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Sector> sectors) {
        return sectors.stream().sorted().map(Sector::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Sector> convertToEntityAttribute(String column) {
        EnumSet<Sector> sectors = EnumSet.noneOf(Sector.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(Sector::valueOf).forEach(sectors::add);
        }
        return sectors;
    }
}
