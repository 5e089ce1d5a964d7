import type { ReactNode } from 'react';
import { useCanMutate } from './auth';

/** Renders its children for operators only: auditors get no mutating control at all. */
export function OperatorOnly({ children }: { children: ReactNode }) {
  return useCanMutate() ? children : null;
}
