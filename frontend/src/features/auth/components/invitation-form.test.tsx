import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { authTokens } from '@/lib/auth-tokens';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { InvitationForm } from './invitation-form';

async function fillAndSubmit(password: string, confirmation = password) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('New password'), password);
  await user.type(screen.getByLabelText('Type the password again'), confirmation);
  await user.click(screen.getByRole('button', { name: 'Set my password and sign in' }));
}

describe('InvitationForm', () => {
  it('asks for the same password twice before sending anything', async () => {
    const fetchMock = mockFetch(() => jsonResponse({}));
    renderWithProviders(<InvitationForm token="t1" onSuccess={vi.fn()} />);

    await fillAndSubmit('a long passphrase', 'a long passphrase!');

    const confirmation = screen.getByLabelText('Type the password again');
    expect(confirmation).toHaveAccessibleDescription('The two passwords are not the same.');
    expect(confirmation).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('New password')).not.toHaveAttribute('aria-invalid');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sets the password, keeps the session as sign-in does and goes on', async () => {
    const fetchMock = mockFetch(() =>
      jsonResponse({ access_token: 'a', refresh_token: 'r', token_type: 'Bearer', expires_in: 900, username: 'asha@example.org', roles: ['PARTICIPANT'] }),
    );
    const onSuccess = vi.fn();
    renderWithProviders(<InvitationForm token="t1" onSuccess={onSuccess} />);

    await fillAndSubmit('a long passphrase');

    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/auth/invitations/accept');
    expect(JSON.parse(init!.body as string)).toEqual({ token: 't1', password: 'a long passphrase' });
    expect(new Headers(init!.headers).get('Authorization')).toBeNull();
    expect(authTokens.getAccessToken()).toBe('a');
    expect(authTokens.getRefreshToken()).toBe('r');
  });

  it('says when the link has expired or was used, and leads to sign-in instead of the form', async () => {
    mockFetch(() =>
      problemResponse(400, {
        messageKey: 'problem.validation',
        errors: [{ field: 'token', message: 'is not a valid invitation: it may have expired or been used', messageKey: 'auth.invitation-invalid' }],
      }),
    );
    renderWithProviders(<InvitationForm token="used" onSuccess={vi.fn()} />);

    await fillAndSubmit('a long passphrase');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This invitation link has expired or has already been used.');
    expect(screen.getByRole('link', { name: 'Go to sign in' })).toHaveAttribute('href', '/sign-in');
    expect(screen.queryByLabelText('New password')).not.toBeInTheDocument();
    expect(authTokens.getRefreshToken()).toBeNull();
  });

  it('shows the password rules the server applies next to the password', async () => {
    mockFetch(() =>
      problemResponse(400, {
        messageKey: 'problem.validation',
        errors: [{ field: 'password', message: 'is too common', messageKey: 'validation.password-common' }],
      }),
    );
    renderWithProviders(<InvitationForm token="t1" onSuccess={vi.fn()} />);

    await fillAndSubmit('password');

    const password = screen.getByLabelText('New password');
    await vi.waitFor(() => expect(password).toHaveAccessibleDescription(/This password is too common\./));
    expect(password).toHaveFocus();
  });
});
