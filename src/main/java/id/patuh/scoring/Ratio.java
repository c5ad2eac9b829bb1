package id.patuh.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact non-negative rational number. Scores are carried as ratios so that rounding half-up is decided on the
 * true value: a mean that is exactly 53.995 becomes 54.00 even when its 34-digit decimal form, built from thirds,
 * would read 53.99499...
 */
record Ratio(BigDecimal numerator, BigInteger denominator) {

    static final Ratio ZERO = new Ratio(BigDecimal.ZERO, BigInteger.ONE);

    static Ratio of(long numerator, long denominator) {
        return new Ratio(BigDecimal.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    static Ratio of(BigDecimal value) {
        return new Ratio(value, BigInteger.ONE);
    }

    Ratio plus(Ratio other) {
        if (denominator.equals(other.denominator)) {
            return new Ratio(numerator.add(other.numerator), denominator);
        }
        // Over the least common denominator, so sums of many units stay small.
        BigInteger gcd = denominator.gcd(other.denominator);
        BigInteger scaleThis = other.denominator.divide(gcd);
        BigInteger scaleOther = denominator.divide(gcd);
        return new Ratio(
                numerator.multiply(new BigDecimal(scaleThis)).add(other.numerator.multiply(new BigDecimal(scaleOther))),
                denominator.multiply(scaleThis));
    }

    Ratio times(BigDecimal factor) {
        return new Ratio(numerator.multiply(factor), denominator);
    }

    Ratio dividedBy(long divisor) {
        return new Ratio(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
    }

    /** Divides by a positive decimal, keeping the denominator an integer: x / (u·10^-s) = x·10^s / u. */
    Ratio dividedBy(BigDecimal divisor) {
        BigInteger unscaled = divisor.unscaledValue();
        int scale = divisor.scale();
        if (scale >= 0) {
            return new Ratio(numerator.scaleByPowerOfTen(scale), denominator.multiply(unscaled));
        }
        return new Ratio(numerator, denominator.multiply(unscaled).multiply(BigInteger.TEN.pow(-scale)));
    }

    int compareTo(BigDecimal value) {
        return numerator.compareTo(value.multiply(new BigDecimal(denominator)));
    }

    BigDecimal value() {
        return denominator.equals(BigInteger.ONE)
                ? numerator.round(MathContext.DECIMAL128)
                : numerator.divide(new BigDecimal(denominator), MathContext.DECIMAL128);
    }

    /** Rounded half-up from the exact value; BigDecimal's division to a fixed scale rounds the true quotient. */
    BigDecimal rounded(int scale) {
        return numerator.divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }
}
