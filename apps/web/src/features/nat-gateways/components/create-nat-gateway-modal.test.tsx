import '../../../testing/setup';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { renderWithApp } from '../../../testing/render';
import { CreateNatGatewayModal } from './create-nat-gateway-modal';

const BASE = '/api/regions/cn-hangzhou';
const vpc = {
  id: 'vpc-a1',
  name: 'prod',
  cidrBlock: '10.0.0.0/8',
  status: 'Available',
  isDefault: false,
  description: '',
  regionId: 'cn-hangzhou',
  vSwitchIds: ['vsw-a1'],
  natGatewayIds: [],
  tags: [],
};
const vsw = {
  id: 'vsw-a1',
  name: 'app',
  cidrBlock: '10.0.1.0/24',
  vpcId: 'vpc-a1',
  zoneId: 'cn-hangzhou-h',
  status: 'Available',
  availableIpAddressCount: 250,
  description: '',
};

afterEach(() => vi.unstubAllGlobals());

const errorOf = (label: string) => {
  const input = screen.getByLabelText(label, { exact: false, selector: 'input,select,textarea' });
  const id = input.getAttribute('aria-describedby') ?? '';
  return id
    .split(' ')
    .map((part) => document.getElementById(part)?.textContent ?? '')
    .join(' ');
};

describe('CreateNatGatewayModal', () => {
  it('checks every field before sending, and puts each message on its field', async () => {
    const { calls } = fakeBff({ [`GET ${BASE}/vpcs`]: () => ({ items: [vpc] }) });
    renderWithApp(<CreateNatGatewayModal regionId="cn-hangzhou" onClose={() => undefined} />);
    fireEvent.change(await screen.findByLabelText('Name', { exact: false, selector: 'input' }), {
      target: { value: '9lives' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(errorOf('Name')).toContain('Must start with a letter'));
    expect(errorOf('VPC')).toContain('Choose a VPC');
    expect(errorOf('vSwitch')).toContain('Choose a vSwitch');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('sends a valid form once with an Idempotency-Key and shows server field errors', async () => {
    const { calls } = fakeBff({
      [`GET ${BASE}/vpcs`]: () => ({ items: [vpc] }),
      [`GET ${BASE}/vpcs/vpc-a1/vswitches`]: () => ({ items: [vsw] }),
      'GET /api/session': () => ({
        user: 'operator',
        role: 'operator',
        demo: true,
        csrfToken: 'c1',
      }),
      [`POST ${BASE}/nat-gateways`]: () => ({
        status: 400,
        body: {
          error: {
            code: 'InvalidInput',
            message: 'invalid',
            // The body the BFF sends: the English message with its key and params.
            fields: [
              {
                path: 'name',
                message: 'must be at most 128 characters',
                key: 'maxChars',
                params: { n: 128 },
              },
            ],
          },
        },
      }),
    });
    renderWithApp(<CreateNatGatewayModal regionId="cn-hangzhou" onClose={() => undefined} />);
    await screen.findByRole('option', { name: /prod \(vpc-a1\)/ });
    fireEvent.change(screen.getByLabelText('VPC', { exact: false, selector: 'select' }), {
      target: { value: 'vpc-a1' },
    });
    await screen.findByRole('option', { name: /cn-hangzhou-h · 250 free IPs/ });
    fireEvent.change(screen.getByLabelText('vSwitch', { exact: false, selector: 'select' }), {
      target: { value: 'vsw-a1' },
    });
    fireEvent.change(screen.getByLabelText('Name', { exact: false, selector: 'input' }), {
      target: { value: 'edge-gw' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(errorOf('Name')).toContain('At most 128 characters'));
    const post = calls.find((c) => c.method === 'POST');
    const headers = new Headers(post?.init.headers);
    expect(headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(headers.get('X-CSRF-Token')).toBe('c1');
    expect(JSON.parse(String(post?.init.body))).toMatchObject({
      vpcId: 'vpc-a1',
      vSwitchId: 'vsw-a1',
      name: 'edge-gw',
      natType: 'Enhanced',
    });
  });
});

describe('CreateNatGatewayModal errors', () => {
  it('keeps an error that names no field visible in the dialog, with code and RequestId', async () => {
    fakeBff({
      [`GET ${BASE}/vpcs`]: () => ({ items: [vpc] }),
      [`GET ${BASE}/vpcs/vpc-a1/vswitches`]: () => ({ items: [vsw] }),
      'GET /api/session': () => ({
        user: 'operator',
        role: 'operator',
        demo: true,
        csrfToken: 'c',
      }),
      [`POST ${BASE}/nat-gateways`]: () => ({
        status: 400,
        body: {
          error: {
            code: 'OperationFailed.EnhancedQuotaExceed',
            message: 'quota',
            requestId: 'R-7',
          },
        },
      }),
    });
    renderWithApp(<CreateNatGatewayModal regionId="cn-hangzhou" onClose={() => undefined} />);
    await screen.findByRole('option', { name: /prod \(vpc-a1\)/ });
    fireEvent.change(screen.getByLabelText('VPC', { exact: false, selector: 'select' }), {
      target: { value: 'vpc-a1' },
    });
    await screen.findByRole('option', { name: /250 free IPs/ });
    fireEvent.change(screen.getByLabelText('vSwitch', { exact: false, selector: 'select' }), {
      target: { value: 'vsw-a1' },
    });
    fireEvent.change(screen.getByLabelText('Name', { exact: false, selector: 'input' }), {
      target: { value: 'edge-gw' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('OperationFailed.EnhancedQuotaExceed');
    expect(alert.textContent).toContain('R-7');
  });
});
