// A bound EIP and one SNAT and one DNAT entry on it, as the BFF lists them for the detail page.

/** An EIP bound to the fixture gateway. */
export const eipFixture = {
  allocationId: 'eip-1',
  ipAddress: '47.96.1.1',
  name: '',
  status: 'InUse',
  bandwidth: '5',
  internetChargeType: 'PayByTraffic',
  allocationTime: '2026-01-01T08:00:00Z',
  tags: [],
};

/** An SNAT entry translating a CIDR block through the fixture EIP. */
export const snatFixture = {
  id: 'snat-1',
  name: 'web',
  snatTableId: 'stb-1',
  snatIp: '47.96.1.1',
  sourceCidr: '192.168.0.0/24',
  status: 'Available',
};

/** A DNAT entry forwarding the fixture EIP's port 22. */
export const dnatFixture = {
  id: 'fwd-1',
  name: 'ssh',
  forwardTableId: 'ftb-1',
  externalIp: '47.96.1.1',
  externalPort: '22',
  internalIp: '192.168.0.10',
  internalPort: '22',
  ipProtocol: 'TCP',
  status: 'Available',
};
