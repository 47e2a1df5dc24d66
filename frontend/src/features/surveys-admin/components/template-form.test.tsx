import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { TemplateForm } from './template-form';

const indicators = [
  { id: 'i1', label: 'OC1 · SMEs selling online', aggregation: 'SHARE_YES' as const },
  { id: 'i2', label: 'OC2 · Online sales', aggregation: 'SUM' as const },
];

describe('TemplateForm', () => {
  it('sends a template whose yes/no question feeds a yes/no indicator', async () => {
    const onSaved = vi.fn();
    const fetchMock = mockFetch(({ body }) => jsonResponse({ id: 't1', programmeId: 'p1', answered: false, ...(body as object) }, { status: 201 }));
    renderWithProviders(<TemplateForm programmeId="p1" indicators={indicators} onSaved={onSaved} />);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Title in English'), 'Before the course');
    await user.click(screen.getByRole('button', { name: 'Add a question' }));
    await user.type(screen.getByLabelText('Question in English'), 'Do you sell online?');
    // Only the indicators taking yes/no answers are offered.
    expect(screen.queryByRole('option', { name: 'OC2 · Online sales' })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Feeds the indicator'), 'i1');
    await user.click(screen.getByRole('button', { name: 'Create the template' }));

    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(post[0]).toBe('/api/programmes/p1/survey-templates');
    expect(JSON.parse(post[1]!.body as string)).toEqual({
      kind: 'BASELINE',
      title: { en: 'Before the course', fr: null, es: null },
      questions: [{ key: 'q1', type: 'YES_NO', label: { en: 'Do you sell online?', fr: null, es: null }, required: true, options: null, unit: null, indicatorId: 'i1' }],
    });
  });
});
