import type { ReactNode } from 'react';

/** role=alert is read out as soon as it appears; the icon keeps errors recognisable without colour. */
export function ErrorAlert({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <div role="alert" className="alert alert--error">
      <span aria-hidden="true" className="alert__icon">
        ⚠
      </span>
      <div>{children}</div>
    </div>
  );
}

export function SuccessStatus({ children }: { children: ReactNode }) {
  return (
    <div role="status" className={children ? 'alert alert--success' : 'visually-hidden'}>
      {children && (
        <span aria-hidden="true" className="alert__icon">
          ✓
        </span>
      )}
      {children && <div>{children}</div>}
    </div>
  );
}
