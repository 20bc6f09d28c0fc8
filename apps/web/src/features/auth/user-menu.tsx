'use client';
import { Avatar, Badge, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout } from '@tabler/icons-react';
import { roleLabel } from './access';
import { useAuth } from './auth-provider';

function initials(name: string): string {
  const parts = name.split(/[\s._-]+/).filter(Boolean);
  return (parts.length > 1 ? parts[0][0] + parts[parts.length - 1][0] : name.slice(0, 2)).toUpperCase();
}

/** The header's user menu: who is signed in, with which roles, and sign-out. */
export function UserMenu() {
  const { user, mode, signOut } = useAuth();
  const roles = user.roles.map(roleLabel).join(', ') || 'no Streamscape role';
  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        <UnstyledButton data-testid="user-menu" aria-label={`Signed in as ${user.name}`}>
          <Group gap={6} wrap="nowrap">
            <Avatar size="sm" radius="xl" color="indigo">
              {initials(user.name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm" data-testid="user-name">
              {user.name}
            </Text>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {mode === 'local' ? 'No sign-in (AUTH_MODE=local)' : `Signed in as ${user.username}`}
        </Menu.Label>
        <Group gap={4} px="sm" pb="xs" data-testid="user-roles" data-roles={user.roles.join(' ')}>
          {user.roles.length ? (
            user.roles.map((role) => (
              <Badge key={role} size="sm" variant="light">
                {roleLabel(role)}
              </Badge>
            ))
          ) : (
            <Text size="sm" c="dimmed">
              {roles}
            </Text>
          )}
        </Group>
        {user.groups.length > 0 && (
          <Text size="xs" c="dimmed" px="sm" pb="xs" data-testid="user-groups">
            {user.groups.join(', ')}
          </Text>
        )}
        {signOut && (
          <>
            <Menu.Divider />
            <Menu.Item leftSection={<IconLogout size={16} />} onClick={signOut} data-testid="sign-out">
              Sign out
            </Menu.Item>
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
