import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { ErrorAlert, SuccessStatus } from '@/components/ui/alert';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { formatInstantRange } from '@/lib/dates';
import { errorMessage } from '@/lib/error-message';
import { applyFieldErrors } from '@/lib/form';
import { localized } from '@/lib/localized';
import { useActivitySurveys, useAskSurvey, useRemoveSurvey, useSetSurveyWindow, type ActivitySurvey, type AskSurveyInput } from '../api/activity-surveys';
import { useSurveyTemplates, type SurveyTemplate } from '../api/templates';


export const formatRate = (rate: number, language: string) => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(rate);

/** A date typed in the form, as the start (or the end) of that day where she is. */
const dayToInstant = (day: string, end = false) => (day === '' ? null : new Date(`${day}T${end ? '23:59:59' : '00:00:00'}`).toISOString());

const askFormSchema = z.object({
  templateId: z.string().check(z.minLength(1, { error: 'validation.required' })),
  monthsAfter: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
});
type AskFormValues = z.infer<typeof askFormSchema>;
const FIELDS = ['templateId', 'monthsAfter', 'opensAt', 'closesAt'] as const;
const empty: AskFormValues = { templateId: '', monthsAfter: '', opensAt: '', closesAt: '' };

function AskSurveyForm({ activityId, templates, onAsked }: { activityId: string; templates: SurveyTemplate[]; onAsked: (survey: ActivitySurvey) => void }) {
  const { t, i18n } = useTranslation('surveys-admin');
  const form = useForm<AskFormValues>({ resolver: zodResolver(askFormSchema), defaultValues: empty });
  const ask = useAskSurvey(activityId);
  const templateId = useWatch({ control: form.control, name: 'templateId' });
  const followUp = templates.find((template) => template.id === templateId)?.kind === 'FOLLOW_UP';
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    if (ask.isPending) return;
    const months = values.monthsAfter.trim();
    if (followUp && !/^\d+$/.test(months)) {
      form.setError('monthsAfter', { type: 'client', message: 'validation.required' }, { shouldFocus: true });
      return;
    }
    const input: AskSurveyInput = {
      templateId: values.templateId,
      monthsAfter: followUp ? Number(months) : null,
      opensAt: dayToInstant(values.opensAt),
      closesAt: dayToInstant(values.closesAt, true),
    };
    ask.mutate(input, {
      onSuccess: (survey) => {
        form.reset(empty);
        onAsked(survey);
      },
      onError: (error) => applyFieldErrors(error, form.setError, FIELDS),
    });
  });

  return (
    <form noValidate className="form" aria-label={t('surveys.askTitle')} onSubmit={onSubmit}>
      <FormError error={ask.error} fields={FIELDS} />
      <SelectField
        label={t('surveys.template')}
        error={errors.templateId?.message}
        registration={form.register('templateId')}
        options={[
          { value: '', label: t('surveys.choose') },
          ...templates.map((template) => ({ value: template.id, label: `${localized(template.title, i18n.language)} (${t(`kinds.${template.kind}`)})` })),
        ]}
      />
      {followUp && (
        <TextField
          label={t('surveys.monthsAfter')}
          hint={t('surveys.monthsAfterHint')}
          type="number"
          inputMode="numeric"
          min={1}
          max={60}
          error={errors.monthsAfter?.message}
          registration={form.register('monthsAfter')}
        />
      )}
      <details className="disclosure">
        <summary>{t('surveys.window')}</summary>
        <p className="field__hint">{t('surveys.windowHint')}</p>
        <div className="builder__row">
          <TextField label={t('surveys.opensOn')} type="date" error={errors.opensAt?.message} registration={form.register('opensAt')} />
          <TextField label={t('surveys.closesOn')} type="date" error={errors.closesAt?.message} registration={form.register('closesAt')} />
        </div>
      </details>
      <SubmitButton pending={ask.isPending} pendingLabel={t('surveys.asking')}>
        {t('surveys.ask')}
      </SubmitButton>
    </form>
  );
}

