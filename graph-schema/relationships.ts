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
  titles: { ja: '出資', zh: '投资' },
  description: 'Funding: the source put money into the target.',
  from: ACTOR,
  to: ['Organization'],
  color: '#2e7d32',
  lineStyle: 'solid',
  weight: 'amount',
  temporal: DATED,
  signals: {
    active: {
      ja: ['出資', '投資', '融資', '資金を提供', '資金提供', 'ラウンドを主導', '資金調達を主導'],
      zh: ['投资', '领投', '跟投', '注资', '入股', '出资'],
      en: ['invest', 'led a round', 'led the round', 'led a funding', 'funding in', 'stake in', 'backed', 'backs', 'poured', 'put $'],
    },
    passive: {
      ja: ['出資を受け', '投資を受け', '融資を受け', '資金調達', '調達'],
      zh: ['获得', '获投', '融资', '募资', '筹集'],
      en: ['raised', 'raises', 'raising', 'backed by', 'funded by', 'round led by', 'led by', 'investment from', 'funding from'],
    },
  },
  properties: {
    amount: NonNegative.optional().meta({
      label: 'Amount',
      labels: { ja: '金額', zh: '金额' },
      description: 'Amount invested, in `currency`.',
      unit: 'currency',
    }),
    currency: currency.optional().meta({ label: 'Currency', labels: { ja: '通貨', zh: '货币' }, description: 'ISO 4217 currency code.' }),
    date: PartialDate.optional().meta({
      label: 'Date',
      labels: { ja: '日付', zh: '日期' },
      description: 'When the investment was made or announced.',
    }),
    round: Text(100)
      .optional()
      .meta({ label: 'Round', labels: { ja: 'ラウンド', zh: '轮次' }, description: 'Funding round or tranche.' }),
  },
});

export const COMPETES_WITH = defineRelationship({
  type: 'COMPETES_WITH',
  title: 'competes with',
  titles: { ja: '競合', zh: '竞争' },
  description: 'Rivalry between two actors or models.',
  from: [...ACTOR, 'AIModel'],
  to: [...ACTOR, 'AIModel'],
  symmetric: true,
  color: '#c62828',
  lineStyle: 'dashed',
  temporal: HELD,
  signals: {
    active: {
      ja: [
        '競合',
        '競争',
        '競う',
        '競い',
        'ライバル',
        '対抗',
        '追随',
        '争',
        '匹敵',
        '比肩',
        '対比',
        '同等',
        '差があ',
        '打ち負か',
        '上回',
        '凌駕',
        '追いつ',
        'に迫',
        'に近づ',
      ],
      zh: [
        '竞争',
        '对手',
        '抗衡',
        '较量',
        '角逐',
        '追赶',
        '挑战',
        '匹敌',
        '比肩',
        '媲美',
        '不相上下',
        '差距',
        '赶超',
        '超越',
        '击败',
        '对标',
        '接近',
      ],
      en: [
        'compet',
        'rival',
        'race against',
        'take on',
        'challenge',
        'versus',
        'vs.',
        'on par with',
        'comparable to',
        'outperform',
        'beat',
        'surpass',
        'catch up with',
        'lags behind',
        'trails',
        'close to',
      ],
    },
  },
  properties: {
    field: Text(200)
      .optional()
      .meta({ label: 'Field', labels: { ja: '分野', zh: '领域' }, description: 'What they compete over.' }),
  },
});

export const WORKS_FOR = defineRelationship({
  type: 'WORKS_FOR',
  title: 'works for',
  titles: { ja: '勤務', zh: '任职于' },
  description: 'Employment, current or former (see `former` and `to`).',
  from: ['Person'],
  to: ['Organization'],
  color: '#546e7a',
  lineStyle: 'solid',
  temporal: HELD,
  signals: {
    active: {
      ja: ['勤務', '所属', '在籍', '社員', '従業員', '研究者', '元社員', '退社', '入社', '移籍', '取締役', '辞任', '携わ'],
      zh: ['任职', '就职', '加入', '员工', '研究员', '工程师', '离职', '效力', '董事', '辞去'],
      en: [
        'works for',
        'worked for',
        'working at',
        'works at',
        'worked at',
        'employee',
        'join',
        'left',
        'worked as',
        'works as',
        'researcher at',
        'engineer at',
        'former',
        'board of',
        'resigned from',
      ],
    },
  },
  properties: {
    role: Text(200)
      .optional()
      .meta({ label: 'Role', labels: { ja: '役職', zh: '职务' }, description: 'Job title or function.' }),
    former: z
      .boolean()
      .optional()
      .meta({ label: 'Former', labels: { ja: '退任済み', zh: '已离任' }, description: 'True when the person has left.' }),
  },
});

