import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

let firstPageShown = false;

/**
 * A page's heading and document title. After client-side navigation the heading takes focus, so a
 * screen reader announces the new page and keyboard users start from its top.
 */
export function Page({ title, children, intro }: { title: string; children: ReactNode; intro?: ReactNode }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);

  useEffect(() => {
    if (firstPageShown) heading.current?.focus();
    firstPageShown = true;
  }, []);

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {intro && <p className="lead">{intro}</p>}
      {children}
    </>
  );
}
