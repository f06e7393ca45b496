// The answer tables' pure parts: CSV as RFC 4180 writes it with formulas made inert, sorting with
// missing values last, the table's place in the URL beside the view's, and the rows built from the
// API's answers (a cluster counts for its operator and names who else trains on it).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UndoStack } from '../../client/view/undo-stack';
import { ViewStore } from '../../client/view/view-store';
import { csvField, toCsv } from '../../client/tables/csv';
import type { ClaimsAnswer, ComputeAnswer, InvestmentsAnswer, SliceAnswer } from '../../client/tables/answers';
import { computeRows, computeSpec } from '../../client/tables/compute-rows';
import { investmentRows, investmentSpec } from '../../client/tables/funding-rows';
import { predictionRows, predictionSpec } from '../../client/tables/prediction-rows';
import { citeText, columnMax, nextDir, sortOf, sortRows, tableCsv, type Column } from '../../client/tables/table-model';
import { decodeTable, historyWithTable, withTable, type TableState } from '../../client/tables/table-url';
import { edge, entity } from './client.fixtures';

describe('CSV', () => {
  it.each([
    ['plain', '"plain"'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['', '""'],
  ])('quotes text %j as %s', (value, field) => expect(csvField(value)).toBe(field));

  it.each(['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx', '\rx'])('makes %j inert with a leading apostrophe', (value) =>
    expect(csvField(value)).toBe(`"'${value.replace(/"/g, '""')}"`),
  );

  it('writes numbers bare (a negative number is a number, not a formula) and nothing for a missing value', () => {
    expect([csvField(115000), csvField(-3), csvField(0.5), csvField(undefined), csvField(NaN)]).toEqual(['115000', '-3', '0.5', '', '']);
  });

  it('ends every record with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('"a","b"\r\n1,"x"\r\n');
  });
});

interface Row {
  name: string;
  n?: number;
}
const byName: Column<Row> = { key: 'name', title: 'Name', value: (r) => r.name };
const byN: Column<Row> = { key: 'n', title: 'N', value: (r) => r.n, numeric: true, descFirst: true };
const rows: Row[] = [{ name: 'b', n: 10 }, { name: 'a' }, { name: 'c', n: 9 }, { name: 'a10', n: 10 }, { name: 'a9', n: 2 }];

describe('sorting', () => {
  it('sorts numbers as numbers and keeps rows without a value last in either direction', () => {
    expect(sortRows(rows, byN, 'asc').map((r) => r.name)).toEqual(['a9', 'c', 'b', 'a10', 'a']);
    expect(sortRows(rows, byN, 'desc').map((r) => r.name)).toEqual(['b', 'a10', 'c', 'a9', 'a']);
  });

  it('sorts text in natural order (a9 before a10) and keeps equal rows in their order', () => {
    expect(sortRows(rows, byName, 'asc').map((r) => r.name)).toEqual(['a', 'a9', 'a10', 'b', 'c']);
  });

  it('sorts partial dates as they read (2019 before 2021 before 2023-01)', () => {
    const dates = ['2023-01', '2019', undefined, '2021'].map((d) => ({ name: d ?? '', d }));
    const col: Column<{ d?: string }> = { key: 'd', title: 'Date', value: (r) => r.d };
    expect(sortRows(dates, col, 'asc').map((r) => r.d)).toEqual(['2019', '2021', '2023-01', undefined]);
  });

  it('a first click sorts figures largest first and text from A; a second click turns the direction', () => {
    expect(nextDir(byN, 'name', 'asc')).toBe('desc');
    expect(nextDir(byName, 'n', 'desc')).toBe('asc');
    expect(nextDir(byN, 'n', 'desc')).toBe('asc');
  });

  it('falls back to the table’s own sort for a column it does not have', () => {
    const spec = { columns: [byName, byN], sort: 'n', dir: 'desc' as const, opens: () => undefined };
    expect(sortOf(spec, 'nope', 'asc')).toEqual({ column: byN, dir: 'desc' });
    expect(sortOf(spec, 'name', undefined)).toEqual({ column: byName, dir: 'asc' });
    expect(sortOf(spec, 'n', 'asc')).toEqual({ column: byN, dir: 'asc' });
  });

  it('scales bars to the largest value, never to zero', () => {
    expect(columnMax(byN, rows)).toBe(10);
    expect(columnMax(byN, [{ name: 'x' }])).toBe(1);
  });
});

