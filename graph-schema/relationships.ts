// The relationship types of the AI-industry graph: which kinds each may join and what it carries.
import { z } from 'zod';
import { defineRelationship } from './define';
import { entityKinds, Source } from './kinds';
import { Count, NonNegative, PartialDate, Text } from './primitives';
import { STANCES } from './rules';

const ACTOR = ['Person', 'Organization'] as const;
const STANCE_TARGETS = ['Petition', 'Policy', 'Organization', 'AIModel', 'Person'] as const;
// Every relationship may say when it began (`from`) and ended (`to`); a type with a `date` of its
// own (a funding round, a signature) began then when no `from` is given.
const HELD = { start: ['from'], end: ['to'] } as const;
const DATED = { start: ['from', 'date'], end: ['to'] } as const;
const currency = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "USD"');

export const INVESTED_IN = defineRelationship({
  type: 'INVESTED_IN',
  title: 'invested in',
  description: 'Funding: the source put money into the target.',
  from: ACTOR,
  to: ['Organization'],
  color: '#2e7d32',
  lineStyle: 'solid',
  weight: 'amount',
  temporal: DATED,
  properties: {
    amount: NonNegative.optional().meta({ label: 'Amount', description: 'Amount invested, in `currency`.', unit: 'currency' }),
    currency: currency.optional().meta({ label: 'Currency', description: 'ISO 4217 currency code.' }),
    date: PartialDate.optional().meta({ label: 'Date', description: 'When the investment was made or announced.' }),
    round: Text(100).optional().meta({ label: 'Round', description: 'Funding round or tranche.' }),
  },
});

export const COMPETES_WITH = defineRelationship({
  type: 'COMPETES_WITH',
  title: 'competes with',
  description: 'Rivalry between two actors or models.',
  from: [...ACTOR, 'AIModel'],
  to: [...ACTOR, 'AIModel'],
  symmetric: true,
  color: '#c62828',
  lineStyle: 'dashed',
  temporal: HELD,
  properties: {
    field: Text(200).optional().meta({ label: 'Field', description: 'What they compete over.' }),
  },
});

export const WORKS_FOR = defineRelationship({
  type: 'WORKS_FOR',
  title: 'works for',
  description: 'Employment, current or former (see `former` and `to`).',
  from: ['Person'],
  to: ['Organization'],
  color: '#546e7a',
  lineStyle: 'solid',
  temporal: HELD,
  properties: {
    role: Text(200).optional().meta({ label: 'Role', description: 'Job title or function.' }),
    former: z.boolean().optional().meta({ label: 'Former', description: 'True when the person has left.' }),
  },
});

export const FOUNDED = defineRelationship({
  type: 'FOUNDED',
  title: 'founded',
  description: 'The source founded or co-founded the target.',
  from: ACTOR,
  to: ['Organization'],
  color: '#6a1b9a',
  lineStyle: 'solid',
  temporal: DATED,
  properties: {
    date: PartialDate.optional().meta({ label: 'Date', description: 'When it was founded.' }),
  },
});

export const LEADS = defineRelationship({
  type: 'LEADS',
  title: 'leads',
  description: 'A leadership role such as CEO or chief scientist.',
  from: ['Person'],
  to: ['Organization'],
  color: '#283593',
  lineStyle: 'solid',
  temporal: HELD,
  properties: {
    role: Text(200).optional().meta({ label: 'Role', description: 'The role, e.g. CEO.' }),
  },
});

export const SUBSIDIARY_OF = defineRelationship({
  type: 'SUBSIDIARY_OF',
  title: 'subsidiary of',
  description: 'The source is owned or controlled by the target.',
  from: ['Organization'],
  to: ['Organization'],
  color: '#8d6e63',
  lineStyle: 'solid',
  temporal: HELD,
  properties: {},
});

