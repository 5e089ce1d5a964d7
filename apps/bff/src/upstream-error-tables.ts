/**
 * Per-resource tables of the one upstream error mapper (`upstream-error-map.ts`): which upstream
 * parameter names are which of our form fields, and which codes mean "busy" for the resource.
 */
export interface UpstreamErrorTable {
  /** Upstream parameter names (as in `InvalidParameter.X`, `MissingX`, `InvalidX.Malformed`). */
  fields: Record<string, string>;
  /** Whole codes that name a field without naming a parameter (`InvalidName`). */
  codes?: Record<string, string>;
  /** Code prefixes that name a field (`InvalidIpAddress.` → `ipAddress`). */
  prefixes?: Record<string, string>;
  /** Codes that mean the resource is busy applying another change: 409, the UI can retry. */
  busy?: RegExp;
}

/** NAT gateways, their entries and EIPs, tags and IPv6: the platform's shared parameter names. */
export const NAT_ERRORS: UpstreamErrorTable = {
  fields: {
    Name: 'name',
    NatGatewayName: 'name',
    Description: 'description',
    NatGatewayDescription: 'description',
    VpcId: 'vpcId',
    VSwitchId: 'vSwitchId',
    VswitchId: 'vSwitchId',
    NatType: 'natType',
    NetworkType: 'networkType',
    EipBindMode: 'eipBindMode',
    InternetChargeType: 'internetChargeType',
    InstanceChargeType: 'instanceChargeType',
    SnatIp: 'snatIps',
    SourceCIDR: 'sourceCidr',
    SourceCidr: 'sourceCidr',
    SourceVSwitchId: 'sourceVSwitchId',
    SnatEntryName: 'name',
    ForwardEntryName: 'name',
    ExternalIp: 'externalIp',
    ExternalPort: 'externalPort',
    InternalIp: 'internalIp',
    InternalPort: 'internalPort',
    IpProtocol: 'ipProtocol',
    Protocal: 'ipProtocol',
    Bandwidth: 'bandwidth',
    AllocationId: 'allocationId',
    TagKey: 'tags',
    TagValue: 'tags',
    Tag: 'tags',
  },
};

/** VPN gateways, customer gateways and IPsec connections (REFERENCE §3.4, §4.4, §5.7). */
export const VPN_ERRORS: UpstreamErrorTable = {
  fields: {
    LocalSubnet: 'localSubnet',
    RemoteSubnet: 'remoteSubnet',
    IpAddress: 'ipAddress',
    Asn: 'asn',
    Bandwidth: 'bandwidth',
    SslConnections: 'sslConnections',
    VSwitchId: 'vSwitchId',
    IkeConfig: 'ikeConfig',
    IpsecConfig: 'ipsecConfig',
    CustomerGatewayId: 'customerGatewayId',
    TunnelCidr: 'tunnels',
    TunnelOptionsSpecification: 'tunnels',
    LocalBgpIp: 'tunnels',
    AuthKey: 'authKey',
  },
  codes: {
    InvalidName: 'name',
    InvalidDescription: 'description',
    // Documented codes for bad subnets (REFERENCE-2 §6 row 7) and the emulator's form codes.
    'IllegalParam.LocalSubnet': 'localSubnet',
    'IllegalParam.RemoteSubnet': 'remoteSubnet',
    'OperationUnsupported.DualTunnelGateway': 'vpnGatewayId',
    'OperationUnsupported.SingleTunnelGateway': 'vpnGatewayId',
    'InvalidParameter.TunnelCidr.Conflict': 'tunnels',
  },
  prefixes: { 'InvalidIpAddress.': 'ipAddress' },
  busy: /^(VpnGateway\.Configuring|VpnGateway\.task\.conflict|VpnTask\.CONFLICT|Appliance\.Configuring|VpnConnection\.Configuring|VpnGateway\.FinancialLocked)$/,
};

/**
 * IPv6 egress-only rules (REFERENCE-2 §5.1–§5.3, no error table: the emulator's codes). A wrong
 * address is the picked instance's fault, so it lands on `instanceId` rather than as a 404/409.
 */
export const IPV6_EGRESS_RULE_ERRORS: UpstreamErrorTable = {
  fields: { InstanceId: 'instanceId', Name: 'name', Description: 'description' },
  codes: {
    'ResourceNotFound.Ipv6Address': 'instanceId',
    'InvalidIpv6AddressId.NotFound': 'instanceId',
    'OperationFailed.Ipv6GatewayDisMatchIpv6Address': 'instanceId',
    'OperationFailed.EgressOnlyRuleAlreadyExisted': 'instanceId',
  },
};

/**
 * VPN destination and policy routes (REFERENCE-2 §2; no error tables: the emulator's codes, README
 * "VPN routes"). A refused CIDR, an unknown next hop or a duplicate lands on the form's field.
 */
