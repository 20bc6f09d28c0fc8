'use client';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { fetchLandscapeWorkbook } from '@streamscape/web-api';
import { useMutation } from '@tanstack/react-query';
import { downloadBlob } from '../landscape/download';

/** Downloads the whole landscape as an Excel workbook, the format `streamscape import` reads back. */
export function DownloadWorkbook({ enterpriseName }: { enterpriseName: string }) {
  const slug =
    enterpriseName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'landscape';
  const download = useMutation({
    mutationFn: () => fetchLandscapeWorkbook(),
    onSuccess: (blob) =>
      downloadBlob(blob, `${slug}-landscape-${new Date().toISOString().slice(0, 10)}.xlsx`),
    onError: (error: Error) =>
      notifications.show({ color: 'red', title: 'No workbook', message: error.message }),
  });
  return (
    <Button
      variant="default"
      size="xs"
      leftSection={<IconFileSpreadsheet size={16} />}
      loading={download.isPending}
      onClick={() => download.mutate()}
      data-testid="download-workbook"
      title="The whole landscape, a sheet per kind: edit it and import it again (docs/spreadsheets.md)"
    >
      Excel workbook
    </Button>
  );
}
