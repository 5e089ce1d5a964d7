import '../../testing/setup';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../i18n';
import { NAT_STATUS } from '../../features/nat-gateways/utils/nat-status';
import { ResourceStatusBadge } from './status-badge';

const inMantine = (ui: React.ReactNode) => render(<MantineProvider>{ui}</MantineProvider>);

describe('ResourceStatusBadge', () => {
  it('translates the status and picks the tone from it', async () => {
    inMantine(<ResourceStatusBadge table={NAT_STATUS} status="Deleting" />);
    expect(screen.getByText('Deleting').closest('[data-tone]')?.getAttribute('data-tone')).toBe(
      'warning',
    );
    await changeLanguage('zh-CN');
    try {
      inMantine(<ResourceStatusBadge table={NAT_STATUS} status="Creating" />);
      expect(screen.getByText('创建中')).toBeTruthy();
    } finally {
      await changeLanguage('en');
    }
  });
});
