import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { ErrorAlert, SuccessStatus } from '@/components/ui/alert';
import { Field, TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { errorMessage } from '@/lib/error-message';
import { applyFieldErrors } from '@/lib/form';
import { localized } from '@/lib/localized';
import { useMilestones, type Milestone } from '../api/milestones';
import {
  useDeleteMilestoneRecord,
  useMilestoneRecords,
  useReportMyMilestone,
  type MilestoneRecord,
  type MyMilestoneInput,
} from '../api/milestone-records';
import { formatDate } from './format';
import './outcomes.css';

/** Today on her own device, as a date input wants it (YYYY-MM-DD). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const EVIDENCE_MAX = 2000;

const reportSchema = z.pipe(
  z.object({
    achievedOn: z
      .string()
      .check(
        z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.required' }),
        z.refine((value) => value <= localToday(), { error: 'outcome.future-date' }),
      ),
    evidence: z.string().check(z.trim(), z.maxLength(EVIDENCE_MAX, { error: 'validation.size' })),
  }),
  z.transform((values) => ({ achievedOn: values.achievedOn, evidence: values.evidence === '' ? null : values.evidence })),
);
type ReportValues = z.input<typeof reportSchema>;
type ReportOutput = z.output<typeof reportSchema>;
const FIELDS = ['achievedOn', 'evidence'] as const;

function ReportForm({ activityId, milestone, name, onReported, onCancel }: { activityId: string; milestone: Milestone; name: string; onReported: () => void; onCancel: () => void }) {
  const { t } = useTranslation('outcomes');
  const today = localToday();
  const form = useForm<ReportValues, unknown, ReportOutput>({ resolver: zodResolver(reportSchema), defaultValues: { achievedOn: today, evidence: '' } });
  const report = useReportMyMilestone(activityId);
  const { errors } = form.formState;
  const firstField = useRef<HTMLInputElement | null>(null);
  const dateRegistration = form.register('achievedOn');

  useEffect(() => firstField.current?.focus(), []);

  const onSubmit = form.handleSubmit((values) => {
    if (report.isPending) return;
    const input: MyMilestoneInput = { milestoneId: milestone.id, achievedOn: values.achievedOn, evidence: values.evidence };
    report.mutate(input, {
      onSuccess: onReported,
      onError: (error) => applyFieldErrors(error, form.setError, FIELDS),
    });
  });

  return (
    <form noValidate className="form my-milestone__form" aria-label={t('mine.formTitle', { milestone: name })} onSubmit={onSubmit}>
      <FormError error={report.error} fields={FIELDS} />
      <TextField
        label={t('mine.achievedOn')}
        type="date"
        max={today}
        required
        error={errors.achievedOn?.message}
        registration={{
          ...dateRegistration,
          ref: (element: HTMLInputElement | null) => {
            dateRegistration.ref(element);
            firstField.current = element;
          },
        }}
      />
      <Field label={t('mine.evidence')} hint={t('mine.evidenceHint')} error={errors.evidence?.message}>
        {(control) => <textarea rows={3} maxLength={EVIDENCE_MAX} {...control} {...form.register('evidence')} />}
      </Field>
      <div className="actions">
        <SubmitButton pending={report.isPending} pendingLabel={t('mine.reporting')}>
          {t('mine.send')}
        </SubmitButton>
        <button type="button" className="button" onClick={onCancel}>
          {t('mine.cancel')}
        </button>
      </div>
    </form>
  );
}

const STATUS = {
  VALIDATED: { badge: 'badge--ok', icon: '✓' },
  REPORTED: { badge: 'badge--warn', icon: '' },
  REJECTED: { badge: 'badge--off', icon: '✕' },
} as const;

function MilestoneItem({
  activityId,
  milestone,
  record,
  open,
  onOpen,
  onClose,
  onMessage,
}: {
  activityId: string;
  milestone: Milestone;
  record: MilestoneRecord | undefined;
  open: boolean;
  onOpen: () => void;
  onClose: () => void;
  onMessage: (message: string) => void;
}) {
  const { t, i18n } = useTranslation('outcomes');
  const language = i18n.language;
  const name = localized(milestone.name, language);
  const nameId = useId();
  const nameRef = useRef<HTMLHeadingElement>(null);
  const withdraw = useDeleteMilestoneRecord();
  const reachedOn = record ? t('mine.reachedOn', { date: formatDate(record.achievedOn, language) }) : null;

  const status = () => {
    if (!record) return <span className="badge badge--muted">{t('mine.statuses.none')}</span>;
    const label =
      record.status === 'VALIDATED' && record.decidedAt
        ? t('mine.statuses.validatedOn', { date: new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(record.decidedAt)) })
        : t(`mine.statuses.${record.status}`);
    return (
      <span className={`badge ${STATUS[record.status].badge}`}>
        {STATUS[record.status].icon && <span aria-hidden="true">{STATUS[record.status].icon} </span>}
        {label}
      </span>
    );
  };

  return (
    <li className="record my-milestone" aria-labelledby={nameId}>
      <h4 id={nameId} ref={nameRef} tabIndex={-1} className="my-milestone__name">
        {name}
      </h4>
      <p>{status()}</p>
      {reachedOn && <p className="field__hint">{reachedOn}</p>}
      {record?.status === 'REJECTED' && <p className="field__hint">{t('mine.rejectedHint')}</p>}
      {record?.evidence && <p className="record__evidence">{record.evidence}</p>}
      {withdraw.isError && <ErrorAlert>{errorMessage(withdraw.error)}</ErrorAlert>}
      {record?.status === 'REPORTED' && (
        <div className="actions">
          <button
            type="button"
            className="button"
            aria-disabled={withdraw.isPending || undefined}
            onClick={() => {
              if (withdraw.isPending) return;
              withdraw.mutate(record.id, {
                onSuccess: () => {
                  onMessage(t('mine.withdrawn', { milestone: name }));
                  nameRef.current?.focus();
                },
              });
            }}
          >
            {withdraw.isPending ? t('mine.withdrawing') : t('mine.withdraw')}
            <span className="visually-hidden">: {name}</span>
          </button>
        </div>
      )}
      {(!record || record.status === 'REJECTED') && !open && (
        <div className="actions">
          <button type="button" className="button button--primary" aria-expanded={false} onClick={onOpen}>
            {record ? t('mine.reportAgain') : t('mine.report')}
            <span className="visually-hidden">: {name}</span>
          </button>
        </div>
      )}
      {(!record || record.status === 'REJECTED') && open && (
        <ReportForm
          activityId={activityId}
          milestone={milestone}
          name={name}
          onCancel={() => {
            onClose();
            nameRef.current?.focus();
          }}
          onReported={() => {
            onClose();
            onMessage(t('mine.reported', { milestone: name }));
            nameRef.current?.focus();
          }}
        />
      )}
    </li>
  );
}

/** The best news first, should a milestone somehow carry more than one record of hers. */
const RANK = { VALIDATED: 0, REPORTED: 1, REJECTED: 2 } as const;

/**
 * Her milestones in an accelerator cohort: the programme's catalogue in order, where she stands
 * with each, and a way to report one she reached. Her report counts once her coach validates it.
 */
export function MyMilestones({ activityId, programmeId }: { activityId: string; programmeId: string }) {
  const { t } = useTranslation('outcomes');
  const headingId = useId();
  const milestones = useMilestones(programmeId);
  const records = useMilestoneRecords(activityId);
  const [openId, setOpenId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const body = () => {
    if (milestones.isPending || records.isPending) return <p aria-busy="true">{t('mine.loading')}</p>;
    if (milestones.isError) return <ErrorAlert>{errorMessage(milestones.error)}</ErrorAlert>;
    if (records.isError) return <ErrorAlert>{errorMessage(records.error)}</ErrorAlert>;
    if (milestones.data.length === 0) return <p>{t('mine.none')}</p>;
    const recordOf = (milestoneId: string) =>
      records.data.filter((record) => record.milestoneId === milestoneId).sort((a, b) => RANK[a.status] - RANK[b.status])[0];
    const ordered = [...milestones.data].sort((a, b) => a.position - b.position || a.code.localeCompare(b.code));
    const validated = ordered.filter((milestone) => recordOf(milestone.id)?.status === 'VALIDATED').length;
    return (
      <>
        <p>{t('mine.intro')}</p>
        <p className="field__hint">{t('mine.progress', { count: validated, total: ordered.length })}</p>
        <ul className="record-list">
          {ordered.map((milestone) => (
            <MilestoneItem
              key={milestone.id}
              activityId={activityId}
              milestone={milestone}
              record={recordOf(milestone.id)}
              open={openId === milestone.id}
              onOpen={() => {
                setMessage(null);
                setOpenId(milestone.id);
              }}
              onClose={() => setOpenId(null)}
              onMessage={setMessage}
            />
          ))}
        </ul>
      </>
    );
  };

  return (
    <section aria-labelledby={headingId} className="my-milestones">
      <h3 id={headingId} className="my-milestones__title">
        {t('mine.title')}
      </h3>
      <SuccessStatus>{message}</SuccessStatus>
      {body()}
    </section>
  );
}

export default MyMilestones;
