import * as z from 'zod/mini';
import type { Reads } from './api-contract';

/** Text a manager writes in English and, optionally, in French and Spanish. */
export const localizedTextSchema = z.object({
  en: z.string(),
  fr: z.nullish(z.string()),
  es: z.nullish(z.string()),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;
true satisfies Reads<'LocalizedText', z.output<typeof localizedTextSchema>>;

/** The text in the reader's language, or the English one when that translation is missing. */
export function localized(text: LocalizedText, language: string): string {
  const translated = language === 'fr' ? text.fr : language === 'es' ? text.es : null;
  return translated?.trim() ? translated : text.en;
}
