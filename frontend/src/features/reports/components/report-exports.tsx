import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/alert';
import { errorMessage } from '@/lib/error-message';
import { useDownloadParticipation, type ExportFormat } from '../api/download-participation';
import type { ReportFilters, ReportGroup } from '../api/get-participation';

/** The breakdown as a file, small counts hidden unless the reader keeps the file inside the programme team. */
export function ReportExports({ filters, groupBy, language }: { filters: ReportFilters; groupBy: ReportGroup; language: string }) {
  const { t } = useTranslation('reports');
  const headingId = useId();
  const hintId = useId();
  const [suppressSmall, setSuppressSmall] = useState(true);
  const download = useDownloadParticipation();
  const start = (format: ExportFormat) => {
    if (!download.isPending) download.mutate({ format, filters, groupBy, language, suppressSmall });
  };
  return (
    <div className="report-exports" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('export.heading')}</h3>
      <p id={hintId} className="field__hint">
        {t('export.suppressHint')}
      </p>
      <label className="choice">
        <input type="checkbox" checked={suppressSmall} aria-describedby={hintId} onChange={(event) => setSuppressSmall(event.target.checked)} />
        <span>{t('export.suppress')}</span>
      </label>
      <div className="actions">
        {(['csv', 'xlsx'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button"
            aria-disabled={download.isPending || undefined}
            onClick={() => start(format)}
          >
            {download.isPending && download.variables?.format === format ? t('export.downloading') : t(`export.${format}`)}
          </button>
        ))}
      </div>
      {download.error && <ErrorAlert>{errorMessage(download.error)}</ErrorAlert>}
    </div>
  );
}
