// The words around a name that tell its kind in each language (氏 and CEO a person, 社 and Inc. an
// organisation, モデル a model, スパコン a cluster), shared by the readers of names in every script.
import type { KindName } from '../../../graph-schema';
import type { DocumentLanguage } from '../text/language';

export interface NameCandidate {
  name: string;
  kind: KindName;
  start: number;
  end: number;
  /** How sure the kind is: a cue beside the name, or only its shape. */
  cued: boolean;
}

/** The words around a name that tell its kind, per language. Suffix cues follow the name, prefix cues precede it. */
const CUES: Record<DocumentLanguage, { kind: KindName; after?: RegExp; before?: RegExp }[]> = {
  ja: [
    { kind: 'Person', after: /^\s*(氏|さん|先生|博士|教授|社長|会長|CEO|最高経営責任者|らは|は語|は述|が語|が述)/ },
    { kind: 'Person', before: /(CEO|最高経営責任者|社長|会長|創業者|研究者|教授|博士|のトップ)(の|である|、)?\s*$/ },
    { kind: 'Organization', after: /^\s*(社|グループ|研究所|ラボ|財団|大学|銀行|ファンド|ホールディングス|Inc|Labs|Corp)/ },
    { kind: 'Organization', before: /(米|中国|仏|英|独|日本の|新興|スタートアップの?|企業の?)\s*$/ },
    { kind: 'AIModel', before: /(モデル|チャットボット)[・:：]?\s*$/ },
    { kind: 'GPUCluster', after: /^\s*(スパコン|スーパーコンピュータ|クラスタ|クラスター)/ },
  ],
  zh: [
    { kind: 'Person', after: /^\s*(先生|女士|博士|教授|表示|称|说|指出|认为|透露)/ },
    { kind: 'Person', before: /(首席执行官|CEO|创始人|董事长|总裁|科学家|教授)\s*$/ },
    { kind: 'Organization', after: /^\s*(公司|集团|科技|实验室|研究院|基金|资本|大学|银行|Inc|Labs)/ },
    // An organisation's people follow its name (百度创始人, 腾讯董事长).
    { kind: 'Organization', after: /^(?:联合)?(?:创始人|董事长|首席执行官|总裁|总经理|发言人|员工|研究员)/ },
    { kind: 'AIModel', before: /(模型|聊天机器人)\s*$/ },
    { kind: 'GPUCluster', after: /^\s*(超级计算机|超算|集群|算力中心)/ },
  ],
  en: [
    { kind: 'Person', after: /^,?\s*(said|says|told|wrote|predicted|argued|believes|warned|who\b)/ },
    { kind: 'Person', before: /\b(CEO|chief executive|founder|co-founder|chairman|president|scientist|researcher|Mr\.?|Ms\.?|Dr\.?)\s*$/i },
    {
      kind: 'Organization',
      after: /^\s*(Inc\b|Corp\b|Ltd\b|LLC\b|Labs?\b|Technologies\b|Group\b|Capital\b|Ventures\b|Partners\b|Foundation\b)/,
    },
    { kind: 'GPUCluster', after: /^\s*(supercomputer|cluster|data cent(er|re))/i },
    { kind: 'AIModel', before: /\b(?:model|chatbot)\s*$/i },
  ],
};

export function cueKind(text: string, start: number, end: number, language: DocumentLanguage): KindName | undefined {
  const after = text.slice(end, end + 16);
  const before = text.slice(Math.max(0, start - 16), start);
  for (const cue of CUES[language]) {
    if (cue.after && cue.after.test(after)) return cue.kind;
    if (cue.before && cue.before.test(before)) return cue.kind;
  }
  return undefined;
}
