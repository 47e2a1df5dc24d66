import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { ErrorAlert, SuccessStatus } from '@/components/ui/alert';
import { Field, SelectField, TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { errorMessage } from '@/lib/error-message';
import { applyFieldErrors } from '@/lib/form';
import { localized } from '@/lib/localized';
import { useMilestones, type Milestone } from '../api/milestones';
import {
  useDecideMilestoneRecord,
  useMilestoneRecords,
  useRecordMilestone,
  type Decision,
  type MilestoneRecord,
  type MilestoneRecordInput,
} from '../api/milestone-records';
import { formatDate } from './format';
import './outcomes.css';

export type Sme = { userId: string; displayName: string };

const recordFormSchema = z.pipe(
  z.object({
    userId: z.string().check(z.minLength(1, { error: 'validation.required' })),
    milestoneId: z.string().check(z.minLength(1, { error: 'validation.required' })),
    achievedOn: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.required' })),
    evidence: z.string().check(z.trim(), z.maxLength(2000, { error: 'validation.size' })),
  }),
  z.transform((values): MilestoneRecordInput => ({ ...values, evidence: values.evidence === '' ? null : values.evidence })),
);
type RecordFormValues = z.input<typeof recordFormSchema>;
const FIELDS = ['userId', 'milestoneId', 'achievedOn', 'evidence'] as const;
const empty: RecordFormValues = { userId: '', milestoneId: '', achievedOn: '', evidence: '' };

function RecordForm({ activityId, people, milestones, onRecorded }: { activityId: string; people: Sme[]; milestones: Milestone[]; onRecorded: (record: MilestoneRecord) => void }) {
  const { t, i18n } = useTranslation('outcomes');
  const form = useForm<RecordFormValues, unknown, MilestoneRecordInput>({ resolver: zodResolver(recordFormSchema), defaultValues: empty });
  const record = useRecordMilestone(activityId);
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) => {
    if (record.isPending) return;
    record.mutate(values, {
      onSuccess: (saved) => {
        form.reset(empty);
        onRecorded(saved);
      },
      onError: (error) => applyFieldErrors(error, form.setError, FIELDS),
    });
  });
  return (
    <form noValidate className="form" aria-label={t('records.addTitle')} onSubmit={onSubmit}>
      <FormError error={record.error} fields={FIELDS} />
      <SelectField
        label={t('records.sme')}
        hint={people.length === 0 ? t('records.noPeople') : undefined}
        error={errors.userId?.message}
        registration={form.register('userId')}
        options={[{ value: '', label: t('indicator.choose') }, ...[...people].sort((a, b) => a.displayName.localeCompare(b.displayName)).map((person) => ({ value: person.userId, label: person.displayName }))]}
      />
      <SelectField
        label={t('records.milestone')}
        error={errors.milestoneId?.message}
        registration={form.register('milestoneId')}
        options={[{ value: '', label: t('indicator.choose') }, ...milestones.map((milestone) => ({ value: milestone.id, label: localized(milestone.name, i18n.language) }))]}
      />
      <TextField label={t('records.achievedOn')} type="date" error={errors.achievedOn?.message} registration={form.register('achievedOn')} />
      <Field label={t('records.evidence')} hint={t('records.evidenceHint')} error={errors.evidence?.message}>
        {(control) => <textarea rows={2} {...control} {...form.register('evidence')} />}
      </Field>
      <SubmitButton pending={record.isPending} pendingLabel={t('records.recording')}>
        {t('records.record')}
      </SubmitButton>
    </form>
  );
}

const STATUS_BADGE = { REPORTED: 'badge--warn', VALIDATED: 'badge--ok', REJECTED: 'badge--off' } as const;