export const FOUNDED = defineRelationship({
  type: 'FOUNDED',
  title: 'founded',
  titles: { ja: '創業', zh: '创立' },
  description: 'The source founded or co-founded the target.',
  from: ACTOR,
  to: ['Organization'],
  color: '#6a1b9a',
  lineStyle: 'solid',
  temporal: DATED,
  signals: {
    comitative: true,
    active: {
      ja: ['設立', '創業', '創設', '創立', '立ち上げ', '共同創業者', '創業者'],
      zh: ['创立', '创办', '创建', '成立', '创始人', '联合创始人'],
      en: ['founded', 'founder', 'founding', 'founds', 'co-found', 'cofound', 'set up', 'started', 'launched the company'],
    },
  },
  properties: {
    date: PartialDate.optional().meta({ label: 'Date', labels: { ja: '日付', zh: '日期' }, description: 'When it was founded.' }),
  },
});

export const LEADS = defineRelationship({
  type: 'LEADS',
  title: 'leads',
  titles: { ja: '指導的役職', zh: '领导' },
  description: 'A leadership role such as CEO or chief scientist.',
  from: ['Person'],
  to: ['Organization'],
  color: '#283593',
  lineStyle: 'solid',
  temporal: HELD,
  signals: {
    active: {
      ja: [
        '率いる',
        '率い',
        'CEO',
        '最高経営責任者',
        '社長',
        '会長',
        'トップ',
        '代表',
        '主任科学者',
        'チーフサイエンティスト',
        'チーフAIサイエンティスト',
        'リーダー',
      ],
      zh: ['首席执行官', 'CEO', '掌门人', '董事长', '总裁', '领导', '掌舵', '首席科学家', '首席AI科学家', '负责人', '创始人兼'],
      en: [
        'CEO',
        'chief executive',
        'chairs',
        'chairman',
        'head of',
        'heads',
        'leads',
        'led by',
        'president of',
        'chief scientist',
        'chief AI scientist',
        'boss',
        'director of',
      ],
    },
  },
  properties: {
    role: Text(200)
      .optional()
      .meta({ label: 'Role', labels: { ja: '役職', zh: '职务' }, description: 'The role, e.g. CEO.' }),
  },
});

export const SUBSIDIARY_OF = defineRelationship({
  type: 'SUBSIDIARY_OF',
  title: 'subsidiary of',
  titles: { ja: '子会社', zh: '子公司' },
  description: 'The source is owned or controlled by the target.',
  from: ['Organization'],
  to: ['Organization'],
  color: '#8d6e63',
  lineStyle: 'solid',
  temporal: HELD,
  signals: {
    active: {
      ja: ['子会社', '傘下', '部門', '買収され'],
      zh: ['子公司', '旗下', '部门', '被收购'],
      en: ['subsidiary', 'unit of', 'owned by', 'acquired by'],
    },
    passive: {
      ja: ['を買収', 'の買収', '傘下に収め', '子会社化'],
      zh: ['收购', '控股'],
      en: ['acquired', 'acquires', 'bought', 'owns'],
    },
  },
  properties: {},
});

