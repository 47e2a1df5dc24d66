import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { CheckInForm } from './check-in-form';

const entry = (status: 'PRESENT' | 'LATE') => ({
  enrolmentId: 'e1',
  userId: 'u1',
  displayName: 'Amina',
  status,
  note: null,
  markedAt: '2026-03-03T09:01:00Z',
  selfCheckedIn: true,
});

async function submit(answer: Response, code = '123456', initialCode = '') {
  const fetchMock = mockFetch(() => answer);
  const user = userEvent.setup();
  renderWithProviders(<CheckInForm sessionId="s1" initialCode={initialCode} />);
  const input = screen.getByLabelText('Check-in code');
  await user.clear(input);
  if (code) await user.type(input, code);
  await user.click(screen.getByRole('button', { name: 'Check in' }));
  return fetchMock;
}

describe('CheckInForm', () => {
  it('takes the code from the QR code’s link and says she is present', async () => {
    const fetchMock = mockFetch(() => jsonResponse(entry('PRESENT')));
    const user = userEvent.setup();
    renderWithProviders(<CheckInForm sessionId="s1" initialCode="654321" />);

    expect(screen.getByLabelText('Check-in code')).toHaveValue('654321');
    await user.click(screen.getByRole('button', { name: 'Check in' }));

    expect(await screen.findByText('You are marked present.')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith('/api/sessions/s1/check-in', expect.objectContaining({ method: 'POST', body: JSON.stringify({ code: '654321' }) }));
  });

  it('says when she is marked late', async () => {
    await submit(jsonResponse(entry('LATE')));
    expect(await screen.findByText('You are marked late.')).toBeInTheDocument();
  });

  it('asks for six digits before calling the server', async () => {
    const fetchMock = await submit(jsonResponse(entry('PRESENT')), '12a4');
    expect(await screen.findByText('Enter the 6 digits of the code.')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows a wrong code next to the input', async () => {
    await submit(
      problemResponse(400, { messageKey: 'problem.validation', errors: [{ field: 'code', messageKey: 'attendance.wrong-code', message: 'wrong' }] }),
    );
    expect(await screen.findByText(/This code is not right/)).toBeInTheDocument();
    expect(screen.getByLabelText('Check-in code')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says how long to wait after too many wrong codes', async () => {
    await submit(problemResponse(429, { messageKey: 'attendance.too-many-codes' }, { 'Retry-After': '420' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many wrong codes. Please wait 420 s before trying again.');
  });

  it('says when check-in is closed', async () => {
    await submit(problemResponse(409, { messageKey: 'attendance.check-in-closed' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Check-in is closed: it opens 30 minutes before the session and closes when it ends.');
  });

  it('says that she holds no seat rather than "not found"', async () => {
    await submit(problemResponse(404, { messageKey: 'problem.not-found' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You do not hold a seat in this activity, so you cannot check in to its sessions.');
  });
});
