import '../../../testing/setup';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../../testing/render';
import { natGatewayFixture } from '../testing/nat-gateway.fixture';
import { NatGatewaysTable, VIRTUALIZE_FROM } from './nat-gateways-table';

const gateways = (n: number) =>
  Array.from({ length: n }, (_, i) => natGatewayFixture({ id: `ngw-${i}`, name: `gw-${i}` }));

describe('NatGatewaysTable', () => {
  it('renders every row of a short page', () => {
    renderWithApp(
      <NatGatewaysTable items={gateways(5)} regionId="r" sort={undefined} onSortChange={vi.fn()} />,
    );
    const table = screen.getByRole('table', { name: 'NAT gateways' });
    expect(within(table).getAllByRole('row')).toHaveLength(6);
  });

  it('keeps only the visible rows of a long page in the DOM', () => {
    renderWithApp(
      <NatGatewaysTable
        items={gateways(100)}
        regionId="r"
        sort={undefined}
        onSortChange={vi.fn()}
      />,
    );
    expect(VIRTUALIZE_FROM).toBeLessThanOrEqual(100);
    expect(screen.getByTestId('virtual-list')).toBeTruthy();
    const rows = screen.getAllByRole('row').filter((r) => r.hasAttribute('data-row-id'));
    expect(rows.length).toBeLessThan(100);
  });

  it('sorts from the header and exposes the order with aria-sort', () => {
    const onSortChange = vi.fn();
    renderWithApp(
      <NatGatewaysTable items={gateways(2)} regionId="r" sort="name" onSortChange={onSortChange} />,
    );
    const nameHeader = screen.getByRole('columnheader', { name: /Name/ });
    expect(nameHeader.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(within(nameHeader).getByRole('button'));
    expect(onSortChange).toHaveBeenCalledWith('-name');
    fireEvent.click(
      within(screen.getByRole('columnheader', { name: /Created/ })).getByRole('button'),
    );
    expect(onSortChange).toHaveBeenLastCalledWith('creationTime');
  });
});