function SurveyItem({ survey, canManage, onMessage }: { survey: ActivitySurvey; canManage: boolean; onMessage: (message: string) => void }) {
  const { t, i18n } = useTranslation('surveys-admin');
  const language = i18n.language;
  const setWindow = useSetSurveyWindow(survey.activityId);
  const remove = useRemoveSurvey(survey.activityId);
  const title = localized(survey.title, language);
  const error = setWindow.error ?? remove.error;
  return (
    <li className="card">
      <h3 className="card__title">{title}</h3>
      <p>
        <span className="badge badge--info">{t(`kinds.${survey.kind}`)}</span>{' '}
        <span className={survey.open ? 'badge badge--ok' : 'badge badge--muted'}>{survey.open ? t('surveys.open') : t('surveys.closed')}</span>
        {survey.monthsAfter != null && <> · {t('surveys.monthsAfterShort', { count: survey.monthsAfter })}</>}
      </p>
      <p>{t('surveys.windowDates', { range: formatInstantRange(survey.opensAt, survey.closesAt, language) })}</p>
      <p>
        <strong>
          {survey.responseRate == null
            ? t('surveys.responsesNoRate', { responses: survey.responses, eligible: survey.eligible })
            : t('surveys.responses', { responses: survey.responses, eligible: survey.eligible, rate: formatRate(survey.responseRate, language) })}
        </strong>
      </p>
      {error && <ErrorAlert>{errorMessage(error)}</ErrorAlert>}
      {canManage && (
        <div className="actions">
          {survey.open ? (
            <button
              type="button"
              className="button"
              aria-disabled={setWindow.isPending || undefined}
              onClick={() =>
                !setWindow.isPending &&
                setWindow.mutate({ id: survey.id, input: { opensAt: survey.opensAt, closesAt: new Date().toISOString() } }, { onSuccess: () => onMessage(t('surveys.closedMessage', { title })) })
              }
            >
              {t('surveys.closeNow')}
              <span className="visually-hidden">: {title}</span>
            </button>
          ) : (
            <button
              type="button"
              className="button"
              aria-disabled={setWindow.isPending || undefined}
              onClick={() =>
                !setWindow.isPending && setWindow.mutate({ id: survey.id, input: { opensAt: null, closesAt: null } }, { onSuccess: () => onMessage(t('surveys.defaultMessage', { title })) })
              }
            >
              {t('surveys.defaultWindow')}
              <span className="visually-hidden">: {title}</span>
            </button>
          )}
          {survey.responses === 0 && (
            <ConfirmButton
              context={title}
              question={t('surveys.removeQuestion', { title })}
              confirmLabel={t('surveys.removeConfirm')}
              cancelLabel={t('templates.cancel')}
              pending={remove.isPending}
              pendingLabel={t('surveys.removing')}
              onConfirm={() => remove.mutate(survey.id, { onSuccess: () => onMessage(t('surveys.removed', { title })) })}
            >
              {t('surveys.remove')}
            </ConfirmButton>
          )}
        </div>
      )}
    </li>
  );
}

/**
 * The surveys an activity asks its participants: when each is open, how many answered. Managers ask
 * one of the programme's templates, close one early or remove one nobody answered.
 */
export function ActivitySurveys({ activityId, programmeId, canManage = false }: { activityId: string; programmeId: string; canManage?: boolean }) {
  const { t, i18n } = useTranslation('surveys-admin');
  const headingId = useId();
  const surveys = useActivitySurveys(activityId);
  const templates = useSurveyTemplates(programmeId);
  const [message, setMessage] = useState<string | null>(null);

  const body = () => {
    if (surveys.isPending) return <p aria-busy="true">{t('surveys.loading')}</p>;
    if (surveys.isError) return <ErrorAlert>{errorMessage(surveys.error)}</ErrorAlert>;
    if (surveys.data.length === 0) return <p>{t('surveys.empty')}</p>;
    return (
      <ul className="card-list card-list--single">
        {surveys.data.map((survey) => (
          <SurveyItem key={survey.id} survey={survey} canManage={canManage} onMessage={setMessage} />
        ))}
      </ul>
    );
  };

  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t('surveys.heading')}</h2>
      <SuccessStatus>{message}</SuccessStatus>
      {body()}
      {canManage &&
        (templates.isError ? (
          <ErrorAlert>{errorMessage(templates.error)}</ErrorAlert>
        ) : templates.data?.length === 0 ? (
          <p className="field__hint">{t('surveys.noTemplates')}</p>
        ) : (
          <details className="disclosure">
            <summary>{t('surveys.askTitle')}</summary>
            <AskSurveyForm
              activityId={activityId}
              templates={templates.data ?? []}
              onAsked={(survey) => setMessage(t('surveys.asked', { title: localized(survey.title, i18n.language) }))}
            />
          </details>
        ))}
    </section>
  );
}
