package io.pylon.project;

/**
 * How the estimate at completion is forecast. {@code CPI}: the work left costs what the work done so far did,
 * EAC = AC + (BAC − EV) / CPI. {@code CPI_TIMES_SPI}: the schedule pressure weighs too, as when a late project
 * must buy time back, EAC = AC + (BAC − EV) / (CPI × SPI).
 */
public enum EacMethod {
    CPI,
    CPI_TIMES_SPI
}
