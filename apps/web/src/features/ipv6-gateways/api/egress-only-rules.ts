import {
  ipv6EgressRuleRoutes,
  type CreateIpv6EgressRuleRequest,
  type Ipv6EgressRule,
} from '@gc/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bffClient } from '../../../lib/bff-client';
import { pollWhile } from '../../../lib/poll-interval';
import { ipv6Keys } from './ipv6-keys';

const rulesKey = (regionId: string, id: string) =>
  [...ipv6Keys.all(regionId), 'egress-rules', id] as const;

/** True while a rule is Pending or Deleting: it changes on its own, so the list polls. */
export const egressRuleBusy = (r: Ipv6EgressRule) => r.status !== 'Available';

/** The egress-only rules of one gateway; polls with backoff while one is changing. */
export function useEgressRules(regionId: string, id: string) {
  return useQuery({
    queryKey: rulesKey(regionId, id),
    queryFn: ({ signal }) =>
      bffClient.call(ipv6EgressRuleRoutes.list, { params: { regionId, id }, signal }),
    refetchInterval: pollWhile((d: { items: Ipv6EgressRule[] }) => d.items.some(egressRuleBusy)),
  });
}

/** Creates a rule (Pending at first) and delete a rule; both refresh the gateway's rules. */
export function useEgressRuleMutations(regionId: string, id: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: rulesKey(regionId, id) });
  const create = useMutation({
    meta: { handlesErrors: true },
    mutationFn: (v: { request: CreateIpv6EgressRuleRequest; idempotencyKey: string }) =>
      bffClient.call(ipv6EgressRuleRoutes.create, {
        params: { regionId, id },
        body: v.request,
        idempotencyKey: v.idempotencyKey,
      }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    meta: { handlesErrors: true },
    mutationFn: (ruleId: string) =>
      bffClient.call(ipv6EgressRuleRoutes.remove, { params: { regionId, id, ruleId } }),
    onSuccess: refresh,
  });
  return { create, remove };
}
