import type { NextConfig } from 'next';
import { join } from 'node:path';

// the web libs live outside apps/web: bundle and trace from the workspace root
const workspaceRoot = join(__dirname, '..', '..');

const config: NextConfig = {
  outputFileTracingRoot: workspaceRoot,
  turbopack: { root: workspaceRoot },
  // `nx run web:typecheck` checks types; the build does not do it twice (it doubles build time on 2 cores)
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  experimental: { optimizePackageImports: ['@mantine/core', '@mantine/hooks', '@tabler/icons-react'] },
};

export default config;
