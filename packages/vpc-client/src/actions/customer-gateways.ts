import { list, obj, response } from '../schema.ts';
import type { Infer } from '../schema.ts';
import { defineAction, pageFields, requestIdOnly, tagList } from './define-action.ts';
import type { ClientTokenRequest, PageRequest, TagInput } from './define-action.ts';

/** CreateCustomerGateway request (REFERENCE §3.4); note `Tags` (plural) here. */
export interface CreateCustomerGatewayRequest extends ClientTokenRequest {
  RegionId: string;
  IpAddress: string;
  /** A **string** in the request (`1`–`4294967295`, or `high.low`); an int in responses. */
  Asn?: string;
  AuthKey?: string;
  Name?: string;
  Description?: string;
  ResourceGroupId?: string;
  Tags?: TagInput[];
}

/** DescribeCustomerGateways request; `Tag` (singular) here. */
export interface DescribeCustomerGatewaysRequest extends PageRequest {
  RegionId: string;
  CustomerGatewayId?: string;
  ResourceGroupId?: string;
  Tag?: TagInput[];
}

/** DescribeCustomerGateway request. */
export interface DescribeCustomerGatewayRequest {
  RegionId: string;
  CustomerGatewayId: string;
}

/** DeleteCustomerGateway request. */
export interface DeleteCustomerGatewayRequest extends ClientTokenRequest {
  RegionId: string;
  CustomerGatewayId: string;
}

const customerGatewayFields = {
  CustomerGatewayId: 'string!',
  Name: 'string',
  Description: 'string',
  IpAddress: 'string',
  // Asn is an int in responses though a string in the request (REFERENCE §3.4, §8.8).
  Asn: 'int',
  AuthKey: 'string',
  // Epoch milliseconds.
  CreateTime: 'int',
  ResourceGroupId: 'string',
  Tags: tagList,
} as const;

const customerGateway = obj(customerGatewayFields);

/** A customer gateway of DescribeCustomerGateways. */
export type CustomerGateway = Infer<typeof customerGateway>;

/** ModifyCustomerGatewayAttribute request (REFERENCE-2 §1.11); a new AuthKey locks the VPN gateways. */
export interface ModifyCustomerGatewayAttributeRequest extends ClientTokenRequest {
  RegionId: string;
  CustomerGatewayId: string;
  Name?: string;
  Description?: string;
  AuthKey?: string;
}

/** Customer gateway actions (REFERENCE §3.4). */
export const customerGatewayActions = {
  CreateCustomerGateway: defineAction<CreateCustomerGatewayRequest>()(
    response({
      CustomerGatewayId: 'string!',
      Name: 'string',
      Description: 'string',
      IpAddress: 'string',
      CreateTime: 'int',
    }),
  ),
  DescribeCustomerGateways: defineAction<DescribeCustomerGatewaysRequest>({ read: true })(
    response({ ...pageFields, CustomerGateways: list('CustomerGateway', customerGateway) }),
  ),
  DescribeCustomerGateway: defineAction<DescribeCustomerGatewayRequest>({ read: true })(
    response(customerGatewayFields),
  ),
  DeleteCustomerGateway: defineAction<DeleteCustomerGatewayRequest>()(requestIdOnly),
  // No Asn and no AuthKey in the answer (REFERENCE-2 §1.11).
  ModifyCustomerGatewayAttribute: defineAction<ModifyCustomerGatewayAttributeRequest>()(
    response({
      CustomerGatewayId: 'string!',
      Name: 'string',
      Description: 'string',
      IpAddress: 'string',
      ResourceGroupId: 'string',
      CreateTime: 'int',
    }),
  ),
};

type Actions = typeof customerGatewayActions;
/** CreateCustomerGateway response. */
export type CreateCustomerGatewayResponse = Infer<Actions['CreateCustomerGateway']['response']>;
/** DescribeCustomerGateways response. */
export type DescribeCustomerGatewaysResponse = Infer<
  Actions['DescribeCustomerGateways']['response']
>;
/** DescribeCustomerGateway response (flat). */
export type DescribeCustomerGatewayResponse = Infer<Actions['DescribeCustomerGateway']['response']>;
/** DeleteCustomerGateway response. */
export type DeleteCustomerGatewayResponse = Infer<Actions['DeleteCustomerGateway']['response']>;
/** ModifyCustomerGatewayAttribute response. */
export type ModifyCustomerGatewayAttributeResponse = Infer<
  Actions['ModifyCustomerGatewayAttribute']['response']
>;
