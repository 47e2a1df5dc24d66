import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { aPage } from '@/testing/data';
import { anImport, anImportRow } from '@/testing/imports';
import { jsonResponse, mockFetch } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { useImport } from '../api/get-import';
import { ImportProgress } from './import-progress';
import { ImportResult } from './import-result';

/** The import as the page shows it: read by its id, so the polling is the real one. */
function ImportById({ importId }: { importId: string }) {
  const result = useImport(importId);
  if (!result.data) return null;
  return <ImportResult result={result.data} problemsPage={0} rowsPage={0} hrefFor={() => '/'} uploadAgain={<p>Upload again here</p>} />;
}

describe('ImportProgress', () => {
  it('shows the rows written of the valid ones, as a bar and in words', () => {
    renderWithProviders(<ImportProgress processed={120} valid={400} />);

    const bar = screen.getByRole('progressbar', { name: 'Rows written' });
    expect(bar).toHaveAttribute('value', '120');
    expect(bar).toHaveAttribute('max', '400');
    expect(bar).toHaveAttribute('aria-valuetext', '120 of 400 rows');
    expect(screen.getByText('120 of 400 rows', { selector: 'p' })).toBeInTheDocument();
  });
});

describe('ImportResult', () => {
  it('confirms after naming what is written and skipped, polls while running, then tells how it ended', async () => {
    let status: 'CHECKED' | 'RUNNING' | 'DONE' = 'CHECKED';
    let polls = 0;
    const fetchMock = mockFetch(({ url, method }) => {
      if (url === '/api/imports/i1/confirm' && method === 'POST') {
        status = 'RUNNING';
        return jsonResponse(anImport({ status }), { status: 202 });
      }
      if (url === '/api/imports/i1') {
        if (status === 'RUNNING' && ++polls >= 2) status = 'DONE';
        return jsonResponse(anImport({ status, processed: status === 'DONE' ? 4 : 1 }));
      }
      return jsonResponse(aPage([anImportRow({ row: 3, outcome: 'INVALID', errors: [{ row: 3, column: 'country', message: 'XX', messageKey: 'validation.unknown-country' }] })]));
    });
    renderWithProviders(<ImportById importId="i1" />);
    const user = userEvent.setup();

    expect(await screen.findByText('3 new accounts will be created and enrolled')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Confirm the import' }));
    expect(screen.getByText(/^Import 4 rows now\? The rows with problems \(2\) are skipped\./)).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Yes, import' }));

    const bar = await screen.findByRole('progressbar', { name: 'Rows written' });
    expect(bar).toHaveAttribute('aria-valuetext', '0 of 4 rows');
    expect(screen.getByRole('status')).toHaveTextContent('The import has started.');
    await vi.waitFor(() => expect(bar).toHaveAttribute('aria-valuetext', '1 of 4 rows'), { timeout: 2500 });
    expect(await screen.findByText('3 new accounts were created and enrolled', {}, { timeout: 4000 })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('The import is done.');
    expect(screen.getByText('2 rows had problems and were skipped')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(fetchMock.mock.calls.filter(([url]) => url === '/api/imports/i1/confirm')).toHaveLength(1);

    // Once it is over, nobody asks any more.
    const calls = fetchMock.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(fetchMock.mock.calls.length).toBe(calls);
  });

  it('resumes polling an import already running when the page opens, and says a failure wrote nothing', async () => {
    let polls = 0;
    mockFetch(() =>
      jsonResponse(
        ++polls < 2
          ? anImport({ status: 'RUNNING', processed: 2 })
          : anImport({ status: 'FAILED', processed: 2, failure: 'Deadlock found when trying to get lock', finishedAt: '2027-01-05T10:01:00Z' }),
      ),
    );
    renderWithProviders(<ImportById importId="i1" />);

    expect(await screen.findByRole('progressbar')).toHaveAttribute('aria-valuetext', '2 of 4 rows');
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert).toHaveTextContent('The import stopped with this error:');
    expect(alert).toHaveTextContent('Deadlock found when trying to get lock');
    expect(alert).toHaveTextContent('Nothing was written; you can try again.');
    expect(screen.getByText('Upload again here')).toBeInTheDocument();
  });
});
