/** Every view of the app, in the order the nav shows them; `ready: false` views are placeholders for now. */
export interface NavItem {
  href: string;
  label: string;
  description: string;
  ready: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  {
    href: '/enterprise',
    label: 'Enterprise',
    description: 'How value creation is organised, funded and governed',
    ready: true,
  },
  {
    href: '/domains',
    label: 'Domains',
    description: 'Domain design: streams, Assembly Lines, components, teams',
    ready: true,
  },
  {
    href: '/performance',
    label: 'Performance',
    description: 'Where flow breaks: metrics on the Assembly Line',
    ready: true,
  },
  {
    href: '/transformation',
    label: 'Transformation',
    description: 'What to change, and in what sequence',
    ready: true,
  },
  {
    href: '/explorer',
    label: 'Explorer',
    description: 'Structural analyses and read-only Cypher',
    ready: true,
  },
  {
    href: '/reviews',
    label: 'Reviews',
    description: 'Portfolio reviews: frozen snapshots, findings, decisions',
    ready: true,
  },
  {
    href: '/findings',
    label: 'Findings',
    description: 'Findings of every view, by rule, severity and domain',
    ready: true,
  },
  {
    href: '/entities',
    label: 'Entities',
    description: 'Every entity of the landscape, by kind',
    ready: true,
  },
  {
    href: '/import',
    label: 'Import',
    description: 'Check and import landscape files, workbooks and facts',
    ready: true,
  },
];

/** The nav item a path belongs to (`/domains/powertrain` -> Domains). */
export function activeNavItem(pathname: string): NavItem | undefined {
  return NAV_ITEMS.find((item) => pathname === item.href || pathname.startsWith(`${item.href}/`));
}
