import '../../../testing/setup';
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { renderWithApp } from '../../../testing/render';
import { ipv6GatewayFixture } from '../testing/ipv6.fixture';
import { RenameIpv6GatewayModal } from './rename-ipv6-gateway-modal';

afterEach(() => vi.unstubAllGlobals());

describe('RenameIpv6GatewayModal', () => {
  it('shows a server error on a field the dialog does not have in its summary', async () => {
    fakeBff({
      'PATCH /api/regions/cn-hangzhou/ipv6-gateways/ipv6gw-bp1test': () => ({
        status: 400,
        body: {
          error: {
            code: 'InvalidInput',
            message: 'Invalid request body: spec: cannot be changed',
            requestId: 'R-9',
            fields: [
              {
                path: 'spec',
                message: 'cannot be changed: IPv6 gateways have no spec any more',
                key: 'noSpec',
                params: {},
              },
            ],
          },
        },
      }),
    });
    const onClose = vi.fn();
    renderWithApp(<RenameIpv6GatewayModal gateway={ipv6GatewayFixture()} onClose={onClose} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain(
      'spec: Cannot be changed: IPv6 gateways no longer have a spec',
    );
    expect(summary.textContent).toContain('R-9');
    expect(onClose).not.toHaveBeenCalled();
  });
});
