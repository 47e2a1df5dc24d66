import { useTranslation } from 'react-i18next';
import { IMPORT_COLUMNS, IMPORT_TEMPLATE_URL } from '../api/get-import-template';

/** What the file must look like, and the template to start from. */
export function ImportColumns() {
  const { t } = useTranslation('imports');
  return (
    <section className="section" aria-labelledby="import-columns-heading">
      <h2 id="import-columns-heading">{t('columns.heading')}</h2>
      <p>{t('columns.intro')}</p>
      <dl className="columns-list">
        {IMPORT_COLUMNS.map((column) => (
          <div key={column}>
            <dt>
              <code>{column}</code>
            </dt>
            <dd>{t(`columns.list.${column}`)}</dd>
          </div>
        ))}
      </dl>
      <p className="field__hint">{t('columns.more')}</p>
      <p>
        <a href={IMPORT_TEMPLATE_URL} download="participants-template.csv" className="button">
          {t('columns.template')}
        </a>
      </p>
    </section>
  );
}
