// The track record and outcome form of the entity panel, without a browser: the tally read from
// the API's counts in the schema's statuses and outcome colours, which claims take an outcome, the
// PATCH a curator's form sends, and how a refusal's issues find their fields.
import { PREDICTION_STATUSES } from '../../graph-schema/rules';
import { schemaDocument } from '../../server/api/meta.routes';
import { issuesByField, outcomePatch, takesOutcome } from '../../client/ui/outcome-form';
import { countKey, statusPalette, tally, type TrackRecord } from '../../client/ui/track-record';

const schema = schemaDocument();
const kind = (label: string) => schema.kinds.find((k) => k.label === label)!;

const counts: TrackRecord['counts'] = {
  made: 12,
  resolved: 4,
  cameTrue: 2,
  partly: 1,
  didNot: 1,
  unresolvable: 0,
  open: 3,
  due: 1,
  overdue: 4,
};

describe('the track record', () => {
  it('names each status by the key the answer counts it under', () => {
    expect(countKey('came-true')).toBe('cameTrue');
    expect(countKey('did-not')).toBe('didNot');
    expect(countKey('overdue')).toBe('overdue');
    for (const status of PREDICTION_STATUSES) expect(Object.keys(counts)).toContain(countKey(status));
  });

  it("colours statuses with the claim kind's outcome palette, not its palette of claim kinds", () => {
    const palette = statusPalette(kind('Claim'));
    expect(palette).toEqual(kind('Claim').palettes.outcome);
    expect(Object.keys(palette)).not.toContain('prediction');
    expect(statusPalette(kind('Person'))).toEqual({});
    expect(statusPalette(undefined)).toEqual({});
  });

  it("tallies every status the schema knows, in its order, with the answer's count and the palette's colour", () => {
    const parts = tally(counts, statusPalette(kind('Claim')));
    expect(parts.map((p) => p.status)).toEqual(PREDICTION_STATUSES);
    expect(parts.find((p) => p.status === 'came-true')).toEqual({
      status: 'came-true',
      key: 'cameTrue',
      label: 'came true',
      count: 2,
      colour: kind('Claim').palettes.outcome['came-true'],
    });
    // Overdue is computed, never recorded: the outcome palette has no colour for it.
    expect(parts.find((p) => p.status === 'overdue')).toEqual({ status: 'overdue', key: 'overdue', label: 'overdue', count: 4 });
    expect(parts.reduce((n, p) => n + p.count, 0)).toBe(counts.made);
  });
});

describe('the outcome form', () => {
  const prediction = { claimKind: 'prediction', dueBy: '2024-12' };

  it('is offered on a prediction, never on another claim or another kind', () => {
    expect(takesOutcome(kind('Claim'), prediction)).toBe(true);
    expect(takesOutcome(kind('Claim'), { claimKind: 'opinion' })).toBe(false);
    expect(takesOutcome(kind('Person'), prediction)).toBe(false);
    expect(takesOutcome(undefined, prediction)).toBe(false);
  });

  it('sends only what changed, trimmed, and removes a field the curator emptied', () => {
    const current = { ...prediction, outcome: 'open', outcomeNote: 'Not yet.' };
    expect(
      outcomePatch(current, { outcome: 'did-not', resolvedOn: ' 2025-02 ', outcomeNote: '', outcomeSource: 'web-xai-grok-3' }),
    ).toEqual({ outcome: 'did-not', resolvedOn: '2025-02', outcomeNote: null, outcomeSource: 'web-xai-grok-3' });
    expect(outcomePatch(current, { outcome: 'open', resolvedOn: '', outcomeNote: 'Not yet.', outcomeSource: '' })).toEqual({});
  });

  it("puts a refusal's issues beside the fields they name, and keeps the rest apart", () => {
    const { fields, other } = issuesByField([
      { in: 'body', path: 'outcomeSource', message: 'unknown source "nope"' },
      { in: 'body', path: 'resolvedOn', message: 'not a date' },
      { in: 'body', path: 'resolvedOn', message: 'in the future' },
      { in: 'body', path: 'sources.0.source', message: 'unknown source "x"' },
      { in: 'header', path: '', message: 'bad header' },
    ]);
    expect(Object.fromEntries(fields)).toEqual({ outcomeSource: ['unknown source "nope"'], resolvedOn: ['not a date', 'in the future'] });
    expect(other).toEqual(['sources.0.source: unknown source "x"', 'bad header']);
  });
});