export const VPN_ROUTE_ERRORS: UpstreamErrorTable = {
  fields: {
    RouteDest: 'destination',
    RouteSource: 'source',
    NextHop: 'nextHop',
    Weight: 'weight',
    NewWeight: 'newWeight',
    Priority: 'priority',
    NewPriority: 'newPriority',
    Description: 'description',
  },
  codes: {
    'IllegalParam.RouteDest': 'destination',
    'IllegalParam.RouteSource': 'source',
    'IllegalParam.NextHop': 'nextHop',
    'InvalidVpnConnectionInstanceId.NotFound': 'nextHop',
    'VpnRouteEntry.AlreadyExist': 'destination',
  },
  busy: /^(VpnGateway\.Configuring|VpnGateway\.task\.conflict|VpnTask\.CONFLICT|Appliance\.Configuring|VpnConnection\.Configuring|VpnRouteEntry\.Configuring|TaskConflict)$/,
};

/**
 * VPN diagnostics (REFERENCE-2 §1.12–§1.14, no error table: the emulator's codes). The refused
 * connection or address pair lands on the diagnose form's fields, a bad window on `to`.
 */
export const VPN_DIAGNOSTICS_ERRORS: UpstreamErrorTable = {
  fields: { ResourceId: 'vpnConnectionId', TunnelId: 'tunnelId' },
  codes: {
    'IllegalParam.ResourceId': 'vpnConnectionId',
    'IllegalParam.IPsecExtendInfo': 'privateSourceIp',
    'IllegalParam.TimeRange': 'to',
  },
  busy: VPN_ERRORS.busy,
};

/**
 * IPsec servers (not in REFERENCE-2: the emulator's codes, README "IPsec servers"). Create and
 * Update spell the name differently (`IpSecServerName` / `IpsecServerName`); both land on `name`.
 */
export const IPSEC_SERVER_ERRORS: UpstreamErrorTable = {
  fields: {
    VpnGatewayId: 'vpnGatewayId',
    ClientIpPool: 'clientIpPool',
    LocalSubnet: 'localSubnet',
    Psk: 'psk',
    PskEnabled: 'psk',
    IkeConfig: 'ikeConfig',
    IpsecConfig: 'ipsecConfig',
    IpSecServerName: 'name',
    IpsecServerName: 'name',
  },
  codes: {
    InvalidName: 'name',
    'OperationFailed.IpsecServerNotSupport': 'vpnGatewayId',
    'Resource.QuotaFull': 'vpnGatewayId',
    'IllegalParam.TimeRange': 'to',
  },
  busy: VPN_ERRORS.busy,
};

/**
 * SSL-VPN servers and client certificates (REFERENCE-2 §3; the emulator's codes, README
 * "SSL-VPN"). A refused pool, subnet or port lands on the form's field; a gateway without
 * SSL-VPN on the gateway picker; a busy gateway is a 409.
 */
export const SSL_VPN_ERRORS: UpstreamErrorTable = {
  fields: {
    Name: 'name',
    ClientIpPool: 'clientIpPool',
    LocalSubnet: 'localSubnet',
    Port: 'port',
    Proto: 'proto',
    Cipher: 'cipher',
    VpnGatewayId: 'vpnGatewayId',
    IDaaSInstanceId: 'idaasInstanceId',
    IDaaSRegionId: 'idaasRegionId',
  },
  codes: {
    InvalidName: 'name',
    'OperationFailed.SslNotSupport': 'vpnGatewayId',
    'InvalidVpnGatewayInstanceId.NotFound': 'vpnGatewayId',
    'QuotaExceeded.VpnRouteEntry': 'clientIpPool',
    'IllegalParam.TimeRange': 'to',
  },
  busy: VPN_ERRORS.busy,
};

/** VPC NAT blocks and NAT IPs (REFERENCE-2 §4.8; codes are the emulator's, README "VPC NAT"). */
export const NAT_IP_ERRORS: UpstreamErrorTable = {
  fields: {
    NatIpCidr: 'cidr',
    NatIp: 'ip',
    NatIpCidrName: 'name',
    NatIpName: 'name',
    NatIpCidrDescription: 'description',
    NatIpDescription: 'description',
  },
  codes: {
    'InvalidNatIpCidr.Malformed': 'cidr',
    'InvalidNatIpCidr.Conflict': 'cidr',
    'InvalidNatIpCidr.NotFound': 'cidr',
    'QuotaExceeded.NatIp': 'cidr',
    'InvalidNatIp.NotInCidr': 'ip',
    'InvalidIpAddress.AlreadyExist': 'ip',
  },
};

/** FULLNAT entries (REFERENCE-2 §4.9): a taken NAT IP port or an unknown NAT IP lands on its field. */
export const FULLNAT_ERRORS: UpstreamErrorTable = {
  fields: {
    FullNatEntryName: 'name',
    FullNatEntryDescription: 'description',
    IpProtocol: 'ipProtocol',
    NatIp: 'natIp',
    NatIpPort: 'natIpPort',
    AccessIp: 'accessIp',
    AccessDomain: 'accessDomain',
    AccessPort: 'accessPort',
    NetworkInterfaceId: 'networkInterfaceId',
  },
  codes: {
    'InvalidNatIp.NotFound': 'natIp',
    'Forbidden.FullNatEntry.Duplicated': 'natIpPort',
    'MissingParameter.AccessIp': 'accessIp',
  },
};
