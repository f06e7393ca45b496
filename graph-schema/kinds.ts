// The kinds of entity in the AI-industry graph, each with the properties it may carry.
import { z } from 'zod';
import { defineKind } from './define';
import { Count, NonNegative, PartialDate, Text } from './primitives';

export const Person = defineKind({
  label: 'Person',
  title: 'Person',
  description: 'A founder, executive, researcher, investor or public figure.',
  caption: 'name',
  color: '#4e79a7',
  shape: 'ellipse',
  indexed: [],
  properties: {
    nationality: Text(100).optional().meta({ description: 'Country of citizenship, as an ISO code or name.' }),
    occupation: Text(200).optional().meta({ description: 'What the person is chiefly known as.' }),
  },
});

export const ORGANIZATION_TYPES = [
  'company',
  'non-profit',
  'research-lab',
  'government',
  'media',
  'investor',
  'university',
  'other',
] as const;

export const Organization = defineKind({
  label: 'Organization',
  title: 'Organization',
  description: 'A company, lab, non-profit, government body, investor, university or outlet.',
  caption: 'name',
  color: '#f28e2b',
  shape: 'round-rectangle',
  indexed: ['orgType'],
  properties: {
    orgType: z.enum(ORGANIZATION_TYPES).optional().meta({ description: 'What sort of organisation it is.' }),
    country: Text(100).optional().meta({ description: 'Country of its headquarters.' }),
    foundedOn: PartialDate.optional().meta({ description: 'When it was founded.' }),
  },
});

export const GPUCluster = defineKind({
  label: 'GPUCluster',
  title: 'GPU cluster',
  description: 'A cluster or fleet of AI accelerators, built or planned. Its owner is the OPERATES edge.',
  caption: 'name',
  color: '#e15759',
  shape: 'hexagon',
  indexed: ['status'],
  properties: {
    chipModel: Text(100).optional().meta({ description: 'Accelerator model, e.g. "NVIDIA H100".' }),
    chipCount: Count.optional().meta({ description: 'Number of accelerators.', unit: 'chips' }),
    h100Equivalents: NonNegative.optional().meta({ description: 'Compute expressed in NVIDIA H100 units.', unit: 'H100e' }),
    powerMW: NonNegative.optional().meta({ description: 'Power draw.', unit: 'MW' }),
    site: Text(200).optional().meta({ description: 'Where it stands.' }),
    status: z.enum(['planned', 'built']).optional().meta({ description: 'Whether it exists yet.' }),
    asOf: PartialDate.optional().meta({ description: 'The date at which these figures were true.' }),
  },
});

export const Petition = defineKind({
  label: 'Petition',
  title: 'Petition',
  description: 'An open letter or petition, with what it demands and who signed it.',
  caption: 'name',
  color: '#76b7b2',
  shape: 'round-tag',
  indexed: [],
  properties: {
    title: Text(500).optional().meta({ description: 'Its title as published.' }),
    demand: Text(2000).optional().meta({ description: 'What it asks for.' }),
    launchedOn: PartialDate.optional().meta({ description: 'When it was published.' }),
    signatureCount: Count.optional().meta({ description: 'Number of signatures.', unit: 'signatures' }),
    signatureCountAsOf: PartialDate.optional().meta({ description: 'When the signatures were counted.' }),
    signatureGoal: Count.optional().meta({ description: 'How many signatures its organisers aim for.', unit: 'signatures' }),
    target: Text(300).optional().meta({ description: 'Whom it addresses.' }),
  },
});

export const AIModel = defineKind({
  label: 'AIModel',
  title: 'AI model',
  description: 'A trained model or model-based product (GPT-4, Llama, Grok, ChatGPT).',
  caption: 'name',
  color: '#59a14f',
  shape: 'diamond',
  indexed: [],
  properties: {
    releasedOn: PartialDate.optional().meta({ description: 'When it was released.' }),
    parameterCount: NonNegative.optional().meta({ description: 'Number of parameters.', unit: 'parameters' }),
    modality: Text(100).optional().meta({ description: 'text, image, video, multimodal, robotics, code or speech.' }),
    openWeights: z.boolean().optional().meta({ description: 'Whether its weights are published.' }),
  },
});

