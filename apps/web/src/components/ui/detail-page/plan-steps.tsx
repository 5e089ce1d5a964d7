import { Group, List, Loader, Progress, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepState } from '../../../lib/delete-plan';

const MARK: Record<StepState, string> = { pending: '○', running: '', done: '✓', failed: '✗' };

interface PlanStepsProps {
  summary: string;
  labels: { key: string; label: string }[];
  stateOf: (index: number) => StepState;
  done: number;
  running: boolean;
}

/** A delete plan as an ordered list, each step with its state, and the progress once started. */
export function PlanSteps({ summary, labels, stateOf, done, running }: PlanStepsProps) {
  const { t } = useTranslation();
  const id = useId();
  const progress = t('deletePlan.progress', { done, total: labels.length });
  return (
    <>
      <div>
        <Text fw={500} fz="sm" id={id}>
          {summary}
        </Text>
        <List type="ordered" fz="sm" aria-labelledby={id} data-testid="delete-plan">
          {labels.map((step, i) => (
            <List.Item key={step.key} data-state={stateOf(i)}>
              <Group gap={6} wrap="nowrap">
                {stateOf(i) === 'running' ? (
                  <Loader size={10} aria-hidden="true" />
                ) : (
                  <span aria-hidden="true">{MARK[stateOf(i)]}</span>
                )}
                <span>
                  {step.label}
                  {' — '}
                  {t(`deletePlan.state.${stateOf(i)}`)}
                </span>
              </Group>
            </List.Item>
          ))}
        </List>
      </div>
      {(running || done > 0) && (
        <>
          <Progress value={(done / labels.length) * 100} aria-label={progress} animated={running} />
          <Text fz="sm" role="status">
            {progress}
          </Text>
        </>
      )}
    </>
  );
}
