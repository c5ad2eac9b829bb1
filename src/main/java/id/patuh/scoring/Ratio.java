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

    private static final BigInteger FIVE = BigInteger.valueOf(5);

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
        // Over the least common denominator, so sums of many units stay small; in long arithmetic while it fits.
        if (denominator.bitLength() < Long.SIZE - 1 && other.denominator.bitLength() < Long.SIZE - 1) {
            long left = denominator.longValue();
            long right = other.denominator.longValue();
            long gcd = gcd(left, right);
            long scaleThis = right / gcd;
            long common = left * scaleThis;
            if (Math.multiplyHigh(left, scaleThis) == 0 && common > 0) {
                return new Ratio(numerator.multiply(BigDecimal.valueOf(scaleThis))
                        .add(other.numerator.multiply(BigDecimal.valueOf(left / gcd))), BigInteger.valueOf(common));
            }
        }
        BigInteger gcd = denominator.gcd(other.denominator);
        BigInteger scaleThis = other.denominator.divide(gcd);
        BigInteger scaleOther = denominator.divide(gcd);
        return new Ratio(
                numerator.multiply(new BigDecimal(scaleThis)).add(other.numerator.multiply(new BigDecimal(scaleOther))),
                denominator.multiply(scaleThis));
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long remainder = a % b;
            a = b;
            b = remainder;
        }
        return a;
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

    /**
     * The value to at most 34 significant digits. A ratio whose reduced denominator has no prime factor but 2 and 5
     * is a terminating decimal and is built by multiplication: dividing it at 34 digits would make BigDecimal strip
     * some thirty trailing zeros one BigInteger division at a time, which dominated the cost of scoring a cycle.
     */
    BigDecimal value() {
        if (denominator.equals(BigInteger.ONE)) {
            return numerator.round(MathContext.DECIMAL128);
        }
        BigInteger unscaled = numerator.unscaledValue();
        BigInteger gcd = unscaled.gcd(denominator);
        BigInteger reduced = denominator.divide(gcd);
        int twos = reduced.getLowestSetBit();
        BigInteger rest = reduced.shiftRight(twos);
        int fives = 0;
        BigInteger[] division = rest.divideAndRemainder(FIVE);
        while (division[1].signum() == 0) {
            rest = division[0];
            fives++;
            division = rest.divideAndRemainder(FIVE);
        }
        if (!rest.equals(BigInteger.ONE)) {
            return numerator.divide(new BigDecimal(denominator), MathContext.DECIMAL128);
        }
        // n / (2^a·5^b) = n·2^(k-a)·5^(k-b) / 10^k with k = max(a, b)
        int digits = Math.max(twos, fives);
        BigInteger scaledUp = unscaled.divide(gcd)
                .shiftLeft(digits - twos)
                .multiply(FIVE.pow(digits - fives));
        return new BigDecimal(scaledUp, numerator.scale() + digits).stripTrailingZeros().round(MathContext.DECIMAL128);
    }

    /** Rounded half-up from the exact value; BigDecimal's division to a fixed scale rounds the true quotient. */
    BigDecimal rounded(int scale) {
        return numerator.divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }
}
