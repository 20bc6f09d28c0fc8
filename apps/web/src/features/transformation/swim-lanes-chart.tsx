'use client';
import { Badge, Box, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { barGeometry, type SwimLanes } from './swim-lanes';

const LABEL_WIDTH = 120;

/** The waves over time: one lane per wave, a bar per step sized by effort, the critical path in red. */
export function SwimLanesChart({ lanes, testId = 'swim-lanes' }: { lanes: SwimLanes; testId?: string }) {
  const ticks = Array.from({ length: Math.floor(lanes.totalWeeks / 4) + 1 }, (_, i) => i * 4);
  return (
    <Stack gap={6} data-testid={testId} data-wave-count={lanes.lanes.length}>
      <Box pos="relative" ml={LABEL_WIDTH} h={16}>
        {ticks.map((week) => (
          <Text
            key={week}
            size="xs"
            c="dimmed"
            pos="absolute"
            left={`${(week / Math.max(lanes.totalWeeks, 1)) * 100}%`}
            style={{ transform: 'translateX(-50%)' }}
          >
            {week}
          </Text>
        ))}
      </Box>
      {lanes.lanes.map((lane) => (
        <Group
          key={lane.wave}
          gap={0}
          align="stretch"
          wrap="nowrap"
          data-testid="wave-lane"
          data-wave={lane.wave}
        >
          <Box w={LABEL_WIDTH} style={{ flexShrink: 0 }} pr="xs">
            <Text fw={700} size="sm">
              Wave {lane.wave}
            </Text>
            <Text size="xs" c="dimmed">
              weeks {lane.startWeek}–{lane.startWeek + lane.durationWeeks} · {lane.effortWeeks} effort
            </Text>
          </Box>
          <Paper withBorder pos="relative" style={{ flex: 1, minWidth: 0 }} py={4}>
            <Box
              pos="absolute"
              top={0}
              bottom={0}
              left={`${(lane.startWeek / lanes.totalWeeks) * 100}%`}
              w={`${(lane.durationWeeks / lanes.totalWeeks) * 100}%`}
              bg="var(--mantine-color-indigo-light)"
            />
            {lane.bars.map((bar) => {
              const { left, width } = barGeometry(bar, lanes.totalWeeks);
              const colour = bar.onCriticalPath ? 'red' : bar.critical ? 'orange' : 'indigo';
              return (
                <Box key={bar.id} pos="relative" h={24} my={2}>
                  <Tooltip
                    label={`${bar.name}: ${bar.effortWeeks} weeks${bar.onCriticalPath ? ', on the critical path' : ''}`}
                  >
                    <Box
                      data-testid="wave-step"
                      data-step-id={bar.id}
                      data-critical-path={bar.onCriticalPath}
                      data-changed={bar.changed}
                      pos="absolute"
                      left={`${left}%`}
                      w={`${width}%`}
                      h={24}
                      bg={`var(--mantine-color-${colour}-${bar.onCriticalPath ? 6 : 2})`}
                      px={6}
                      style={{
                        borderRadius: 4,
                        overflow: 'visible',
                        whiteSpace: 'nowrap',
                        outline: bar.changed ? '3px solid var(--mantine-color-yellow-5)' : undefined,
                      }}
                    >
                      <Text size="xs" c={bar.onCriticalPath ? 'white' : 'dark'} fw={600} lh="24px">
                        {bar.name}
                        {bar.flagged && ' ⚠'}
                      </Text>
                    </Box>
                  </Tooltip>
                </Box>
              );
            })}
          </Paper>
        </Group>
      ))}
      {lanes.lanes.length === 0 && (
        <Text size="sm" c="dimmed">
          No open step to schedule.
        </Text>
      )}
      <Group gap="xs" ml={LABEL_WIDTH}>
        <Badge color="red" variant="filled" size="sm">
          critical path
        </Badge>
        <Badge color="orange" variant="light" size="sm">
          no slack
        </Badge>
        <Text size="xs" c="dimmed">
          ⚠ a finding is about the step · weeks from the plan&apos;s start
        </Text>
        {lanes.done.length > 0 && (
          <Text size="xs" c="dimmed">
            Done: {lanes.done.length} steps
          </Text>
        )}
        {lanes.unschedulable.length > 0 && (
          <Badge color="red" variant="outline" size="sm" data-testid="unschedulable">
            unschedulable: {lanes.unschedulable.join(', ')}
          </Badge>
        )}
      </Group>
    </Stack>
  );
}
