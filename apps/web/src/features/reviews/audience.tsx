import { Badge, Group, Text } from '@mantine/core';

/** Who may open a review: its roles and groups; none means admins only (docs/reviews.md, Access). */
export function Audience({ roles, groups }: { roles: readonly string[]; groups: readonly string[] }) {
  if (roles.length === 0 && groups.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        admins only
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {roles.map((r) => (
        <Badge key={`role:${r}`} variant="light" size="sm">
          {r}
        </Badge>
      ))}
      {groups.map((g) => (
        <Badge key={`group:${g}`} variant="outline" size="sm" color="gray">
          {g}
        </Badge>
      ))}
    </Group>
  );
}
