import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { authTokens } from '@/lib/auth-tokens';
import { SignUpForm } from './sign-up-form';

async function fillAndSubmit() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Your name'), 'Amina Diallo');
  await user.type(screen.getByLabelText('E-mail address'), 'amina@example.org');
  await user.type(screen.getByLabelText('Password'), 'password123');
  await user.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('SignUpForm', () => {
  it('shows the server field error next to the password and focuses it', async () => {
    mockFetch(() =>
      problemResponse(400, {
        messageKey: 'problem.validation',
        detail: 'Invalid input',
        errors: [{ field: 'password', message: 'is too common', messageKey: 'validation.password-common' }],
      }),
    );
    renderWithProviders(<SignUpForm onSuccess={vi.fn()} />);

    await fillAndSubmit();

    const password = screen.getByLabelText('Password');
    const message = await screen.findByText('This password is too common. Choose one that is harder to guess.');
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password.getAttribute('aria-describedby')).toContain(message.id);
    expect(password).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Some fields need your attention.');
  });

  it('says the e-mail is taken next to the e-mail field on 409', async () => {
    mockFetch(() =>
      problemResponse(409, { messageKey: 'auth.email-taken', errors: [{ field: 'email', messageKey: 'auth.email-taken', message: 'taken' }] }),
    );
    renderWithProviders(<SignUpForm onSuccess={vi.fn()} />);

    await fillAndSubmit();

    expect(await screen.findByRole('alert')).toHaveTextContent('An account with this e-mail address already exists.');
    expect(screen.getByLabelText('E-mail address')).toHaveAccessibleDescription(/already exists/);
  });

  it('checks the input before calling the server', async () => {
    const fetchMock = mockFetch(() => jsonResponse({}));
    renderWithProviders(<SignUpForm onSuccess={vi.fn()} />);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('E-mail address'), 'not-an-email');
    await user.type(screen.getByLabelText('Password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByText('This field is required.')).toBeInTheDocument();
    expect(screen.getByText('Enter an e-mail address such as name@example.org.')).toBeInTheDocument();
    expect(screen.getByText('Use at least 8 characters.')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('registers in the current language, then signs in', async () => {
    const me = { id: 'u1', email: 'amina@example.org', displayName: 'Amina Diallo', roles: ['PARTICIPANT'], locale: 'en', profile: null };
    const fetchMock = mockFetch(({ url }) =>
      url === '/api/auth/register'
        ? jsonResponse(me, { status: 201 })
        : jsonResponse({ access_token: 'a', refresh_token: 'r', token_type: 'Bearer', expires_in: 900, username: me.email, roles: me.roles }),
    );
    const onSuccess = vi.fn();
    renderWithProviders(<SignUpForm onSuccess={onSuccess} />);

    await fillAndSubmit();

    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalledWith({ signedIn: true }));
    expect(JSON.parse(fetchMock.mock.calls[0][1]!.body as string)).toEqual({
      email: 'amina@example.org',
      displayName: 'Amina Diallo',
      password: 'password123',
      locale: 'en',
    });
    expect(JSON.parse(fetchMock.mock.calls[1][1]!.body as string)).toEqual({ username: 'amina@example.org', password: 'password123' });
    expect(authTokens.getRefreshToken()).toBe('r');
  });
});
