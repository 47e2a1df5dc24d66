import * as z from 'zod/mini';
import { AGGREGATIONS, COUNTRY_GROUPS, DIRECTIONS, MEASURES, SOURCES, TARGET_GENDERS, UNITS, type Indicator, type IndicatorInput, type Unit } from '../api/indicators';

const CODE_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]*$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER_PATTERN = /^-?\d+([.,]\d+)?$/;

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max, { error: 'validation.size' }));
const date = () => z.string().check(z.regex(DATE_PATTERN, { error: 'validation.required' }));

const targetInput = z
  .object({
    from: date(),
    to: date(),
    value: z.string().check(z.trim(), z.regex(NUMBER_PATTERN, { error: 'validation.invalid-value' })),
    gender: z.union([z.literal(''), z.enum(TARGET_GENDERS)]),
    countryGroup: z.union([z.literal(''), z.enum(COUNTRY_GROUPS)]),
  })
  .check(z.refine((target) => target.to >= target.from, { error: 'validation.date-order', path: ['to'] }));

const indicatorInput = z
  .object({
    code: z.string().check(z.trim(), z.minLength(1, { error: 'validation.required' }), z.maxLength(40, { error: 'validation.size' }), z.regex(CODE_PATTERN, { error: 'validation.invalid-value' })),
    name: z.object({ en: text(200).check(z.minLength(1, { error: 'validation.required' })), fr: text(200), es: text(200) }),
    source: z.enum(SOURCES),
    unit: z.enum(UNITS),
    currency: z.string().check(z.trim()),
    direction: z.enum(DIRECTIONS),
    measure: z.union([z.literal(''), z.enum(MEASURES)]),
    aggregation: z.union([z.literal(''), z.enum(AGGREGATIONS)]),
    milestoneId: z.string(),
    baseline: z.string().check(z.trim(), z.refine((value) => value === '' || NUMBER_PATTERN.test(value), { error: 'validation.invalid-value' })),
    cumulative: z.boolean(),
    targets: z.array(targetInput),
  })
  .check(
    z.superRefine((value, context) => {
      const need = (condition: boolean, path: string) => {
        if (!condition) context.issues.push({ code: 'custom', message: 'validation.required', path: [path], input: value });
      };
      if (value.source === 'PARTICIPATION') need(value.measure !== '', 'measure');
      if (value.source === 'SURVEY') need(value.aggregation !== '', 'aggregation');
      if (value.source === 'MILESTONE') need(value.milestoneId !== '', 'milestoneId');
      if (unitOf(value) === 'CURRENCY' && !/^[A-Za-z]{3}$/.test(value.currency)) {
        context.issues.push({ code: 'custom', message: value.currency ? 'validation.invalid-value' : 'validation.required', path: ['currency'], input: value.currency });
      }
    }),
  );

export type IndicatorFormValues = z.input<typeof indicatorInput>;
export type TargetFormValues = IndicatorFormValues['targets'][number];

const number = (value: string) => Number(value.replace(',', '.'));
const orNull = (value: string) => (value === '' ? null : value);

/** The unit follows from what is counted, except for surveys, where the manager says it. */
export function unitOf(values: Pick<IndicatorFormValues, 'source' | 'unit' | 'measure' | 'aggregation'>): Unit {
  if (values.source === 'PARTICIPATION') return values.measure === 'WOMEN_SHARE' ? 'PERCENT' : 'COUNT';
  if (values.source === 'MILESTONE') return 'COUNT';
  if (values.aggregation === 'COUNT_YES') return 'COUNT';
  if (values.aggregation === 'SHARE_YES' && values.unit !== 'YES_NO') return 'PERCENT';
  return values.unit;
}

/** Only the fields of the chosen source go: the server refuses a measure on a survey indicator. */
export const indicatorFormSchema = z.pipe(
  indicatorInput,
  z.transform((values): IndicatorInput => {
    const unit = unitOf(values);
    return {
      code: values.code,
      name: { en: values.name.en, fr: orNull(values.name.fr), es: orNull(values.name.es) },
      unit,
      currency: unit === 'CURRENCY' ? values.currency.toUpperCase() : null,
      direction: values.direction,
      source: values.source,
      measure: values.source === 'PARTICIPATION' && values.measure !== '' ? values.measure : null,
      aggregation: values.source === 'SURVEY' && values.aggregation !== '' ? values.aggregation : null,
      milestoneId: values.source === 'MILESTONE' ? orNull(values.milestoneId) : null,
      baseline: values.baseline === '' ? null : number(values.baseline),
      cumulative: values.cumulative,
      targets: values.targets.map((target) => ({
        from: target.from,
        to: target.to,
        value: number(target.value),
        gender: target.gender === '' ? null : target.gender,
        countryGroup: target.countryGroup === '' ? null : target.countryGroup,
      })),
    };
  }),
);

export const emptyTarget = (): TargetFormValues => ({ from: '', to: '', value: '', gender: '', countryGroup: '' });

export function toIndicatorFormValues(indicator?: Indicator): IndicatorFormValues {
  return {
    code: indicator?.code ?? '',
    name: { en: indicator?.name.en ?? '', fr: indicator?.name.fr ?? '', es: indicator?.name.es ?? '' },
    source: indicator?.source ?? 'PARTICIPATION',
    unit: indicator?.unit ?? 'COUNT',
    currency: indicator?.currency ?? '',
    direction: indicator?.direction ?? 'HIGHER_IS_BETTER',
    measure: indicator?.measure ?? '',
    aggregation: indicator?.aggregation ?? '',
    milestoneId: indicator?.milestoneId ?? '',
    baseline: indicator?.baseline == null ? '' : String(indicator.baseline),
    cumulative: indicator?.cumulative ?? false,
    targets: (indicator?.targets ?? []).map((target) => ({
      from: target.from,
      to: target.to,
      value: String(target.value),
      gender: target.gender ?? '',
      countryGroup: target.countryGroup ?? '',
    })),
  };
}
