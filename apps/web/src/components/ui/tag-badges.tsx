import type { Tag } from '@gc/contracts';
import { Badge, Group, type MantineSpacing } from '@mantine/core';

interface TagBadgesProps {
  tags: readonly Tag[];
  /** `light` in table cells, `outline` in a detail page's tags section. */
  variant: 'light' | 'outline';
  gap: MantineSpacing | number;
}

/** A resource's tags as `key: value` badges (a tag without a value shows its key alone). */
export function TagBadges({ tags, variant, gap }: TagBadgesProps) {
  return (
    <Group gap={gap}>
      {tags.map((tag) => (
        <Badge key={tag.key} variant={variant} color="gray" tt="none" c="var(--mantine-color-text)">
          {tag.value ? `${tag.key}: ${tag.value}` : tag.key}
        </Badge>
      ))}
    </Group>
  );
}
