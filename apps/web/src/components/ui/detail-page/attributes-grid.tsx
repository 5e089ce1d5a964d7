import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ParseKeys, TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { enumLabel, type EnumKind } from '../../../lib/enum-labels';
import { formatBandwidth, formatChargeType, formatDateTime } from '../../../lib/format';
import { Section } from '../section';

/** Formatting helpers handed to an attribute's value. */
export interface AttributeFormat {
  t: TFunction;
  /** A timestamp in the UI language. */
  dateTime: (iso: string | undefined) => string;
  /** A boolean as "On" / "Off". */
  flag: (on: boolean) => string;
  /** Mbit/s in the UI language. */
  bandwidth: (mbps: number) => string;
  /** A billing method in the UI language. */
  chargeType: (type: string) => string;
  /** Any API enum value in the UI language (lib/enum-labels). */
  label: (kind: EnumKind, value: string | undefined) => string;
}

/** One attribute of a resource, declared as data: an i18n label key and how to show the value. */
export interface AttributeSpec<T> {
  label: ParseKeys;
  value: (resource: T, format: AttributeFormat) => ReactNode;
  /** Left out when the value is empty, instead of showing "—". */
  optional?: boolean;
}

const isEmpty = (v: ReactNode) => v === '' || v === null || v === undefined || v === false;

/** A resource's attributes as a definition list in a grid; an empty value shows as "—". */
export function AttributesGrid<T>({ resource, items }: { resource: T; items: AttributeSpec<T>[] }) {
  const { t, i18n } = useTranslation();
  const format: AttributeFormat = {
    t,
    dateTime: (iso) => formatDateTime(iso, i18n.language),
    flag: (on) => (on ? t('common.on') : t('common.off')),
    bandwidth: (mbps) => formatBandwidth(mbps, t),
    chargeType: (type) => formatChargeType(type, t),
    label: (kind, value) => enumLabel(kind, value, t),
  };
  const shown = items.flatMap((item) => {
    const value = item.value(resource, format);
    if (isEmpty(value) && item.optional) return [];
    return [{ label: t(item.label), value: isEmpty(value) ? t('common.none') : value }];
  });
  return (
    <Section title={t('common.attributes')}>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" m={0}>
        {shown.map(({ label, value }) => (
          <Stack gap={2} key={label}>
            <Text fz="xs" c="dimmed" component="dt">
              {label}
            </Text>
            <Text fz="sm" component="dd" m={0} style={{ wordBreak: 'break-all' }}>
              {value}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
    </Section>
  );
}
