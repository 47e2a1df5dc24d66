import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { SessionList } from './session-list';

const sessions = [
  { id: 's1', activityId: 'a1', title: 'Opening: selling across borders', startsAt: '2026-03-03T03:15:00Z', endsAt: '2026-03-03T06:15:00Z', location: 'Hotel Annapurna, Kathmandu' },
  { id: 's2', activityId: 'a1', title: 'Clinic: payments', startsAt: '2026-03-04T03:15:00Z', endsAt: '2026-03-04T05:15:00Z', location: 'https://meet.example.org/payments' },
];
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u2009\u202f]/g, ' ');

describe('SessionList', () => {
  it('shows times in her own zone with its abbreviation, and the local times where the activity is', async () => {
    mockFetch(() => jsonResponse(sessions));
    renderWithProviders(<SessionList activityId="a1" timeZone="Asia/Kathmandu" viewerZone="Europe/Paris" />);

    const opening = (await screen.findByRole('heading', { name: 'Opening: selling across borders' })).closest('li')!;
    expect(plain(opening.textContent)).toContain('Tue, Mar 3, 2026, 4:15 – 7:15 AM GMT+1');
    expect(plain(opening.textContent)).toContain('Local time there: Tue, Mar 3, 2026, 9:00 AM – 12:00 PM GMT+5:45');
    expect(opening).toHaveTextContent('Hotel Annapurna, Kathmandu');
    expect(screen.getByText(/^Times are in your time zone, .*\(Europe\/Paris\)\. The activity takes place in .*\(Asia\/Kathmandu\)\.$/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'https://meet.example.org/payments' })).toHaveAttribute('href', 'https://meet.example.org/payments');
  });

  it('does not repeat the times when she is in the activity’s zone', async () => {
    mockFetch(() => jsonResponse(sessions.slice(0, 1)));
    renderWithProviders(<SessionList activityId="a1" timeZone="Asia/Kathmandu" viewerZone="Asia/Kathmandu" />);

    const opening = (await screen.findByRole('heading', { name: 'Opening: selling across borders' })).closest('li')!;
    expect(plain(opening.textContent)).toContain('Tue, Mar 3, 2026, 9:00 AM – 12:00 PM GMT+5:45');
    expect(opening).not.toHaveTextContent('Local time there');
    expect(screen.getByText(/^Times are in .*\(Asia\/Kathmandu\), where the activity takes place\.$/)).toBeInTheDocument();
  });

  it('shows a coaching session as held with her SME, with the coach’s notes when the server sends them', async () => {
    const coaching = {
      id: 's3',
      activityId: 'a1',
      title: 'One-to-one: pricing',
      startsAt: '2026-03-05T03:15:00Z',
      endsAt: '2026-03-05T04:15:00Z',
      location: null,
      coacheeId: 'u7',
      coacheeName: 'Amina',
      coachNotes: 'Review her price list before we meet.',
    };
    mockFetch(() => jsonResponse([{ ...sessions[0], coacheeId: null, coacheeName: null, coachNotes: null }, coaching]));
    renderWithProviders(<SessionList activityId="a1" timeZone="Asia/Kathmandu" viewerZone="Asia/Kathmandu" manage />);

    const item = (await screen.findByRole('heading', { name: 'One-to-one: pricing' })).closest('li')!;
    expect(within(item).getByText('Coaching with Amina')).toBeInTheDocument();
    expect(within(item).getByText('Coach\'s notes (coaches and managers only)')).toBeInTheDocument();
    expect(within(item).getByText('Review her price list before we meet.')).toBeInTheDocument();
    const group = screen.getByRole('heading', { name: 'Opening: selling across borders' }).closest('li')!;
    expect(group).not.toHaveTextContent('Coaching with');
    expect(group).not.toHaveTextContent('Coach\'s notes');
  });

  it('shows no notes to the SME, whose coaching session comes without them', async () => {
    mockFetch(() =>
      jsonResponse([
        { id: 's3', activityId: 'a1', title: 'One-to-one: pricing', startsAt: '2026-03-05T03:15:00Z', endsAt: '2026-03-05T04:15:00Z', coacheeId: 'u7', coacheeName: 'Amina', coachNotes: null },
      ]),
    );
    renderWithProviders(<SessionList activityId="a1" timeZone="Asia/Kathmandu" viewerZone="Asia/Kathmandu" />);

    const item = (await screen.findByRole('heading', { name: 'One-to-one: pricing' })).closest('li')!;
    expect(item).toHaveTextContent('Coaching with Amina');
    expect(item).not.toHaveTextContent('Coach\'s notes');
  });

  it('says when no session is scheduled yet', async () => {
    mockFetch(() => jsonResponse([]));
    renderWithProviders(<SessionList activityId="a1" timeZone="Asia/Kathmandu" />);

    expect(await screen.findByText('The sessions have not been scheduled yet.')).toBeInTheDocument();
  });
});
