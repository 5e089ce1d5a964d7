import '../../../testing/setup';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../../testing/render';
import { AttributesGrid, type AttributeSpec } from './attributes-grid';

type Thing = { id: string; name: string; expiredTime?: string; on: boolean };
const ITEMS: AttributeSpec<Thing>[] = [
  { label: 'nat.fields.id', value: (r) => r.id },
  { label: 'nat.fields.name', value: (r) => r.name },
  { label: 'nat.fields.deletionProtection', value: (r, f) => f.flag(r.on) },
  { label: 'nat.fields.expiredTime', value: (r, f) => f.dateTime(r.expiredTime), optional: true },
];

describe('AttributesGrid', () => {
  it('shows each declared attribute, "—" for an empty one, and leaves out empty optional ones', async () => {
    renderWithApp(<AttributesGrid resource={{ id: 'x-1', name: '', on: true }} items={ITEMS} />);
    const terms = (await screen.findAllByRole('term')).map((e) => e.textContent);
    expect(terms).toEqual(['ID', 'Name', 'Deletion protection']);
    const values = screen.getAllByRole('definition').map((e) => e.textContent);
    expect(values).toEqual(['x-1', '—', 'On']);
    expect(screen.getByRole('heading', { level: 2, name: 'Attributes' })).toBeTruthy();
  });
});