export const HIRED_FROM = defineRelationship({
  type: 'HIRED_FROM',
  title: 'hired from',
  description: 'The source hired people away from the target.',
  from: ['Organization'],
  to: ACTOR,
  color: '#00838f',
  lineStyle: 'dotted',
  temporal: DATED,
  properties: {
    count: Count.optional().meta({ label: 'People', description: 'How many people moved.', unit: 'people' }),
    date: PartialDate.optional().meta({ label: 'Date', description: 'When.' }),
  },
});

export const OPERATES = defineRelationship({
  type: 'OPERATES',
  title: 'operates',
  description: 'Ownership or operation of compute or a site.',
  from: ['Organization'],
  to: ['GPUCluster', 'Facility'],
  color: '#d84315',
  lineStyle: 'solid',
  temporal: HELD,
  properties: {},
});

export const TRAINED_ON = defineRelationship({
  type: 'TRAINED_ON',
  title: 'trained on',
  description: 'A model was trained on a cluster or dataset.',
  from: ['AIModel'],
  to: ['GPUCluster', 'Dataset'],
  color: '#558b2f',
  lineStyle: 'dashed',
  temporal: HELD,
  properties: {
    chipCount: Count.optional().meta({ label: 'Chips', description: 'Accelerators used for the run.', unit: 'chips' }),
  },
});

export const DEVELOPED = defineRelationship({
  type: 'DEVELOPED',
  title: 'developed',
  description: 'The source built a model, dataset, cluster or facility.',
  from: ACTOR,
  to: ['AIModel', 'Dataset', 'GPUCluster', 'Facility'],
  color: '#1565c0',
  lineStyle: 'solid',
  temporal: DATED,
  properties: {
    date: PartialDate.optional().meta({ label: 'Date', description: 'When.' }),
  },
});

export const SIGNED = defineRelationship({
  type: 'SIGNED',
  title: 'signed',
  description: 'A signature on a petition or open letter.',
  from: ACTOR,
  to: ['Petition'],
  color: '#00695c',
  lineStyle: 'solid',
  stance: 'supports',
  temporal: DATED,
  properties: {
    date: PartialDate.optional().meta({ label: 'Date', description: 'When they signed.' }),
  },
});

export const AUTHORED = defineRelationship({
  type: 'AUTHORED',
  title: 'authored',
  description: 'The source wrote or organised a petition or policy.',
  from: ACTOR,
  to: ['Petition', 'Policy'],
  color: '#4527a0',
  lineStyle: 'solid',
  stance: 'supports',
  temporal: DATED,
  properties: {
    date: PartialDate.optional().meta({ label: 'Date', description: 'When.' }),
  },
});

export const SUPPORTS = defineRelationship({
  type: 'SUPPORTS',
  title: 'supports',
  description: 'Public support for a petition, policy, organisation, model or person.',
  from: ACTOR,
  to: STANCE_TARGETS,
  color: '#43a047',
  lineStyle: 'dotted',
  stance: 'supports',
  temporal: HELD,
  properties: {},
});

export const OPPOSES = defineRelationship({
  type: 'OPPOSES',
  title: 'opposes',
  description: 'Public opposition to a petition, policy, organisation, model or person.',
  from: ACTOR,
  to: STANCE_TARGETS,
  color: '#e53935',
  lineStyle: 'dotted',
  stance: 'opposes',
  temporal: HELD,
  properties: {},
});

export const PARTNERS_WITH = defineRelationship({
  type: 'PARTNERS_WITH',
  title: 'partners with',
  description: 'A partnership or alliance between organisations.',
  from: ['Organization'],
  to: ['Organization'],
  symmetric: true,
  color: '#0277bd',
  lineStyle: 'solid',
  temporal: DATED,
  properties: {
    date: PartialDate.optional().meta({ label: 'Date', description: 'When it was agreed.' }),
  },
});

export const SUPPLIES = defineRelationship({
  type: 'SUPPLIES',
  title: 'supplies',
  description: 'The source sells hardware, power or services to the target.',
  from: ['Organization'],
  to: ['Organization', 'GPUCluster', 'Facility'],
  color: '#f9a825',
  lineStyle: 'solid',
  weight: 'quantity',
  temporal: DATED,
  properties: {
    product: Text(200).optional().meta({ label: 'Product', description: 'What is supplied.' }),
    quantity: NonNegative.optional().meta({ label: 'Quantity', description: 'How many units.', unit: 'units' }),
    date: PartialDate.optional().meta({ label: 'Date', description: 'When.' }),
  },
});

