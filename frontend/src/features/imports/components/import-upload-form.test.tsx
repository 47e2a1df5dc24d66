import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { anImport } from '@/testing/imports';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { ImportUploadForm } from './import-upload-form';

const csv = (text: string, name = 'participants.csv') => new File([text], name, { type: 'text/csv' });

describe('ImportUploadForm', () => {
  it('sends the file as multipart and hands back the checked import', async () => {
    const fetchMock = mockFetch(() => jsonResponse(anImport(), { status: 201 }));
    const onUploaded = vi.fn();
    renderWithProviders(<ImportUploadForm activityId="a1" onUploaded={onUploaded} />);
    const user = userEvent.setup();

    await user.upload(screen.getByLabelText('File of participants'), csv('email,name\nasha@example.org,Asha Rai\n'));
    await user.click(screen.getByRole('button', { name: 'Check the file' }));

    await vi.waitFor(() => expect(onUploaded).toHaveBeenCalledWith(anImport()));
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/activities/a1/imports');
    expect(init!.method).toBe('POST');
    expect(new Headers(init!.headers).get('Content-Type')).toBeNull();
    const sent = (init!.body as FormData).get('file') as File;
    expect(sent.name).toBe('participants.csv');
    expect(await sent.text()).toContain('asha@example.org');
  });

  it('refuses a file over 1 MB before sending it, with the server’s message, and asks for a file', async () => {
    const fetchMock = mockFetch(() => jsonResponse(anImport()));
    renderWithProviders(<ImportUploadForm activityId="a1" onUploaded={vi.fn()} />);
    const user = userEvent.setup();
    const input = screen.getByLabelText('File of participants');

    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(input).toHaveAccessibleDescription(/This field is required\./);

    await user.upload(input, csv('x'.repeat(1024 * 1024 + 1), 'big.csv'));
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(input).toHaveAccessibleDescription(/What you sent is too large\./);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('puts the server’s refusal of the file next to the file input', async () => {
    mockFetch(() =>
      problemResponse(400, {
        messageKey: 'problem.validation',
        errors: [{ field: 'file', message: 'has no email column: see the template', messageKey: 'import.missing-column' }],
      }),
    );
    renderWithProviders(<ImportUploadForm activityId="a1" onUploaded={vi.fn()} />);
    const user = userEvent.setup();
    const input = screen.getByLabelText('File of participants');

    await user.upload(input, csv('mail,name\n'));
    await user.click(screen.getByRole('button', { name: 'Check the file' }));

    await vi.waitFor(() => expect(input).toHaveAccessibleDescription(/The file lacks a required column \(email or name\)\./));
    expect(input).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Some fields need your attention.');
  });
});