function RecordItem({ record, milestoneName, onDecided }: { record: MilestoneRecord; milestoneName: string; onDecided: (message: string) => void }) {
  const { t, i18n } = useTranslation('outcomes');
  const decide = useDecideMilestoneRecord();
  const send = (status: Decision) =>
    decide.mutate(
      { id: record.id, status },
      { onSuccess: () => onDecided(t(status === 'VALIDATED' ? 'records.validatedMessage' : 'records.rejectedMessage', { name: record.displayName, milestone: milestoneName })) },
    );
  return (
    <li className="record">
      <p className="record__what">
        <strong>{milestoneName}</strong> · {formatDate(record.achievedOn, i18n.language)}{' '}
        <span className={`badge ${STATUS_BADGE[record.status]}`}>{t(`records.statuses.${record.status}`)}</span>
        {record.selfReported && <span className="field__hint"> · {t('records.selfReported')}</span>}
      </p>
      {record.evidence && <p className="record__evidence">{record.evidence}</p>}
      {decide.isError && <ErrorAlert>{errorMessage(decide.error)}</ErrorAlert>}
      {record.status === 'REPORTED' && (
        <div className="actions">
          <button type="button" className="button button--primary" aria-disabled={decide.isPending || undefined} onClick={() => !decide.isPending && send('VALIDATED')}>
            {t('records.validate')}
            <span className="visually-hidden">
              : {record.displayName}, {milestoneName}
            </span>
          </button>
          <button type="button" className="button" aria-disabled={decide.isPending || undefined} onClick={() => !decide.isPending && send('REJECTED')}>
            {t('records.reject')}
            <span className="visually-hidden">
              : {record.displayName}, {milestoneName}
            </span>
          </button>
        </div>
      )}
    </li>
  );
}

/**
 * An accelerator cohort's milestones: what each SME reached, reported by herself or recorded by a
 * coach; coaches validate or reject what was reported.
 */
export function MilestoneRecords({ activityId, programmeId, people }: { activityId: string; programmeId: string; people: Sme[] }) {
  const { t, i18n } = useTranslation('outcomes');
  const headingId = useId();
  const records = useMilestoneRecords(activityId);
  const milestones = useMilestones(programmeId);
  const [message, setMessage] = useState<string | null>(null);
  const milestoneName = (id: string) => {
    const milestone = milestones.data?.find((each) => each.id === id);
    return milestone ? localized(milestone.name, i18n.language) : t('records.unknownMilestone');
  };

  const body = () => {
    if (records.isPending) return <p aria-busy="true">{t('records.loading')}</p>;
    if (records.isError) return <ErrorAlert>{errorMessage(records.error)}</ErrorAlert>;
    if (records.data.length === 0) return <p>{t('records.empty')}</p>;
    const bySme = new Map<string, MilestoneRecord[]>();
    for (const record of records.data) bySme.set(record.userId, [...(bySme.get(record.userId) ?? []), record]);
    const waiting = records.data.filter((record) => record.status === 'REPORTED').length;
    return (
      <>
        {waiting > 0 && <p>{t('records.waiting', { count: waiting })}</p>}
        <ul className="card-list card-list--single">
          {[...bySme.values()]
            .sort((a, b) => a[0]!.displayName.localeCompare(b[0]!.displayName))
            .map((list) => (
              <li key={list[0]!.userId} className="card">
                <h3 className="card__title">{list[0]!.displayName}</h3>
                <ul className="record-list">
                  {[...list]
                    .sort((a, b) => a.achievedOn.localeCompare(b.achievedOn))
                    .map((record) => (
                      <RecordItem key={record.id} record={record} milestoneName={milestoneName(record.milestoneId)} onDecided={setMessage} />
                    ))}
                </ul>
              </li>
            ))}
        </ul>
      </>
    );
  };

  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t('records.title')}</h2>
      <SuccessStatus>{message}</SuccessStatus>
      {body()}
      {milestones.isError && <ErrorAlert>{errorMessage(milestones.error)}</ErrorAlert>}
      {milestones.data && milestones.data.length === 0 ? (
        <p className="field__hint">{t('records.noMilestones')}</p>
      ) : (
        <details className="disclosure">
          <summary>{t('records.addTitle')}</summary>
          <RecordForm
            activityId={activityId}
            people={people}
            milestones={milestones.data ?? []}
            onRecorded={(record) => setMessage(t('records.recorded', { name: record.displayName, milestone: milestoneName(record.milestoneId) }))}
          />
        </details>
      )}
    </section>
  );
}
