package io.pylon.country;

/** A country's classification as an administrator sends it: a region, a risk category 0-7 or none, the version read. */
public record CountryProfileForm(String region, Integer riskCategory, Long version) {
}
