import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  /** 0-based place among its siblings. */
  index: number;
  count: number;
  /** Read by screen readers after the label: what moves. */
  title: string;
  pending: boolean;
  /** The new 1-based position. */
  onMove: (position: number) => void;
};

/**
 * "Move up" and "Move down" for a module or a lesson; disabled at the ends. After a move the
 * item is elsewhere on the page, so focus follows it (onto the other button at an end).
 */
export function MoveButtons({ index, count, title, pending, onMove }: Props) {
  const { t } = useTranslation('course');
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const moved = useRef<{ direction: 'up' | 'down'; from: number } | null>(null);
  const first = index === 0;
  const last = index >= count - 1;

  useEffect(() => {
    if (!moved.current) return;
    if (index !== moved.current.from) {
      const [wanted, other] = moved.current.direction === 'up' ? [upRef, downRef] : [downRef, upRef];
      moved.current = null;
      (wanted.current && !wanted.current.disabled ? wanted.current : other.current)?.focus();
    } else if (!pending) {
      // The move failed or changed nothing: a later reordering by someone else must not take focus.
      moved.current = null;
    }
  }, [index, pending]);

  const move = (direction: 'up' | 'down') => {
    if (pending) return;
    moved.current = { direction, from: index };
    onMove(direction === 'up' ? index : index + 2);
  };

  return (
    <>
      <button
        ref={upRef}
        type="button"
        className="button"
        disabled={first}
        aria-disabled={(!first && pending) || undefined}
        onClick={() => move('up')}
      >
        <span aria-hidden="true">↑ </span>
        {t('editor.moveUp')}
        <span className="visually-hidden">: {title}</span>
      </button>
      <button
        ref={downRef}
        type="button"
        className="button"
        disabled={last}
        aria-disabled={(!last && pending) || undefined}
        onClick={() => move('down')}
      >
        <span aria-hidden="true">↓ </span>
        {t('editor.moveDown')}
        <span className="visually-hidden">: {title}</span>
      </button>
    </>
  );
}
