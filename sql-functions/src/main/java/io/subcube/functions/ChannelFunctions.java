package io.subcube.functions;

import java.math.BigDecimal;

/** The customer–product–channel fit of DOMAIN.md §B3.22 (multichannel linkage, seed 002). */
public final class ChannelFunctions {

    private static final String NAME = "CHANNEL_FIT";

    private ChannelFunctions() {
    }

    /**
     * §B3.22 CHANNEL_FIT core: 100·cp·cc·pc/125 in hundredths, from the three scores in hundredths
     * (DECIMAL(3,2)); a score outside [1, 5] is an error.
     */
    public static long channelFitHundredths(long cp, long cc, long pc) {
        double x = 100 * score(cp, "cp") * score(cc, "cc") * score(pc, "pc") / 125;
        return Rounding.hundredths(x);
    }

    private static double score(long hundredths, String argument) {
        if (hundredths < 100 || hundredths > 500) {
            throw new DomainException(NAME, argument, Units.sql(hundredths, 2));
        }
        return hundredths / 100.0;
    }

    /** §B3.22 CHANNEL_FIT(cp DECIMAL(3,2), cc DECIMAL(3,2), pc DECIMAL(3,2)) → DECIMAL(5,2). */
    @SqlFunction(name = NAME, section = "B3.22", returns = "DECIMAL(5,2)")
    public static BigDecimal channelFit(@Param(name = "cp", type = "DECIMAL(3,2)") BigDecimal cp,
                                        @Param(name = "cc", type = "DECIMAL(3,2)") BigDecimal cc,
                                        @Param(name = "pc", type = "DECIMAL(3,2)") BigDecimal pc) {
        if (cp == null || cc == null || pc == null) {
            return null;
        }
        return Units.toScore(channelFitHundredths(Units.decimal(cp, 3, 2, NAME, "cp"),
                Units.decimal(cc, 3, 2, NAME, "cc"), Units.decimal(pc, 3, 2, NAME, "pc")));
    }

    /** §B3.22 CHANNEL_FIT over arrays: hundredths in and out. */
    public static void channelFitBatch(long[] cp, long[] cc, long[] pc, long[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = channelFitHundredths(cp[i], cc[i], pc[i]);
        }
    }
}
