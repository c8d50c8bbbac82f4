package io.pylon.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class CountryCodeConverter implements AttributeConverter<CountryCode, String> {

    @Override
    public String convertToDatabaseColumn(CountryCode code) {
        return code == null ? null : code.value();
    }

    @Override
    public CountryCode convertToEntityAttribute(String column) {
        return column == null ? null : new CountryCode(column);
    }
}
