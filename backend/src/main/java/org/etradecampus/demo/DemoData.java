package org.etradecampus.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.etradecampus.account.BusinessStage;
import org.etradecampus.account.Gender;
import org.etradecampus.account.MeService;
import org.etradecampus.account.ProfileDto;
import org.etradecampus.account.Role;
import org.etradecampus.account.SalesChannel;
import org.etradecampus.activity.ActivityDto;
import org.etradecampus.community.CommunityDemo;
import org.etradecampus.directory.DirectoryDemo;
import org.etradecampus.application.ApplicationFormDto;
import org.etradecampus.application.ApplicationService;
import org.etradecampus.application.ChoiceDto;
import org.etradecampus.application.LocalizedText;
import org.etradecampus.application.QuestionDto;
import org.etradecampus.application.QuestionType;
import org.etradecampus.application.ReviewService;
import org.etradecampus.activity.ActivityService;
import org.etradecampus.activity.ActivityStatus;
import org.etradecampus.activity.ActivityType;
import org.etradecampus.activity.CountryGroup;
import org.etradecampus.activity.CreateActivityRequest;
import org.etradecampus.activity.CreateSessionRequest;
import org.etradecampus.activity.Delivery;
import org.etradecampus.activity.EligibilityDto;
import org.etradecampus.activity.EnrolmentPolicy;
import org.etradecampus.common.Exceptions.UnprocessableException;
import org.etradecampus.config.Deployment;
import org.etradecampus.config.Secrets;
import org.etradecampus.enrolment.EnrolmentService;
import org.etradecampus.mail.Notifications;
import org.etradecampus.programme.CreateProgrammeRequest;
import org.etradecampus.programme.Programme;
import org.etradecampus.programme.ProgrammeService;
import org.etradecampus.review.CriterionDto;
import org.etradecampus.review.ReviewDto;
import org.etradecampus.review.RubricDto;
import org.etradecampus.user.User;
import org.etradecampus.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * CAMPUS_DEMO=true: on a database without programmes, a living platform for newcomers and demos.
 * The eTrade for Women programme with past and upcoming masterclasses, an online course series, a
 * workshop, a study tour and an accelerator cohort; a few hundred fictional participants from many
 * countries, enrolled and waitlisted; one demo account per role. Everyone in it is invented.
 */
