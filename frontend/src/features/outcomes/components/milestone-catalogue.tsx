import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { ErrorAlert, SuccessStatus } from '@/components/ui/alert';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { errorMessage } from '@/lib/error-message';
import { applyFieldErrors } from '@/lib/form';
import { localized } from '@/lib/localized';
import { useDeleteMilestone, useMilestones, useSaveMilestone, type Milestone, type MilestoneInput } from '../api/milestones';
import './outcomes.css';

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max, { error: 'validation.size' }));
const orNull = (value: string) => (value === '' ? null : value);

const milestoneFormSchema = z.pipe(
  z.object({
    code: text(40).check(z.minLength(1, { error: 'validation.required' }), z.regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, { error: 'validation.invalid-value' })),
    name: z.object({ en: text(200).check(z.minLength(1, { error: 'validation.required' })), fr: text(200), es: text(200) }),
  }),
  z.transform((values): MilestoneInput => ({ code: values.code, name: { en: values.name.en, fr: orNull(values.name.fr), es: orNull(values.name.es) } })),
);
type MilestoneFormValues = z.input<typeof milestoneFormSchema>;
const FIELDS = ['code', 'name.en', 'name.fr', 'name.es'] as const;

const valuesOf = (milestone?: Milestone): MilestoneFormValues => ({
  code: milestone?.code ?? '',
  name: { en: milestone?.name.en ?? '', fr: milestone?.name.fr ?? '', es: milestone?.name.es ?? '' },
});

function MilestoneForm({ programmeId, milestone, onSaved }: { programmeId: string; milestone?: Milestone; onSaved: (milestone: Milestone) => void }) {
  const { t } = useTranslation('outcomes');
  const form = useForm<MilestoneFormValues, unknown, MilestoneInput>({ resolver: zodResolver(milestoneFormSchema), defaultValues: valuesOf(milestone) });
  const save = useSaveMilestone(programmeId, milestone?.id);
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) => {
    if (save.isPending) return;
    save.mutate(milestone ? { ...values, position: milestone.position } : values, {
      onSuccess: (saved) => {
        form.reset(valuesOf(milestone ? saved : undefined));
        onSaved(saved);
      },
      onError: (error) => applyFieldErrors(error, form.setError, FIELDS, { name: 'name.en' }),
    });
  });
  return (
    <form noValidate className="form" aria-label={milestone ? t('milestones.renameTitle', { code: milestone.code }) : t('milestones.addTitle')} onSubmit={onSubmit}>
      <FormError error={save.error} fields={FIELDS} aliases={{ name: 'name.en' }} />
      <TextField label={t('milestones.code')} hint={t('indicator.codeHint')} autoCapitalize="none" spellCheck={false} autoComplete="off" error={errors.code?.message} registration={form.register('code')} />
      <TextField label={t('milestones.nameEn')} error={errors.name?.en?.message} registration={form.register('name.en')} />
      <TextField label={t('milestones.nameFr')} lang="fr" error={errors.name?.fr?.message} registration={form.register('name.fr')} />
      <TextField label={t('milestones.nameEs')} lang="es" error={errors.name?.es?.message} registration={form.register('name.es')} />
      <SubmitButton pending={save.isPending} pendingLabel={t('milestones.saving')}>
        {milestone ? t('milestones.save') : t('milestones.add')}
      </SubmitButton>
    </form>
  );
}

function MilestoneItem({ programmeId, milestone, onMessage }: { programmeId: string; milestone: Milestone; onMessage: (message: string) => void }) {
  const { t, i18n } = useTranslation('outcomes');
  const [editing, setEditing] = useState(false);
  const remove = useDeleteMilestone(programmeId);
  const name = localized(milestone.name, i18n.language);
  return (
    <li className="card">
      <p className="card__title">
        <strong>{name}</strong> <code>{milestone.code}</code>
      </p>
      {remove.isError && <ErrorAlert>{errorMessage(remove.error)}</ErrorAlert>}
      <div className="actions">
        <button type="button" className="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {editing ? t('indicator.closeEdit') : t('milestones.rename')}
          <span className="visually-hidden">: {name}</span>
        </button>
        <ConfirmButton
          context={name}
          question={t('milestones.deleteQuestion', { name })}
          confirmLabel={t('milestones.deleteConfirm')}
          cancelLabel={t('indicator.cancel')}
          pending={remove.isPending}
          pendingLabel={t('indicator.deleting')}
          onConfirm={() => remove.mutate(milestone.id, { onSuccess: () => onMessage(t('milestones.deleted', { name })) })}
        >
          {t('milestones.delete')}
        </ConfirmButton>
      </div>
      {editing && (
        <MilestoneForm
          programmeId={programmeId}
          milestone={milestone}
          onSaved={(saved) => {
            setEditing(false);
            onMessage(t('milestones.saved', { name: localized(saved.name, i18n.language) }));
          }}
        />
      )}
    </li>
  );
}

/** The steps an accelerator's SMEs reach (first sale online, export...), which milestone indicators count. */
export function MilestoneCatalogue({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation('outcomes');
  const headingId = useId();
  const milestones = useMilestones(programmeId);
  const [message, setMessage] = useState<string | null>(null);

  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t('milestones.title')}</h2>
      <p className="field__hint">{t('milestones.intro')}</p>
      <SuccessStatus>{message}</SuccessStatus>
      {milestones.isPending ? (
        <p aria-busy="true">{t('milestones.loading')}</p>
      ) : milestones.isError ? (
        <ErrorAlert>{errorMessage(milestones.error)}</ErrorAlert>
      ) : milestones.data.length === 0 ? (
        <p>{t('milestones.empty')}</p>
      ) : (
        <ul className="card-list">
          {[...milestones.data]
            .sort((a, b) => a.position - b.position)
            .map((milestone) => (
              <MilestoneItem key={milestone.id} programmeId={programmeId} milestone={milestone} onMessage={setMessage} />
            ))}
        </ul>
      )}
      <details className="disclosure">
        <summary>{t('milestones.addTitle')}</summary>
        <MilestoneForm programmeId={programmeId} onSaved={(saved) => setMessage(t('milestones.added', { name: localized(saved.name, i18n.language) }))} />
      </details>
    </section>
  );
}
