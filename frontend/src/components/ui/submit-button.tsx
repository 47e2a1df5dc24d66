import type { ReactNode } from 'react';

/** Stays focusable while busy (aria-disabled) so keyboard users do not lose their place. */
export function SubmitButton({ pending, children, pendingLabel }: { pending: boolean; children: ReactNode; pendingLabel: ReactNode }) {
  return (
    <button
      type="submit"
      className="button button--primary"
      aria-disabled={pending || undefined}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
