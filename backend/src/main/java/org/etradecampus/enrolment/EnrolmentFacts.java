package org.etradecampus.enrolment;

import io.micronaut.data.annotation.event.PostPersist;
import io.micronaut.data.annotation.event.PostUpdate;
import io.micronaut.data.event.EntityEventContext;
import io.micronaut.data.event.EntityEventListener;
import io.micronaut.data.model.runtime.RuntimePersistentEntity;
import jakarta.inject.Singleton;
import org.etradecampus.report.ParticipationFacts;

import java.lang.annotation.Annotation;

/**
 * Every enrolment written (a seat taken, given up, moved, completed) changes what its person counts
 * for in the participation report: marked here, in the write's transaction, whichever path wrote it.
 */
@Singleton
class EnrolmentFacts implements EntityEventListener<Enrolment> {

    private final ParticipationFacts facts;

    EnrolmentFacts(ParticipationFacts facts) {
        this.facts = facts;
    }

    @Override
    public boolean supports(RuntimePersistentEntity<Enrolment> entity, Class<? extends Annotation> eventType) {
        return entity.getIntrospection().getBeanType() == Enrolment.class
                && (eventType == PostPersist.class || eventType == PostUpdate.class);
    }

    @Override
    public void postPersist(EntityEventContext<Enrolment> context) {
        facts.personChanged(context.getEntity().userId());
    }

    @Override
    public void postUpdate(EntityEventContext<Enrolment> context) {
        facts.personChanged(context.getEntity().userId());
    }
}
