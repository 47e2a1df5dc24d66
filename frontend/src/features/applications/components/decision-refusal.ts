import type { TFunction } from 'i18next';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';

/** Why a bulk decision was refused, in words that say what to do about it. */
export function decisionRefusal(error: unknown, { selected, seatsLeft }: { selected: number; seatsLeft: number }, t: TFunction<'applications'>): string {
  if (error instanceof ApiError) {
    if (error.messageKey === 'application.over-capacity') return t('decide.overCapacity', { count: selected, seatsLeft });
    if (error.messageKey === 'application.not-decidable') return t('decide.notDecidable');
  }
  return errorMessage(error);
}
