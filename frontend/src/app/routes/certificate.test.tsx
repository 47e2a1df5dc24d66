import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { CertificateRoute } from './certificate';

const CODE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const aCertificate = (overrides = {}) => ({
  code: CODE,
  valid: true,
  holderName: 'Amina Diallo',
  activityTitle: 'Cross-border payments',
  programmeName: 'eTrade for Women',
  startDate: '2026-03-02',
  endDate: '2026-03-04',
  issuedAt: '2026-03-04T16:00:00Z',
  revokedAt: null,
  revocationReason: null,
  verifyUrl: `https://campus.example.org/certificates/${CODE}`,
  ...overrides,
});

function renderPage(answer: () => Response) {
  const fetchMock = mockFetch(answer);
  renderWithProviders(
    <Routes>
      <Route path="/certificates/:code" element={<CertificateRoute />} />
    </Routes>,
    { route: `/certificates/${CODE}` },
  );
  return fetchMock;
}

describe('CertificateRoute', () => {
  it('shows a valid certificate with what it says', async () => {
    const fetchMock = renderPage(() => jsonResponse(aCertificate()));

    expect(await screen.findByText('This certificate is valid.')).toBeInTheDocument();
    expect(screen.getByText('Amina Diallo')).toBeInTheDocument();
    expect(screen.getByText('Cross-border payments')).toBeInTheDocument();
    expect(screen.getByText('eTrade for Women')).toBeInTheDocument();
    expect(screen.getByText(CODE)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith(`/api/certificates/${CODE}`, expect.anything());
  });

  it('shows a revoked certificate with the reason', async () => {
    renderPage(() => jsonResponse(aCertificate({ valid: false, revokedAt: '2026-03-10T10:00:00Z', revocationReason: 'Completion withdrawn: attendance corrected' })));

    expect(await screen.findByText('This certificate has been revoked.')).toBeInTheDocument();
    expect(screen.getByText('Reason: Completion withdrawn: attendance corrected')).toBeInTheDocument();
    expect(screen.queryByText('This certificate is valid.')).toBeNull();
  });

  it('says when no certificate has the code', async () => {
    renderPage(() => problemResponse(404, { messageKey: 'problem.not-found' }));

    expect(await screen.findByText('No certificate has this code. Check the code or the link you followed.')).toBeInTheDocument();
    expect(screen.queryByText('Amina Diallo')).toBeNull();
  });
});
