import '../../testing/setup';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatusBadge } from './status-badge';

const inMantine = (ui: React.ReactNode) => render(<MantineProvider>{ui}</MantineProvider>);

describe('StatusBadge', () => {
  it('shows the status as text, with its tone', () => {
    inMantine(<StatusBadge label="Available" tone="ok" />);
    const text = screen.getByText('Available');
    const badge = text.closest('[data-tone]');
    expect(badge?.getAttribute('data-tone')).toBe('ok');
    expect(badge?.hasAttribute('data-transitional')).toBe(false);
  });

  it('marks a transitional state (spinner instead of dot)', () => {
    inMantine(<StatusBadge label="Creating" tone="progress" transitional />);
    const badge = screen.getByText('Creating').closest('[data-tone]');
    expect(badge?.getAttribute('data-transitional')).toBe('true');
  });
});
