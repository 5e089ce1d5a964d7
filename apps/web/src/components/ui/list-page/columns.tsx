import type { StatusTable } from '../../../lib/resource-status';
import { ResourceStatusBadge } from '../status-badge';
import type { Column } from './data-table';
import { IdCell } from '../id-cell';
import { CellStack, CellText, RowLink } from './cells';

/** Text in the monospace face IDs and addresses use. */
export function Mono({ children }: { children: string }) {
  return <CellText mono>{children}</CellText>;
}

/** The name column of a resource list: the name (or ID) links to its page, the ID under it. */
export function nameColumn<T extends { id: string; name: string }, C extends string>(
  header: string,
  href: (item: T) => string,
  sort?: C,
): Column<T, C> {
  return {
    id: 'name',
    header,
    sort,
    cell: (item) => (
      <CellStack>
        <RowLink to={href(item)}>{item.name || item.id}</RowLink>
        <IdCell id={item.id} dimmed />
      </CellStack>
    ),
  };
}

/** The status column: the resource kind's badge (colour, spinner, translated label). */
export function statusColumn<T extends { status: string }, C extends string>(
  header: string,
  table: StatusTable,
  sort?: C,
): Column<T, C> {
  return {
    id: 'status',
    header,
    sort,
    cell: (item) => <ResourceStatusBadge table={table} status={item.status} />,
  };
}
