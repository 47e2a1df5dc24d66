import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, SuccessStatus } from '@/components/ui/alert';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { errorMessage } from '@/lib/error-message';
import { localized } from '@/lib/localized';
import { useDeleteSurveyTemplate, useSurveyTemplates, type SurveyTemplate } from '../api/templates';
import { TemplateForm, type SurveyIndicatorChoice } from './template-form';

function TemplateItem({ programmeId, template, indicators, onMessage }: { programmeId: string; template: SurveyTemplate; indicators: SurveyIndicatorChoice[]; onMessage: (message: string) => void }) {
  const { t, i18n } = useTranslation('surveys-admin');
  const [editing, setEditing] = useState(false);
  const remove = useDeleteSurveyTemplate(programmeId);
  const title = localized(template.title, i18n.language);
  const mapped = template.questions.filter((question) => question.indicatorId).length;
  return (
    <li className="card">
      <h3 className="card__title">{title}</h3>
      <p>
        <span className="badge badge--info">{t(`kinds.${template.kind}`)}</span> {t('templates.questionCount', { count: template.questions.length })}
        {mapped > 0 && <> · {t('templates.mappedCount', { count: mapped })}</>}
      </p>
      {template.answered && <p className="field__hint">{t('templates.answered')}</p>}
      {remove.isError && <ErrorAlert>{errorMessage(remove.error)}</ErrorAlert>}
      {!template.answered && (
        <div className="actions">
          <button type="button" className="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
            {editing ? t('templates.closeEdit') : t('templates.edit')}
            <span className="visually-hidden">: {title}</span>
          </button>
          <ConfirmButton
            context={title}
            question={t('templates.deleteQuestion', { title })}
            confirmLabel={t('templates.deleteConfirm')}
            cancelLabel={t('templates.cancel')}
            pending={remove.isPending}
            pendingLabel={t('templates.deleting')}
            onConfirm={() => remove.mutate(template.id, { onSuccess: () => onMessage(t('templates.deleted', { title })) })}
          >
            {t('templates.delete')}
          </ConfirmButton>
        </div>
      )}
      {editing && (
        <TemplateForm
          programmeId={programmeId}
          template={template}
          indicators={indicators}
          onSaved={(saved) => {
            setEditing(false);
            onMessage(t('templates.saved', { title: localized(saved.title, i18n.language) }));
          }}
        />
      )}
    </li>
  );
}

/** The programme's survey templates, which activities then ask their participants. */
export function SurveyTemplates({ programmeId, indicators }: { programmeId: string; indicators: SurveyIndicatorChoice[] }) {
  const { t, i18n } = useTranslation('surveys-admin');
  const headingId = useId();
  const templates = useSurveyTemplates(programmeId);
  const [message, setMessage] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t('templates.heading')}</h2>
      <p className="field__hint">{t('templates.intro')}</p>
      <SuccessStatus>{message}</SuccessStatus>
      {templates.isPending ? (
        <p aria-busy="true">{t('templates.loading')}</p>
      ) : templates.isError ? (
        <ErrorAlert>{errorMessage(templates.error)}</ErrorAlert>
      ) : templates.data.length === 0 ? (
        <p>{t('templates.empty')}</p>
      ) : (
        <ul className="card-list card-list--single">
          {templates.data.map((template) => (
            <TemplateItem key={template.id} programmeId={programmeId} template={template} indicators={indicators} onMessage={setMessage} />
          ))}
        </ul>
      )}
      <details className="disclosure" open={adding} onToggle={(event) => setAdding(event.currentTarget.open)}>
        <summary>{t('templates.addTitle')}</summary>
        {adding && (
          <TemplateForm
            programmeId={programmeId}
            indicators={indicators}
            onSaved={(saved) => {
              setAdding(false);
              setMessage(t('templates.created', { title: localized(saved.title, i18n.language) }));
            }}
          />
        )}
      </details>
    </section>
  );
}
