// The kinds of entity in the AI-industry graph, each with the properties it may carry.
import { z } from 'zod';
import { defineKind } from './define';
import { DEFAULT_NODE_SIZE, PREDICTION_STATUS_TITLES } from './rules';
import { Count, EntityId, NonNegative, PartialDate, Text } from './primitives';

export const Person = defineKind({
  label: 'Person',
  title: 'Person',
  titles: { ja: '人物', zh: '人物' },
  description: 'A founder, executive, researcher, investor or public figure.',
  caption: 'name',
  color: '#4e79a7',
  shape: 'ellipse',
  indexed: [],
  featured: ['occupation', 'nationality'],
  properties: {
    nationality: Text(100)
      .optional()
      .meta({ label: 'Nationality', labels: { ja: '国籍', zh: '国籍' }, description: 'Country of citizenship, as an ISO code or name.' }),
    occupation: Text(200)
      .optional()
      .meta({ label: 'Occupation', labels: { ja: '職業', zh: '职业' }, description: 'What the person is chiefly known as.' }),
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
  titles: { ja: '組織', zh: '组织' },
  description: 'A company, lab, non-profit, government body, investor, university or outlet.',
  caption: 'name',
  color: '#f28e2b',
  shape: 'round-rectangle',
  indexed: ['orgType'],
  featured: ['orgType', 'country', 'foundedOn'],
  valueTitles: {
    orgType: {
      company: { en: 'company', ja: '企業', zh: '公司' },
      'non-profit': { en: 'non-profit', ja: '非営利団体', zh: '非营利组织' },
      'research-lab': { en: 'research lab', ja: '研究所', zh: '研究机构' },
      government: { en: 'government', ja: '政府機関', zh: '政府机构' },
      media: { en: 'media', ja: 'メディア', zh: '媒体' },
      investor: { en: 'investor', ja: '投資家', zh: '投资方' },
      university: { en: 'university', ja: '大学', zh: '大学' },
      other: { en: 'other', ja: 'その他', zh: '其他' },
    },
  },
  dates: ['foundedOn'],
  properties: {
    orgType: z
      .enum(ORGANIZATION_TYPES)
      .optional()
      .meta({ label: 'Type', labels: { ja: '種類', zh: '类型' }, description: 'What sort of organisation it is.' }),
    country: Text(100)
      .optional()
      .meta({ label: 'Country', labels: { ja: '国', zh: '国家' }, description: 'Country of its headquarters.' }),
    foundedOn: PartialDate.optional().meta({ label: 'Founded', labels: { ja: '設立', zh: '成立' }, description: 'When it was founded.' }),
  },
});

export const GPUCluster = defineKind({
  label: 'GPUCluster',
  title: 'GPU cluster',
  titles: { ja: 'GPUクラスター', zh: 'GPU集群' },
  description: 'A cluster or fleet of AI accelerators, built or planned. Its owner is the OPERATES edge.',
  caption: 'name',
  color: '#e15759',
  shape: 'hexagon',
  indexed: ['status'],
  featured: ['status', 'chipModel', 'chipCount', 'h100Equivalents', 'powerMW', 'site', 'asOf'],
  valueTitles: { status: { planned: { en: 'planned', ja: '計画中', zh: '计划中' }, built: { en: 'built', ja: '稼働済み', zh: '已建成' } } },
  // Compute is best compared in H100 units; a raw chip count stands in where no conversion is known.
  size: { by: ['h100Equivalents', 'chipCount'], fixed: DEFAULT_NODE_SIZE },
  // Clusters are recorded by the date their figures were true: the earliest sign they existed.
  dates: ['asOf'],
  properties: {
    chipModel: Text(100)
      .optional()
      .meta({ label: 'Chip', labels: { ja: 'チップ', zh: '芯片' }, description: 'Accelerator model, e.g. "NVIDIA H100".' }),
    chipCount: Count.optional().meta({
      label: 'Chips',
      labels: { ja: 'チップ数', zh: '芯片数量' },
      description: 'Number of accelerators.',
      unit: 'chips',
      units: { ja: '枚', zh: '块' },
    }),
    h100Equivalents: NonNegative.optional().meta({
      label: 'H100 equivalents',
      labels: { ja: 'H100換算', zh: 'H100当量' },
      description: 'Compute expressed in NVIDIA H100 units.',
      unit: 'H100e',
      units: { ja: 'H100e', zh: 'H100e' },
    }),
    powerMW: NonNegative.optional().meta({
      label: 'Power',
      labels: { ja: '電力', zh: '功率' },
      description: 'Power draw.',
      unit: 'MW',
      units: { ja: 'MW', zh: 'MW' },
    }),
    site: Text(200)
      .optional()
      .meta({ label: 'Site', labels: { ja: '所在地', zh: '地点' }, description: 'Where it stands.' }),
    status: z
      .enum(['planned', 'built'])
      .optional()
      .meta({ label: 'Status', labels: { ja: '状態', zh: '状态' }, description: 'Whether it exists yet.' }),
    asOf: PartialDate.optional().meta({
      label: 'As of',
      labels: { ja: '時点', zh: '截至' },
      description: 'The date at which these figures were true.',
    }),
  },
});

export const Petition = defineKind({
  label: 'Petition',
  title: 'Petition',
  titles: { ja: '請願', zh: '请愿书' },
  description: 'An open letter or petition, with what it demands and who signed it.',
  caption: 'name',
  color: '#76b7b2',
  shape: 'round-tag',
  indexed: [],
  featured: ['title', 'demand', 'target', 'launchedOn', 'signatureCount', 'signatureGoal', 'signatureCountAsOf'],
  dates: ['launchedOn'],
  properties: {
    title: Text(500)
      .optional()
      .meta({ label: 'Title', labels: { ja: 'タイトル', zh: '标题' }, description: 'Its title as published.' }),
    demand: Text(2000)
      .optional()
      .meta({ label: 'Demand', labels: { ja: '要求', zh: '诉求' }, description: 'What it asks for.' }),
    launchedOn: PartialDate.optional().meta({
      label: 'Launched',
      labels: { ja: '開始日', zh: '推出日期' },
      description: 'When it was published.',
    }),
    signatureCount: Count.optional().meta({
      label: 'Signatures',
      labels: { ja: '署名数', zh: '签名数' },
      description: 'Number of signatures.',
      unit: 'signatures',
      units: { ja: '筆', zh: '个签名' },
    }),
    signatureCountAsOf: PartialDate.optional().meta({
      label: 'Signatures counted',
      labels: { ja: '署名の集計日', zh: '签名统计日期' },
      description: 'When the signatures were counted.',
    }),
    signatureGoal: Count.optional().meta({
      label: 'Signature goal',
      labels: { ja: '署名目標', zh: '签名目标' },
      description: 'How many signatures its organisers aim for.',
      unit: 'signatures',
      units: { ja: '筆', zh: '个签名' },
    }),
    target: Text(300)
      .optional()
      .meta({ label: 'Addressed to', labels: { ja: '宛先', zh: '对象' }, description: 'Whom it addresses.' }),
  },
});

export const AIModel = defineKind({
  label: 'AIModel',
  title: 'AI model',
  titles: { ja: 'AIモデル', zh: 'AI模型' },
  description: 'A trained model or model-based product (GPT-4, Llama, Grok, ChatGPT).',
  caption: 'name',
  color: '#59a14f',
  shape: 'diamond',
  indexed: [],
  featured: ['releasedOn', 'modality', 'parameterCount', 'openWeights'],
  dates: ['releasedOn'],
  properties: {
    releasedOn: PartialDate.optional().meta({
      label: 'Released',
      labels: { ja: '公開日', zh: '发布日期' },
      description: 'When it was released.',
    }),
    parameterCount: NonNegative.optional().meta({
      label: 'Parameters',
      labels: { ja: 'パラメータ数', zh: '参数量' },
      description: 'Number of parameters.',
      unit: 'parameters',
      units: { ja: 'パラメータ', zh: '参数' },
    }),
    modality: Text(100)
      .optional()
      .meta({
        label: 'Modality',
        labels: { ja: 'モダリティ', zh: '模态' },
        description: 'text, image, video, multimodal, robotics, code or speech.',
      }),
    openWeights: z
      .boolean()
      .optional()
      .meta({
        label: 'Open weights',
        labels: { ja: 'オープンウェイト', zh: '开放权重' },
        description: 'Whether its weights are published.',
      }),
  },
});

export const Dataset = defineKind({
  label: 'Dataset',
  title: 'Dataset',
  titles: { ja: 'データセット', zh: '数据集' },
  description: 'A body of training or evaluation data.',
  caption: 'name',
  color: '#edc948',
  shape: 'barrel',
  indexed: [],
  featured: ['modality', 'sizeDescription'],
  properties: {
    modality: Text(100)
      .optional()
      .meta({
        label: 'Modality',
        labels: { ja: 'モダリティ', zh: '模态' },
        description: 'What the data is: text, images, video, sensor data.',
      }),
    sizeDescription: Text(300)
      .optional()
      .meta({ label: 'Size', labels: { ja: '規模', zh: '规模' }, description: 'How large it is, in the source\u2019s terms.' }),
  },
});

export const Facility = defineKind({
  label: 'Facility',
  title: 'Facility',
  titles: { ja: '施設', zh: '设施' },
  description: 'A physical site: a data centre, a power plant, a factory or a lab.',
  caption: 'name',
  color: '#b07aa1',
  shape: 'octagon',
  indexed: ['facilityType'],
  featured: ['facilityType', 'status', 'location', 'capacityMW'],
  valueTitles: {
    facilityType: {
      'data-centre': { en: 'data centre', ja: 'データセンター', zh: '数据中心' },
      'power-plant': { en: 'power plant', ja: '発電所', zh: '发电厂' },
      factory: { en: 'factory', ja: '工場', zh: '工厂' },
      lab: { en: 'lab', ja: '研究所', zh: '实验室' },
      other: { en: 'other', ja: 'その他', zh: '其他' },
    },
    status: {
      planned: { en: 'planned', ja: '計画中', zh: '计划中' },
      operating: { en: 'operating', ja: '稼働中', zh: '运营中' },
      closed: { en: 'closed', ja: '閉鎖', zh: '已关闭' },
      restarting: { en: 'restarting', ja: '再稼働中', zh: '重启中' },
    },
  },
  properties: {
    facilityType: z
      .enum(['data-centre', 'power-plant', 'factory', 'lab', 'other'])
      .optional()
      .meta({ label: 'Type', labels: { ja: '種類', zh: '类型' }, description: 'What the site is.' }),
    location: Text(200)
      .optional()
      .meta({ label: 'Location', labels: { ja: '所在地', zh: '位置' }, description: 'Where it stands.' }),
    capacityMW: NonNegative.optional().meta({
      label: 'Capacity',
      labels: { ja: '容量', zh: '容量' },
      description: 'Power capacity.',
      unit: 'MW',
      units: { ja: 'MW', zh: 'MW' },
    }),
    status: z
      .enum(['planned', 'operating', 'closed', 'restarting'])
      .optional()
      .meta({ label: 'Status', labels: { ja: '状態', zh: '状态' }, description: 'Its state.' }),
  },
});

export const Product = defineKind({
  label: 'Product',
  title: 'Product',
  titles: { ja: '製品', zh: '产品' },
  description:
    'A product or service people use (a social network, an app, a cloud service), not the company behind it: that is the OFFERS edge.',
  caption: 'name',
  color: '#86bcb6',
  shape: 'triangle',
  indexed: ['productType'],
  featured: ['productType', 'launchedOn'],
  valueTitles: {
    productType: {
      'social-network': { en: 'social network', ja: 'SNS', zh: '社交网络' },
      app: { en: 'app', ja: 'アプリ', zh: '应用' },
      'cloud-service': { en: 'cloud service', ja: 'クラウドサービス', zh: '云服务' },
      device: { en: 'device', ja: 'デバイス', zh: '设备' },
      other: { en: 'other', ja: 'その他', zh: '其他' },
    },
  },
  dates: ['launchedOn'],
  properties: {
    productType: z
      .enum(['social-network', 'app', 'cloud-service', 'device', 'other'])
      .optional()
      .meta({ label: 'Type', labels: { ja: '種類', zh: '类型' }, description: 'What sort of product it is.' }),
    launchedOn: PartialDate.optional().meta({
      label: 'Launched',
      labels: { ja: '開始日', zh: '推出日期' },
      description: 'When it was launched.',
    }),
  },
});

export const Policy = defineKind({
  label: 'Policy',
  title: 'Policy',
  titles: { ja: '政策', zh: '政策' },
  description: 'A law, regulation, executive order or bill about AI.',
  caption: 'name',
  color: '#9c755f',
  shape: 'rhomboid',
  indexed: [],
  featured: ['jurisdiction', 'status', 'date'],
  dates: ['date'],
  properties: {
    jurisdiction: Text(200)
      .optional()
      .meta({ label: 'Jurisdiction', labels: { ja: '管轄', zh: '管辖范围' }, description: 'Where it applies.' }),
    status: Text(100)
      .optional()
      .meta({ label: 'Status', labels: { ja: '状態', zh: '状态' }, description: 'Proposed, enacted, in force\u2026' }),
    date: PartialDate.optional().meta({
      label: 'Date',
      labels: { ja: '日付', zh: '日期' },
      description: 'When it was issued or proposed.',
    }),
  },
});

export const CLAIM_KINDS = ['prediction', 'opinion', 'announcement', 'reported-fact'] as const;
/** How a prediction turned out, as curators record it; `open` until someone can say. */
export const OUTCOMES = ['open', 'came-true', 'partly', 'did-not', 'unresolvable'] as const;

export const Claim = defineKind({
  label: 'Claim',
  title: 'Claim',
  titles: { ja: '発言', zh: '言论' },
  description: 'Something a person or organisation said: who said it is MADE_CLAIM, what it concerns is ABOUT.',
  caption: 'name',
  color: '#ff9da7',
  shape: 'star',
  indexed: ['claimKind', 'statedOn'],
  featured: ['claimKind', 'statedOn', 'dueBy', 'outcome', 'resolvedOn', 'outcomeNote', 'outcomeSource', 'noDueDateReason'],
  body: { en: 'text', ja: 'textJa' },
  // Claims are many: drawn small so the actors stand out, and listed after them in search.
  size: { fixed: 16 },
  searchWeight: 0,
  dates: ['statedOn'],
  // What marks a claim in a text, per claim kind: a prediction's verbs, an announcement's, an
  // opinion's, a report's. A bare verb of speech (`said`) signals a claim whose kind the rest of the
  // sentence decides: a future date makes it a prediction.
  signals: {
    speech: {
      ja: ['述べ', '語っ', '語る', '話し', '話す', '発言', '明かし', '強調', 'と言', 'とし', '説明'],
      zh: ['表示', '称', '说', '指出', '强调', '透露', '坦言', '直言'],
      en: ['said', 'says', 'told', 'stated', 'added', 'explained', 'noted', 'according to'],
    },
    prediction: {
      ja: ['予測', '予想', '見通し', '見込み', '予言', 'だろう', 'でしょう', 'になる', '到来'],
      zh: ['预测', '预计', '预言', '预期', '将会', '有望'],
      en: ['predict', 'expects', 'expected', 'forecast', 'will ', 'would ', 'by the end of', 'within'],
    },
    announcement: {
      ja: ['発表', '公表', '明らかにし', '表明', '宣言', '公開'],
      zh: ['宣布', '发布', '公布', '宣告'],
      en: ['announc', 'unveil', 'released', 'declared', 'confirmed'],
    },
    opinion: {
      ja: ['考え', '思う', '主張', '警告', '懸念', '批判', '指摘', '訴え'],
      zh: ['认为', '觉得', '主张', '警告', '担心', '批评'],
      en: ['believ', 'think', 'argu', 'warn', 'claim', 'insist', 'called', 'fears'],
    },
    'reported-fact': {
      ja: ['報じ', '報道', 'によると', 'によれば', '伝え'],
      zh: ['报道', '据', '消息称', '援引'],
      en: ['reported', 'according to', 'reports'],
    },
  },
  palettes: {
    claimKind: { prediction: '#8e24aa', opinion: '#f06292', announcement: '#1e88e5', 'reported-fact': '#757575' },
    outcome: { open: '#9e9e9e', 'came-true': '#2e7d32', partly: '#f9a825', 'did-not': '#c62828', unresolvable: '#6d4c41' },
  },
  valueTitles: {
    claimKind: {
      prediction: { en: 'prediction', ja: '予測', zh: '预测' },
      opinion: { en: 'opinion', ja: '意見', zh: '观点' },
      announcement: { en: 'announcement', ja: '発表', zh: '公告' },
      'reported-fact': { en: 'reported fact', ja: '報道された事実', zh: '报道的事实' },
    },
    outcome: {
      open: PREDICTION_STATUS_TITLES.open,
      'came-true': PREDICTION_STATUS_TITLES['came-true'],
      partly: PREDICTION_STATUS_TITLES.partly,
      'did-not': PREDICTION_STATUS_TITLES['did-not'],
      unresolvable: PREDICTION_STATUS_TITLES.unresolvable,
    },
  },
  properties: {
    text: Text(4000).meta({
      label: 'Claim',
      labels: { ja: '発言', zh: '言论' },
      description: 'What was claimed, in the curators\u2019 own English words.',
    }),
    textJa: Text(4000)
      .optional()
      .meta({ label: 'Claim (Japanese)', labels: { ja: '発言（日本語）', zh: '言论（日语）' }, description: 'The same in Japanese.' }),
    claimKind: z.enum(CLAIM_KINDS).meta({
      label: 'Kind of claim',
      labels: { ja: '発言の種類', zh: '言论类型' },
      description: 'prediction, opinion, announcement or reported-fact.',
    }),
    statedOn: PartialDate.optional().meta({ label: 'Stated', labels: { ja: '発言日', zh: '发表日期' }, description: 'When it was said.' }),
    dueBy: PartialDate.optional().meta({
      label: 'Due by',
      labels: { ja: '期限', zh: '截止日期' },
      description: 'For a prediction: when it should have come true.',
    }),
    noDueDateReason: Text(300)
      .optional()
      .meta({
        label: 'No due date because',
        labels: { ja: '期限がない理由', zh: '无截止日期的原因' },
        description: 'For a prediction without a due date: why the source gives none.',
      }),
    outcome: z
      .enum(OUTCOMES)
      .optional()
      .meta({ label: 'Outcome', labels: { ja: '結果', zh: '结果' }, description: 'For a prediction: how it turned out, once known.' }),
    resolvedOn: PartialDate.optional().meta({
      label: 'Resolved',
      labels: { ja: '判明日', zh: '判定日期' },
      description: 'When the outcome became clear.',
    }),
    outcomeNote: Text(1000)
      .optional()
      .meta({
        label: 'Outcome note',
        labels: { ja: '結果の注記', zh: '结果说明' },
        description: 'What happened, in the curators’ own words.',
      }),
    outcomeSource: EntityId.optional().meta({
      label: 'Outcome source',
      labels: { ja: '結果の出典', zh: '结果来源' },
      description: 'Id of the Source (often a web page outside the curated documents) that shows the outcome.',
    }),
  },
});

export const Source = defineKind({
  label: 'Source',
  title: 'Source',
  titles: { ja: '出典', zh: '来源' },
  description: 'A document that facts in the graph rest on.',
  caption: 'name',
  color: '#bab0ac',
  shape: 'vee',
  indexed: [],
  needsSources: false,
  featured: ['title', 'titleEn', 'outlet', 'author', 'publishedOn', 'language', 'url', 'fileName'],
  valueTitles: {
    language: {
      en: { en: 'English', ja: '英語', zh: '英语' },
      ja: { en: 'Japanese', ja: '日本語', zh: '日语' },
      zh: { en: 'Chinese', ja: '中国語', zh: '中文' },
    },
  },
  size: { fixed: 18 },
  searchWeight: 0,
  dates: ['publishedOn'],
  properties: {
    title: Text(500).meta({
      label: 'Title',
      labels: { ja: 'タイトル', zh: '标题' },
      description: 'Title in the document\u2019s own language.',
    }),
    titleEn: Text(500)
      .optional()
      .meta({ label: 'Title in English', labels: { ja: '英語タイトル', zh: '英文标题' }, description: 'Title rendered in English.' }),
    outlet: Text(200)
      .optional()
      .meta({ label: 'Outlet', labels: { ja: '媒体', zh: '媒体' }, description: 'Publication or site.' }),
    author: Text(200)
      .optional()
      .meta({ label: 'Author', labels: { ja: '著者', zh: '作者' }, description: 'Writer, where given.' }),
    publishedOn: PartialDate.optional().meta({
      label: 'Published',
      labels: { ja: '発行日', zh: '发表日期' },
      description: 'Publication date, as precise as the text allows.',
    }),
    language: z
      .enum(['en', 'ja', 'zh'])
      .meta({ label: 'Language', labels: { ja: '言語', zh: '语言' }, description: 'Language of the document.' }),
    fileName: Text(200)
      .optional()
      .meta({ label: 'File', labels: { ja: 'ファイル', zh: '文件' }, description: 'File name of the curated copy.' }),
    url: z
      .url()
      .max(2000)
      .optional()
      .meta({ label: 'Address', labels: { ja: 'URL', zh: '网址' }, description: 'Where it was published.' }),
    // Kept for documents ingested through the API, so a citation can show the paragraph it names.
    paragraphs: z
      // Bounded by the longest article the API reads (100,000 characters).
      .array(Text(100_000))
      .max(50_000)
      .optional()
      .meta({
        label: 'Paragraphs',
        labels: { ja: '段落', zh: '段落' },
        description: 'The text, one entry per paragraph (n-th non-blank line), where it is stored.',
      }),
  },
});

export const entityKinds = [
  Person,
  Organization,
  GPUCluster,
  Petition,
  AIModel,
  Dataset,
  Facility,
  Product,
  Policy,
  Claim,
  Source,
] as const;
