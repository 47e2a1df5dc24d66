import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anImportRow } from '@/testing/imports';
import { aPage } from '@/testing/data';
import { jsonResponse, mockFetch } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { ImportProblems } from './import-problems';

describe('ImportProblems', () => {
  it('lists each problem by row and column, translated, with the server’s words below', async () => {
    const fetchMock = mockFetch(() =>
      jsonResponse(
        aPage(
          [
            anImportRow({
              row: 3,
              outcome: 'INVALID',
              errors: [{ row: 3, column: 'country', message: '"XX" is not an ISO 3166 alpha-2 country code', messageKey: 'validation.unknown-country' }],
            }),
            anImportRow({
              row: 5,
              outcome: 'INVALID',
              errors: [
                { row: 5, column: 'email', message: 'repeats the e-mail of row 2', messageKey: 'import.duplicate-email' },
                { row: 5, column: 'gender', message: 'is not a gender: "x"', messageKey: 'import.unknown-gender' },
                { row: 5, column: 'notes', message: 'something new', messageKey: 'import.not-yet-known' },
              ],
            }),
          ],
          { size: 2, total: 5 },
        ),
      ),
    );
    renderWithProviders(<ImportProblems importId="i1" page={1} hrefFor={(page) => `/manage/imports/i1?problems=${page}`} />);

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1).map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['3', 'country', 'Choose a country from the list."XX" is not an ISO 3166 alpha-2 country code'],
      ['5', 'email', 'This e-mail address already appears on an earlier row.repeats the e-mail of row 2'],
      ['5', 'gender', 'Write the gender as FEMALE, MALE, OTHER or UNDISCLOSED (or F, M), or leave it empty.is not a gender: "x"'],
      // A key the SPA does not know yet falls back to the server's message.
      ['5', 'notes', 'something new'],
    ]);
    expect(fetchMock.mock.calls[0][0]).toBe('/api/imports/i1/rows?invalidOnly=true&page=1&size=50');
    const pages = screen.getByRole('navigation', { name: 'Pages of rows with problems' });
    expect(pages).toHaveTextContent('Page 2 of 3');
    expect(within(pages).getByRole('link', { name: 'Next page' })).toHaveAttribute('href', '/manage/imports/i1?problems=2');
  });
});
