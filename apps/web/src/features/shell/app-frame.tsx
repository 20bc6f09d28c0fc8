'use client';
import {
  ActionIcon,
  AppShell,
  Badge,
  Burger,
  Group,
  NavLink,
  Text,
  Tooltip,
  UnstyledButton,
  useComputedColorScheme,
  useMantineColorScheme,
  Kbd,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { spotlight } from '@mantine/spotlight';
import { IconMoon, IconSearch, IconSun, IconTextIncrease, IconTextDecrease } from '@tabler/icons-react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { useAccess } from '../auth/auth-provider';
import { navItemAllowed } from '../auth/access';
import { UserMenu } from '../auth/user-menu';
import { SearchSpotlight } from '../search/search-spotlight';
import { activeNavItem, NAV_ITEMS } from './nav';
import { useLargeText } from './preferences';

/** The app shell: header (search, theme, text size), the nav of every view, the page. */
export function AppFrame({ children }: { children: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure();
  const pathname = usePathname();
  const active = activeNavItem(pathname);
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light', { getInitialValueInEffect: true });
  const [largeText, setLargeText] = useLargeText();
  const access = useAccess();

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <Text component={Link} href="/enterprise" fw={700} size="lg">
              Streamscape
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <UnstyledButton
              onClick={() => spotlight.open()}
              data-testid="search-button"
              aria-label="Search the landscape"
            >
              <Group
                gap={6}
                px="sm"
                py={4}
                style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 6 }}
              >
                <IconSearch size={16} />
                <Text size="sm" c="dimmed" visibleFrom="xs">
                  Search
                </Text>
                <Kbd size="xs">Ctrl K</Kbd>
              </Group>
            </UnstyledButton>
            <Tooltip label={largeText ? 'Normal text size' : 'Larger text (projector)'}>
              <ActionIcon
                variant="default"
                size="lg"
                onClick={() => setLargeText(!largeText)}
                aria-label="Toggle larger text"
                data-testid="toggle-large-text"
              >
                {largeText ? <IconTextDecrease size={18} /> : <IconTextIncrease size={18} />}
              </ActionIcon>
            </Tooltip>
            <Tooltip label={scheme === 'dark' ? 'Light theme' : 'Dark theme'}>
              <ActionIcon
                variant="default"
                size="lg"
                onClick={() => setColorScheme(scheme === 'dark' ? 'light' : 'dark')}
                aria-label="Toggle colour scheme"
                data-testid="toggle-theme"
              >
                {scheme === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
              </ActionIcon>
            </Tooltip>
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Views">
        {NAV_ITEMS.filter((item) => navItemAllowed(item.href, access)).map((item) => (
          <NavLink
            key={item.href}
            component={Link}
            href={item.href}
            label={item.label}
            description={item.ready ? undefined : 'coming next'}
            active={active?.href === item.href}
            onClick={close}
            data-testid={`nav-${item.label.toLowerCase()}`}
            rightSection={
              item.ready ? null : (
                <Badge size="xs" variant="light" color="gray">
                  soon
                </Badge>
              )
            }
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
      <SearchSpotlight />
    </AppShell>
  );
}
