import type { Import } from '@/features/imports/api/get-import';
import type { ImportRow } from '@/features/imports/api/get-import-rows';

// Imports as the API sends them; each test states what it relies on through overrides.

export function anImport(overrides: Partial<Import> = {}): Import {
  return {
    id: 'i1',
    activityId: 'a1',
    fileName: 'participants.csv',
    encoding: 'UTF-8',
    status: 'CHECKED',
    rows: 6,
    valid: 4,
    invalid: 2,
    processed: 0,
    outcomes: { NEW_ACCOUNT_ENROLLED: 3, EXISTING_ACCOUNT_WAITLISTED: 1, INVALID: 2 },
    ignoredColumns: [],
    failure: null,
    createdAt: '2027-01-05T10:00:00Z',
    finishedAt: null,
    ...overrides,
  };
}

export function anImportRow(overrides: Partial<ImportRow> = {}): ImportRow {
  return {
    row: 2,
    email: 'asha@example.org',
    name: 'Asha Rai',
    countryCode: 'NP',
    gender: 'FEMALE',
    outcome: 'NEW_ACCOUNT_ENROLLED',
    errors: [],
    ...overrides,
  };
}