export const HIRED_FROM = defineRelationship({
  type: 'HIRED_FROM',
  title: 'hired from',
  titles: { ja: '人材引き抜き', zh: '挖角' },
  description: 'The source hired people away from the target.',
  from: ['Organization'],
  to: ACTOR,
  color: '#00838f',
  lineStyle: 'dotted',
  temporal: DATED,
  signals: {
    active: {
      ja: ['引き抜', '採用', '招聘', 'から移籍'],
      zh: ['挖角', '挖走', '招募', '聘请', '跳槽'],
      en: ['poached', 'hired', 'recruited', 'lured'],
    },
  },
  properties: {
    count: Count.optional().meta({
      label: 'People',
      labels: { ja: '人数', zh: '人数' },
      description: 'How many people moved.',
      unit: 'people',
      units: { ja: '人', zh: '人' },
    }),
    date: PartialDate.optional().meta({ label: 'Date', labels: { ja: '日付', zh: '日期' }, description: 'When.' }),
  },
});

export const OPERATES = defineRelationship({
  type: 'OPERATES',
  title: 'operates',
  titles: { ja: '運用', zh: '运营' },
  description: 'Ownership or operation of compute or a site.',
  from: ['Organization'],
  to: ['GPUCluster', 'Facility'],
  color: '#d84315',
  lineStyle: 'solid',
  temporal: HELD,
  signals: {
    possessive: true,
    active: {
      ja: ['運営', '運用', '保有', '所有', '稼働', '構築', '建設', '拡張', '増強'],
      zh: ['运营', '拥有', '运行', '部署', '建设', '搭建', '建成', '建造', '扩大', '扩建'],
      en: ['operat', 'runs', 'owns', 'built', 'building', 'deployed', 'houses', 'switched on', 'expand'],
    },
  },
  properties: {},
});

export const OFFERS = defineRelationship({
  type: 'OFFERS',
  title: 'offers',
  titles: { ja: '提供', zh: '提供' },
  description: 'The organisation runs or sells a product or service.',
  from: ['Organization'],
  to: ['Product'],
  color: '#00897b',
  lineStyle: 'solid',
  temporal: HELD,
  signals: {
    possessive: true,
    active: {
      ja: ['運営', '提供', '展開', 'サービス'],
      zh: ['运营', '提供', '推出', '发布', '旗下'],
      en: ['runs', 'operates', 'offers', 'launched', 'provides'],
    },
    passive: {
      ja: ['が運営する', 'が提供する'],
      zh: ['运营的', '推出的'],
      en: ['run by', 'offered by', 'operated by', 'provided by'],
    },
  },
  properties: {},
});

export const PART_OF = defineRelationship({
  type: 'PART_OF',
  title: 'part of',
  titles: { ja: '所属機関', zh: '隶属' },
  description: 'A body inside another that is not a separate company: a chamber of a government, an agency, a division.',
  from: ['Organization'],
  to: ['Organization'],
  color: '#a1887f',
  lineStyle: 'dashed',
  temporal: HELD,
  signals: {
    active: {
      ja: ['の一部', '所属', '傘下機関'],
      zh: ['隶属', '下属', '组成部分'],
      en: ['part of', 'chamber of', 'agency of', 'within the', 'division of'],
    },
    // The whole is written first: `社内の研究チームX`, `谷歌之下的X`.
    passive: {
      ja: ['内の'],
      zh: ['之下的'],
    },
  },
  properties: {},
});

export const TRAINED_ON = defineRelationship({
  type: 'TRAINED_ON',
  title: 'trained on',
  titles: { ja: '学習に使用', zh: '训练于' },
  description: 'A model was trained on a cluster or dataset.',
  from: ['AIModel'],
  to: ['GPUCluster', 'Dataset'],
  color: '#558b2f',
  lineStyle: 'dashed',
  temporal: HELD,
  signals: {
    active: {
      ja: ['で訓練', 'で学習', 'を使って訓練', '学習に使', 'トレーニング', '訓練に', 'トレーニングに', '学習に'],
      zh: ['训练', '上训练', '训练数据', '用于训练'],
      en: ['trained on', 'trained using', 'training on', 'train'],
    },
  },
  properties: {
    chipCount: Count.optional().meta({
      label: 'Chips',
      labels: { ja: 'チップ数', zh: '芯片数量' },
      description: 'Accelerators used for the run.',
      unit: 'chips',
      units: { ja: '枚', zh: '块' },
    }),
  },
});

