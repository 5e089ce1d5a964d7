import '../../../testing/setup';
import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { natGatewayFixture } from '../../../features/nat-gateways/testing/nat-gateway.fixture';
import { renderWithApp } from '../../../testing/render';
import {
  DataTable,
  FIRST_PAINT_ROWS,
  firstNew,
  rowSlots,
  VIRTUALIZE_FROM,
  type Column,
} from './data-table';

type Gateway = ReturnType<typeof natGatewayFixture>;
type Sort = 'name' | 'creationTime';

const gateways = (n: number) =>
  Array.from({ length: n }, (_, i) => natGatewayFixture({ id: `ngw-${i}`, name: `gw-${i}` }));

const columns: Column<Gateway, Sort>[] = [
  { id: 'name', header: 'Name', sort: 'name', cell: (g) => g.name },
  { id: 'vpc', header: 'VPC', cell: (g) => g.vpcId },
  { id: 'created', header: 'Created', sort: 'creationTime', cell: (g) => g.creationTime },
];

function renderTable(items: Gateway[], sort?: Sort | `-${Sort}`, onSort = vi.fn()) {
  renderWithApp(
    <DataTable
      label="NAT gateways"
      items={items}
      columns={columns}
      rowKey={(g) => g.id}
      sort={sort}
      onSort={onSort}
    />,
  );
  return onSort;
}

describe('DataTable', () => {
  it('renders every row of a short page', () => {
    renderTable(gateways(5));
    const table = screen.getByRole('table', { name: 'NAT gateways' });
    expect(within(table).getAllByRole('row')).toHaveLength(6);
  });

  it('keeps only the visible rows of a long page in the DOM', () => {
    renderTable(gateways(100));
    expect(VIRTUALIZE_FROM).toBeLessThanOrEqual(100);
    expect(screen.getByTestId('virtual-list')).toBeTruthy();
    const rows = screen.getAllByRole('row').filter((r) => r.hasAttribute('data-row-id'));
    expect(rows.length).toBeLessThan(100);
  });

  it('sorts from the header of every sortable column and exposes the order with aria-sort', () => {
    const onSort = renderTable(gateways(2), 'name');
    const nameHeader = screen.getByRole('columnheader', { name: /Name/ });
    expect(nameHeader.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(within(nameHeader).getByRole('button'));
    expect(onSort).toHaveBeenCalledWith('name');
    fireEvent.click(
      within(screen.getByRole('columnheader', { name: /Created/ })).getByRole('button'),
    );
    expect(onSort).toHaveBeenLastCalledWith('creationTime');
    const vpc = screen.getByRole('columnheader', { name: 'VPC' });
    expect(within(vpc).queryByRole('button')).toBeNull();
  });

  it('keeps its table (and the rows still shown) when a filter narrows a long page', () => {
    renderWithApp(<Harness items={gateways(100)} />);
    expect(screen.getByTestId('virtual-list')).toBeTruthy();
    const before = screen.getByRole('table', { name: 'NAT gateways' });
    fireEvent.click(screen.getByRole('button', { name: 'narrow' }));
    expect(screen.queryByTestId('virtual-list')).toBeNull();
    expect(screen.getAllByRole('row').filter((r) => r.hasAttribute('data-row-id'))).toHaveLength(
      10,
    );
    expect(screen.getByRole('table', { name: 'NAT gateways' })).toBe(before);
  });

  it('shows a row coming in with the elements of a row that left, never a row twice', () => {
    const all = gateways(6);
    renderWithApp(<Harness items={all.slice(0, 3)} to={[all[0]!, all[4]!, all[5]!]} />);
    const row = (id: string) => document.querySelector(`tr[data-row-id="${id}"]`);
    const [first, second, third] = ['ngw-0', 'ngw-1', 'ngw-2'].map(row);
    fireEvent.click(screen.getByRole('button', { name: 'narrow' }));
    expect(row('ngw-0')).toBe(first);
    expect(row('ngw-4')).toBe(second);
    expect(row('ngw-5')).toBe(third);
    expect(within(row('ngw-4') as HTMLElement).getByText('gw-4')).toBeTruthy();
    const ids = [...document.querySelectorAll<HTMLElement>('tr[data-row-id]')].map(
      (r) => r.dataset.rowId,
    );
    expect(ids).toEqual(['ngw-0', 'ngw-4', 'ngw-5']);
  });
});

describe('rowSlots (the React key of each row)', () => {
  it('keeps the key of a row on screen and gives a row coming in the key of one leaving', () => {
    const shown = new Map([
      ['a', 'a'],
      ['b', 'b'],
      ['c', 'c'],
    ]);
    expect([...rowSlots(['c', 'x', 'a', 'y', 'z'], shown)]).toEqual([
      ['c', 'c'],
      ['x', 'b'],
      ['a', 'a'],
      ['y', 'y'],
      ['z', 'z'],
    ]);
  });

  it('makes a key of its own unique when another row holds that ID as its key', () => {
    // "b" left earlier and "x" took its key; "b" is back while "x" stays.
    const keys = rowSlots(['x', 'b'], new Map([['x', 'b']]));
    expect(keys.get('x')).toBe('b');
    expect(keys.get('b')).toBe('b+');
    expect(new Set(keys.values()).size).toBe(2);
  });

  it('answers the same keys for the same rows', () => {
    const shown = new Map([
      ['a', 'k1'],
      ['b', 'k2'],
    ]);
    expect(rowSlots(['b', 'c'], shown)).toEqual(rowSlots(['b', 'c'], shown));
  });
});

function Harness({ items, to = items.slice(0, 10) }: { items: Gateway[]; to?: Gateway[] }) {
  const [shown, setShown] = useState(items);
  return (
    <>
      <button onClick={() => setShown(to)}>narrow</button>
      <DataTable
        label="NAT gateways"
        items={shown}
        columns={columns}
        rowKey={(g) => g.id}
        stableBox
      />
    </>
  );
}

describe('firstNew (the rows an urgent render mounts)', () => {
  const key = (g: Gateway) => g.id;
  const all = gateways(40);

  it('mounts at most the rows in view anew, keeping every row already shown before them', () => {
    const shown = new Set(['ngw-0', 'ngw-3']);
    const first = firstNew(all, shown, key);
    // ngw-0 and ngw-3 are on screen already: FIRST_PAINT_ROWS new rows besides them.
    expect(first).toHaveLength(FIRST_PAINT_ROWS + 2);
    expect(first.map(key).slice(0, 4)).toEqual(['ngw-0', 'ngw-1', 'ngw-2', 'ngw-3']);
  });

  it('changes nothing when the rows are those on screen, or few', () => {
    expect(firstNew(all, new Set(all.map(key)), key)).toBe(all);
    const few = all.slice(0, FIRST_PAINT_ROWS);
    expect(firstNew(few, new Set(), key)).toBe(few);
  });
});