@Singleton
@Requires(property = "campus.demo", value = "true")
class DemoData implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    /** Country, then typical first names: the participants are spread over regions the programmes serve. */
    private static final String[][] PEOPLE = {
            {"IN", "Priya", "Ananya", "Kavya"}, {"NP", "Sita", "Anjali", "Pooja"}, {"BD", "Nusrat", "Farhana", "Tania"},
            {"PK", "Ayesha", "Sana", "Hira"}, {"LK", "Dilini", "Nadeesha"}, {"CO", "Valentina", "Camila", "Daniela"},
            {"PE", "Lucía", "Rosa"}, {"MX", "Fernanda", "Ximena"}, {"HT", "Nadège", "Wideline"}, {"DO", "Yaritza", "Karina"},
            {"KE", "Wanjiru", "Achieng", "Njeri"}, {"NG", "Chiamaka", "Aisha", "Funmilayo"}, {"SN", "Awa", "Fatou", "Mariama"},
            {"RW", "Aline", "Divine"}, {"ET", "Hanna", "Selam"}, {"GH", "Akosua", "Ama"}, {"MG", "Voahangy", "Hery"},
            {"FJ", "Mere", "Litia"}, {"KH", "Sreymom", "Chenda"}, {"MN", "Enkhjin", "Saruul"}, {"JO", "Rania", "Lina"},
            {"TN", "Amel", "Syrine"}, {"MA", "Salma", "Imane"}, {"UZ", "Dilnoza", "Malika"}, {"LA", "Noy", "Kesone"}};
    private static final String[] SURNAMES = {"Diallo", "Sharma", "Rahman", "Mwangi", "Okafor", "Gómez", "Ruiz", "Karimova",
            "Tamang", "Ndiaye", "Haile", "Mensah", "Rakoto", "Naidu", "Chen", "Bat-Erdene", "Haddad", "Benali", "Phommasack"};
    private static final String[] SECTORS = {"Handicrafts", "Fashion", "Food and drink", "Beauty", "Software", "Tourism",
            "Agriculture", "Education", "Home decor", "Logistics"};

    private final UserService users;
    private final MeService me;
    private final ProgrammeService programmes;
    private final ActivityService activities;
    private final EnrolmentService enrolments;
    private final ApplicationService applications;
    private final ReviewService reviews;
    private final Notifications notifications;
    private final DemoOutcomes outcomes;
    private final CommunityDemo communityDemo;
    private final DirectoryDemo directoryDemo;
    private final Deployment deployment;

    DemoData(UserService users, MeService me, ProgrammeService programmes, ActivityService activities,
             EnrolmentService enrolments, ApplicationService applications, ReviewService reviews, Notifications notifications,
             DemoOutcomes outcomes, Deployment deployment, CommunityDemo communityDemo, DirectoryDemo directoryDemo) {
        this.communityDemo = communityDemo;
        this.directoryDemo = directoryDemo;
        this.outcomes = outcomes;
        this.applications = applications;
        this.reviews = reviews;
        this.users = users;
        this.me = me;
        this.programmes = programmes;
        this.activities = activities;
        this.enrolments = enrolments;
        this.notifications = notifications;
        this.deployment = deployment;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (programmes.page(0, 1).total() > 0) {
            LOG.info("CAMPUS_DEMO is set but the database already has programmes: no demo data loaded");
            return;
        }
        String password = Secrets.randomToken(12);
        String hash = users.hash(password, null);
        Random random = new Random(2026);
        User manager = users.createWithHash("demo-manager@example.org", hash, "Mariam (demo manager)", "en", Set.of(Role.MANAGER));
        User trainer = users.createWithHash("demo-trainer@example.org", hash, "Lucía (demo trainer)", "es", Set.of(Role.TRAINER));
        users.createWithHash("demo-admin@example.org", hash, "Omar (demo administrator)", "fr", Set.of(Role.ADMIN));
        User participant = users.createWithHash("demo-participant@example.org", hash, "Awa Ndiaye (demo participant)", "fr",
                Set.of(Role.PARTICIPANT));
        me.updateProfile(participant.id(), new ProfileDto("SN", Gender.FEMALE, "Awa Couture", "Fashion", BusinessStage.GROWTH,
                true, true, 4, List.of(SalesChannel.SOCIAL_MEDIA, SalesChannel.MESSAGING_APPS), false));
        List<User> crowd = participants(hash, random);

        long managerId = manager.id();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Programme women = programmes.create(managerId, new CreateProgrammeRequest("eTrade for Women",
                "Masterclasses, a network and visibility for women digital entrepreneurs in developing countries.",
                today.minusYears(2), today.plusYears(2), "UNCTAD", null));
        Programme statistics = programmes.create(managerId, new CreateProgrammeRequest("Measuring the digital economy",
                "Courses and workshops for producers of official statistics.", today.minusYears(1), today.plusYears(2), "UNCTAD", null));
        Programme accelerator = programmes.create(managerId, new CreateProgrammeRequest("Digital Innovation Accelerator for African SMEs",
                "Two years of coaching and market linkage for 100+ SMEs.", today.minusMonths(3), today.plusMonths(21), "ITC", null));

        EligibilityDto women_only = new EligibilityDto(Set.of(Gender.FEMALE), Set.of(), Set.of(), Set.of(), false, false);
        ActivityDto delhi = activity(managerId, women.id(), ActivityType.MASTERCLASS, "eTrade for Women Masterclass: South Asia",
                Delivery.IN_PERSON, "en", "IN", "New Delhi", "034", today.minusMonths(11), "Asia/Kolkata", 21,
                new EligibilityDto(Set.of(Gender.FEMALE), Set.of(), Set.of("034"), Set.of(), true, false));
        ActivityDto bogota = activity(managerId, women.id(), ActivityType.MASTERCLASS,
                "eTrade for Women Masterclass: Latin America and the Caribbean", Delivery.IN_PERSON, "es", "CO", "Bogotá", "419",
                today.minusMonths(7), "America/Bogota", 24, women_only);
        ActivityDto nairobi = activity(managerId, women.id(), ActivityType.MASTERCLASS, "eTrade for Women Masterclass: East Africa",
                Delivery.IN_PERSON, "en", "KE", "Nairobi", "202", today.plusMonths(2), "Africa/Nairobi", 25, women_only);
        ActivityDto course = activity(managerId, statistics.id(), ActivityType.ONLINE_COURSE,
                "Trade in the Digital Era 1: measuring e-commerce", Delivery.ONLINE, "en", null, null, null, today.plusWeeks(3),
                "UTC", 250, null);
        ActivityDto cours = activity(managerId, statistics.id(), ActivityType.ONLINE_COURSE,
                "Le commerce à l'ère numérique 2 : les plateformes", Delivery.ONLINE, "fr", null, null, null, today.plusMonths(3),
                "UTC", 200, null);
        ActivityDto workshop = activity(managerId, statistics.id(), ActivityType.WORKSHOP,
                "Workshop on statistics of ICT use in business", Delivery.HYBRID, "fr", "SN", "Dakar", "202", today.plusMonths(1),
                "Africa/Dakar", 30, null);
        ActivityDto tour = activity(managerId, women.id(), ActivityType.STUDY_TOUR, "Study tour: e-commerce ecosystems in Asia",
                Delivery.IN_PERSON, "en", "CN", "Hangzhou", "142", today.plusMonths(4), "Asia/Shanghai", 31,
                new EligibilityDto(Set.of(Gender.FEMALE), Set.of(), Set.of(), Set.of(CountryGroup.LDC, CountryGroup.LLDC,
                        CountryGroup.SIDS), false, false));
        ActivityDto cohort = activity(managerId, accelerator.id(), ActivityType.ACCELERATOR_COHORT,
                "Accelerator cohort 2026: East and West Africa", Delivery.HYBRID, "en", null, null, "202", today.minusMonths(2),
                "Africa/Nairobi", 100, null);

        enrolSome(delhi, crowd, 40, random);
        enrolSome(bogota, crowd, 40, random);
        enrolSome(nairobi, crowd, 45, random);
        enrolSome(course, crowd, 220, random);
        enrolSome(cours, crowd, 60, random);
        enrolSome(workshop, crowd, 27, random);
        enrolments.enrol(participant.id(), Long.parseLong(tour.id()), null);
        enrolSome(tour, crowd, 50, random);
        enrolSome(cohort, crowd, 90, random);
        enrolments.enrol(participant.id(), Long.parseLong(nairobi.id()), null);
        selection(managerId, women.id(), today, crowd, trainer, random);
        outcomes.load(women.id(), Long.parseLong(bogota.id()), List.of(Long.parseLong(nairobi.id()), Long.parseLong(tour.id())),
                accelerator.id(),
                Long.parseLong(cohort.id()), managerId, crowd, today, random);
        for (ActivityDto past : List.of(delhi, bogota)) {
            activities.transition(Long.parseLong(past.id()), ActivityStatus.CLOSED);
        }
        Map<Long, String> countryOf = new LinkedHashMap<>();
        crowd.forEach(u -> countryOf.put(u.id(), me.profile(u.id()).countryCode()));
        communityDemo.load(managerId, countryOf, participant.id(), List.of(Long.parseLong(nairobi.id()), Long.parseLong(cohort.id())),
                List.of(Long.parseLong(tour.id())));
        directoryDemo.load(crowd.stream().map(User::id).toList(), participant.id());
        notifications.discardPending();

        try {
            Secrets.writePrivate(deployment.dataDirectory().resolve("demo-accounts.txt"), "password for every demo account: "
                    + password + "\ndemo-participant@example.org\ndemo-trainer@example.org\ndemo-manager@example.org\n"
                    + "demo-admin@example.org\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("Demo data loaded: {} participants, 3 programmes, 9 activities. Demo accounts demo-participant@, demo-trainer@, "
                + "demo-manager@ and demo-admin@example.org, all with password {} (also in {})", crowd.size(), password,
                deployment.dataDirectory().resolve("demo-accounts.txt"));
    }

    /**
     * A masterclass that selects by application: a form, a rubric, the demo trainer and a manager
     * as reviewers, applications from the crowd, most of them scored; the demo trainer still has
     * some to score, and the manager has a ranked list to decide from.
     */
    private void selection(long managerId, long programmeId, LocalDate today, List<User> crowd, User trainer, Random random) {
        ActivityDto created = activities.create(managerId, false, new CreateActivityRequest(Long.toString(programmeId),
                ActivityType.MASTERCLASS, "eTrade for Women Masterclass: West Africa (by application)",
                "Twenty-four women digital entrepreneurs from West Africa, chosen for regional balance, for three days of "
                        + "practical sessions and a year of peer mentoring.", Delivery.IN_PERSON, "fr", "CI", "Abidjan", "011",
                today.plusMonths(3), today.plusMonths(3).plusDays(2), "Africa/Abidjan", 24, EnrolmentPolicy.APPLICATION, null,
                Instant.now().plus(Duration.ofDays(30)), new EligibilityDto(Set.of(Gender.FEMALE), Set.of(), Set.of(), Set.of(),
                false, false), List.of("SDG 5", "WSIS C7")));
        long id = Long.parseLong(created.id());
        applications.saveForm(id, new ApplicationFormDto(List.of(
                new QuestionDto("businessName", QuestionType.SHORT_TEXT, new LocalizedText("Business name", "Nom de l'entreprise",
                        "Nombre de la empresa"), true, true, null),
                new QuestionDto("website", QuestionType.URL, new LocalizedText("Website or online shop", "Site web ou boutique en ligne",
                        "Sitio web o tienda en línea"), false, true, null),
                new QuestionDto("plan", QuestionType.LONG_TEXT, new LocalizedText("What would you like to achieve in the next year?",
                        "Que souhaitez-vous accomplir l'année prochaine ?", "¿Qué quiere lograr el próximo año?"), true, false, null),
                new QuestionDto("channels", QuestionType.MULTIPLE_CHOICE, new LocalizedText("Where do you sell online?",
                        "Où vendez-vous en ligne ?", "¿Dónde vende en línea?"), true, false, List.of(
                        new ChoiceDto("website", new LocalizedText("Own website", "Site propre", "Sitio propio")),
                        new ChoiceDto("marketplace", new LocalizedText("Marketplace", "Place de marché", "Marketplace")),
                        new ChoiceDto("social", new LocalizedText("Social media", "Réseaux sociaux", "Redes sociales")))),
                new QuestionDto("exports", QuestionType.YES_NO, new LocalizedText("Do you already export?",
                        "Exportez-vous déjà ?", "¿Ya exporta?"), true, false, null))));
        reviews.saveRubric(id, new RubricDto(List.of(
                new CriterionDto("potential", new LocalizedText("Growth potential", "Potentiel de croissance", "Potencial de crecimiento"), 3, 5),
                new CriterionDto("readiness", new LocalizedText("Digital readiness", "Maturité numérique", "Madurez digital"), 2, 5),
                new CriterionDto("impact", new LocalizedText("Impact for women", "Impact pour les femmes", "Impacto para las mujeres"), 2, 5))));
        reviews.assignReviewers(id, Set.of(Long.toString(trainer.id()), Long.toString(managerId)));
        activities.transition(id, ActivityStatus.PUBLISHED);
        String[] plans = {"Open an online shop and reach customers in the region.", "Start exporting to Europe through a marketplace.",
                "Train two employees in digital marketing and double online sales.", "Accept mobile payments and deliver nationwide."};
        List<User> shuffled = new ArrayList<>(crowd);
        java.util.Collections.shuffle(shuffled, random);
        int sent = 0;
        for (User user : shuffled) {
            if (sent == 80) {
                break;
            }
            try {
                applications.saveDraft(id, user.id(), Map.of("businessName", user.displayName() + " Digital", "plan",
                        plans[random.nextInt(plans.length)], "channels", List.of("social", "marketplace").subList(0, 1 + random.nextInt(2)),
                        "exports", random.nextBoolean()));
                applications.submit(id, user.id());
                sent++;
            } catch (UnprocessableException notEligible) {
                // Men in the crowd are refused by the women-only rule, as they would be through the API.
            }
        }
        reviews.assign(id, 2);
        for (long reviewer : List.of(managerId, trainer.id())) {
            List<ReviewDto> mine = reviews.mine(reviewer, id, true, 0, 100).items();
            int toScore = reviewer == managerId ? mine.size() : mine.size() - 12;
            for (ReviewDto review : mine.subList(0, Math.max(0, toScore))) {
                reviews.score(Long.parseLong(review.id()), reviewer, Map.of("potential", 1 + random.nextInt(5),
                        "readiness", 1 + random.nextInt(5), "impact", 1 + random.nextInt(5)), null);
            }
        }
    }

    private List<User> participants(String hash, Random random) {
        List<User> crowd = new ArrayList<>();
        int n = 0;
        for (int round = 0; round < 4; round++) {
            for (String[] country : PEOPLE) {
                for (int f = 1; f < country.length; f++) {
                    String first = country[f];
                    String last = SURNAMES[random.nextInt(SURNAMES.length)];
                    n++;
                    boolean man = random.nextInt(10) == 0;
                    User user = users.createWithHash("participant" + n + "@demo.example.org", hash,
                            (man ? "Karim" : first) + " " + last, country[0].equals("SN") || country[0].equals("HT")
                                    || country[0].equals("MG") || country[0].equals("TN") || country[0].equals("MA") ? "fr"
                                    : country[0].equals("CO") || country[0].equals("PE") || country[0].equals("MX")
                                    || country[0].equals("DO") ? "es" : "en", Set.of(Role.PARTICIPANT));
                    Gender gender = man ? Gender.MALE : random.nextInt(25) == 0 ? Gender.UNDISCLOSED : Gender.FEMALE;
                    me.updateProfile(user.id(), new ProfileDto(country[0], gender, first + "'s " + SECTORS[n % SECTORS.length],
                            SECTORS[n % SECTORS.length], BusinessStage.values()[random.nextInt(4)], !man, !man && random.nextBoolean(),
                            random.nextInt(30), List.of(SalesChannel.values()[random.nextInt(5)]), random.nextInt(3) == 0));
                    crowd.add(user);
                }
            }
        }
        return crowd;
    }

    private ActivityDto activity(long managerId, Long programmeId, ActivityType type, String title, Delivery delivery,
                                 String language, String country, String city, String region, LocalDate start, String zone,
                                 int capacity, EligibilityDto eligibility) {
        ActivityDto created = activities.create(managerId, false, new CreateActivityRequest(Long.toString(programmeId), type, title,
                "A demo activity: " + title + ". Practical sessions on selling online, payments, logistics and exporting, "
                        + "with peers from across the region.", delivery, language, country, city, region, start,
                start.plusDays(type == ActivityType.ONLINE_COURSE ? 42 : type == ActivityType.ACCELERATOR_COHORT ? 700 : 3),
                zone, capacity, EnrolmentPolicy.OPEN, null, null, eligibility, List.of("SDG 5", "SDG 8", "WSIS C7")));
        long id = Long.parseLong(created.id());
        for (int day = 0; day < 3; day++) {
            var startsAt = start.plusDays(day).atTime(9, 0).toInstant(ZoneOffset.UTC);
            activities.addSession(id, new CreateSessionRequest("Day " + (day + 1), startsAt, startsAt.plusSeconds(3 * 3600),
                    delivery == Delivery.ONLINE ? "https://meet.example.org/" + id + "-" + day : city, null, null));
        }
        return activities.transition(id, ActivityStatus.PUBLISHED);
    }

    /** The first {@code count} of a shuffled crowd who meet the rules try to enrol: the rest of the room fills the waitlist. */
    private void enrolSome(ActivityDto activity, List<User> crowd, int count, Random random) {
        List<User> shuffled = new ArrayList<>(crowd);
        java.util.Collections.shuffle(shuffled, random);
        int done = 0;
        for (User user : shuffled) {
            if (done == count) {
                break;
            }
            try {
                enrolments.enrol(user.id(), Long.parseLong(activity.id()), null);
                done++;
            } catch (RuntimeException notEligible) {
                // Demo crowds are mixed on purpose; those a rule excludes simply do not enrol.
            }
        }
    }
}
