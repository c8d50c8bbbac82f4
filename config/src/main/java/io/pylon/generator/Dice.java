package io.pylon.generator;

import java.util.Arrays;
import java.util.List;

/**
 * Reproducible randomness without state: every draw is a hash of the seed, of what it is for and of the row it is for,
 * so a row comes out the same whatever was drawn before it, and the generator can work out a row twice (once to count
 * what it will write, once to write it) and get the same answer.
 */
final class Dice {

    private final long seed;

    Dice(long seed) {
        this.seed = seed;
    }

    /** The draws for one purpose, such as "project.phase"; two purposes draw independently of each other. */
    Roll roll(String purpose) {
        return new Roll(mix(seed ^ mix(purpose.hashCode())));
    }

    /** Running totals of the weights, for {@link Roll#weighted}. */
    static double[] cumulative(double[] weights) {
        double[] totals = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            totals[i] = sum;
        }
        return totals;
    }

    /** SplitMix64's finaliser: every bit of the input moves about half of the output's. */
    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static final class Roll {

        /** Marks the second uniform number a normal one is made of. */
        private static final long ANGLE = 0x5DEECE66DL;

        private final long salt;

        private Roll(long salt) {
            this.salt = salt;
        }

        /** A number in [0, 1) for the keys, typically a row's index and the position of a part of it. */
        double unit(long... keys) {
            long hash = salt;
            for (long key : keys) {
                hash = mix(hash ^ key);
            }
            return (mix(hash) >>> 11) * 0x1.0p-53;
        }

        boolean chance(double probability, long... keys) {
            return unit(keys) < probability;
        }

        /** A whole number from lowest to highest, both included. */
        int between(int lowest, int highest, long... keys) {
            return lowest + (int) (unit(keys) * (highest - lowest + 1));
        }

        /** A number in [lowest, highest). */
        double between(double lowest, double highest, long... keys) {
            return lowest + unit(keys) * (highest - lowest);
        }

        <T> T pick(List<T> values, long... keys) {
            return values.get((int) (unit(keys) * values.size()));
        }

        <T> T pick(T[] values, long... keys) {
            return values[(int) (unit(keys) * values.length)];
        }

        /** A standard normal number (Box-Muller), for sizes that spread over orders of magnitude. */
        double gaussian(long... keys) {
            long[] angleKeys = Arrays.copyOf(keys, keys.length + 1);
            angleKeys[keys.length] = ANGLE;
            return Math.sqrt(-2.0 * Math.log(1.0 - unit(keys))) * Math.cos(2.0 * Math.PI * unit(angleKeys));
        }

        /** An index into the weights whose running totals are {@code cumulative}, drawn in proportion to them. */
        int weighted(double[] cumulative, long... keys) {
            double target = unit(keys) * cumulative[cumulative.length - 1];
            int low = 0;
            int high = cumulative.length - 1;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (cumulative[middle] > target) {
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
            return low;
        }
    }
}
