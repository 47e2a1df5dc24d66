import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { formatInstant } from '@/lib/dates';
import { errorMessage } from '@/lib/error-message';
import { useContactRequests, useReplyToContactRequest } from '../api/get-contact-requests';
import type { ContactRequest } from '../api/send-contact-request';
import { MESSAGE_MAX } from './contact-form';
import { ProblemAlert } from '@/components/ui/problem-alert';
import './directory.css';

type Props = {
  /** Country names by ISO code, in the reader's language. */
  countryName: (code: string) => string;
};

/** What reached her business through the directory, with a reply form each, then what she sent. */
export function ContactRequests({ countryName }: Props) {
  const { t } = useTranslation('directory');
  const received = useContactRequests(false);
  const sent = useContactRequests(true);
  return (
    <>
      <section aria-labelledby="requests-received" className="directory-requests">
        <h2 id="requests-received">{t('requests.received')}</h2>
        {received.isError && <ErrorAlert>{errorMessage(received.error)}</ErrorAlert>}
        {received.isPending && <p aria-busy="true">{t('search.loading')}</p>}
        {received.data?.length === 0 && <p>{t('requests.noneReceived')}</p>}
        {received.data && received.data.length > 0 && (
          <ul className="card-list card-list--single">
            {received.data.map((request) => (
              <ReceivedRequest key={request.id} request={request} countryName={countryName} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="requests-sent" className="section directory-requests">
        <h2 id="requests-sent">{t('requests.sent')}</h2>
        {sent.isError && <ErrorAlert>{errorMessage(sent.error)}</ErrorAlert>}
        {sent.isPending && <p aria-busy="true">{t('search.loading')}</p>}
        {sent.data?.length === 0 && <p>{t('requests.noneSent')}</p>}
        {sent.data && sent.data.length > 0 && (
          <ul className="card-list card-list--single">
            {sent.data.map((request) => (
              <SentRequest key={request.id} request={request} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function ReceivedRequest({ request, countryName }: { request: ContactRequest } & Props) {
  const { t, i18n } = useTranslation('directory');
  const from = request.senderCountryCode
    ? t('requests.fromCountry', { name: request.senderName, country: countryName(request.senderCountryCode) })
    : t('requests.from', { name: request.senderName });
  return (
    <li className="card">
      <h3 className="card__title">{from}</h3>
      <p className="card__email">{t('requests.sentOn', { date: formatInstant(request.createdAt, i18n.language) })}</p>
      <p className="directory-message">{request.message}</p>
      {request.reply ? (
        <div className="directory-reply">
          <h4>{t('requests.yourReply')}</h4>
          <p className="directory-message">{request.reply}</p>
          {request.repliedAt && <p className="card__email">{t('requests.repliedOn', { date: formatInstant(request.repliedAt, i18n.language) })}</p>}
          {request.senderEmail && (
            <p>
              {t('requests.theirEmail')}: <a href={`mailto:${request.senderEmail}`}>{request.senderEmail}</a>
            </p>
          )}
        </div>
      ) : (
        <ReplyForm request={request} title={from} />
      )}
    </li>
  );
}

function ReplyForm({ request, title }: { request: ContactRequest; title: string }) {
  const { t } = useTranslation('directory');
  const reply = useReplyToContactRequest();
  const form = useForm<{ message: string }>({ defaultValues: { message: '' } });
  const id = useId();
  const onSubmit = form.handleSubmit(({ message }) => {
    if (reply.isPending) return;
    reply.mutate({ id: request.id, message: message.trim() });
  });
  return (
    <form noValidate className="form" aria-label={t('requests.replyTo', { name: title })} onSubmit={onSubmit} id={id}>
      <ProblemAlert error={reply.error} />
      <Field label={t('requests.reply')} hint={t('requests.replyHint')} error={form.formState.errors.message?.message}>
        {(control) => (
          <textarea
            rows={3}
            maxLength={MESSAGE_MAX}
            {...control}
            {...form.register('message', { validate: (value) => value.trim() !== '' || 'validation.required' })}
          />
        )}
      </Field>
      <SubmitButton pending={reply.isPending} pendingLabel={t('contact.sending')}>
        {t('requests.sendReply')}
      </SubmitButton>
    </form>
  );
}

function SentRequest({ request }: { request: ContactRequest }) {
  const { t, i18n } = useTranslation('directory');
  return (
    <li className="card">
      <h3 className="card__title">{t('requests.to', { business: request.businessName })}</h3>
      <p className="card__email">{t('requests.sentOn', { date: formatInstant(request.createdAt, i18n.language) })}</p>
      <p className="directory-message">{request.message}</p>
      <div className="directory-reply">
        <h4>{t('requests.theirReply')}</h4>
        <p className="directory-message">{request.reply ?? t('requests.noReply')}</p>
      </div>
    </li>
  );
}
