import { Button, Group, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { ApiError } from '../../../lib/api-error';
import { OperatorOnly } from '../../../lib/operator-only';
import type { StatusTable } from '../../../lib/resource-status';
import { Breadcrumbs } from '../breadcrumbs';
import { ErrorState } from '../error-state';
import { PageHeader } from '../page-header';
import { ResourceStatusBadge } from '../status-badge';
import { TableSkeleton } from '../table-skeleton';
import { AttributesGrid, type AttributeSpec } from './attributes-grid';

/** A header button (operators only) and the dialog it opens. */
export interface DetailAction {
  key: string;
  label: string;
  danger?: boolean;
  disabled?: boolean;
  /** `close` shuts the dialog; `backToList` leaves the page (the resource is gone). */
  dialog: (close: () => void, backToList: () => void) => ReactNode;
}

interface DetailPageProps<T> {
  id: string;
  query: UseQueryResult<T, ApiError>;
  listPath: string;
  /** Translated texts: the back link, the 404 title, the note shown while not usable. */
  texts: { back: string; notFound: string; busy: string };
  statusTable: StatusTable;
  attributes: AttributeSpec<T>[];
  /** `busy`: the status is not the usable one (most changes are refused then). */
  actions: (resource: T, busy: boolean) => DetailAction[];
  /** The sections under the attributes, in order; add one by adding an element. */
  sections: (resource: T) => ReactNode;
}

/**
 * One resource's page: breadcrumbs, h1 with name (or id) and status, actions, attributes,
 * sections; a skeleton while loading, and the error (or "does not exist") with a retry.
 */
export function DetailPage<T extends { id: string; name: string; status: string }>(
  props: DetailPageProps<T>,
) {
  const { query, listPath, texts, statusTable } = props;
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<string | null>(null);
  const trail = (current: string) => (
    <Breadcrumbs items={[{ label: texts.back, to: listPath }, { label: current }]} />
  );

  if (query.isPending) return <TableSkeleton />;
  if (query.isError) {
    return (
      <Stack>
        {trail(props.id)}
        <PageHeader title={props.id} />
        <ErrorState
          error={query.error}
          title={query.error.status === 404 ? texts.notFound : undefined}
          // Retrying cannot bring back a resource that does not exist: only other errors offer it.
          onRetry={query.error.status === 404 ? undefined : () => void query.refetch()}
        />
      </Stack>
    );
  }
  const resource = query.data;
  const busy = resource.status !== statusTable.ok;
  const actions = props.actions(resource, busy);
  const open = actions.find((a) => a.key === dialog);

  return (
    <Stack>
      {trail(resource.name || resource.id)}
      <PageHeader
        title={
          <Group gap="sm" component="span">
            <span>{resource.name || resource.id}</span>
            <ResourceStatusBadge table={statusTable} status={resource.status} />
          </Group>
        }
        actions={
          <OperatorOnly>
            {actions.map((a) => (
              <Button
                key={a.key}
                variant={a.danger ? 'filled' : 'default'}
                color={a.danger ? 'red' : undefined}
                disabled={a.disabled}
                onClick={() => setDialog(a.key)}
              >
                {a.label}
              </Button>
            ))}
          </OperatorOnly>
        }
      />
      {busy && (
        <Text fz="sm" role="status">
          {texts.busy}
        </Text>
      )}
      <AttributesGrid resource={resource} items={props.attributes} />
      {props.sections(resource)}
      {open?.dialog(
        () => setDialog(null),
        () => void navigate(listPath),
      )}
    </Stack>
  );
}