export const DEVELOPED = defineRelationship({
  type: 'DEVELOPED',
  title: 'developed',
  titles: { ja: '開発', zh: '开发' },
  description: 'The source built a model, dataset, cluster or facility.',
  from: ACTOR,
  to: ['AIModel', 'Dataset', 'GPUCluster', 'Facility'],
  color: '#1565c0',
  lineStyle: 'solid',
  temporal: DATED,
  signals: {
    possessive: true,
    active: {
      ja: ['開発', '発表', 'リリース', '公開', '構築', '提供', 'トレーニング', '訓練', 'トレーニングに', '訓練に'],
      zh: ['开发', '发布', '推出', '研发', '自研', '打造', '开源', '训练'],
      en: [
        'develop',
        'released',
        'releases',
        'launched',
        'unveiled',
        'built',
        'introduced',
        'created',
        'maker of',
        'creator of',
        'open-sourced',
        'train',
      ],
    },
    passive: {
      ja: ['が開発した', 'が開発する'],
      en: ['developed by', 'built by', 'made by', 'created by', 'released by'],
    },
  },
  properties: {
    date: PartialDate.optional().meta({ label: 'Date', labels: { ja: '日付', zh: '日期' }, description: 'When.' }),
  },
});

export const SIGNED = defineRelationship({
  type: 'SIGNED',
  title: 'signed',
  titles: { ja: '署名', zh: '签署' },
  description: 'A signature on a petition or open letter.',
  from: ACTOR,
  to: ['Petition'],
  color: '#00695c',
  lineStyle: 'solid',
  stance: 'supports',
  temporal: DATED,
  signals: {
    comitative: true,
    active: {
      ja: ['署名', '賛同', '名を連ね', 'が出され'],
      zh: ['签署', '签名', '联署', '联名'],
      en: ['signed', 'signator', 'signer', 'signing', 'added their name'],
    },
  },
  properties: {
    date: PartialDate.optional().meta({ label: 'Date', labels: { ja: '日付', zh: '日期' }, description: 'When they signed.' }),
  },
});

export const AUTHORED = defineRelationship({
  type: 'AUTHORED',
  title: 'authored',
  titles: { ja: '起草', zh: '起草' },
  description: 'The source wrote or organised a petition or policy.',
  from: ACTOR,
  to: ['Petition', 'Policy'],
  color: '#4527a0',
  lineStyle: 'solid',
  stance: 'supports',
  temporal: DATED,
  signals: {
    comitative: true,
    active: {
      ja: ['起草', '執筆', '作成', '発起人', '呼びかけ', '立ち上げ', '書か', '書い', '開始'],
      zh: ['起草', '撰写', '发起', '牵头', '倡议'],
      en: ['wrote', 'authored', 'drafted', 'organised', 'organized', 'launched', 'initiated', 'published'],
    },
    passive: {
      ja: ['が起草', 'が呼びかけ'],
      en: ['written by', 'drafted by', 'organised by', 'organized by', 'authored by'],
    },
  },
  properties: {
    date: PartialDate.optional().meta({ label: 'Date', labels: { ja: '日付', zh: '日期' }, description: 'When.' }),
  },
});

export const SUPPORTS = defineRelationship({
  type: 'SUPPORTS',
  title: 'supports',
  titles: { ja: '支持', zh: '支持' },
  description: 'Public support for a petition, policy, organisation, model or person.',
  from: ACTOR,
  to: STANCE_TARGETS,
  color: '#43a047',
  lineStyle: 'dotted',
  stance: 'supports',
  temporal: HELD,
  signals: {
    active: {
      ja: ['支持', '賛成', '賛同', '支援', '後押し', '擁護', '同意'],
      zh: ['支持', '赞成', '拥护', '力挺', '赞同', '同意'],
      en: ['support', 'endors', 'in favour of', 'in favor of', 'champion', 'agreed with', 'agrees with'],
    },
  },
  properties: {},
});

