import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

type Props = {
  /** What the first button says ("Withdraw"). */
  children: ReactNode;
  /** Read by screen readers after the label, e.g. the activity concerned. */
  context?: string;
  question: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel: ReactNode;
  pending: boolean;
  pendingLabel: ReactNode;
  onConfirm: () => void;
};

/**
 * An action that cannot be undone asks first, in the page rather than in a browser dialog: the
 * question takes focus so it is read out, and "cancel" gives focus back to where she was.
 */
export function ConfirmButton({ children, context, question, confirmLabel, cancelLabel, pending, pendingLabel, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const questionId = useId();
  const questionRef = useRef<HTMLParagraphElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [asking]);

  if (!asking) {
    return (
      <button ref={triggerRef} type="button" className="button" onClick={() => setAsking(true)}>
        {children}
        {context && <span className="visually-hidden">: {context}</span>}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby={questionId} className="confirm">
      <p id={questionId} ref={questionRef} tabIndex={-1} className="confirm__question">
        {question}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button button--danger"
          aria-disabled={pending || undefined}
          onClick={() => {
            if (!pending) onConfirm();
          }}
        >
          {pending ? pendingLabel : confirmLabel}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            returnFocus.current = true;
            setAsking(false);
          }}
        >
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
