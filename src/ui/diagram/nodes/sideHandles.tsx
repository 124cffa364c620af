// Which side of a box its connections leave from and arrive at. The wide layout runs left to right
// (sources on the right, targets on the left); the phone's stacked layout runs top to bottom, so
// edges leave a box's bottom and arrive at the next band's top instead of looping round the sides.
// knownHandles.ts mirrors these positions for React Flow's routing before the boxes are measured.
import { createContext, useContext } from 'react';
import { Handle, Position } from '@xyflow/react';

/** True inside a diagram drawn in stacked bands (layout.ts diagramLayout's `rowsWidth`). */
export const StackedContext = createContext(false);

export function SourceHandle() {
  const stacked = useContext(StackedContext);
  return <Handle type="source" position={stacked ? Position.Bottom : Position.Right} />;
}

/** `side`: a pod is entered from its left in both layouts (its wire runs down the Node's padding). */
export function TargetHandle({ side }: { side?: 'left' }) {
  const stacked = useContext(StackedContext);
  return <Handle type="target" position={stacked && side !== 'left' ? Position.Top : Position.Left} />;
}