export const BUYS_POWER_FROM = defineRelationship({
  type: 'BUYS_POWER_FROM',
  title: 'buys power from',
  description: 'A power purchase agreement.',
  from: ['Organization'],
  to: ['Organization', 'Facility'],
  color: '#ff6f00',
  lineStyle: 'dashed',
  temporal: DATED,
  properties: {
    termYears: NonNegative.optional().meta({ label: 'Term', description: 'Length of the agreement.', unit: 'years' }),
    date: PartialDate.optional().meta({ label: 'Date', description: 'When it was signed.' }),
    capacityMW: NonNegative.optional().meta({ label: 'Capacity', description: 'Contracted capacity.', unit: 'MW' }),
  },
});

export const ISSUED = defineRelationship({
  type: 'ISSUED',
  title: 'issued',
  description: 'A government or official issued or proposed a policy.',
  from: ACTOR,
  to: ['Policy'],
  color: '#795548',
  lineStyle: 'solid',
  temporal: DATED,
  properties: {
    date: PartialDate.optional().meta({ label: 'Date', description: 'When.' }),
  },
});

export const SUED = defineRelationship({
  type: 'SUED',
  title: 'sued',
  description: 'A lawsuit brought by the source against the target.',
  from: ACTOR,
  to: ACTOR,
  color: '#b71c1c',
  lineStyle: 'dashed',
  temporal: DATED,
  properties: {
    date: PartialDate.optional().meta({ label: 'Date', description: 'When it was filed.' }),
  },
});

export const USES = defineRelationship({
  type: 'USES',
  title: 'uses',
  description: 'The source uses a model, dataset, cluster or site.',
  from: ['Organization', 'AIModel'],
  to: ['AIModel', 'Dataset', 'Facility', 'GPUCluster'],
  color: '#607d8b',
  lineStyle: 'dotted',
  temporal: HELD,
  properties: {},
});

export const BASED_ON = defineRelationship({
  type: 'BASED_ON',
  title: 'based on',
  description: 'A model built on top of another.',
  from: ['AIModel'],
  to: ['AIModel'],
  color: '#7cb342',
  lineStyle: 'dashed',
  temporal: HELD,
  properties: {},
});

export const MADE_CLAIM = defineRelationship({
  type: 'MADE_CLAIM',
  title: 'made claim',
  description: 'Who said it.',
  from: ACTOR,
  to: ['Claim'],
  color: '#ad1457',
  lineStyle: 'solid',
  temporal: DATED,
  properties: {
    date: PartialDate.optional().meta({ label: 'Date', description: 'When it was said.' }),
  },
});

export const ABOUT = defineRelationship({
  type: 'ABOUT',
  title: 'about',
  description: 'What a claim concerns.',
  from: ['Claim'],
  // A claim may concern anything in the world the graph holds, but not the documents it rests on.
  to: entityKinds.filter((k) => k.label !== Source.label).map((k) => k.label),
  color: '#f06292',
  lineStyle: 'dotted',
  temporal: null,
  properties: {
    stance: z.enum(STANCES).optional().meta({ label: 'Stance', description: 'The speaker\u2019s position on this subject in this claim.' }),
  },
});

export const relationshipTypes = [
  INVESTED_IN,
  COMPETES_WITH,
  WORKS_FOR,
  FOUNDED,
  LEADS,
  SUBSIDIARY_OF,
  HIRED_FROM,
  OPERATES,
  TRAINED_ON,
  DEVELOPED,
  SIGNED,
  AUTHORED,
  SUPPORTS,
  OPPOSES,
  PARTNERS_WITH,
  SUPPLIES,
  BUYS_POWER_FROM,
  ISSUED,
  SUED,
  USES,
  BASED_ON,
  MADE_CLAIM,
  ABOUT,
] as const;
