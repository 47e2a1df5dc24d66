import type { Activity } from '@/features/activities/api/get-activity';
import type { Enrolment } from '@/features/enrolments/api/get-my-enrolments';

// Test data as the API sends it; each test states what it relies on through overrides.

export function anActivity(overrides: Partial<Activity> = {}): Activity {
  return {
    id: 'a1',
    programmeId: 'p1',
    programmeName: 'eTrade for Women',
    type: 'MASTERCLASS',
    title: 'Masterclass for women digital entrepreneurs, South Asia',
    description: 'Three days on selling online across borders.',
    delivery: 'IN_PERSON',
    language: 'en',
    countryCode: 'NP',
    city: 'Kathmandu',
    regionCode: '034',
    startDate: '2026-03-03',
    endDate: '2026-03-05',
    timeZone: 'Asia/Kathmandu',
    capacity: 20,
    seatsLeft: 12,
    enrolled: 8,
    waitlisted: 0,
    enrolmentPolicy: 'OPEN',
    enrolmentOpensAt: null,
    enrolmentClosesAt: null,
    enrolmentOpen: true,
    status: 'PUBLISHED',
    eligibility: { genders: [], countryCodes: [], regionCodes: [], countryGroups: [], womenLedOnly: false, womenOwnedOnly: false },
    tags: ['SDG 5'],
    ...overrides,
  };
}

export function anEnrolment(overrides: Partial<Enrolment> = {}): Enrolment {
  return {
    id: 'e1',
    activityId: 'a1',
    activityTitle: 'Masterclass for women digital entrepreneurs, South Asia',
    activityStartDate: '2026-03-03',
    status: 'ENROLLED',
    waitlistPosition: null,
    createdAt: '2026-01-10T08:00:00Z',
    ...overrides,
  };
}

export function aPage<T>(items: T[], { page = 0, size = 20, total = items.length }: { page?: number; size?: number; total?: number } = {}) {
  return { items, page, size, total };
}

export const countriesData = [
  { code: 'NP', iso3: 'NPL', m49: '524', names: { en: 'Nepal', fr: 'Népal', es: 'Nepal' }, regionCode: '142', subregionCode: '034', ldc: true, lldc: true, sids: false },
  { code: 'IN', iso3: 'IND', m49: '356', names: { en: 'India', fr: 'Inde', es: 'India' }, regionCode: '142', subregionCode: '034', ldc: false, lldc: false, sids: false },
  { code: 'CO', iso3: 'COL', m49: '170', names: { en: 'Colombia', fr: 'Colombie', es: 'Colombia' }, regionCode: '019', subregionCode: '419', ldc: false, lldc: false, sids: false },
];

export const regionsData = [
  {
    code: '142',
    names: { en: 'Asia', fr: 'Asie', es: 'Asia' },
    subregions: [
      { code: '034', names: { en: 'Southern Asia', fr: 'Asie méridionale', es: 'Asia meridional' } },
      { code: '035', names: { en: 'South-eastern Asia', fr: 'Asie du Sud-Est', es: 'Asia sudoriental' } },
    ],
  },
  {
    code: '019',
    names: { en: 'Americas', fr: 'Amériques', es: 'Américas' },
    subregions: [{ code: '419', names: { en: 'Latin America and the Caribbean', fr: 'Amérique latine et Caraïbes', es: 'América Latina y el Caribe' } }],
  },
];
