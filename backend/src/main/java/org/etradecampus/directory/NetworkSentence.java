package org.etradecampus.directory;

import org.etradecampus.report.ReportSentence;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * "More than 450 women-led businesses in 65 countries": published women-led listings and the
 * countries they are in, rounded as the participation report's sentence is (exact under 100).
 */
final class NetworkSentence {

    private NetworkSentence() {
    }

    static String of(long businesses, long countries, String language) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.forLanguageTag(language));
        long shown = ReportSentence.roundedDown(businesses);
        boolean over = shown != businesses;
        String count = numbers.format(shown);
        String places = numbers.format(countries);
        return switch (language) {
            case "fr" -> (over ? "Plus de " : "") + count + (businesses == 1 ? " entreprise dirigée" : " entreprises dirigées")
                    + " par des femmes dans " + places + " pays";
            case "es" -> (over ? "Más de " : "") + count + (businesses == 1 ? " empresa liderada" : " empresas lideradas")
                    + " por mujeres en " + places + (countries == 1 ? " país" : " países");
            default -> (over ? "More than " : "") + count + (businesses == 1 ? " women-led business" : " women-led businesses")
                    + " in " + places + (countries == 1 ? " country" : " countries");
        };
    }
}
