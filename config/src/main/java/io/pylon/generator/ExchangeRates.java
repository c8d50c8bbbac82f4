package io.pylon.generator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A rate into dollars on the first of every month, for every other currency the generated money is in, from the
 * month of the earliest generated day to this one, so that every amount converts on any day it is dated. A rate the
 * database already has for a currency and day stays.
 */
final class ExchangeRates {

    private record Rate(Currency currency, YearMonth month) {
    }

    private ExchangeRates() {
    }

    static void write(Database database, Currencies currencies, Collection<Currency> used, LocalDate earliest,
                      Today today) throws SQLException {
        Set<String> existing = new HashSet<>();
        try (Statement statement = database.connection().createStatement();
             ResultSet rows = statement.executeQuery("select currency, valid_from from exchange_rate"
                     + " where quote_currency = '" + Currencies.REPORTING.getCurrencyCode() + "'")) {
            while (rows.next()) {
                existing.add(rows.getString(1) + rows.getObject(2, LocalDate.class));
            }
        }
        List<Currency> foreign = used.stream().filter(currency -> !currency.equals(Currencies.REPORTING))
                .sorted(Comparator.comparing(Currency::getCurrencyCode)).toList();
        List<Rate> missing = new ArrayList<>();
        YearMonth thisMonth = YearMonth.from(today.date());
        for (Currency currency : foreign) {
            for (YearMonth month = YearMonth.from(earliest); !month.isAfter(thisMonth); month = month.plusMonths(1)) {
                if (!existing.contains(currency.getCurrencyCode() + month.atDay(1))) {
                    missing.add(new Rate(currency, month));
                }
            }
        }
        IdBlocks ids = database.ids("exchange_rate");
        try (Inserts inserts = database.inserts()) {
            Inserts.Table rates = inserts.into("exchange_rate", missing.size(),
                    "id", "currency", "quote_currency", "valid_from", "rate");
            for (Rate rate : missing) {
                rates.row(ids.next(), rate.currency().getCurrencyCode(), Currencies.REPORTING.getCurrencyCode(),
                        rate.month().atDay(1), currencies.rate(rate.currency(), rate.month()));
            }
        }
    }
}
