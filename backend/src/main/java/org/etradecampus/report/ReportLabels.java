package org.etradecampus.report;

import java.util.Map;

/** Names of genders, activity types and country groups in English, French and Spanish, for report rows. */
final class ReportLabels {

    private static final Map<String, String[]> NAMES = Map.ofEntries(
            Map.entry("FEMALE", new String[] {"Women", "Femmes", "Mujeres"}),
            Map.entry("MALE", new String[] {"Men", "Hommes", "Hombres"}),
            Map.entry("OTHER", new String[] {"Another gender", "Autre genre", "Otro género"}),
            Map.entry("UNDISCLOSED", new String[] {"Gender not given", "Genre non indiqué", "Género no indicado"}),
            Map.entry("MASTERCLASS", new String[] {"Masterclasses", "Masterclasses", "Clases magistrales"}),
            Map.entry("ONLINE_COURSE", new String[] {"Online courses", "Cours en ligne", "Cursos en línea"}),
            Map.entry("WORKSHOP", new String[] {"Workshops", "Ateliers", "Talleres"}),
            Map.entry("STUDY_TOUR", new String[] {"Study tours", "Voyages d'étude", "Viajes de estudio"}),
            Map.entry("ACCELERATOR_COHORT", new String[] {"Accelerator cohorts", "Cohortes d'accélérateur", "Cohortes de aceleradora"}),
            Map.entry("LDC", new String[] {"Least developed countries (LDCs)", "Pays les moins avancés (PMA)", "Países menos adelantados (PMA)"}),
            Map.entry("LLDC", new String[] {"Landlocked developing countries (LLDCs)", "Pays en développement sans littoral (PDSL)",
                    "Países en desarrollo sin litoral (PDSL)"}),
            Map.entry("SIDS", new String[] {"Small island developing States (SIDS)", "Petits États insulaires en développement (PEID)",
                    "Pequeños Estados insulares en desarrollo (PEID)"}),
            Map.entry("NONE", new String[] {"Not given", "Non indiqué", "No indicado"}));

    private ReportLabels() {
    }

    static String gender(String key, String language) {
        return name(key, language);
    }

    static String activityType(String key, String language) {
        return name(key, language);
    }

    static String countryGroup(String key, String language) {
        return name(key, language);
    }

    static String notGiven(String language) {
        return name("NONE", language);
    }

    private static String name(String key, String language) {
        String[] names = NAMES.get(key);
        if (names == null) {
            return key;
        }
        return names["fr".equals(language) ? 1 : "es".equals(language) ? 2 : 0];
    }
}
