/** `gexf` export (Gephi): written by graphology-gexf's own writer from the graphology graph. */
import { write } from 'graphology-gexf';
import type { Subgraph } from '../store/port.ts';
import { toGraphology } from './json.ts';

/**
 * GEXF 1.2 text. Node `label` becomes the GEXF label, edge `kind` (the relationship type) the
 * GEXF edge kind; every other property is a typed GEXF attribute. Lists are joined with `;`.
 */
export function writeGexf(sg: Subgraph): string {
  return write(toGraphology(sg, { joinLists: true }), { pretty: true });
}
