package io.pylon.imports;

/** The formats of the World Bank projects export that Pylon reads. */
public enum ImportFormat {
    JSON,
    CSV
}