export const Dataset = defineKind({
  label: 'Dataset',
  title: 'Dataset',
  description: 'A body of training or evaluation data.',
  caption: 'name',
  color: '#edc948',
  shape: 'barrel',
  indexed: [],
  properties: {
    modality: Text(100).optional().meta({ description: 'What the data is: text, images, video, sensor data.' }),
    sizeDescription: Text(300).optional().meta({ description: 'How large it is, in the source\u2019s terms.' }),
  },
});

export const Facility = defineKind({
  label: 'Facility',
  title: 'Facility',
  description: 'A physical site: a data centre, a power plant, a factory or a lab.',
  caption: 'name',
  color: '#b07aa1',
  shape: 'octagon',
  indexed: ['facilityType'],
  properties: {
    facilityType: z.enum(['data-centre', 'power-plant', 'factory', 'lab', 'other']).optional().meta({ description: 'What the site is.' }),
    location: Text(200).optional().meta({ description: 'Where it stands.' }),
    capacityMW: NonNegative.optional().meta({ description: 'Power capacity.', unit: 'MW' }),
    status: z.enum(['planned', 'operating', 'closed', 'restarting']).optional().meta({ description: 'Its state.' }),
  },
});

export const Policy = defineKind({
  label: 'Policy',
  title: 'Policy',
  description: 'A law, regulation, executive order or bill about AI.',
  caption: 'name',
  color: '#9c755f',
  shape: 'rhomboid',
  indexed: [],
  properties: {
    jurisdiction: Text(200).optional().meta({ description: 'Where it applies.' }),
    status: Text(100).optional().meta({ description: 'Proposed, enacted, in force\u2026' }),
    date: PartialDate.optional().meta({ description: 'When it was issued or proposed.' }),
  },
});

export const CLAIM_KINDS = ['prediction', 'opinion', 'announcement', 'reported-fact'] as const;

export const Claim = defineKind({
  label: 'Claim',
  title: 'Claim',
  description: 'Something a person or organisation said: who said it is MADE_CLAIM, what it concerns is ABOUT.',
  caption: 'name',
  color: '#ff9da7',
  shape: 'star',
  indexed: ['claimKind', 'statedOn'],
  properties: {
    text: Text(4000).meta({ description: 'What was claimed, in the curators\u2019 own English words.' }),
    textJa: Text(4000).optional().meta({ description: 'The same in Japanese.' }),
    claimKind: z.enum(CLAIM_KINDS).meta({ description: 'prediction, opinion, announcement or reported-fact.' }),
    statedOn: PartialDate.optional().meta({ description: 'When it was said.' }),
    dueBy: PartialDate.optional().meta({ description: 'For a prediction: when it should have come true.' }),
  },
});

export const Source = defineKind({
  label: 'Source',
  title: 'Source',
  description: 'A document that facts in the graph rest on.',
  caption: 'name',
  color: '#bab0ac',
  shape: 'vee',
  indexed: [],
  needsSources: false,
  properties: {
    title: Text(500).meta({ description: 'Title in the document\u2019s own language.' }),
    titleEn: Text(500).optional().meta({ description: 'Title rendered in English.' }),
    outlet: Text(200).optional().meta({ description: 'Publication or site.' }),
    author: Text(200).optional().meta({ description: 'Writer, where given.' }),
    publishedOn: PartialDate.optional().meta({ description: 'Publication date, as precise as the text allows.' }),
    language: z.enum(['en', 'ja', 'zh']).meta({ description: 'Language of the document.' }),
    fileName: Text(200).optional().meta({ description: 'File name of the curated copy.' }),
    url: z.url().max(2000).optional().meta({ description: 'Where it was published.' }),
  },
});

export const entityKinds = [Person, Organization, GPUCluster, Petition, AIModel, Dataset, Facility, Policy, Claim, Source] as const;
