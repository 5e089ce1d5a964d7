import {
  allocateEipSchema,
  bindEipSchema,
  eipListQuerySchema,
  eipListSchema,
  eipParamsSchema,
  eipSchema,
  updateEipSchema,
} from '../eip.ts';
import {
  createDnatEntrySchema,
  createSnatEntrySchema,
  dnatEntryListSchema,
  dnatEntrySchema,
  snatEntryListSchema,
  snatEntrySchema,
  updateDnatEntrySchema,
  updateSnatEntrySchema,
} from '../nat-entries.ts';
import {
  dnatEntryParamsSchema,
  natGatewayEipParamsSchema,
  natGatewayParamsSchema,
  regionParamsSchema,
  snatEntryParamsSchema,
  unbindEipQuerySchema,
} from '../route-params.ts';
import { defineRoute } from './define-route.ts';

const GW = '/api/regions/{regionId}/nat-gateways/{id}';

/** SNAT and DNAT entries of a NAT gateway: list, create, edit, delete. */
export const natEntryRoutes = {
  listSnat: defineRoute({
    method: 'get',
    path: `${GW}/snat-entries`,
    summary: 'SNAT entries',
    params: natGatewayParamsSchema,
    response: snatEntryListSchema,
  }),
  createSnat: defineRoute({
    method: 'post',
    path: `${GW}/snat-entries`,
    summary: 'Add an SNAT entry',
    params: natGatewayParamsSchema,
    body: createSnatEntrySchema,
    status: 201,
    response: snatEntrySchema,
    creates: true,
    audit: { action: 'CreateSnatEntry' },
  }),
  removeSnat: defineRoute({
    method: 'delete',
    path: `${GW}/snat-entries/{entryId}`,
    summary: 'Delete an SNAT entry',
    params: snatEntryParamsSchema,
    status: 204,
    audit: { action: 'DeleteSnatEntry', resourceParam: 'entryId' },
  }),
  listDnat: defineRoute({
    method: 'get',
    path: `${GW}/dnat-entries`,
    summary: 'DNAT entries',
    params: natGatewayParamsSchema,
    response: dnatEntryListSchema,
  }),
  createDnat: defineRoute({
    method: 'post',
    path: `${GW}/dnat-entries`,
    summary: 'Add a DNAT entry',
    params: natGatewayParamsSchema,
    body: createDnatEntrySchema,
    status: 201,
    response: dnatEntrySchema,
    creates: true,
    audit: { action: 'CreateForwardEntry' },
  }),
  removeDnat: defineRoute({
    method: 'delete',
    path: `${GW}/dnat-entries/{entryId}`,
    summary: 'Delete a DNAT entry',
    params: dnatEntryParamsSchema,
    status: 204,
    audit: { action: 'DeleteForwardEntry', resourceParam: 'entryId' },
  }),
  updateSnat: defineRoute({
    method: 'patch',
    path: `${GW}/snat-entries/{entryId}`,
    summary: 'Edit an SNAT entry (name, SNAT IPs)',
    params: snatEntryParamsSchema,
    body: updateSnatEntrySchema,
    response: snatEntrySchema,
    audit: { action: 'ModifySnatEntry', resourceParam: 'entryId' },
  }),
  updateDnat: defineRoute({
    method: 'patch',
    path: `${GW}/dnat-entries/{entryId}`,
    summary: 'Edit a DNAT entry (name, IPs, ports, protocol)',
    params: dnatEntryParamsSchema,
    body: updateDnatEntrySchema,
    response: dnatEntrySchema,
    audit: { action: 'ModifyForwardEntry', resourceParam: 'entryId' },
  }),
};

/** EIPs: the region's (list, allocate, edit) and a NAT gateway's (list, bind, unbind). */
export const eipRoutes = {
  list: defineRoute({
    method: 'get',
    path: '/api/regions/{regionId}/eips',
    summary: 'EIPs of a region',
    params: regionParamsSchema,
    query: eipListQuerySchema,
    response: eipListSchema,
  }),
  allocate: defineRoute({
    method: 'post',
    path: '/api/regions/{regionId}/eips',
    summary: 'Allocate an EIP',
    params: regionParamsSchema,
    body: allocateEipSchema,
    status: 201,
    response: eipSchema,
    creates: true,
    audit: { action: 'AllocateEipAddress' },
  }),
  listBound: defineRoute({
    method: 'get',
    path: `${GW}/eips`,
    summary: 'EIPs bound to the gateway',
    params: natGatewayParamsSchema,
    response: eipListSchema,
  }),
  // Binding is not a create: Idempotency-Key is optional, and used when sent.
  bind: defineRoute({
    method: 'post',
    path: `${GW}/eips`,
    summary: 'Bind an EIP',
    params: natGatewayParamsSchema,
    body: bindEipSchema,
    response: eipSchema,
    idempotency: 'optional',
    audit: { action: 'AssociateEipAddress' },
  }),
  unbind: defineRoute({
    method: 'delete',
    path: `${GW}/eips/{allocationId}`,
    summary: 'Unbind an EIP (force=true even when entries use it)',
    params: natGatewayEipParamsSchema,
    query: unbindEipQuerySchema,
    status: 204,
    audit: { action: 'UnassociateEipAddress', resourceParam: 'allocationId' },
  }),
  update: defineRoute({
    method: 'patch',
    path: '/api/regions/{regionId}/eips/{allocationId}',
    summary: 'Edit an EIP (name, description, bandwidth)',
    params: eipParamsSchema,
    body: updateEipSchema,
    response: eipSchema,
    audit: { action: 'ModifyEipAddressAttribute', resourceParam: 'allocationId' },
  }),
};
