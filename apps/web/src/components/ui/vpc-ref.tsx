import { Anchor, Group, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useVpcs } from '../../lib/lookups/vpcs';
import { IdCell } from './id-cell';
import { CellText } from './list-page/cells';

/**
 * A VPC as a person knows it on a detail page: its name (from the region's VPC list, cached with
 * the pickers' query), its copyable ID, and a link to its topology.
 */
export function VpcRef({ regionId, vpcId }: { regionId: string; vpcId: string }) {
  const { t } = useTranslation();
  const vpcs = useVpcs(regionId);
  const name = vpcs.data?.items.find((v) => v.id === vpcId)?.name;
  if (!vpcId) return null;
  return (
    <Group gap={6} wrap="wrap" data-testid="vpc-ref">
      {name && (
        <Text component="span" fz="sm" fw={500}>
          {name}
        </Text>
      )}
      <IdCell id={vpcId} dimmed={name !== undefined && name !== ''} />
      <Anchor
        component={Link}
        to={`/regions/${encodeURIComponent(regionId)}/vpcs/${encodeURIComponent(vpcId)}/topology`}
        fz="sm"
      >
        ({t('topology.open')})
      </Anchor>
    </Group>
  );
}

/** The region's VPC names by ID (from the pickers' cached VPC list), for a list's VPC column. */
export function useVpcName(regionId: string): (vpcId: string) => string | undefined {
  const items = useVpcs(regionId).data?.items;
  // Stable while the VPC list is: the list's columns (and so its memoised rows) depend on it.
  return useMemo(() => {
    const names = new Map((items ?? []).map((v) => [v.id, v.name]));
    return (vpcId: string) => names.get(vpcId) || undefined;
  }, [items]);
}

/** A list's VPC cell: the VPC's name when known, over its copyable ID. */
export function VpcCell({ vpcId, name }: { vpcId: string; name: string | undefined }) {
  return (
    <>
      {name && <CellText>{name}</CellText>}
      <IdCell id={vpcId} dimmed={name !== undefined} />
    </>
  );
}
