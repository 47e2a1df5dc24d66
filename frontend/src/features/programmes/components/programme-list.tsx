import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/alert';
import { Pagination } from '@/components/ui/pagination';
import { formatPlainDateRange } from '@/lib/dates';
import { errorMessage } from '@/lib/error-message';
import { useProgrammes } from '../api/get-programmes';
import type { Programme } from '../api/get-programmes';

type Props = {
  page: number;
  hrefFor: (page: number) => string;
  /** What the app shows under each programme: its activities and a link to add one. */
  renderExtra: (programme: Programme) => ReactNode;
};

export function ProgrammeList({ page, hrefFor, renderExtra }: Props) {
  const { t, i18n } = useTranslation('manage');
  const programmes = useProgrammes(page);
  if (programmes.isPending)
    return (
      <p aria-busy="true" className="loading">
        {t('programmes.loading')}
      </p>
    );
  if (programmes.isError) return <ErrorAlert>{errorMessage(programmes.error)}</ErrorAlert>;
  const { items, total, size } = programmes.data;
  if (items.length === 0) return <p>{t('programmes.empty')}</p>;
  return (
    <section aria-labelledby="programmes-heading">
      <h2 id="programmes-heading">{t('programmes.heading', { total })}</h2>
      <ul className="card-list card-list--single">
        {items.map((programme) => (
          <li key={programme.id} className="card">
            <h3 className="card__title">{programme.name}</h3>
            <p className="card__facts">
              {formatPlainDateRange(programme.startDate, programme.endDate, i18n.language)}
              {programme.leadOrganisation && ` · ${programme.leadOrganisation}`}
            </p>
            {programme.description && <p>{programme.description}</p>}
            {renderExtra(programme)}
          </li>
        ))}
      </ul>
      <Pagination page={page} pages={Math.ceil(total / size)} hrefFor={hrefFor} label={t('programmes.pagination')} />
    </section>
  );
}
