package io.pylon.country;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class RiskCategoryConverter implements AttributeConverter<RiskCategory, Integer> {

    @Override
    public Integer convertToDatabaseColumn(RiskCategory category) {
        return category == null ? null : category.value();
    }

    @Override
    public RiskCategory convertToEntityAttribute(Integer value) {
        return value == null ? null : new RiskCategory(value);
    }
}
