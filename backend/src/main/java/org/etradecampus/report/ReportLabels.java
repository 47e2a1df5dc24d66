package org.etradecampus.report;

import java.util.List;
import java.util.Map;

/** Names of genders, activity types and country groups in English, French and Spanish, for report rows. */
public final class ReportLabels {

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

    private static final String[][] COLUMNS = {
            {"key", "key", "key"},
            {"Row", "Ligne", "Fila"},
            {"Registered", "Inscrits", "Inscritos"},
            {"Attended", "Présents", "Asistieron"},
            {"Completed", "Ont terminé", "Completaron"},
            {"Women", "Femmes", "Mujeres"},
            {"Women's share", "Part des femmes", "Proporción de mujeres"},
            {"Gender not given", "Genre non indiqué", "Género no indicado"},
            {"Countries", "Pays", "Países"},
            {"From LDCs", "Des PMA", "De los PMA"},
            {"From LLDCs", "Des PDSL", "De los PDSL"},
            {"From SIDS", "Des PEID", "De los PEID"}};

    private static final Map<String, String[]> SHEET = Map.of(
            "report", new String[] {"Participation", "Participation", "Participación"},
            "about", new String[] {"Filters and definitions", "Filtres et définitions", "Filtros y definiciones"},
            "total", new String[] {"Total (each person once)", "Total (chaque personne une fois)", "Total (cada persona una vez)"},
            "smallNumbers", new String[] {"Counts under 5", "Effectifs inférieurs à 5", "Cifras menores de 5"},
            "hidden", new String[] {"hidden (<5)", "masqués (<5)", "ocultas (<5)"},
            "shown", new String[] {"shown", "affichés", "mostradas"});

    private static final String[][] DEFINITIONS = {
            {"Every figure counts distinct people: a person enrolled in several activities counts once in each row and once in the total.",
                    "Chaque chiffre compte des personnes distinctes : une personne inscrite à plusieurs activités compte une fois par ligne et une fois au total.",
                    "Cada cifra cuenta personas distintas: una persona inscrita en varias actividades cuenta una vez por fila y una vez en el total."},
            {"Registered: held a seat or completed. Attended: present or late at least once. Completed: completed the activity.",
                    "Inscrits : ont eu une place ou terminé. Présents : présents ou en retard au moins une fois. Ont terminé : ont terminé l'activité.",
                    "Inscritos: tuvieron plaza o completaron. Asistieron: presentes o con retraso al menos una vez. Completaron: completaron la actividad."},
            {"LDC, LLDC and SIDS: the country's membership of the group on the start date of the activity.",
                    "PMA, PDSL et PEID : l'appartenance du pays au groupe à la date de début de l'activité.",
                    "PMA, PDSL y PEID: la pertenencia del país al grupo en la fecha de inicio de la actividad."},
            {"Activities count when they start within the period; cancelled activities do not count.",
                    "Les activités comptent si elles commencent dans la période ; les activités annulées ne comptent pas.",
                    "Las actividades cuentan si empiezan dentro del periodo; las canceladas no cuentan."}};

    private ReportLabels() {
    }

    static String[] columns(String language) {
        int i = index(language);
        return java.util.Arrays.stream(COLUMNS).map(names -> names[i]).toArray(String[]::new);
    }

    static String sheet(String key, String language) {
        return SHEET.get(key)[index(language)];
    }

    static List<String> definitions(String language) {
        int i = index(language);
        return java.util.Arrays.stream(DEFINITIONS).map(names -> names[i]).toList();
    }

    private static int index(String language) {
        return "fr".equals(language) ? 1 : "es".equals(language) ? 2 : 0;
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

    public static String notGiven(String language) {
        return name("NONE", language);
    }

    private static String name(String key, String language) {
        String[] names = NAMES.get(key);
        if (names == null) {
            return key;
        }
        return names[index(language)];
    }
}
