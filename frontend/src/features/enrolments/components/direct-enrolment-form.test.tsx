import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { anEnrolment } from '@/testing/data';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { DirectEnrolmentForm } from './direct-enrolment-form';

describe('DirectEnrolmentForm', () => {
  it('enrols her by e-mail and says she went on the waitlist, at which position', async () => {
    const fetchMock = mockFetch(() => jsonResponse(anEnrolment({ status: 'WAITLISTED', waitlistPosition: 3 }), { status: 201 }));
    renderWithProviders(<DirectEnrolmentForm activityId="a1" />);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('E-mail address of her account'), 'asha@example.org');
    await user.click(screen.getByRole('button', { name: 'Enrol' }));

    expect(await screen.findByText('The activity is full: asha@example.org is on the waitlist, at position 3.')).toBeInTheDocument();
    expect(fetchMock.mock.calls[0][0]).toBe('/api/activities/a1/enrolments/direct');
    expect(JSON.parse(fetchMock.mock.calls[0][1]!.body as string)).toEqual({ email: 'asha@example.org' });
    expect(screen.getByLabelText('E-mail address of her account')).toHaveValue('');
  });

  it('gives a seat over capacity only with a reason', async () => {
    const fetchMock = mockFetch(() => jsonResponse(anEnrolment({ status: 'ENROLLED' }), { status: 201 }));
    renderWithProviders(<DirectEnrolmentForm activityId="a1" />);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('E-mail address of her account'), 'asha@example.org');
    await user.click(screen.getByLabelText('Give a seat even if the activity is full'));
    await user.click(screen.getByRole('button', { name: 'Enrol' }));
    await vi.waitFor(() => expect(screen.getByLabelText(/^Reason/)).toHaveAccessibleDescription(/This field is required/));
    expect(fetchMock).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText(/^Reason/), 'Speaker');
    await user.click(screen.getByRole('button', { name: 'Enrol' }));

    expect(await screen.findByText('asha@example.org is enrolled and has a seat.')).toBeInTheDocument();
    expect(JSON.parse(fetchMock.mock.calls[0][1]!.body as string)).toEqual({ email: 'asha@example.org', overCapacity: true, reason: 'Speaker' });
  });

  it('says next to the e-mail when no account has it', async () => {
    mockFetch(() =>
      problemResponse(400, { messageKey: 'problem.validation', errors: [{ field: 'email', messageKey: 'enrolment.no-such-account', message: 'none' }] }),
    );
    renderWithProviders(<DirectEnrolmentForm activityId="a1" />);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('E-mail address of her account'), 'nobody@example.org');
    await user.click(screen.getByRole('button', { name: 'Enrol' }));

    await vi.waitFor(() =>
      expect(screen.getByLabelText('E-mail address of her account')).toHaveAccessibleDescription(/No account has this e-mail address/),
    );
  });
});
