// The extractor read against one graph for many articles: the graph's name index is built once per
// graph snapshot and every article still finds the names of the graph it is read against.
import { suggestFacts } from '../../server/curation/extract';
import { knownGraph } from './curation-extract.fixtures';

const read = (text: string, known = knownGraph()) =>
  suggestFacts({ language: 'en', paragraphs: [{ n: 1, text }] }, known)
    .entities.filter((e) => e.known)
    .map((e) => e.id);

describe('the name index of a graph', () => {
  it('serves every article read against the same graph', () => {
    const known = knownGraph();
    expect(read('Amazon invested in Anthropic.', known)).toEqual(['amazon', 'anthropic']);
    expect(read('Anthropic and Amazon met.', known)).toEqual(['anthropic', 'amazon']);
  });

  it('is built afresh for another snapshot of the graph, so a name added since is found', () => {
    const before = knownGraph();
    expect(read('Zephyrine Labs invested in Anthropic.', before)).toEqual(['anthropic']);
    const after = knownGraph();
    after.entities.push({ id: 'zephyrine', kind: 'Organization', name: 'Zephyrine Labs', aliases: [] });
    expect(read('Zephyrine Labs invested in Anthropic.', after)).toEqual(['zephyrine', 'anthropic']);
  });
});
