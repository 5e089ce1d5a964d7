import { createBrowserRouter, matchRoutes, Navigate, type RouteObject } from 'react-router';
import { RouteErrorBoundary } from '../components/ui/route-error-boundary';
import { PageLoader } from '../components/ui/page-loader';
import { loadAllStrings } from '../i18n';
import { AppLayout } from './layout/app-layout';
import { NotFoundRoute } from './routes/not-found';
import { RegionRedirect } from './routes/region-redirect';

const errorElement = <RouteErrorBoundary />;

/**
 * A page past the first screens (the NAT list, login) reads English strings the first load
 * leaves out: its route loads them beside its code. Without them it still renders (the strings
 * re-render in when they arrive) rather than fail.
 */
function withAllStrings<T>(load: () => Promise<T>): () => Promise<T> {
  return async () => {
    const [route] = await Promise.all([load(), loadAllStrings().catch(() => undefined)]);
    return route;
  };
}
// Shown while a lazy page's chunk loads on the first visit.
const hydrateFallbackElement = <PageLoader />;

// Pages load as their own chunks (router `lazy`, which takes named exports), so the first
// load carries only the shell and the page being opened. The server renders the gateway lists
// from the same table (ssr/entry-server.tsx), so a route is declared here only.
/** The app's route table, for the browser router and the server's static render. */
export const appRoutes: RouteObject[] = [
  {
    path: '/login',
    lazy: async () => ({ Component: (await import('./routes/login')).LoginRoute }),
    errorElement,
    hydrateFallbackElement,
  },
  {
    element: <AppLayout />,
    errorElement,
    children: [
      { index: true, element: <RegionRedirect />, errorElement },
      {
        path: 'regions/:regionId',
        errorElement,
        children: [
          { index: true, element: <Navigate to="nat-gateways" replace /> },
          {
            path: 'nat-gateways',
            lazy: async () => ({
              Component: (await import('./routes/nat-gateways')).NatGatewaysRoute,
            }),
            errorElement,
            hydrateFallbackElement,
          },
          {
            path: 'nat-gateways/:natGatewayId',
            lazy: withAllStrings(async () => ({
              Component: (await import('./routes/nat-gateway')).NatGatewayRoute,
            })),
            errorElement,
            hydrateFallbackElement,
          },
          {
            path: 'vpn-gateways',
            lazy: withAllStrings(async () => ({
              Component: (await import('./routes/vpn-gateways')).VpnGatewaysRoute,
            })),
            errorElement,
            hydrateFallbackElement,
          },
          {
            path: 'vpn-gateways/customer-gateways',
            lazy: withAllStrings(async () => ({
              Component: (await import('./routes/customer-gateways')).CustomerGatewaysRoute,
            })),
            errorElement,
            hydrateFallbackElement,
          },
          {
            path: 'vpn-gateways/:vpnGatewayId',
            lazy: withAllStrings(async () => ({
              Component: (await import('./routes/vpn-gateway')).VpnGatewayRoute,
            })),
            errorElement,
            hydrateFallbackElement,
          },
          {
            path: 'vpn-gateways/:vpnGatewayId/connections/:vpnConnectionId',
            lazy: withAllStrings(async () => ({
              Component: (await import('./routes/vpn-connection')).VpnConnectionRoute,
            })),
            errorElement,
            hydrateFallbackElement,
          },
          {
            path: 'vpn-gateways/:vpnGatewayId/ssl-vpn-servers/:sslVpnServerId',
            lazy: withAllStrings(async () => ({
              Component: (await import('./routes/ssl-vpn-server')).SslVpnServerRoute,
            })),
            errorElement,
            hydrateFallbackElement,
          },
          {
            path: 'ipv6-gateways',
            lazy: withAllStrings(async () => ({
              Component: (await import('./routes/ipv6-gateways')).Ipv6GatewaysRoute,
            })),
            errorElement,
            hydrateFallbackElement,
          },
          {
            path: 'ipv6-gateways/:ipv6GatewayId',
            lazy: withAllStrings(async () => ({
              Component: (await import('./routes/ipv6-gateway')).Ipv6GatewayRoute,
            })),
            errorElement,
            hydrateFallbackElement,
          },
          {
            path: 'audit',
            lazy: withAllStrings(async () => ({
              Component: (await import('../features/audit/routes')).AuditRoute,
            })),
            errorElement,
            hydrateFallbackElement,
          },
          {
            path: 'inventory',
            lazy: withAllStrings(async () => ({
              Component: (await import('../features/inventory/routes')).InventoryRoute,
            })),
            errorElement,
            hydrateFallbackElement,
          },
          {
            path: 'inventory/report',
            lazy: withAllStrings(async () => ({
              Component: (await import('../features/inventory/routes')).InventoryReportRoute,
            })),
            errorElement,
            hydrateFallbackElement,
          },
          {
            path: 'vpcs/:vpcId/topology',
            lazy: withAllStrings(async () => ({
              Component: (await import('../features/topology/routes')).TopologyRoute,
            })),
            errorElement,
            hydrateFallbackElement,
          },
        ],
      },
      {
        path: 'audit',
        lazy: withAllStrings(async () => ({
          Component: (await import('../features/audit/routes')).AuditRedirect,
        })),
        errorElement,
        hydrateFallbackElement,
      },
      {
        path: 'inventory',
        lazy: withAllStrings(async () => ({
          Component: (await import('../features/inventory/routes')).InventoryRedirect,
        })),
        errorElement,
        hydrateFallbackElement,
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

/**
 * Loads the code of the lazy routes `pathname` matches, in place, so a router made afterwards
 * starts initialised: hydrating a server-rendered page must render the page at once, not the
 * route's loading fallback.
 */
export async function resolveLazyRoutes(pathname: string): Promise<void> {
  const lazyMatches = (matchRoutes(appRoutes, pathname) ?? []).filter((m) => m.route.lazy);
  await Promise.all(
    lazyMatches.map(async ({ route }) => {
      const load = route.lazy as () => Promise<Partial<RouteObject>>;
      Object.assign(route, { ...(await load()), lazy: undefined });
    }),
  );
}

/** The browser's router over {@link appRoutes}. */
export const createAppRouter = () => createBrowserRouter(appRoutes);
