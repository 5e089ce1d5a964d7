import { natGatewayListQuerySchema } from '@gc/contracts';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation, useNavigationType } from 'react-router';
import { describe, expect, it } from 'vitest';
import { listSearchCodec, useListSearch } from './list-search';

const codec = listSearchCodec(natGatewayListQuerySchema);

function useProbe() {
  const [search, update] = useListSearch(codec);
  return { search, update, location: useLocation(), type: useNavigationType() };
}

const at =
  (initial: string) =>
  ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={[initial]}>{children}</MemoryRouter>
  );

describe('useListSearch', () => {
  it('round-trips the view through the URL, defaults left out and bad values dropped', () => {
    const { result } = renderHook(useProbe, { wrapper: at('/?vpcId=nope&page=3&sort=-name') });
    expect(result.current.search).toMatchObject({ vpcId: undefined, page: 3, sort: '-name' });
    act(() => result.current.update({ status: 'Available', q: ' web ' }));
    expect(result.current.location.search).toBe('?q=web&status=Available&sort=-name');
    expect(result.current.search).toMatchObject({ q: 'web', status: 'Available', page: 1 });
    expect(result.current.type).toBe('REPLACE');
    act(() => result.current.update({ page: 2 }));
    expect(result.current.location.search).toBe('?q=web&status=Available&sort=-name&page=2');
    expect(result.current.type).toBe('PUSH');
    act(() => result.current.update({ q: undefined, status: undefined, sort: undefined }));
    expect(result.current.location.search).toBe('');
  });
});
