import '../../../testing/setup';
import { MantineProvider, Table } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { SortHeader } from './sort-header';

type Column = 'name' | 'status';

/** A header row wired like the lists: clicking the sorted column flips its direction. */
function Harness() {
  const [sort, setSort] = useState<Column | `-${Column}` | undefined>(undefined);
  const onSort = (column: Column) => setSort(sort === column ? `-${column}` : column);
  return (
    <MantineProvider>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <SortHeader
              column="name"
              label="Name"
              title="Sort by Name"
              sort={sort}
              onSort={onSort}
            />
            <SortHeader
              column="status"
              label="Status"
              title="Sort by Status"
              sort={sort}
              onSort={onSort}
            />
          </Table.Tr>
        </Table.Thead>
      </Table>
    </MantineProvider>
  );
}

describe('SortHeader', () => {
  it('reports the order in aria-sort and sorts on click', () => {
    render(<Harness />);
    const name = screen.getByRole('columnheader', { name: /Name/ });
    expect(name.getAttribute('aria-sort')).toBe('none');
    fireEvent.click(screen.getByRole('button', { name: /Name/ }));
    expect(name.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByRole('button', { name: /Name/ }));
    expect(name.getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByRole('columnheader', { name: /Status/ }).getAttribute('aria-sort')).toBe(
      'none',
    );
  });
});
