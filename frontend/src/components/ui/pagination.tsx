import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** Previous and next as links, so every page of results has its own address. Nothing when one page holds all. */
export function Pagination({ page, pages, hrefFor, label }: { page: number; pages: number; hrefFor: (page: number) => string; label: string }) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="pagination">
      {page > 0 ? (
        <Link to={hrefFor(page - 1)} className="button" rel="prev">
          {t('pagination.previous')}
        </Link>
      ) : (
        <span />
      )}
      <span>{t('pagination.pageOf', { page: Math.min(page, pages - 1) + 1, pages })}</span>
      {page + 1 < pages ? (
        <Link to={hrefFor(page + 1)} className="button" rel="next">
          {t('pagination.next')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
