import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { getActivityQueryOptions } from '@/features/activities/api/get-activity';

// Her milestones, with their own translations, only for the accelerator cohorts she sits in.
const MyMilestones = lazy(() => import('@/features/outcomes/components/my-milestones'));

/**
 * "My milestones" for an enrolment that holds a seat: her enrolments do not say the activity's
 * type or programme, so the activity tells; anything but an accelerator cohort shows nothing.
 */
export function CohortMilestones({ activityId }: { activityId: string }) {
  const activity = useQuery(getActivityQueryOptions(activityId));
  if (!activity.isSuccess || activity.data.type !== 'ACCELERATOR_COHORT') return null;
  return (
    <Suspense fallback={null}>
      <MyMilestones activityId={activityId} programmeId={activity.data.programmeId} />
    </Suspense>
  );
}
