import { ErrorAlert } from '@/components/ui/alert';
import { errorMessage } from '@/lib/error-message';
import { ApiError } from '@/lib/problem';

/** Whether an error is the problem with this messageKey, to react to one refusal in particular. */
export const isProblem = (error: unknown, messageKey: string) => error instanceof ApiError && error.messageKey === messageKey;

/** Any error, in words: the translated messageKey, else the server's detail. Nothing when there is none. */
export function ProblemAlert({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <ErrorAlert>
      <p>{errorMessage(error)}</p>
    </ErrorAlert>
  );
}
