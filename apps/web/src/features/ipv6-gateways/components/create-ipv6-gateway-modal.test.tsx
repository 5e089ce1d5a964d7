import '../../../testing/setup';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { renderWithApp } from '../../../testing/render';
import { ipv6GatewayFixture } from '../testing/ipv6.fixture';
import { CreateIpv6GatewayModal } from './create-ipv6-gateway-modal';

const CANDIDATES = 'GET /api/regions/cn-hangzhou/ipv6-gateways/vpc-candidates';
const CREATE = 'POST /api/regions/cn-hangzhou/ipv6-gateways';
const candidates = {
  items: [
    {
      id: 'vpc-taken',
      name: 'prod-core-vpc',
      cidrBlock: '10.0.0.0/8',
      ipv6CidrBlock: '2408::/56',
      eligible: false,
      blocker: 'hasIpv6Gateway',
      ipv6GatewayId: 'ipv6gw-existing',
    },
    {
      id: 'vpc-noipv6',
      name: 'default-vpc',
      cidrBlock: '172.16.0.0/12',
      eligible: false,
      blocker: 'ipv6NotEnabled',
    },
    {
      id: 'vpc-free',
      name: 'pay-vpc',
      cidrBlock: '192.168.0.0/16',
      ipv6CidrBlock: '2408:1::/56',
      eligible: true,
    },
  ],
};

afterEach(() => vi.unstubAllGlobals());

describe('CreateIpv6GatewayModal', () => {
  it('offers only VPCs without an IPv6 gateway and shows why the others cannot be chosen', async () => {
    fakeBff({ [CANDIDATES]: () => candidates });
    renderWithApp(<CreateIpv6GatewayModal regionId="cn-hangzhou" onClose={() => undefined} />);
    const taken = await screen.findByRole('option', { name: /prod-core-vpc/ });
    expect(taken.textContent).toContain('already has IPv6 gateway ipv6gw-existing');
    expect((taken as HTMLOptionElement).disabled).toBe(true);
    const noIpv6 = screen.getByRole('option', { name: /default-vpc/ }) as HTMLOptionElement;
    expect(noIpv6.textContent).toContain('IPv6 is not enabled on this VPC');
    expect(noIpv6.disabled).toBe(true);
    expect((screen.getByRole('option', { name: /pay-vpc/ }) as HTMLOptionElement).disabled).toBe(
      false,
    );
  });

  it('checks fields before sending, then creates with an Idempotency-Key', async () => {
    const { calls } = fakeBff({
      [CANDIDATES]: () => candidates,
      [CREATE]: () => ({
        status: 201,
        body: ipv6GatewayFixture({ status: 'Creating', name: 'new-gw' }),
      }),
      'GET /api/session': () => ({
        user: 'operator',
        role: 'operator',
        demo: true,
        csrfToken: 'c',
      }),
    });
    const onClose = vi.fn();
    renderWithApp(<CreateIpv6GatewayModal regionId="cn-hangzhou" onClose={onClose} />);
    await screen.findByRole('option', { name: /pay-vpc/ });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    const picker = screen.getByRole('combobox', { name: /VPC/ });
    await waitFor(() => expect(picker.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('textbox', { name: /Name/ }).getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.change(picker, {
      target: { value: 'vpc-free' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /Name/ }), {
      target: { value: 'new-gw' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const post = calls.find((c) => c.method === 'POST');
    expect(JSON.parse(String(post?.init.body))).toEqual({ vpcId: 'vpc-free', name: 'new-gw' });
    expect(new Headers(post?.init.headers).get('Idempotency-Key')).toMatch(/.{8,}/);
  });

  it('puts a server refusal (VPC already has a gateway) on the VPC field', async () => {
    const reason = 'already has IPv6 gateway ipv6gw-raced; a VPC can have only one';
    fakeBff({
      [CANDIDATES]: () => candidates,
      [CREATE]: () => ({
        status: 409,
        body: {
          error: {
            code: 'Ipv6GatewayExists',
            message: reason,
            fields: [{ path: 'vpcId', message: reason }],
          },
        },
      }),
      'GET /api/session': () => ({
        user: 'operator',
        role: 'operator',
        demo: true,
        csrfToken: 'c',
      }),
    });
    const onClose = vi.fn();
    renderWithApp(<CreateIpv6GatewayModal regionId="cn-hangzhou" onClose={onClose} />);
    await screen.findByRole('option', { name: /pay-vpc/ });
    fireEvent.change(screen.getByRole('combobox', { name: /VPC/ }), {
      target: { value: 'vpc-free' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /Name/ }), {
      target: { value: 'new-gw' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText(reason)).toBeTruthy();
    expect(screen.getByRole('combobox', { name: /VPC/ }).getAttribute('aria-invalid')).toBe('true');
    expect(onClose).not.toHaveBeenCalled();
  });
});
