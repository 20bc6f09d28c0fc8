import { Group, Paper, Text } from '@mantine/core';

/** The headline figures of a view, in a row. */
export function Figures({ items }: { items: { label: string; value: string | number; alert?: boolean }[] }) {
  return (
    <Group gap="xs" data-testid="view-figures">
      {items.map((item) => (
        <Paper key={item.label} withBorder px="sm" py={4}>
          <Text size="xs" c="dimmed">
            {item.label}
          </Text>
          <Text fw={700} c={item.alert ? 'red' : undefined}>
            {item.value}
          </Text>
        </Paper>
      ))}
    </Group>
  );
}
