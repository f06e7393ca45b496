// The server's force-directed positions for a picture: one per node, none shared, the same for the
// same graph every time (fcose's randomness is seeded), and none for pictures too large to lay out.
import type { Graph } from '../../server/repositories/records';
import { pictureLayout, POSITIONS_UP_TO } from '../../server/services/picture-layout';
import { edge, entity } from './client.fixtures';

function star(leaves: number): Graph {
  const nodes = [entity('hub', 'Organization'), ...Array.from({ length: leaves }, (_, i) => entity(`leaf-${i}`, 'Person'))];
  return { nodes, edges: nodes.slice(1).map((n) => edge(n.id, 'FOUNDED', 'hub')) };
}

describe('pictureLayout', () => {
  it('places every node on its own point', () => {
    const positions = pictureLayout(star(30))!;
    expect(Object.keys(positions).sort()).toEqual(
      star(30)
        .nodes.map((n) => n.id)
        .sort(),
    );
    expect(new Set(Object.values(positions).map((p) => `${p.x},${p.y}`)).size).toBe(31);
  });

  it('gives the same graph the same picture every time', () => {
    expect(pictureLayout(star(12))).toEqual(pictureLayout(star(12)));
  });

  it('puts the hub of a star amid its leaves', () => {
    const positions = pictureLayout(star(20))!;
    const leaves = Object.entries(positions)
      .filter(([id]) => id !== 'hub')
      .map(([, p]) => p);
    const xs = leaves.map((p) => p.x);
    const ys = leaves.map((p) => p.y);
    expect(positions.hub.x).toBeGreaterThan(Math.min(...xs));
    expect(positions.hub.x).toBeLessThan(Math.max(...xs));
    expect(positions.hub.y).toBeGreaterThan(Math.min(...ys));
    expect(positions.hub.y).toBeLessThan(Math.max(...ys));
  });

  it('leaves out empty pictures and pictures too large to lay out on the server', () => {
    expect(pictureLayout({ nodes: [], edges: [] })).toBeUndefined();
    expect(pictureLayout(star(POSITIONS_UP_TO))).toBeUndefined();
  });
});
