import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm, useWatch, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { ApiError } from '@/lib/api-client';
import { translateMessageKey } from '@/lib/error-message';
import { localized } from '@/lib/localized';
import { AGGREGATIONS, COUNTRY_GROUPS, DIRECTIONS, MEASURES, SOURCES, TARGET_GENDERS, UNITS, useSaveIndicator, type Indicator, type IndicatorInput } from '../api/indicators';
import { useMilestones } from '../api/milestones';
import { emptyTarget, indicatorFormSchema, toIndicatorFormValues, unitOf, type IndicatorFormValues } from './indicator-schema';

/** The fields the form shows; a server error on another one is listed in the alert. */
const FIELDS = ['code', 'name', 'name.en', 'name.fr', 'name.es', 'source', 'unit', 'currency', 'direction', 'measure', 'aggregation', 'milestoneId', 'baseline', 'cumulative', 'targets'] as const;
const TARGET_FIELDS = ['from', 'to', 'value', 'gender', 'countryGroup'];

/** "targets[0].to" as the form names it, "name" as its English input; null when no input shows it. */
function formPath(field: string): Path<IndicatorFormValues> | null {
  if (field === 'name') return 'name.en';
  const path = field.replace(/\[(\d+)\]/g, '.$1');
  if ((FIELDS as readonly string[]).includes(path) && path !== 'name' && path !== 'targets') return path as Path<IndicatorFormValues>;
  const target = /^targets\.(\d+)\.(\w+)$/.exec(path);
  if (target && TARGET_FIELDS.includes(target[2]!)) return path as Path<IndicatorFormValues>;
  return null;
}

/**
 * Adds an indicator to the programme, or changes one: what it counts (participation, survey
 * answers or milestones reached), its unit, baseline and targets. Only the fields of its source show.
 */
