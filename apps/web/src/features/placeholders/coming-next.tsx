import { Alert, Stack, Title } from '@mantine/core';
import { IconHourglass } from '@tabler/icons-react';

/** A view that is planned and listed in the nav but not built yet. */
export function ComingNext({ title, about }: { title: string; about: string }) {
  return (
    <Stack gap="sm" data-testid="coming-next">
      <Title order={2}>{title}</Title>
      <Alert icon={<IconHourglass />} color="gray" title="Coming next">
        {about}
      </Alert>
    </Stack>
  );
}
