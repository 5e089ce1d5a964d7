// What the soak intends: the gateways, EIPs and entries it made and did not remove, updated only
// by answers the driver saw succeed (or confirmed after an ambiguous failure).

/** An SNAT entry the soak created. */
export interface SnatIntent {
  id: string;
  cidr: string;
  ip: string;
}

/** A DNAT entry the soak created. */
export interface DnatIntent {
  id: string;
  externalIp: string;
  externalPort: string;
  internalIp: string;
}

/** A gateway the soak created. */
export interface GatewayIntent {
  id: string;
  name: string;
  eips: Set<string>;
  snat: Map<string, SnatIntent>;
  dnat: Map<string, DnatIntent>;
}

/** An EIP the soak allocated; `boundTo` is a gateway id. */
export interface EipIntent {
  id: string;
  name: string;
  ip: string;
  boundTo?: string;
}

/** A VPN gateway or customer gateway the soak created. */
export interface NamedIntent {
  kind: 'vpn' | 'cgw';
  id: string;
  name: string;
}

/** The intended state, plus counters that keep names, CIDRs and ports unique. */
export class SoakModel {
  readonly gateways = new Map<string, GatewayIntent>();
  readonly eips = new Map<string, EipIntent>();
  readonly named = new Map<string, NamedIntent>();
  private counter = 0;

  constructor(
    readonly regionId: string,
    readonly vpcId: string,
    readonly vSwitchId: string,
    /** The VPC's first two octets (`10.41`): entries take /24s and IPs inside it. */
    readonly netPrefix: string,
  ) {}

  /** A fresh number for names, CIDRs and ports. */
  next(): number {
    this.counter += 1;
    return this.counter;
  }

  /** EIPs of the soak that are not bound. */
  freeEips(): EipIntent[] {
    return [...this.eips.values()].filter((e) => e.boundTo === undefined);
  }

  /** Whether an entry of `gw` uses the EIP's address. */
  eipInUse(gw: GatewayIntent, ip: string): boolean {
    return (
      [...gw.snat.values()].some((s) => s.ip === ip) ||
      [...gw.dnat.values()].some((d) => d.externalIp === ip)
    );
  }

  /** A gateway deleted with Force: its entries go, its EIPs come back free. */
  removeGateway(id: string): void {
    this.gateways.delete(id);
    for (const e of this.eips.values()) if (e.boundTo === id) e.boundTo = undefined;
  }
}