export const OPPOSES = defineRelationship({
  type: 'OPPOSES',
  title: 'opposes',
  titles: { ja: '反対', zh: '反对' },
  description: 'Public opposition to a petition, policy, organisation, model or person.',
  from: ACTOR,
  to: STANCE_TARGETS,
  color: '#e53935',
  lineStyle: 'dotted',
  stance: 'opposes',
  temporal: HELD,
  signals: {
    active: {
      ja: ['反対', '批判', '反発', '否定', '懸念', '反論', '対立', '意見をぶつけ'],
      zh: ['反对', '批评', '抵制', '质疑', '抨击', '反驳', '驳斥', '论战', '对立'],
      en: ['oppos', 'against', 'criticis', 'criticiz', 'reject', 'objected', 'rebut', 'hit back at', 'clashed with', 'feud'],
    },
  },
  properties: {},
});

export const PARTNERS_WITH = defineRelationship({
  type: 'PARTNERS_WITH',
  title: 'partners with',
  titles: { ja: '提携', zh: '合作' },
  description: 'A partnership or alliance between organisations.',
  from: ['Organization'],
  to: ['Organization'],
  symmetric: true,
  color: '#0277bd',
  lineStyle: 'solid',
  temporal: DATED,
  signals: {
    active: {
      ja: ['提携', 'パートナーシップ', '協業', '協力', '連携', '共同'],
      zh: ['合作伙伴', '合作', '联手', '结盟', '携手'],
      en: ['partner', 'alliance', 'team up', 'teamed up', 'collaborat', 'tie-up', 'joint venture', 'deal with'],
    },
  },
  properties: {
    date: PartialDate.optional().meta({ label: 'Date', labels: { ja: '日付', zh: '日期' }, description: 'When it was agreed.' }),
  },
});

export const SUPPLIES = defineRelationship({
  type: 'SUPPLIES',
  title: 'supplies',
  titles: { ja: '供給', zh: '供应' },
  description: 'The source sells hardware, power or services to the target.',
  from: ['Organization'],
  to: ['Organization', 'GPUCluster', 'Facility'],
  color: '#f9a825',
  lineStyle: 'solid',
  weight: 'quantity',
  temporal: DATED,
  signals: {
    active: {
      ja: ['供給', '納入', '提供', '販売', '出荷'],
      zh: ['供应', '提供', '供货', '出货', '销售'],
      en: ['suppl', 'provid', 'sells', 'sold', 'shipped', 'deliver'],
    },
    passive: {
      ja: ['を購入', '調達', 'を導入', 'から購入', 'を買', '利用', '使用'],
      zh: ['采购', '购买', '购入', '买入', '使用', '采用'],
      en: ['bought', 'buys', 'purchased', 'purchases', 'ordered', 'supplied by', 'uses', 'relies on'],
    },
  },
  properties: {
    product: Text(200)
      .optional()
      .meta({ label: 'Product', labels: { ja: '製品', zh: '产品' }, description: 'What is supplied.' }),
    quantity: NonNegative.optional().meta({
      label: 'Quantity',
      labels: { ja: '数量', zh: '数量' },
      description: 'How many units.',
      unit: 'units',
      units: { ja: '台', zh: '台' },
    }),
    date: PartialDate.optional().meta({ label: 'Date', labels: { ja: '日付', zh: '日期' }, description: 'When.' }),
  },
});

