import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../testing/render';
import { CopyIdButton } from './id-cell';

afterEach(() => vi.unstubAllGlobals());

function Harness({ value }: { value: string }) {
  return <CopyIdButton value={value} />;
}

describe('CopyIdButton', () => {
  it('says "Copied" for the value it copied, not for another one its row comes to show', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const view = renderWithApp(<Harness value="ngw-1" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy ID ngw-1' }));
    expect(writeText).toHaveBeenCalledWith('ngw-1');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Copied' })).toBeTruthy());
    // The row's elements now show another gateway (a filter narrowed the list).
    act(() => view.rerender(<Harness value="ngw-2" />));
    expect(screen.getByRole('button', { name: 'Copy ID ngw-2' }).dataset.copied).toBeUndefined();
  });
});