export function IndicatorForm({ programmeId, indicator, onSaved }: { programmeId: string; indicator?: Indicator; onSaved?: (indicator: Indicator) => void }) {
  const { t, i18n } = useTranslation('outcomes');
  const form = useForm<IndicatorFormValues, unknown, IndicatorInput>({ resolver: zodResolver(indicatorFormSchema), defaultValues: toIndicatorFormValues(indicator) });
  const targets = useFieldArray({ control: form.control, name: 'targets' });
  const save = useSaveIndicator(programmeId, indicator?.id);
  const milestones = useMilestones(programmeId);
  const [source, unit, measure, aggregation] = useWatch({ control: form.control, name: ['source', 'unit', 'measure', 'aggregation'] });
  const effectiveUnit = unitOf({ source, unit, measure, aggregation });
  const { errors } = form.formState;
  const register = form.register;
  const idPrefix = indicator?.id ?? 'new';

  const onSubmit = form.handleSubmit((values) => {
    if (save.isPending) return;
    save.mutate(values, {
      onSuccess: (saved) => {
        if (!indicator) form.reset(toIndicatorFormValues());
        onSaved?.(saved);
      },
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        let first = true;
        for (const fieldError of error.fieldErrors) {
          const path = formPath(fieldError.field);
          if (!path) continue;
          const message = translateMessageKey(fieldError.messageKey) ? fieldError.messageKey! : (fieldError.message ?? 'validation.invalid-value');
          form.setError(path, { type: 'server', message }, { shouldFocus: first });
          first = false;
        }
      },
    });
  });

  const option = (group: string) => (value: string) => ({ value, label: t(`${group}.${value}` as never) as string });

  return (
    <form noValidate className="form indicator-form" aria-label={indicator ? t('indicator.editTitle', { code: indicator.code }) : t('indicator.addTitle')} onSubmit={onSubmit}>
      <FormError error={save.error} fields={FIELDS} />
      <TextField
        label={t('indicator.code')}
        hint={t('indicator.codeHint')}
        autoCapitalize="none"
        spellCheck={false}
        autoComplete="off"
        error={errors.code?.message}
        registration={register('code')}
      />
      <fieldset className="group">
        <legend>{t('indicator.name')}</legend>
        <TextField label={t('indicator.nameEn')} error={errors.name?.en?.message} registration={register('name.en')} />
        <TextField label={t('indicator.nameFr')} lang="fr" error={errors.name?.fr?.message} registration={register('name.fr')} />
        <TextField label={t('indicator.nameEs')} lang="es" error={errors.name?.es?.message} registration={register('name.es')} />
      </fieldset>
      <SelectField label={t('indicator.source')} hint={t(`sourceHints.${source}`)} error={errors.source?.message} registration={register('source')} options={SOURCES.map(option('sources'))} />
      {source === 'PARTICIPATION' && (
        <SelectField
          label={t('indicator.measure')}
          error={errors.measure?.message}
          registration={register('measure')}
          options={[{ value: '', label: t('indicator.choose') }, ...MEASURES.map(option('measures'))]}
        />
      )}
      {source === 'SURVEY' && (
        <SelectField
          label={t('indicator.aggregation')}
          hint={t('indicator.aggregationHint')}
          error={errors.aggregation?.message}
          registration={register('aggregation')}
          options={[{ value: '', label: t('indicator.choose') }, ...AGGREGATIONS.map(option('aggregations'))]}
        />
      )}
      {source === 'MILESTONE' && (
        <SelectField
          label={t('indicator.milestone')}
          hint={milestones.data?.length === 0 ? t('indicator.noMilestones') : undefined}
          error={errors.milestoneId?.message}
          registration={register('milestoneId')}
          options={[
            { value: '', label: t('indicator.choose') },
            ...(milestones.data ?? []).map((milestone) => ({ value: milestone.id, label: `${milestone.code} · ${localized(milestone.name, i18n.language)}` })),
          ]}
        />
      )}
      {source === 'SURVEY' && aggregation !== 'COUNT_YES' ? (
        <SelectField
          label={t('indicator.unit')}
          error={errors.unit?.message}
          registration={register('unit')}
          options={(aggregation === 'SHARE_YES' ? (['PERCENT', 'YES_NO'] as const) : UNITS).map(option('units'))}
        />
      ) : (
        <p className="field__hint">
          {t('indicator.unitIs', { unit: t(`units.${effectiveUnit}`) })}
          {errors.unit?.message && <span className="field__error"> {translateMessageKey(errors.unit.message) ?? errors.unit.message}</span>}
        </p>
      )}
      {effectiveUnit === 'CURRENCY' && (
        <TextField
          label={t('indicator.currency')}
          hint={t('indicator.currencyHint')}
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={3}
          error={errors.currency?.message}
          registration={register('currency')}
        />
      )}
      <SelectField label={t('indicator.direction')} error={errors.direction?.message} registration={register('direction')} options={DIRECTIONS.map(option('directions'))} />
      <TextField
        label={t('indicator.baseline')}
        hint={t('indicator.baselineHint')}
        inputMode="decimal"
        error={errors.baseline?.message}
        registration={register('baseline')}
      />
      <label className="choice">
        <input type="checkbox" aria-describedby={`cumulative-hint-${idPrefix}`} {...register('cumulative')} />
        <span>{t('indicator.cumulative')}</span>
      </label>
      <p id={`cumulative-hint-${idPrefix}`} className="field__hint">
        {t('indicator.cumulativeHint')}
      </p>
      <fieldset className="group">
        <legend>{t('targets.title')}</legend>
        {targets.fields.length === 0 && <p className="field__hint">{t('targets.none')}</p>}
        {targets.fields.map((field, index) => {
          const targetErrors = errors.targets?.[index];
          const n = index + 1;
          return (
            <fieldset key={field.id} className="group target-editor">
              <legend>{t('targets.target', { n })}</legend>
              <div className="builder__row">
                <TextField label={t('targets.from')} type="date" error={targetErrors?.from?.message} registration={register(`targets.${index}.from`)} />
                <TextField label={t('targets.to')} type="date" error={targetErrors?.to?.message} registration={register(`targets.${index}.to`)} />
              </div>
              <TextField label={t('targets.value')} inputMode="decimal" error={targetErrors?.value?.message} registration={register(`targets.${index}.value`)} />
              <div className="builder__row">
                <SelectField
                  label={t('targets.gender')}
                  error={targetErrors?.gender?.message}
                  registration={register(`targets.${index}.gender`)}
                  options={[{ value: '', label: t('targets.everyone') }, ...TARGET_GENDERS.map(option('targets.genders'))]}
                />
                <SelectField
                  label={t('targets.countryGroup')}
                  error={targetErrors?.countryGroup?.message}
                  registration={register(`targets.${index}.countryGroup`)}
                  options={[{ value: '', label: t('targets.allCountries') }, ...COUNTRY_GROUPS.map(option('targets.groups'))]}
                />
              </div>
              <button type="button" className="button" onClick={() => targets.remove(index)}>
                {t('targets.remove', { n })}
              </button>
            </fieldset>
          );
        })}
        <button type="button" className="button" onClick={() => targets.append(emptyTarget())}>
          {t('targets.add')}
        </button>
      </fieldset>
      <SubmitButton pending={save.isPending} pendingLabel={t('indicator.saving')}>
        {indicator ? t('indicator.save') : t('indicator.add')}
      </SubmitButton>
    </form>
  );
}
