package org.etradecampus.community;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.etradecampus.community.CommunityRepository.DigestReader;
import org.etradecampus.community.PostRepository.PostRow;
import org.etradecampus.mail.Notifications;
import org.etradecampus.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Members who keep the digest on get the announcements published since their last digest (or since
 * they joined), at most once per {@code campus.communities.digest-every}; hidden ones are left out.
 * Each community is handled under its row's lock, and what was sent is recorded in the same
 * transaction, so several instances never send an announcement twice.
 */
@Singleton
class CommunityDigests {

    private static final Logger LOG = LoggerFactory.getLogger(CommunityDigests.class);

    private final CommunityRepository communities;
    private final PostRepository posts;
    private final UserService users;
    private final Notifications notifications;
    private final Clock clock;
    private final Duration every;
    private final String publicUrl;

    CommunityDigests(CommunityRepository communities, PostRepository posts, UserService users, Notifications notifications, Clock clock,
                     @Value("${campus.communities.digest-every:7d}") Duration every, @Value("${campus.public-url}") String publicUrl) {
        this.communities = communities;
        this.posts = posts;
        this.users = users;
        this.notifications = notifications;
        this.clock = clock;
        this.every = every;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Scheduled(fixedDelay = "${campus.communities.digest-interval:1h}", initialDelay = "${campus.communities.digest-initial-delay:10m}")
    void run() {
        int sent = communities.listOrderByName().stream().mapToInt(c -> sendDue(c.id())).sum();
        if (sent > 0) {
            LOG.info("Sent {} community digests", sent);
        }
    }

    /** The digests due in one community; how many were written to the outbox. */
    @Transactional
    int sendDue(long communityId) {
        Community community = communities.findById(communityId).orElse(null);
        if (community == null || communities.lock(communityId).isEmpty()) {
            return 0;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        int sent = 0;
        for (DigestReader reader : communities.digestReaders(communityId, now.minus(every))) {
            List<PostRow> news = posts.announcedAfter(communityId, reader.upTo(), reader.since(), reader.userId());
            if (news.isEmpty()) {
                continue;
            }
            String list = news.stream().map(p -> "- " + p.title() + " (" + p.authorName() + ")").collect(Collectors.joining("\n"));
            notifications.message(Notifications.Kind.COMMUNITY_DIGEST, users.get(reader.userId()), community.name(), list,
                    publicUrl + "/communities/" + communityId, news.size());
            communities.digestSent(communityId, reader.userId(), news.get(news.size() - 1).id(), now);
            sent++;
        }
        return sent;
    }
}
