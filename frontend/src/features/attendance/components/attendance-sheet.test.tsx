import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { AttendanceSheet as Sheet } from '../api/get-attendance-sheet';
import { AttendanceSheet } from './attendance-sheet';

const person = (enrolmentId: string, displayName: string) => ({
  enrolmentId,
  userId: `u-${enrolmentId}`,
  displayName,
  status: null,
  note: null,
  markedAt: null,
  selfCheckedIn: false,
});

const aSheet = (): Sheet => ({
  session: { id: 's1', activityId: 'a1', title: 'Opening', startsAt: '2026-03-03T09:00:00Z', endsAt: '2026-03-03T12:00:00Z', location: null },
  activityTitle: 'Workshop',
  entries: [person('e1', 'Amina Diallo'), person('e2', 'Bich Ngoc'), person('e3', 'Carla Ruiz')],
});

type Put = { records: { enrolmentId: string; status: string; markedAt: string }[] };

/** A server that applies each batch to the sheet, as the real one does. */
function server(refuse?: string) {
  const sheet = aSheet();
  const puts: Put[] = [];
  const fetchMock = mockFetch(({ method, url, body }) => {
    if (method === 'PUT' && url === '/api/sessions/s1/attendance') {
      const put = body as Put;
      puts.push(put);
      const index = put.records.findIndex((record) => record.enrolmentId === refuse);
      if (index >= 0) {
        return problemResponse(400, {
          messageKey: 'problem.validation',
          errors: [{ field: `records[${index}].enrolmentId`, messageKey: 'attendance.not-enrolled', message: 'not enrolled' }],
        });
      }
      for (const record of put.records) {
        const entry = sheet.entries.find((candidate) => candidate.enrolmentId === record.enrolmentId)!;
        Object.assign(entry, { status: record.status, markedAt: record.markedAt });
      }
      return jsonResponse(sheet);
    }
    return problemResponse(404, { messageKey: 'problem.not-found' });
  });
  return { fetchMock, puts };
}

const row = (name: string) => screen.getByRole('group', { name: new RegExp(name) });

describe('AttendanceSheet', () => {
  it('marks everyone present, takes the exception, and sends it all in one batch where the latest tap wins', async () => {
    const { puts } = server();
    const user = userEvent.setup();
    renderWithProviders(<AttendanceSheet sessionId="s1" sheet={aSheet()} />);

    await user.click(screen.getByRole('button', { name: 'Mark everyone present' }));
    await user.click(within(row('Bich Ngoc')).getByRole('radio', { name: 'Absent' }));

    expect(within(row('Amina Diallo')).getByRole('radio', { name: 'Present' })).toBeChecked();
    expect(within(row('Bich Ngoc')).getByRole('radio', { name: 'Absent' })).toBeChecked();
    expect(screen.getByText('3 marks not sent yet')).toBeInTheDocument();
    expect(screen.getByText('3 of 3 marked')).toBeInTheDocument();

    await waitFor(() => expect(screen.getByText('All marks are saved.')).toBeInTheDocument(), { timeout: 3000 });
    expect(puts).toHaveLength(1);
    expect(puts[0].records.map(({ enrolmentId, status }) => [enrolmentId, status]).sort()).toEqual([
      ['e1', 'PRESENT'],
      ['e2', 'ABSENT'],
      ['e3', 'PRESENT'],
    ]);
    expect(localStorage.getItem('etc.attendance-queue.s1')).toBeNull();
  });

  it('offers four statuses as one radio group per person, each a tap target', async () => {
    server();
    renderWithProviders(<AttendanceSheet sessionId="s1" sheet={aSheet()} />);

    const radios = within(row('Carla Ruiz')).getAllByRole('radio');
    expect(radios.map((radio) => radio.closest('label')!.textContent)).toEqual(['Present', 'Late', 'Absent', 'Excused']);
    expect(radios.every((radio) => !(radio as HTMLInputElement).checked)).toBe(true);
    expect(new Set(radios.map((radio) => (radio as HTMLInputElement).name)).size).toBe(1);
  });

  it('keeps marks on the phone while offline and sends them when the connection returns', async () => {
    const { puts } = server();
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const user = userEvent.setup();
    renderWithProviders(<AttendanceSheet sessionId="s1" sheet={aSheet()} />);

    await user.click(within(row('Carla Ruiz')).getByRole('radio', { name: 'Late' }));
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(puts).toHaveLength(0);
    expect(screen.getByText('Offline: marks are kept on this phone and sent when the connection returns.')).toBeInTheDocument();
    expect(screen.getByText('1 mark not sent yet')).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem('etc.attendance-queue.s1')!).marks).toHaveLength(1);

    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(screen.getByText('All marks are saved.')).toBeInTheDocument());
    expect(puts[0].records).toEqual([expect.objectContaining({ enrolmentId: 'e3', status: 'LATE' })]);
  });

  it('sends on load what an earlier visit left in the queue', async () => {
    localStorage.setItem(
      'etc.attendance-queue.s1',
      JSON.stringify({ next: 2, marks: [{ enrolmentId: 'e1', status: 'EXCUSED', note: null, markedAt: '2026-03-03T09:00:00Z', seq: 1 }] }),
    );
    const { puts } = server();
    renderWithProviders(<AttendanceSheet sessionId="s1" sheet={aSheet()} />);

    expect(within(row('Amina Diallo')).getByRole('radio', { name: 'Excused' })).toBeChecked();
    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0].records[0]).toMatchObject({ enrolmentId: 'e1', status: 'EXCUSED', markedAt: '2026-03-03T09:00:00Z' });
  });

  it('shows the server’s refusal next to the person and sends the other marks', async () => {
    const { puts } = server('e2');
    const user = userEvent.setup();
    renderWithProviders(<AttendanceSheet sessionId="s1" sheet={aSheet()} />);

    await user.click(within(row('Amina Diallo')).getByRole('radio', { name: 'Present' }));
    await user.click(within(row('Bich Ngoc')).getByRole('radio', { name: 'Present' }));

    expect(await screen.findByText('This person does not hold a seat in this activity.', {}, { timeout: 3000 })).toBeInTheDocument();
    await waitFor(() => expect(puts).toHaveLength(2));
    expect(puts[1].records.map((record) => record.enrolmentId)).toEqual(['e1']);
    expect(within(row('Bich Ngoc')).getByRole('radio', { name: 'Present' })).toHaveAccessibleDescription(
      'This person does not hold a seat in this activity.',
    );
  });
});
