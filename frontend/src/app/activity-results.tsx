import { useQuery } from '@tanstack/react-query';
import { getActivityAttendanceQueryOptions } from '@/features/attendance/api/get-activity-attendance';
import { ActivityOutcomes } from '@/features/outcomes/components/activity-outcomes';
import { MilestoneRecords } from '@/features/outcomes/components/milestone-records';
import { ActivitySurveys } from '@/features/surveys-admin/components/activity-surveys';

/**
 * What an activity measures, for those who run it: its surveys, its share of the programme's
 * outcomes and, in an accelerator cohort, the milestones its SMEs reach. Loaded after the page.
 */
export function ActivityResults({ activity, canManage = false }: { activity: { id: string; programmeId: string; type: string }; canManage?: boolean }) {
  const cohort = activity.type === 'ACCELERATOR_COHORT';
  // The SMEs are the activity's participants, as its attendance lists them for trainers and managers alike.
  const attendance = useQuery({ ...getActivityAttendanceQueryOptions(activity.id), enabled: cohort });
  const people = cohort ? (attendance.data?.people ?? []) : [];
  return (
    <>
      <ActivitySurveys activityId={activity.id} programmeId={activity.programmeId} canManage={canManage} />
      <ActivityOutcomes activityId={activity.id} />
      {cohort && <MilestoneRecords activityId={activity.id} programmeId={activity.programmeId} people={people} />}
    </>
  );
}

export default ActivityResults;
