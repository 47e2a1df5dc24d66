import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anImport } from '@/testing/imports';
import { renderWithProviders } from '@/testing/render';
import { ImportSummary } from './import-summary';

const sentences = () => within(screen.getByRole('list', { name: 'What happens to the rows' })).getAllByRole('listitem').map((item) => item.textContent?.trim());

describe('ImportSummary', () => {
  it('says in plain words what the dry run found, leaving out what no row does', () => {
    renderWithProviders(
      <ImportSummary
        tense="future"
        result={anImport({
          outcomes: { NEW_ACCOUNT_ENROLLED: 3, NEW_ACCOUNT_WAITLISTED: 1, EXISTING_ACCOUNT_ENROLLED: 0, ALREADY_ENROLLED: 2, INVALID: 2 },
          encoding: 'Windows-1252',
          ignoredColumns: ['notes', 'phone'],
        })}
      />,
    );

    expect(sentences()).toEqual([
      '✓ 3 new accounts will be created and enrolled',
      '✓ 1 person will get a new account and join the waitlist',
      '✓ 2 people are already in this activity (or on its waitlist) and will be left as is',
      '⚠ 2 rows have problems and will be skipped',
    ]);
    expect(screen.getByLabelText('About the file')).toHaveTextContent('Encoding detectedWindows-1252');
    expect(screen.getByText(/These columns are not used and are ignored:/)).toHaveTextContent('notes, phone');
  });

  it('uses the singular and the past tense once the import is done', () => {
    renderWithProviders(
      <ImportSummary tense="past" result={anImport({ status: 'DONE', outcomes: { EXISTING_ACCOUNT_ENROLLED: 1, EXISTING_ACCOUNT_WAITLISTED: 1, INVALID: 1 } })} />,
    );

    expect(sentences()).toEqual([
      '✓ 1 person who already had an account was enrolled',
      '✓ 1 person who already had an account joined the waitlist',
      '⚠ 1 row had problems and was skipped',
    ]);
    expect(screen.queryByText(/not used/)).not.toBeInTheDocument();
  });

  it('says so when the file holds no participant', () => {
    renderWithProviders(<ImportSummary tense="future" result={anImport({ rows: 0, valid: 0, invalid: 0, outcomes: {} })} />);

    expect(screen.getByText('The file has no rows of participants.')).toBeInTheDocument();
  });
});
