import { fieldErrorMessage, errorMessage } from '@/lib/error-message';
import { unplacedFieldErrors } from '@/lib/form';
import { ErrorAlert } from './alert';

/** The general message of a failed submission, plus any field error no input could show. */
export function FormError({ error, fields, aliases }: { error: unknown; fields: readonly string[]; aliases?: Record<string, string> }) {
  if (!error) return null;
  const unplaced = unplacedFieldErrors(error, fields, aliases);
  return (
    <ErrorAlert>
      <p>{errorMessage(error)}</p>
      {unplaced.length > 0 && (
        <ul>
          {unplaced.map((fieldError, index) => (
            <li key={index}>
              {fieldError.field}: {fieldErrorMessage(fieldError)}
            </li>
          ))}
        </ul>
      )}
    </ErrorAlert>
  );
}
