import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SuccessStatus } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useSendContactRequest } from '../api/send-contact-request';
import { ProblemAlert } from '@/components/ui/problem-alert';

export const MESSAGE_MAX = 2000;

/** "Get in touch": a button that opens a short message form; the business is e-mailed without her address. */
export function ContactForm({ businessId, businessName }: { businessId: string; businessName: string }) {
  const { t } = useTranslation('directory');
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const send = useSendContactRequest();
  const form = useForm<{ message: string }>({ defaultValues: { message: '' } });
  const textareaRef = useRef<HTMLTextAreaElement | null>(null);
  const formId = useId();
  const registration = form.register('message', {
    required: 'validation.required',
    maxLength: { value: MESSAGE_MAX, message: 'validation.size' },
    validate: (value) => value.trim() !== '' || 'validation.required',
  });

  useEffect(() => {
    if (open) textareaRef.current?.focus();
  }, [open]);

  if (sent) return <SuccessStatus>{t('contact.sent')}</SuccessStatus>;
  if (!open) {
    return (
      <div className="actions">
        <button type="button" className="button" aria-expanded="false" aria-controls={formId} onClick={() => setOpen(true)}>
          {t('entry.getInTouch')}
          <span className="visually-hidden">: {businessName}</span>
        </button>
      </div>
    );
  }

  const onSubmit = form.handleSubmit(({ message }) => {
    if (send.isPending) return;
    send.mutate({ businessId, message: message.trim() }, { onSuccess: () => setSent(true) });
  });

  return (
    <form id={formId} noValidate className="form directory-contact" aria-label={t('entry.getInTouchWith', { name: businessName })} onSubmit={onSubmit}>
      <ProblemAlert error={send.error} />
      <Field label={t('contact.message')} hint={t('contact.messageHint')} error={form.formState.errors.message?.message}>
        {(control) => (
          <textarea
            rows={4}
            maxLength={MESSAGE_MAX}
            {...control}
            {...registration}
            ref={(element) => {
              registration.ref(element);
              textareaRef.current = element;
            }}
          />
        )}
      </Field>
      <div className="actions">
        <SubmitButton pending={send.isPending} pendingLabel={t('contact.sending')}>
          {t('contact.send')}
        </SubmitButton>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t('contact.cancel')}
        </button>
      </div>
    </form>
  );
}
