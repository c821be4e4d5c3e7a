import { Handle, Position } from '@xyflow/react';

/**
 * React Flow draws an edge only between handles. Ours are invisible: the edges compute their own
 * border-to-border lines from the scene (scene-geometry.ts).
 */
export function HiddenHandles() {
  return (
    <>
      <Handle className="dg-handle" type="target" position={Position.Left} isConnectable={false} />
      <Handle className="dg-handle" type="source" position={Position.Right} isConnectable={false} />
    </>
  );
}
