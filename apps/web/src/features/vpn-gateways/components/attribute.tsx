import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One term/definition pair of a detail page's attribute list. */
export function Attribute({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text fz="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text fz="sm" component="dd" m={0} style={{ wordBreak: 'break-all' }}>
        {children}
      </Text>
    </Stack>
  );
}
