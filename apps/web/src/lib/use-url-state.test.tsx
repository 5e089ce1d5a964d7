import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import {
  createMemoryRouter,
  MemoryRouter,
  RouterProvider,
  useLocation,
  useNavigate,
  useNavigationType,
} from 'react-router';
import { describe, expect, it } from 'vitest';
import { useUrlState } from './use-url-state';

interface View {
  region?: string;
  status?: string;
  page: number;
}

function parse(params: URLSearchParams): View {
  return {
    region: params.get('region') ?? undefined,
    status: params.get('status') ?? undefined,
    page: Number(params.get('page') ?? '1'),
  };
}

function serialize(view: View): URLSearchParams {
  const out = new URLSearchParams();
  if (view.region !== undefined) out.set('region', view.region);
  if (view.status !== undefined) out.set('status', view.status);
  if (view.page !== 1) out.set('page', String(view.page));
  return out;
}

function useProbe() {
  const [view, setView] = useUrlState(parse, serialize);
  return { view, setView, location: useLocation(), type: useNavigationType(), nav: useNavigate() };
}

function inMemoryRouter(initial: string) {
  return ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={[initial]}>{children}</MemoryRouter>
  );
}

describe('useUrlState', () => {
  it('reads the view from the URL', () => {
    const { result } = renderHook(useProbe, { wrapper: inMemoryRouter('/?region=cn-hangzhou') });
    expect(result.current.view).toEqual({ region: 'cn-hangzhou', status: undefined, page: 1 });
  });

  it('keeps both of two changes made before the next render', () => {
    const { result } = renderHook(useProbe, { wrapper: inMemoryRouter('/?page=3') });
    const { setView } = result.current;
    act(() => {
      setView((v) => ({ ...v, region: 'cn-beijing', page: 1 }));
      setView((v) => ({ ...v, status: 'Available', page: 1 }));
    });
    expect(result.current.view).toEqual({ region: 'cn-beijing', status: 'Available', page: 1 });
    expect(result.current.location.search).toBe('?region=cn-beijing&status=Available');
  });

  it('keeps both changes made in one click on a data router too (the app uses one)', async () => {
    function Page() {
      const { view, setView } = useProbe();
      const onClick = () => {
        setView((v) => ({ ...v, region: 'cn-shanghai' }));
        setView((v) => ({ ...v, status: 'Pending' }));
      };
      return (
        <button type="button" onClick={onClick}>
          {`${view.region ?? '-'} ${view.status ?? '-'}`}
        </button>
      );
    }
    const router = createMemoryRouter([{ path: '/', element: <Page /> }]);
    render(<RouterProvider router={router} />);
    fireEvent.click(screen.getByRole('button', { name: '- -' }));
    expect(await screen.findByRole('button', { name: 'cn-shanghai Pending' })).toBeTruthy();
    expect(router.state.location.search).toBe('?region=cn-shanghai&status=Pending');
  });

  it('builds on the rendered URL once it moved elsewhere (link, back button)', () => {
    const { result } = renderHook(useProbe, { wrapper: inMemoryRouter('/') });
    act(() => result.current.setView((v) => ({ ...v, region: 'cn-beijing' })));
    act(() => result.current.nav('/?status=Deleting'));
    act(() => result.current.setView((v) => ({ ...v, page: 2 })));
    expect(result.current.location.search).toBe('?status=Deleting&page=2');
  });

  it('passes the navigation options through', () => {
    const { result } = renderHook(useProbe, { wrapper: inMemoryRouter('/') });
    act(() => result.current.setView((v) => ({ ...v, region: 'cn-beijing' }), { replace: true }));
    expect(result.current.type).toBe('REPLACE');
    act(() => result.current.setView((v) => ({ ...v, page: 2 })));
    expect(result.current.type).toBe('PUSH');
  });
});
