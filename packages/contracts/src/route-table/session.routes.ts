import { z } from 'zod';
import { regionListSchema, vSwitchListSchema, vpcListSchema } from '../region.ts';
import { regionParamsSchema, vpcParamsSchema } from '../route-params.ts';
import {
  healthSchema,
  loginRequestSchema,
  readySchema,
  sessionSchema,
  upstreamRateSchema,
} from '../session.ts';
import { defineRoute } from './define-route.ts';

/** Liveness, readiness and the OpenAPI document: no session needed. */
export const healthRoutes = {
  health: defineRoute({
    method: 'get',
    path: '/api/health',
    summary: 'Liveness',
    response: healthSchema,
    access: 'public',
  }),
  ready: defineRoute({
    method: 'get',
    path: '/api/ready',
    summary: 'Readiness: the VPC API answers',
    response: readySchema,
    access: 'public',
  }),
  // Signed-in users only: how busy the account's rate is says something about the account.
  upstreamRate: defineRoute({
    method: 'get',
    path: '/api/upstream-rate',
    summary: "The account's API rate budget: calls waiting for their turn",
    response: upstreamRateSchema,
  }),
  openapi: defineRoute({
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This OpenAPI document',
    response: z.record(z.string(), z.unknown()),
    access: 'public',
    documented: false,
  }),
};

/** Login, logout and the current session with its CSRF token. */
export const sessionRoutes = {
  get: defineRoute({
    method: 'get',
    path: '/api/session',
    summary: 'Current session and its CSRF token',
    response: sessionSchema,
    access: 'public',
  }),
  // Logging in needs no CSRF token: there is no session yet.
  login: defineRoute({
    method: 'post',
    path: '/api/session',
    summary: 'Log in',
    body: loginRequestSchema,
    response: sessionSchema,
    access: 'public',
    mutates: false,
  }),
  logout: defineRoute({
    method: 'delete',
    path: '/api/session',
    summary: 'Log out',
    status: 204,
    access: 'public',
  }),
  // Every role may end its own sessions, so no operator check (`mutates: false`); the handler
  // still requires the CSRF token.
  logoutEverywhere: defineRoute({
    method: 'delete',
    path: '/api/sessions',
    summary: 'Sign out everywhere: end every session of the current user',
    status: 204,
    mutates: false,
  }),
};

/** Regions, VPCs and vSwitches: the pickers of every create form. */
export const lookupRoutes = {
  regions: defineRoute({
    method: 'get',
    path: '/api/regions',
    summary: 'Regions',
    response: regionListSchema,
  }),
  vpcs: defineRoute({
    method: 'get',
    path: '/api/regions/{regionId}/vpcs',
    summary: 'VPCs of a region',
    params: regionParamsSchema,
    response: vpcListSchema,
  }),
  vSwitches: defineRoute({
    method: 'get',
    path: '/api/regions/{regionId}/vpcs/{vpcId}/vswitches',
    summary: 'vSwitches of a VPC',
    params: vpcParamsSchema,
    response: vSwitchListSchema,
  }),
};
