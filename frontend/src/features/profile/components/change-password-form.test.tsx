import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { ChangePasswordForm } from './change-password-form';

async function fillAndSubmit(current: string, next: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Current password'), current);
  await user.type(screen.getByLabelText('New password'), next);
  await user.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('ChangePasswordForm', () => {
  it('sends both passwords, confirms the change and clears the fields', async () => {
    const fetchMock = mockFetch(() => new Response(null, { status: 204 }));
    renderWithProviders(<ChangePasswordForm email="amina@example.org" />);

    await fillAndSubmit('old secret words', 'new secret words');

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Your password has been changed. You are still signed in here; other devices have been signed out.',
    );
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0][0]).toBe('/api/me/password');
    expect(fetchMock.mock.calls[0][1]!.method).toBe('PUT');
    expect(JSON.parse(fetchMock.mock.calls[0][1]!.body as string)).toEqual({ currentPassword: 'old secret words', newPassword: 'new secret words' });
    expect(screen.getByLabelText('Current password')).toHaveValue('');
    expect(screen.getByLabelText('New password')).toHaveValue('');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    // Submitting the now empty form again replaces the confirmation with what is missing.
    await userEvent.setup().click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('This field is required.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('says next to the current password that it is wrong, and keeps what she typed', async () => {
    mockFetch(() =>
      problemResponse(400, {
        messageKey: 'problem.validation',
        errors: [{ field: 'currentPassword', messageKey: 'validation.current-password-wrong', message: 'is not your current password' }],
      }),
    );
    renderWithProviders(<ChangePasswordForm email="amina@example.org" />);

    await fillAndSubmit('not my password', 'new secret words');

    const current = screen.getByLabelText('Current password');
    await vi.waitFor(() => expect(current).toHaveAccessibleDescription('This is not your current password.'));
    expect(current).toHaveAttribute('aria-invalid', 'true');
    expect(current).toHaveFocus();
    expect(screen.getByLabelText('New password')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('New password')).toHaveValue('new secret words');
    expect(screen.getByRole('alert')).toHaveTextContent('Some fields need your attention.');
    expect(screen.getByRole('status')).not.toHaveTextContent(/changed/);
  });

  it('checks the new password as the server does before sending anything', async () => {
    const fetchMock = mockFetch(() => new Response(null, { status: 204 }));
    renderWithProviders(<ChangePasswordForm email="amina@example.org" />);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('New password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(await screen.findByText('This field is required.')).toBeInTheDocument();
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(/Use at least 8 characters\./);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
