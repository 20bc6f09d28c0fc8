'use client';
import { Alert, Button, FileInput, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconLock, IconUpload } from '@tabler/icons-react';
import {
  ApiRequestError,
  IMPORT_ACCEPT,
  problemPlace,
  uploadLandscape,
  type ImportAnswer,
  type ImportChoice,
} from '@streamscape/web-api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useAccess } from '../auth/auth-provider';
import { Figures } from '../landscape/figures';
import { ErrorState } from '../shell/query-state';
import { summaryFigures } from './import-summary';

/**
 * Admins check and import landscape files (YAML, JSON, Excel workbooks) and fact files here, as
 * `streamscape import` does: everything is checked first, then written all or nothing.
 */
export function ImportPage() {
  const access = useAccess();
  const queries = useQueryClient();
  const [files, setFiles] = useState<File[]>([]);
  const [mode, setMode] = useState<ImportChoice['mode']>('merge');
  const upload = useMutation<ImportAnswer, Error, boolean>({
    mutationFn: (dryRun) => uploadLandscape(files, { mode, dryRun }),
    // every view may show something else now
    onSuccess: (answer) => {
      if (answer.ok && !answer.dryRun) void queries.invalidateQueries();
    },
  });
  const answer = upload.data;

  return (
    <Stack gap="sm" data-testid="import-page" maw={1100}>
      <div>
        <Title order={2}>Import</Title>
        <Text size="sm" c="dimmed">
          Landscape files (YAML, JSON), Excel workbooks, one CSV per kind (team.csv) and fact files (CSV,
          NDJSON). Everything is checked first; an import writes all of it or, when anything is wrong,
          nothing. The formats are described in docs/landscape-format.md and docs/spreadsheets.md; the
          enterprise view downloads the current landscape as a workbook to start from.
        </Text>
      </div>
      {!access.import ? (
        <Alert color="orange" icon={<IconLock />} title="No permission" data-testid="state-no-permission">
          Importing needs the admin role, which your roles do not include. Ask an administrator.
        </Alert>
      ) : (
        <>
          <Group align="flex-end" gap="sm">
            <FileInput
              label="Files"
              placeholder="Choose files"
              multiple
              clearable
              accept={IMPORT_ACCEPT}
              value={files}
              onChange={(chosen) => {
                setFiles(chosen);
                upload.reset();
              }}
              leftSection={<IconUpload size={16} />}
              w={420}
              data-testid="import-files"
            />
            <div>
              <Text size="sm" fw={500} mb={4}>
                Mode
              </Text>
              <SegmentedControl
                value={mode}
                onChange={(value) => {
                  setMode(value as ImportChoice['mode']);
                  upload.reset();
                }}
                data={[
                  { value: 'merge', label: 'Merge' },
                  { value: 'replace', label: 'Replace' },
                ]}
                data-testid="import-mode"
              />
            </div>
            <Button
              variant="default"
              disabled={!files.length}
              loading={upload.isPending && upload.variables === true}
              onClick={() => upload.mutate(true)}
              data-testid="import-check"
            >
              Check
            </Button>
            <Button
              disabled={!files.length}
              loading={upload.isPending && upload.variables === false}
              onClick={() => upload.mutate(false)}
              data-testid="import-run"
            >
              Import
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {mode === 'merge'
              ? 'Merge adds and updates what the files hold and keeps everything else.'
              : 'Replace makes the landscape exactly what the files hold: entities they leave out are deleted.'}
          </Text>
          {upload.error &&
            (upload.error instanceof ApiRequestError ? (
              <ErrorState error={upload.error} what="the import" />
            ) : (
              <Alert color="red" icon={<IconAlertTriangle />} title="Import failed">
                {upload.error.message}
              </Alert>
            ))}
          {answer && <ImportResult answer={answer} />}
        </>
      )}
    </Stack>
  );
}

function ImportResult({ answer }: { answer: ImportAnswer }) {
  if (!answer.ok) {
    return (
      <Stack gap="xs" data-testid="import-problems">
        <Alert color="red" icon={<IconAlertTriangle />} title={problemsTitle(answer.problems.length)}>
          Nothing was written. Correct the files and check again.
        </Alert>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>File</Table.Th>
              <Table.Th>Where</Table.Th>
              <Table.Th>Field</Table.Th>
              <Table.Th>Problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {answer.problems.map((p, i) => (
              <Table.Tr key={i} data-testid="import-problem" title={p.text}>
                <Table.Td>{p.file}</Table.Td>
                <Table.Td>{problemPlace(p)}</Table.Td>
                <Table.Td>
                  <code>{p.field ?? ''}</code>
                </Table.Td>
                <Table.Td>{p.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    );
  }
  return (
    <Stack gap="xs" data-testid="import-summary" data-dry-run={String(answer.dryRun)}>
      <Alert color="green" icon={<IconCheck />} title={answer.dryRun ? 'The files are sound' : 'Imported'}>
        {answer.dryRun
          ? 'Nothing was written. Import them when you are ready.'
          : `Written in ${(answer.summary.durationMs / 1000).toFixed(1)} s and recorded in the audit trail.`}
      </Alert>
      <Figures items={summaryFigures(answer.summary, answer.dryRun)} />
    </Stack>
  );
}

const problemsTitle = (n: number) => (n === 1 ? 'One problem' : `${n} problems`);
