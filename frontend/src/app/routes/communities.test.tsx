import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { authTokens } from '@/lib/auth-tokens';
import { createQueryClient } from '@/lib/query-client';
import { aPage, countriesData, regionsData } from '@/testing/data';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/http';
import { routes } from '../router';

const me = (roles: string[]) => ({ id: 'u1', email: 'amina@example.org', displayName: 'Amina', roles, locale: 'en', profile: null });

type Community = Record<string, unknown> & { id: string; name: string };
const aCommunity = (id: string, name: string, more: Partial<Community> = {}): Community => ({
  id,
  name,
  description: `About ${name}`,
  regionCode: '002',
  regionName: 'Africa',
  joinPolicy: 'OPEN',
  members: 3,
  myStatus: null,
  myRole: null,
  digest: null,
  moderator: false,
  ...more,
});

const aPost = (id: string, more: Record<string, unknown> = {}) => ({
  id,
  authorId: 'u9',
  authorName: 'Grace',
  title: null,
  body: `Post ${id}`,
  createdAt: '2027-03-01T09:00:00Z',
  hidden: false,
  hiddenReason: null,
  comments: [],
  ...more,
});

type Handler = (request: Parameters<Parameters<typeof mockFetch>[0]>[0]) => Response | undefined | Promise<Response | undefined>;

function renderAt(path: string, { roles = ['PARTICIPANT'], communities, handle }: { roles?: string[]; communities: Community[]; handle?: Handler }) {
  authTokens.set({ accessToken: 'a', refreshToken: 'r' });
  let list = communities;
  const fetchMock = mockFetch(async (request) => {
    const { pathname } = new URL(request.url, 'http://campus.test');
    const answer = await handle?.(request);
    if (answer) return answer;
    if (pathname === '/api/me') return jsonResponse(me(roles));
    if (pathname === '/api/countries') return jsonResponse(countriesData);
    if (pathname === '/api/regions') return jsonResponse(regionsData);
    if (pathname === '/api/communities' && request.method === 'GET') return jsonResponse(list);
    const joined = /^\/api\/communities\/(\w+)\/join$/.exec(pathname);
    if (joined) {
      const community = list.find((item) => item.id === joined[1])!;
      const next = { ...community, myStatus: community.joinPolicy === 'APPROVAL' && community.myStatus !== 'INVITED' ? 'PENDING' : 'ACTIVE' };
      list = list.map((item) => (item.id === next.id ? next : item));
      return jsonResponse(next);
    }
    return jsonResponse([]);
  });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router, fetchMock };
}

/** The calls that change something (or only those of one method), in order. */
const calls = (fetchMock: ReturnType<typeof mockFetch>, method?: string) =>
  fetchMock.mock.calls.filter(([, init]) => (method ? (init?.method ?? 'GET') === method : (init?.method ?? 'GET') !== 'GET')).map(([url, init]) => [String(url), init?.body ? JSON.parse(String(init.body)) : undefined]);

afterEach(() => vi.unstubAllGlobals());

