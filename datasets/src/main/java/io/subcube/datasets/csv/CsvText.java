package io.subcube.datasets.csv;

/**
 * Shared pieces of the CSV dialect: file names and date arithmetic. Dates are converted by hand rather than with
 * java.time so that the per-field paths of the reader and writer allocate nothing.
 */
final class CsvText {

    static final String MANIFEST = "manifest.properties";
    static final String FORMAT = "csv";

    private CsvText() {
    }

    /** The file of a partition relative to the dataset directory, '/'-separated. */
    static String relativePath(String table, boolean monthly, int monthId) {
        return monthly ? table + "/" + monthId + ".csv" : table + ".csv";
    }

    /** Epoch day → {year, month, day} (proleptic Gregorian; H. Hinnant's civil_from_days). */
    static void civil(long epochDay, int[] out) {
        long z = epochDay + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        out[0] = (int) (m <= 2 ? y + 1 : y);
        out[1] = (int) m;
        out[2] = (int) d;
    }

    /** {year, month, day} → epoch day. */
    static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