describe('the table in the URL', () => {
  it('reads the table, sort, direction and mode, and ignores what is malformed', () => {
    expect(decodeTable('?view=all&table=compute&sort=h100e')).toEqual({ name: 'compute', sort: 'h100e' });
    expect(decodeTable('?table=funding&sort=date&dir=asc&mode=received')).toEqual({
      name: 'funding',
      sort: 'date',
      dir: 'asc',
      mode: 'received',
    });
    expect(decodeTable('?table=secrets')).toBeUndefined();
    expect(decodeTable('?table=compute&sort=<b>&dir=up')).toEqual({ name: 'compute' });
  });

  it('puts the table beside the view’s parameters and takes it away again', () => {
    const table: TableState = { name: 'predictions', sort: 'due', dir: 'asc' };
    expect(withTable('?view=claims&focus=openai', table)).toBe('?view=claims&focus=openai&table=predictions&sort=due&dir=asc');
    expect(withTable('?view=all&table=compute&sort=h100e', undefined)).toBe('?view=all');
  });

  it('rides on every URL the view store writes, so focusing an entity keeps the table open', () => {
    const urls: string[] = [];
    const port = {
      pushState: (_d: null, _u: string, url: string) => urls.push(url),
      replaceState: (_d: null, _u: string, url: string) => urls.push(url),
    };
    let table: TableState | undefined = { name: 'compute', sort: 'built', dir: 'desc' };
    const store = new ViewStore(
      historyWithTable(port, () => table),
      { search: '?view=compute' },
      new UndoStack(),
    );
    store.navigate({ ...store.state, focus: 'xai' });
    table = undefined;
    store.replace(store.state);
    expect(urls).toEqual(['?view=compute&focus=xai&table=compute&sort=built&dir=desc', '?view=compute&focus=xai']);
  });
});

const ref = (id: string, kind: string) => ({ id, kind: kind as 'Organization', name: id.toUpperCase() });
const totals = (h100Equivalents: number, chipCount = 0, clusters = 1) => ({ clusters, h100Equivalents, chipCount, withoutFigures: 0 });
const none = totals(0, 0, 0);
const titleOf = (id: string) => `Doc ${id}`;

