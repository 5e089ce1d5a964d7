import '../../../testing/setup';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import { AUDITOR, renderWithApp } from '../../../testing/render';
import type { Column } from './data-table';
import { BUSY_DIM_AFTER_MS, ListPage, type ListQueryState } from './list-page';

interface Item {
  id: string;
  name: string;
}

const columns: Column<Item>[] = [{ id: 'name', header: 'Name', cell: (i) => i.name }];
const ok: ListQueryState = { isPending: false, isError: false, error: null, refetch: vi.fn() };
const failed = (refetch = vi.fn()): ListQueryState => ({
  isPending: false,
  isError: true,
  error: new ApiError({
    status: 503,
    code: 'UpstreamUnavailable',
    message: 'down',
    requestId: 'REQ-9',
  }),
  refetch,
});

function renderPage(
  query: ListQueryState,
  rows: { items: Item[]; total: number } | undefined,
  options: {
    filtered?: boolean;
    onCreate?: () => void;
    session?: typeof AUDITOR;
    busy?: boolean;
  } = {},
) {
  return renderWithApp(
    <ListPage
      title="Things"
      query={query}
      rows={rows}
      create={{ label: 'Create thing', onClick: options.onCreate ?? vi.fn() }}
      filtered={options.filtered ?? false}
      empty={{ text: 'No thing yet.', filteredText: 'No thing matches.' }}
      table={{ label: 'Things', columns, rowKey: (i) => i.id }}
      pagination={{ page: 1, pageSize: 20, onChange: vi.fn() }}
      busy={options.busy}
    />,
    { session: options.session },
  );
}

describe('ListPage', () => {
  it('says at once that previewed rows are not the answer yet, and dims them only if it is slow', () => {
    vi.useFakeTimers();
    try {
      const rows = { items: [{ id: 'a', name: 'alpha' }], total: 1 };
      const view = renderPage(ok, rows, { busy: true });
      const box = () => screen.getByRole('table', { name: 'Things' }).closest('[aria-busy]');
      expect(box()?.getAttribute('aria-busy')).toBe('true');
      expect((box() as HTMLElement).style.opacity).toBe('');
      act(() => vi.advanceTimersByTime(BUSY_DIM_AFTER_MS));
      expect((box() as HTMLElement).style.opacity).toBe('0.7');
      view.unmount();
      renderPage(ok, rows, { busy: false });
      expect(box()?.getAttribute('aria-busy')).toBe('false');
      expect((box() as HTMLElement).style.opacity).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the stale rows visible under the error of a failed refresh, and retries', () => {
    const refetch = vi.fn();
    renderPage(failed(refetch), { items: [{ id: 'a', name: 'alpha' }], total: 1 });
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('UpstreamUnavailable')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Things' });
    expect(within(table).getByText('alpha')).toBeTruthy();
    // The error comes first in the document: above the stale table.
    expect(alert.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(refetch).toHaveBeenCalled();
  });

  it('offers the create button in the empty state of a bare list, once', () => {
    const onCreate = vi.fn();
    renderPage(ok, { items: [], total: 0 }, { onCreate });
    expect(screen.getByText('No thing yet.')).toBeTruthy();
    const create = screen.getAllByRole('button', { name: 'Create thing' });
    expect(create).toHaveLength(1);
    fireEvent.click(create[0] as HTMLElement);
    expect(onCreate).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Refresh' })).toBeTruthy();
  });

  it('says nothing matches a filtered empty list, with create back in the header', () => {
    renderPage(ok, { items: [], total: 0 }, { filtered: true });
    expect(screen.getByText('No thing matches.')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Create thing' })).toHaveLength(1);
  });

  it('gives auditors no create button, even on an empty list', () => {
    renderPage(ok, { items: [], total: 0 }, { session: AUDITOR });
    expect(screen.queryByRole('button', { name: 'Create thing' })).toBeNull();
  });

  it('shows a skeleton while the first page loads', () => {
    renderPage({ ...ok, isPending: true }, undefined);
    expect(screen.getByRole('status', { name: 'Loading…' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
