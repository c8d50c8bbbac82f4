package io.pylon.generator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

/**
 * The currencies of the generated money and their rates into the reporting currency, US dollars: mostly dollars, some
 * euros and yuan (European and Chinese financing), and Kenyan shillings and Indonesian rupiah for some local contracts
 * there. A rate is set on the first of every month, a random walk of a few percent a month that ends today at the
 * currency's base rate.
 */
final class Currencies {

    static final Currency REPORTING = Currency.getInstance("USD");
    static final int RATE_SCALE = 12;

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency KES = Currency.getInstance("KES");
    private static final Currency IDR = Currency.getInstance("IDR");
    /** Dollars for one unit, about what they were in 2025. */
    private static final Map<Currency, Double> BASE_RATES = Map.of(EUR, 1.08, CNY, 0.138, KES, 0.0077, IDR, 0.0000625);
    /** Local currencies and the share of contracts in them where they are the local one. */
    private static final Map<String, Currency> LOCAL = Map.of("KEN", KES, "IDN", IDR);
    private static final double LOCAL_SHARE = 0.35;
    private static final double EURO_SHARE = 0.12;
    private static final double YUAN_SHARE = 0.10;
    private static final double MONTHLY_VOLATILITY = 0.02;
    private static final MathContext SIGNIFICANT = new MathContext(8);

    private final Dice.Roll walk;
    private final YearMonth thisMonth;
    private final Map<Currency, Map<YearMonth, BigDecimal>> rates = new HashMap<>();

    Currencies(Dice dice, Today today) {
        this.walk = dice.roll("rate.walk");
        this.thisMonth = YearMonth.from(today.date());
    }

    /** The currency of a contract in the country, drawn with the roll for the contract's key. */
    static Currency of(String country, Dice.Roll roll, long key) {
        Currency local = LOCAL.get(country);
        if (local != null && roll.chance(LOCAL_SHARE, key, 0)) {
            return local;
        }
        double foreign = roll.unit(key, 1);
        return foreign < EURO_SHARE ? EUR : foreign < EURO_SHARE + YUAN_SHARE ? CNY : REPORTING;
    }

    /** Dollars for one unit of the currency from the first of the month; 1 for dollars. */
    BigDecimal rate(Currency currency, YearMonth month) {
        if (currency.equals(REPORTING)) {
            return BigDecimal.ONE;
        }
        return rates.computeIfAbsent(currency, none -> new HashMap<>()).computeIfAbsent(month, none -> walk(currency, month));
    }

    /** The walk back from this month, where the rate is the base one: each earlier month one step of it. */
    private BigDecimal walk(Currency currency, YearMonth month) {
        double logarithm = 0;
        for (YearMonth step = thisMonth; step.isAfter(month); step = step.minusMonths(1)) {
            logarithm += MONTHLY_VOLATILITY * walk.gaussian(currency.getNumericCode(), step.getYear() * 12L + step.getMonthValue());
        }
        return BigDecimal.valueOf(BASE_RATES.get(currency) * Math.exp(logarithm)).round(SIGNIFICANT)
                .setScale(RATE_SCALE, RoundingMode.HALF_EVEN);
    }

    /** An amount in dollars in the currency at today's rate, to whole thousands (prices are quoted so). */
    BigDecimal fromDollars(double dollars, Currency currency) {
        BigDecimal amount = BigDecimal.valueOf(dollars).divide(rate(currency, thisMonth), 0, RoundingMode.HALF_EVEN);
        return amount.setScale(-3, RoundingMode.HALF_EVEN).max(BigDecimal.valueOf(1_000)).setScale(2);
    }

    /** An amount in the currency in dollars at today's rate, rounded to the cent once as the application does. */
    BigDecimal toDollars(BigDecimal amount, Currency currency) {
        return amount.multiply(rate(currency, thisMonth)).setScale(2, RoundingMode.HALF_EVEN);
    }
}
