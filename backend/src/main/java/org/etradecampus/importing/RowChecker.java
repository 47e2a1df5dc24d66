package org.etradecampus.importing;

import org.etradecampus.account.Gender;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks the rows of one file, each cell against what its column takes, and e-mails against the
 * rows before them. What a valid row will do is decided later, against the database.
 */
final class RowChecker {

    private static final Map<String, Gender> GENDERS = genders();
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "oui", "sí", "si", "x");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "non");

    private final Predicate<String> knownCountry;
    private final Map<String, Integer> firstLineOfEmail = new HashMap<>();

    RowChecker(Predicate<String> knownCountry) {
        this.knownCountry = knownCountry;
    }

    record Checked(ImportRow row, List<ImportErrorDto> errors) {
    }

    /** {@code line}: the row's line in the file (the header is 1). The row's outcome is INVALID or left to the caller. */
    Checked check(long importId, int line, Map<String, String> cells) {
        List<ImportErrorDto> errors = new ArrayList<>();
        String email = text(cells, "email", 254, line, errors);
        if (email == null) {
            errors.add(error(line, "email", "is required", "validation.required"));
        } else if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(error(line, "email", "is not an e-mail address", "validation.email"));
        } else {
            email = email.toLowerCase(Locale.ROOT);
            Integer earlier = firstLineOfEmail.putIfAbsent(email, line);
            if (earlier != null) {
                errors.add(error(line, "email", "repeats the e-mail of row " + earlier, "import.duplicate-email"));
            }
        }
        String name = text(cells, "name", 100, line, errors);
        if (name == null) {
            errors.add(error(line, "name", "is required", "validation.required"));
        }
        String country = blankToNull(cells.get("country"));
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
            if (!knownCountry.test(country)) {
                errors.add(error(line, "country", "\"" + cells.get("country") + "\" is not an ISO 3166 alpha-2 country code",
                        "validation.unknown-country"));
                country = null;
            }
        }
        String genderText = blankToNull(cells.get("gender"));
        Gender gender = genderText == null ? null : GENDERS.get(genderText.toLowerCase(Locale.ROOT));
        if (genderText != null && gender == null) {
            errors.add(error(line, "gender", "\"" + genderText + "\" is not a gender this platform records: FEMALE, MALE, OTHER"
                    + " or UNDISCLOSED", "import.unknown-gender"));
        }
        Boolean womenLed = yesNo(cells, "women_led", line, errors);
        Boolean womenOwned = yesNo(cells, "women_owned", line, errors);
        Integer employees = null;
        String employeesText = blankToNull(cells.get("employees"));
        if (employeesText != null) {
            try {
                employees = Integer.valueOf(employeesText.replaceAll("\\.0+$", ""));
                if (employees < 0 || employees > 1_000_000) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                errors.add(error(line, "employees", "must be a whole number from 0 to 1,000,000", "validation.out-of-range"));
                employees = null;
            }
        }
        String language = blankToNull(cells.get("language"));
        if (language != null) {
            language = language.toLowerCase(Locale.ROOT);
            if (!Set.of("en", "fr", "es").contains(language)) {
                errors.add(error(line, "language", "must be en, fr or es", "validation.invalid-value"));
                language = null;
            }
        }
        ImportRow row = new ImportRow(null, importId, line, email, name, country, gender == null ? null : gender.name(),
                text(cells, "business_name", 200, line, errors), text(cells, "sector", 100, line, errors), womenLed, womenOwned,
                employees, language, errors.isEmpty() ? RowOutcome.ALREADY_ENROLLED : RowOutcome.INVALID, null);
        return new Checked(row, errors);
    }

    private static String text(Map<String, String> cells, String column, int max, int line, List<ImportErrorDto> errors) {
        String value = blankToNull(cells.get(column));
        if (value != null && value.length() > max) {
            errors.add(error(line, column, "is longer than " + max + " characters", "validation.size"));
            return null;
        }
        return value;
    }

    private static Boolean yesNo(Map<String, String> cells, String column, int line, List<ImportErrorDto> errors) {
        String value = blankToNull(cells.get(column));
        if (value == null) {
            return null;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (YES.contains(lower)) {
            return true;
        }
        if (NO.contains(lower)) {
            return false;
        }
        errors.add(error(line, column, "must be yes or no", "validation.invalid-value"));
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ImportErrorDto error(int line, String column, String message, String messageKey) {
        return new ImportErrorDto(line, column, message, messageKey);
    }

    private static Map<String, Gender> genders() {
        Map<String, Gender> genders = new HashMap<>();
        for (Gender g : Gender.values()) {
            genders.put(g.name().toLowerCase(Locale.ROOT), g);
        }
        genders.putAll(Map.of("f", Gender.FEMALE, "woman", Gender.FEMALE, "femme", Gender.FEMALE, "mujer", Gender.FEMALE,
                "m", Gender.MALE, "man", Gender.MALE, "homme", Gender.MALE, "hombre", Gender.MALE));
        return genders;
    }
}
