import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { fieldErrorMessage } from '@/lib/error-message';

type FieldProps = {
  label: ReactNode;
  hint?: ReactNode;
  /** A messageKey (client-side zod or server) or an already readable message. */
  error?: string;
  children: (control: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
  className?: string;
};

/** Label, hint and error wired to one control, so screen readers read them with it. */
export function Field({ label, hint, error, children, className }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].join(' ').trim()}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {error && <FieldErrorText id={errorId!} error={error} />}
    </div>
  );
}

export function FieldErrorText({ id, error }: { id?: string; error: string }) {
  return (
    <p id={id} className="field__error">
      <span aria-hidden="true">⚠ </span>
      {fieldErrorMessage({ messageKey: error, message: error })}
    </p>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
};

export function TextField({ label, hint, error, registration, type = 'text', ...rest }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <input type={type} {...rest} {...control} {...registration} />}
    </Field>
  );
}

/** An e-mail input phones open with the right keyboard, without capitals or spelling fixes. */
export function EmailField(props: Omit<TextFieldProps, 'type'>) {
  return <TextField type="email" inputMode="email" autoCapitalize="none" spellCheck={false} {...props} />;
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
  options: { value: string; label: string; lang?: string }[];
};

export function SelectField({ label, hint, error, registration, options, ...rest }: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <select {...rest} {...control} {...registration}>
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

type CheckboxGroupProps = {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
  options: { value: string; label: string }[];
};

/** Several boxes for one array-valued field, grouped under a legend. */
export function CheckboxGroup({ legend, hint, error, registration, options }: CheckboxGroupProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={error ? 'field field--invalid' : 'field'} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <div className="choices">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input type="checkbox" value={option.value} aria-invalid={error ? true : undefined} {...registration} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error && <FieldErrorText id={`${id}-error`} error={error} />}
    </fieldset>
  );
}

type RadioGroupProps = {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
  options: { value: string; label: string }[];
  /** Options side by side (a 1..5 score) rather than one a line. */
  inline?: boolean;
};

/** One choice among a few, all visible at once, grouped under a legend. */
export function RadioGroup({ legend, hint, error, registration, options, inline }: RadioGroupProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={error ? 'field field--invalid' : 'field'} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <div className={inline ? 'choices choices--inline' : 'choices'}>
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input type="radio" value={option.value} aria-invalid={error ? true : undefined} {...registration} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error && <FieldErrorText id={`${id}-error`} error={error} />}
    </fieldset>
  );
}
