import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { anActivity } from '@/testing/data';
import { jsonResponse, mockFetch } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { CohortMilestones } from './cohort-milestones';

const milestones = [{ id: 'm1', programmeId: 'p1', code: 'M1', name: { en: 'First online sale' }, position: 0 }];

describe('CohortMilestones', () => {
  it('shows her milestones in an accelerator cohort', async () => {
    mockFetch(({ url }) => {
      if (url === '/api/activities/a1') return jsonResponse(anActivity({ id: 'a1', programmeId: 'p1', type: 'ACCELERATOR_COHORT' }));
      if (url === '/api/programmes/p1/milestones') return jsonResponse(milestones);
      return jsonResponse([]);
    });
    renderWithProviders(<CohortMilestones activityId="a1" />);
    expect(await screen.findByRole('heading', { name: 'My milestones' })).toBeInTheDocument();
    expect(await screen.findByText('Not reached yet')).toBeInTheDocument();
  });

  it('shows nothing for another kind of activity, and asks for no milestones', async () => {
    const fetchMock = mockFetch(() => jsonResponse(anActivity({ id: 'a2', programmeId: 'p1', type: 'WORKSHOP' })));
    const { container } = renderWithProviders(<CohortMilestones activityId="a2" />);
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledWith('/api/activities/a2', expect.anything()));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container).toBeEmptyDOMElement();
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual(['/api/activities/a2']);
  });
});
