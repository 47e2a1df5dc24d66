package org.etradecampus.report;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * The report-ready sentence, with the totals' own numbers: "Over 200 participants (59% women) from
 * 40 countries registered, 11 of them LDCs". Rounding (docs/api.md): fewer than 100 people are
 * counted exactly; from 100, the number is rounded down to its first two digits and said as
 * "over" (213 → "over 210", 1,480 → "over 1,400") unless that is exact; the women's share is
 * rounded to a whole percent, half up; countries are exact. Without anyone there is no share; the
 * LDC clause appears when at least one country was an LDC at the activity's start.
 */
public final class ReportSentence {

    private ReportSentence() {
    }

    static String of(ParticipationFiguresDto totals, String language) {
        Locale locale = Locale.forLanguageTag(language);
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        long people = totals.registered();
        long shown = roundedDown(people);
        boolean over = shown != people;
        String count = numbers.format(shown);
        String share = totals.womenShare() == null ? null : numbers.format(Math.round(totals.womenShare() * 100));
        String countries = numbers.format(totals.countries());
        String ldc = numbers.format(totals.ldcCountries());
        boolean oneCountry = totals.countries() == 1;
        return switch (language) {
            case "fr" -> (over ? "Plus de " : "") + count + (people == 1 ? " participant inscrit" : " participants inscrits")
                    + (share == null ? "" : " (" + share + "\u00a0% de femmes)")
                    + " venant de " + countries + " pays"
                    + (totals.ldcCountries() > 0 ? ", dont " + ldc + " PMA" : "");
            case "es" -> (over ? "Más de " : "") + count + (people == 1 ? " participante inscrito" : " participantes inscritos")
                    + (share == null ? "" : " (" + share + "\u00a0% mujeres)")
                    + " de " + countries + (oneCountry ? " país" : " países")
                    + (totals.ldcCountries() > 0 ? ", " + ldc + (totals.ldcCountries() == 1 ? " de ellos un PMA" : " de ellos PMA") : "");
            default -> (over ? "Over " : "") + count + (people == 1 ? " participant" : " participants")
                    + (share == null ? "" : " (" + share + "% women)")
                    + " from " + countries + (oneCountry ? " country" : " countries") + " registered"
                    + (totals.ldcCountries() > 0 ? ", " + ldc + " of them " + (totals.ldcCountries() == 1 ? "an LDC" : "LDCs") : "");
        };
    }

    /** From 100 on, the number cut to its first two digits: 213 → 210, 1,480 → 1,400, 59,999 → 59,000. */
    public static long roundedDown(long people) {
        if (people < 100) {
            return people;
        }
        long unit = 1;
        while (people / unit >= 100) {
            unit *= 10;
        }
        return people / unit * unit;
    }
}