describe('the communities page', () => {
  it('puts her invitation first and offers the action that fits each community', async () => {
    const { fetchMock } = renderAt('/communities', {
      communities: [
        aCommunity('1', 'Open circle'),
        aCommunity('2', 'Approval circle', { joinPolicy: 'APPROVAL' }),
        aCommunity('3', 'Alumnae Africa', { myStatus: 'INVITED' }),
        aCommunity('4', 'Waiting circle', { myStatus: 'PENDING', joinPolicy: 'APPROVAL' }),
        aCommunity('5', 'My circle', { myStatus: 'ACTIVE', members: 1 }),
        aCommunity('6', 'Closed circle', { myStatus: 'REMOVED' }),
      ],
    });
    const user = userEvent.setup();

    const invitations = await screen.findByRole('region', { name: 'Your invitations' });
    expect(within(invitations).getByText('You are invited to Alumnae Africa.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Join: Open circle' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ask to join: Approval circle' })).toBeInTheDocument();
    expect(screen.getByText('Pending approval')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Leave: My circle' })).toBeInTheDocument();
    expect(screen.getByText('1 member')).toBeInTheDocument();
    expect(screen.getAllByText('A moderator approves each request')).toHaveLength(2);
    expect(screen.getByText(/A moderator removed you from this community/)).toBeInTheDocument();
    // Only managers start communities.
    expect(screen.queryByText('New community')).not.toBeInTheDocument();

    await user.click(within(invitations).getByRole('button', { name: 'Accept invitation: Alumnae Africa' }));
    expect(await screen.findByRole('button', { name: 'Leave: Alumnae Africa' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Your invitations' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ask to join: Approval circle' }));
    expect(await screen.findByText('Your request was sent. A moderator will answer it.')).toBeInTheDocument();
    expect(calls(fetchMock, 'POST').map(([url]) => url)).toEqual(['/api/communities/3/join', '/api/communities/2/join']);
  });

  it('lets a manager create a community and shows the server field errors', async () => {
    let attempts = 0;
    const { fetchMock } = renderAt('/communities', {
      roles: ['MANAGER'],
      communities: [],
      handle: ({ url, method }) => {
        if (url === '/api/communities' && method === 'POST') {
          attempts += 1;
          return attempts === 1
            ? problemResponse(409, { messageKey: 'community.name-taken', errors: [{ field: 'name', messageKey: 'community.name-taken', message: 'taken' }] })
            : jsonResponse(aCommunity('7', 'Women in Africa', { moderator: true, myStatus: 'ACTIVE', myRole: 'MODERATOR' }), { status: 201 });
        }
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByText('New community'));
    await screen.findByRole('option', { name: 'Southern Asia' });
    await user.type(screen.getByLabelText('Name'), 'Women in Africa');
    await user.type(screen.getByLabelText(/^Description/), 'Traders of the continent');
    await user.selectOptions(screen.getByLabelText(/^Region/), 'Southern Asia');
    await user.click(screen.getByLabelText('A moderator approves each request'));
    await user.click(screen.getByRole('button', { name: 'Create the community' }));

    expect(await screen.findByText('A community already has this name.')).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Create the community' }));
    expect(await screen.findByText('Women in Africa was created. You are its moderator.')).toBeInTheDocument();
    expect(calls(fetchMock, 'POST').at(-1)).toEqual([
      '/api/communities',
      { name: 'Women in Africa', description: 'Traders of the continent', regionCode: '034', joinPolicy: 'APPROVAL' },
    ]);
  });
});

describe('a community page', () => {
  it('tells a non-member that only members read posts, and lets her join', async () => {
    const { fetchMock } = renderAt('/communities/1', { communities: [aCommunity('1', 'Open circle')] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Open circle' })).toBeInTheDocument();
    expect(screen.getByText("Only members read this community's announcements and comments.")).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Announcements' })).not.toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('/posts'))).toBe(false);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Join: Open circle' }));
    expect(await screen.findByRole('heading', { name: 'Announcements' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'E-mail me a digest of announcements' })).not.toBeChecked();
  });

  it('lets a member comment, report a comment once and switch the digest on', async () => {
    let comments = [aPost('c1', { body: 'Spam here', authorName: 'Rita', authorId: 'u7' })];
    let digest = false;
    const circle = (on: boolean) => aCommunity('1', 'Open circle', { myStatus: 'ACTIVE', myRole: 'MEMBER', digest: on });
    const { fetchMock } = renderAt('/communities/1', {
      communities: [],
      handle: ({ url, method, body }) => {
        const { pathname } = new URL(url, 'http://campus.test');
        if (pathname === '/api/communities/1/posts') return jsonResponse(aPage([aPost('a1', { title: 'Trade fair in Nairobi', authorName: 'Mona', comments })], { size: 10 }));
        if (pathname === '/api/posts/a1/comments' && method === 'POST') {
          const comment = aPost('c2', { authorId: 'u1', authorName: 'Amina', body: (body as { body: string }).body });
          comments = [...comments, comment];
          return jsonResponse(comment, { status: 201 });
        }
        if (pathname === '/api/posts/c1/abuse-reports') return problemResponse(409, { messageKey: 'community.already-reported' });
        if (pathname === '/api/communities/1/me') digest = (body as { digest: boolean }).digest;
        if (pathname === '/api/communities/1/me' || pathname === '/api/communities')
          return jsonResponse(pathname === '/api/communities' ? [circle(digest)] : circle(digest));
      },
    });
    const user = userEvent.setup();
    const announcement = await screen.findByRole('article', { name: 'Trade fair in Nairobi' });

    await user.type(within(announcement).getByLabelText('Your comment'), 'I will be there');
    await user.click(within(announcement).getByRole('button', { name: 'Comment: Trade fair in Nairobi' }));
    expect(await within(announcement).findByText('I will be there')).toBeInTheDocument();
    expect(within(announcement).getByLabelText('Your comment')).toHaveValue('');
    // Her own comment has nothing to report.
    expect(within(announcement).queryByRole('button', { name: 'Report: comment by Amina' })).not.toBeInTheDocument();

    await user.click(within(announcement).getByRole('button', { name: 'Report: comment by Rita' }));
    await user.click(within(announcement).getByRole('button', { name: 'Send the report' }));
    expect(await within(announcement).findByText('This field is required.')).toBeInTheDocument();
    await user.type(within(announcement).getByLabelText('Why are you reporting this?'), 'Advertising');
    await user.click(within(announcement).getByRole('button', { name: 'Send the report' }));
    expect(await within(announcement).findByText('Reported (you had already reported it)')).toBeInTheDocument();

    await user.click(screen.getByRole('switch', { name: 'E-mail me a digest of announcements' }));
    await vi.waitFor(() => expect(screen.getByRole('switch', { name: 'E-mail me a digest of announcements' })).toBeChecked());
    expect(calls(fetchMock)).toEqual([
      ['/api/posts/a1/comments', { body: 'I will be there' }],
      ['/api/posts/c1/abuse-reports', { reason: 'Advertising' }],
      ['/api/communities/1/me', { digest: true }],
    ]);
    // Members do not see the moderators' tools.
    expect(screen.queryByRole('heading', { name: 'Abuse reports' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Hide/ })).not.toBeInTheDocument();
  });

  it('lets a moderator hide a post with a reason, accept a request and resolve a report', async () => {
    let hidden = false;
    const zara = { userId: 'u5', displayName: 'Zara', countryCode: 'KE', role: 'MEMBER', status: 'PENDING', since: '2027-03-02T10:00:00Z' };
    let pending = [zara];
    const { fetchMock } = renderAt('/communities/1', {
      roles: ['MANAGER'],
      communities: [aCommunity('1', 'Approval circle', { joinPolicy: 'APPROVAL', myStatus: 'ACTIVE', myRole: 'MODERATOR', digest: false, moderator: true })],
      handle: ({ url, method }) => {
        const { pathname, searchParams } = new URL(url, 'http://campus.test');
        const comment = aPost('c1', { body: 'Buy my stuff', authorName: 'Rita', authorId: 'u7', hidden, hiddenReason: hidden ? 'Advertising' : null });
        if (pathname === '/api/communities/1/posts')
          return jsonResponse(aPage([aPost('a1', { title: 'Trade fair', authorId: 'u1', authorName: 'Amina', comments: [comment] })], { size: 10 }));
        if (pathname === '/api/posts/c1/hide' && method === 'POST') {
          hidden = true;
          return jsonResponse(comment);
        }
        if (pathname === '/api/communities/1/members')
          return jsonResponse(searchParams.get('status') === 'PENDING' ? pending : [{ ...zara, userId: 'u1', displayName: 'Amina', role: 'MODERATOR', status: 'ACTIVE' }]);
        if (pathname === '/api/communities/1/members/u5') {
          pending = [];
          return jsonResponse({ userId: 'u5', displayName: 'Zara', countryCode: 'KE', role: 'MEMBER', status: 'ACTIVE', since: '2027-03-02T10:00:00Z' });
        }
        if (pathname === '/api/communities/1/abuse-reports')
          return jsonResponse([
            { id: 'r1', postId: 'c1', postAuthorName: 'Rita', postExcerpt: 'Buy my stuff', postHidden: hidden, reporterName: 'Zoe', reason: 'Spam', createdAt: '2027-03-03T10:00:00Z' },
          ]);
        if (pathname === '/api/abuse-reports/r1/resolve') return jsonResponse({});
      },
    });
    const user = userEvent.setup();
    const announcement = await screen.findByRole('article', { name: 'Trade fair' });
    await user.click(within(announcement).getByRole('button', { name: 'Hide: comment by Rita' }));
    await user.type(within(announcement).getByLabelText(/Why hide it/), 'Advertising');
    await user.click(within(announcement).getByRole('button', { name: 'Hide it' }));
    expect(await within(announcement).findByText('Hidden: Advertising')).toBeInTheDocument();
    expect(within(announcement).queryByRole('button', { name: 'Hide: comment by Rita' })).not.toBeInTheDocument();

    const requests = screen.getByRole('region', { name: 'Requests to join' });
    await user.click(await within(requests).findByRole('button', { name: 'Accept: Zara' }));
    expect(await within(requests).findByText('No one is waiting.')).toBeInTheDocument();

    const members = screen.getByRole('region', { name: 'Members' });
    expect(await within(members).findByText('Amina')).toBeInTheDocument();
    // She does not remove herself.
    expect(within(members).queryByRole('button', { name: 'Remove: Amina' })).not.toBeInTheDocument();

    const reports = screen.getByRole('region', { name: 'Abuse reports' });
    await user.click(await within(reports).findByRole('button', { name: 'Resolve: Buy my stuff' }));
    expect(calls(fetchMock)).toEqual([
      ['/api/posts/c1/hide', { reason: 'Advertising' }],
      ['/api/communities/1/members/u5', { status: 'ACTIVE' }],
      ['/api/abuse-reports/r1/resolve', undefined],
    ]);
  });
});
