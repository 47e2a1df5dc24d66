import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { SignInForm } from './sign-in-form';

async function signIn() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('E-mail address'), 'amina@example.org');
  await user.type(screen.getByLabelText('Password'), 'wrong password');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInForm', () => {
  it('announces wrong credentials', async () => {
    mockFetch(() => problemResponse(401, { messageKey: 'auth.invalid-credentials', detail: 'Bad credentials' }));
    const onSuccess = vi.fn();
    renderWithProviders(<SignInForm onSuccess={onSuccess} />);

    await signIn();

    expect(await screen.findByRole('alert')).toHaveTextContent('The e-mail address or the password is not correct.');
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('tells how long to wait after too many attempts', async () => {
    mockFetch(() => problemResponse(429, { messageKey: 'auth.throttled' }, { 'Retry-After': '60' }));
    renderWithProviders(<SignInForm onSuccess={vi.fn()} />);

    await signIn();

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many sign-in attempts. Please wait 60 s before trying again.');
  });
});