export const BUYS_POWER_FROM = defineRelationship({
  type: 'BUYS_POWER_FROM',
  title: 'buys power from',
  titles: { ja: '電力購入', zh: '购买电力' },
  description: 'A power purchase agreement.',
  from: ['Organization'],
  to: ['Organization', 'Facility'],
  color: '#ff6f00',
  lineStyle: 'dashed',
  temporal: DATED,
  signals: {
    active: {
      ja: ['電力購入', '電力を購入', '電力供給契約', '電力を調達', '電力契約'],
      zh: ['购电', '购买电力', '电力采购', '供电协议'],
      en: ['power purchase', 'buy power', 'buys power', 'buy electricity', 'power from', 'electricity from', 'energy from'],
    },
    passive: {
      ja: ['電力を供給', '電力を販売'],
      zh: ['供电', '向其供电'],
      en: ['supply power', 'sell power', 'supplies power', 'sells power', 'power to'],
    },
  },
  properties: {
    termYears: NonNegative.optional().meta({
      label: 'Term',
      labels: { ja: '期間', zh: '期限' },
      description: 'Length of the agreement.',
      unit: 'years',
      units: { ja: '年', zh: '年' },
    }),
    date: PartialDate.optional().meta({ label: 'Date', labels: { ja: '日付', zh: '日期' }, description: 'When it was signed.' }),
    capacityMW: NonNegative.optional().meta({
      label: 'Capacity',
      labels: { ja: '容量', zh: '容量' },
      description: 'Contracted capacity.',
      unit: 'MW',
      units: { ja: 'MW', zh: 'MW' },
    }),
  },
});

export const ISSUED = defineRelationship({
  type: 'ISSUED',
  title: 'issued',
  titles: { ja: '制定', zh: '发布' },
  description: 'A government or official issued or proposed a policy.',
  from: ACTOR,
  to: ['Policy'],
  color: '#795548',
  lineStyle: 'solid',
  temporal: DATED,
  signals: {
    active: {
      ja: ['発令', '公布', '制定', '発表', '提出', '提案', '署名した大統領令'],
      zh: ['发布', '颁布', '出台', '签发', '提出'],
      en: ['issued', 'signed an executive order', 'enacted', 'proposed', 'introduced', 'passed'],
    },
  },
  properties: {
    date: PartialDate.optional().meta({ label: 'Date', labels: { ja: '日付', zh: '日期' }, description: 'When.' }),
  },
});

export const SUED = defineRelationship({
  type: 'SUED',
  title: 'sued',
  titles: { ja: '提訴', zh: '起诉' },
  description: 'A lawsuit brought by the source against the target.',
  from: ACTOR,
  to: ACTOR,
  color: '#b71c1c',
  lineStyle: 'dashed',
  temporal: DATED,
  signals: {
    active: {
      ja: ['提訴', '訴え', '訴訟'],
      zh: ['起诉', '诉讼', '状告'],
      en: ['sued', 'sues', 'lawsuit', 'filed suit', 'suing'],
    },
    passive: {
      ja: ['に提訴され', 'に訴えられ'],
      zh: ['被起诉', '被诉'],
      en: ['sued by', 'lawsuit from'],
    },
  },
  properties: {
    date: PartialDate.optional().meta({ label: 'Date', labels: { ja: '日付', zh: '日期' }, description: 'When it was filed.' }),
  },
});

export const USES = defineRelationship({
  type: 'USES',
  title: 'uses',
  titles: { ja: '利用', zh: '使用' },
  description: 'The source uses a model, dataset, cluster or site.',
  from: ['Organization', 'AIModel'],
  to: ['AIModel', 'Dataset', 'Facility', 'GPUCluster', 'Product'],
  color: '#607d8b',
  lineStyle: 'dotted',
  temporal: HELD,
  signals: {
    active: {
      ja: ['利用', '使用', '採用', '搭載', '活用', '導入', 'を使って', 'を使い', 'を使う'],
      zh: ['使用', '采用', '利用', '搭载', '接入'],
      en: ['uses', 'using', 'used', 'relies on', 'powered by', 'runs on', 'adopted'],
    },
    passive: {
      ja: ['で使用される', 'で利用される', 'で使われる', 'に使用される', 'に利用される', 'に使われる'],
    },
  },
  properties: {},
});

export const BASED_ON = defineRelationship({
  type: 'BASED_ON',
  title: 'based on',
  titles: { ja: 'ベースモデル', zh: '基于' },
  description: 'A model built on top of another.',
  from: ['AIModel'],
  to: ['AIModel'],
  color: '#7cb342',
  lineStyle: 'dashed',
  temporal: HELD,
  signals: {
    active: {
      ja: ['ベース', '基づ', '派生', '改良版', 'もとに', '基に'],
      zh: ['基于', '基础上', '衍生', '微调'],
      en: ['based on', 'built on', 'derived from', 'fine-tuned', 'fine-tune of'],
    },
  },
  properties: {},
});