describe('rows from the API’s answers', () => {
  it('counts a cluster for its operator and names who else trains on it or uses it', () => {
    const ranking: ComputeAnswer = {
      items: [
        { owner: ref('xai', 'Organization'), built: totals(115000, 115000, 2), planned: none, unstated: none },
        { owner: ref('microsoft', 'Organization'), built: totals(0, 0), planned: none, unstated: none },
      ],
    };
    const slice = {
      truncated: false,
      nodes: [
        entity('xai', 'Organization', { name: 'xAI' }),
        entity('microsoft', 'Organization', { name: 'Microsoft' }),
        entity('openai', 'Organization', { name: 'OpenAI' }),
        entity('gpt-3', 'AIModel'),
        entity('grok-2-cluster', 'GPUCluster', { name: 'Grok-2 cluster', h100Equivalents: 15000, asOf: '2024-05' }),
        entity('colossus', 'GPUCluster', {
          name: 'Colossus',
          h100Equivalents: 100000,
          asOf: '2024-07',
          sources: [{ source: 's1', paragraph: 3 }],
        }),
        entity('azure-sc', 'GPUCluster', { name: 'Azure supercomputer', status: 'built' }),
      ],
      edges: [
        edge('xai', 'OPERATES', 'grok-2-cluster'),
        edge('xai', 'OPERATES', 'colossus'),
        edge('microsoft', 'OPERATES', 'azure-sc'),
        edge('openai', 'DEVELOPED', 'gpt-3'),
        edge('gpt-3', 'TRAINED_ON', 'azure-sc'),
        edge('openai', 'USES', 'azure-sc'),
        edge('microsoft', 'USES', 'azure-sc'),
      ],
    } as SliceAnswer;
    const [xai, microsoft] = computeRows(ranking, slice, titleOf);
    expect(xai.clusters.map((c) => c.name)).toEqual(['Colossus', 'Grok-2 cluster']);
    expect(xai).toMatchObject({ h100e: 115000, built: 115000, planned: 0, chips: 115000, asOf: '2024-07', source: 'Doc s1 ¶3' });
    expect(microsoft.clusters).toEqual([{ id: 'azure-sc', name: 'Azure supercomputer', operator: 'MICROSOFT', usedBy: ['OpenAI'] }]);
    const csv = tableCsv(computeSpec.columns, [microsoft]).split('\r\n')[1];
    expect(csv).toBe('"MICROSOFT",1,"Azure supercomputer (MICROSOFT’s; used by OpenAI)",,,,,,""');
  });

  it('reads an investment’s date, round, amount and currency, citing its paragraphs', () => {
    const answer = {
      items: [
        {
          ...edge('microsoft', 'INVESTED_IN', 'openai', { date: '2023-01', round: 'third', amount: 1e10, currency: 'USD' }),
          sources: [{ source: 's4', paragraph: 2 }],
          sourceEntity: ref('microsoft', 'Organization'),
          targetEntity: ref('openai', 'Organization'),
        },
      ],
      total: 1,
      limit: 500,
      offset: 0,
    } as InvestmentsAnswer;
    const csv = tableCsv(investmentSpec.columns, investmentRows(answer, titleOf));
    expect(csv).toBe(
      '"Investor","Investee","Date","Round","Amount","Currency","Source"\r\n"MICROSOFT","OPENAI","2023-01","third",10000000000,"USD","Doc s4 ¶2"\r\n',
    );
  });

  it('sorts predictions soonest due first with the undated last, and reads each status', () => {
    const claim = (id: string, dueBy?: string) =>
      entity(id, 'Claim', { text: `${id} will happen`, statedOn: '2023-04', ...(dueBy ? { dueBy } : {}) });
    const answer = {
      items: [
        { claim: claim('c1'), claimants: [ref('elon-musk', 'Person')], subjects: [], status: 'open' },
        { claim: claim('c2', '2029'), claimants: [ref('elon-musk', 'Person')], subjects: [], status: 'open' },
        { claim: claim('c3', '2024-12'), claimants: [ref('sam-altman', 'Person')], subjects: [], status: 'did-not' },
      ],
      total: 3,
      limit: 200,
      offset: 0,
    } as ClaimsAnswer;
    const rows = predictionRows(answer, titleOf, 'en');
    const { column, dir } = sortOf(predictionSpec, undefined, undefined);
    const sorted = sortRows(rows, column, dir);
    expect(sorted.map((r) => [r.claim.id, r.due, predictionSpec.columns[4].value(r)])).toEqual([
      ['c3', '2024-12', 'did not'],
      ['c2', '2029', 'open'],
      ['c1', undefined, 'open'],
    ]);
    expect(predictionSpec.opens(sorted[0])).toEqual({ id: 'c3', name: 'C3' });
  });

  it('cites each source document once by title, with its paragraphs in order', () => {
    expect(
      citeText(
        [
          { source: 'a', paragraph: 1 },
          { source: 'b', paragraph: 7 },
        ],
        titleOf,
      ),
    ).toBe('Doc a ¶1; Doc b ¶7');
  });
});

describe('the tables’ modules', () => {
  const dir = path.resolve(__dirname, '../../client/tables');
  it.each(readdirSync(dir).filter((f) => f.endsWith('.ts')))('%s stays under 200 lines', (file) => {
    expect(readFileSync(path.join(dir, file), 'utf8').split('\n').length).toBeLessThan(200);
  });
});
