package org.etradecampus.completion;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.etradecampus.activity.Activity;
import org.etradecampus.activity.ActivityService;
import org.etradecampus.common.Exceptions.ConflictException;
import org.etradecampus.common.Exceptions.NotFoundException;
import org.etradecampus.organisation.OrganisationDto;
import org.etradecampus.programme.ProgrammeDto;
import org.etradecampus.programme.ProgrammeService;
import org.etradecampus.user.User;
import org.etradecampus.user.UserService;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Certificates: issued with a completion, revoked with a reason, verifiable by anyone from their code. */
@Singleton
class CertificateService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private final CertificateRepository certificates;
    private final ActivityService activities;
    private final ProgrammeService programmes;
    private final UserService users;
    private final String publicUrl;
    private final Clock clock;

    CertificateService(CertificateRepository certificates, ActivityService activities, ProgrammeService programmes,
                       UserService users, @Value("${campus.public-url}") String publicUrl, Clock clock) {
        this.certificates = certificates;
        this.activities = activities;
        this.programmes = programmes;
        this.users = users;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.clock = clock;
    }

    /** Her certificate for this enrolment: the valid one if there is one, else a new one. */
    Certificate issue(long enrolmentId, long activityId, long userId) {
        Optional<Certificate> valid = certificates.lockValid(enrolmentId);
        if (valid.isPresent()) {
            return valid.get();
        }
        Activity activity = activities.visible(activityId, true);
        ProgrammeDto programme = programmes.toDto(programmes.get(activity.programmeId()));
        List<String> organisations = new ArrayList<>();
        if (programme.leadOrganisation() != null) {
            organisations.add(programme.leadOrganisation());
        }
        programme.partners().stream().map(OrganisationDto::name).forEach(organisations::add);
        User holder = users.get(userId);
        return certificates.save(new Certificate(null, newCode(), enrolmentId, activityId, userId, holder.displayName(),
                holder.locale(), activity.title(), programme.name(), organisations.isEmpty() ? null : String.join("\n", organisations),
                activity.startDate(), activity.endDate(), now(), null, null, null));
    }

    /** Revokes her valid certificate for this enrolment, if any (a completion taken back). */
    void revokeValid(long enrolmentId, @Nullable Long by, String reason) {
        certificates.lockValid(enrolmentId).ifPresent(c -> certificates.update(c.revoked(by, reason, now())));
    }

    @Transactional
    CertificateDto revoke(String code, long by, String reason) {
        Certificate found = find(code);
        if (found.revokedAt() != null) {
            throw new ConflictException("This certificate was already revoked.", "certificate.revoked", List.of());
        }
        return toDto(certificates.update(found.revoked(by, reason.strip(), now())));
    }

    Certificate find(String code) {
        return certificates.findByCode(code == null ? "" : code.strip().toUpperCase())
                .orElseThrow(() -> new NotFoundException("No certificate has this code."));
    }

    CertificateDto get(String code) {
        return toDto(find(code));
    }

    byte[] pdf(Certificate certificate) {
        return CertificatePdf.render(certificate, verifyUrl(certificate));
    }

    List<CertificateDto> mine(long userId) {
        return certificates.ofUser(userId).stream().map(this::toDto).toList();
    }

    Optional<String> validCode(long enrolmentId) {
        return certificates.lockValid(enrolmentId).map(Certificate::code);
    }

    private CertificateDto toDto(Certificate c) {
        return new CertificateDto(c.code(), c.revokedAt() == null, c.holderName(), c.activityTitle(), c.programmeName(),
                c.startDate(), c.endDate(), c.issuedAt(), c.revokedAt(), c.revocationReason(), verifyUrl(c));
    }

    private String verifyUrl(Certificate c) {
        return publicUrl + "/certificates/" + c.code();
    }

    /** 130 random bits in base32: 26 characters, unguessable, easy to read out. */
    private static String newCode() {
        StringBuilder code = new StringBuilder(26);
        for (int i = 0; i < 26; i++) {
            code.append(BASE32[RANDOM.nextInt(32)]);
        }
        return code.toString();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