export const VERSION_OF = defineRelationship({
  type: 'VERSION_OF',
  title: 'version of',
  titles: { ja: 'バージョン', zh: '版本' },
  description:
    'A version or size of a model family (Grok-2 of Grok, a 72B model of its series), so the family reaches what its versions touch.',
  from: ['AIModel'],
  to: ['AIModel'],
  color: '#9e9d24',
  lineStyle: 'solid',
  temporal: null,
  signals: {
    active: {
      ja: ['シリーズ', 'ファミリー', 'のバージョン', '版', '一連の'],
      zh: ['系列', '版本', '家族', '之一'],
      en: ['version of', 'variant of', 'family', 'series', 'edition of'],
    },
  },
  properties: {},
});

export const SUCCEEDS = defineRelationship({
  type: 'SUCCEEDS',
  title: 'succeeds',
  titles: { ja: '後継', zh: '后继' },
  description: 'The next generation after another model (Llama 3 after Llama 2).',
  from: ['AIModel'],
  to: ['AIModel'],
  color: '#558b2f',
  lineStyle: 'solid',
  temporal: null,
  signals: {
    active: {
      ja: ['次世代', '後継', 'の次の', '最新版'],
      zh: ['下一代', '继任', '后继', '接替', '新一代'],
      en: ['successor', 'succeeds', 'next generation', 'follow-up to', 'replaces'],
    },
    passive: {
      ja: ['の前身'],
      zh: ['的前身'],
      en: ['succeeded by', 'followed by', 'replaced by'],
    },
  },
  properties: {},
});

export const MADE_CLAIM = defineRelationship({
  type: 'MADE_CLAIM',
  title: 'made claim',
  titles: { ja: '発言した', zh: '发表' },
  description: 'Who said it.',
  from: ACTOR,
  to: ['Claim'],
  color: '#ad1457',
  lineStyle: 'solid',
  temporal: DATED,
  signals: {
    active: {
      ja: ['述べ', '語っ', '話し', '発言', '主張', '予測', '指摘'],
      zh: ['表示', '称', '说', '指出', '认为', '预测'],
      en: ['said', 'says', 'stated', 'claimed', 'predicted', 'told'],
    },
  },
  properties: {
    date: PartialDate.optional().meta({ label: 'Date', labels: { ja: '日付', zh: '日期' }, description: 'When it was said.' }),
  },
});

export const ABOUT = defineRelationship({
  type: 'ABOUT',
  title: 'about',
  titles: { ja: '対象', zh: '涉及' },
  description: 'What a claim concerns.',
  from: ['Claim'],
  // A claim may concern anything in the world the graph holds, but not the documents it rests on.
  to: entityKinds.filter((k) => k.label !== Source.label).map((k) => k.label),
  color: '#f06292',
  lineStyle: 'dotted',
  temporal: null,
  valueTitles: {
    stance: {
      supports: { en: 'supports', ja: '支持', zh: '支持' },
      opposes: { en: 'opposes', ja: '反対', zh: '反对' },
      neutral: { en: 'neutral', ja: '中立', zh: '中立' },
    },
  },
  properties: {
    stance: z
      .enum(STANCES)
      .optional()
      .meta({
        label: 'Stance',
        labels: { ja: '立場', zh: '立场' },
        description: 'The speaker\u2019s position on this subject in this claim.',
      }),
  },
  signals: {
    active: {
      ja: ['について', 'に関して', 'をめぐ', 'に関する'],
      zh: ['关于', '有关', '就', '对于'],
      en: ['about', 'regarding', 'on the subject of', 'concerning'],
    },
  },
});

export const relationshipTypes = [
  INVESTED_IN,
  COMPETES_WITH,
  WORKS_FOR,
  FOUNDED,
  LEADS,
  SUBSIDIARY_OF,
  PART_OF,
  OFFERS,
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
  VERSION_OF,
  SUCCEEDS,
  MADE_CLAIM,
  ABOUT,
] as const;
