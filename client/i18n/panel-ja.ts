// The panels' words in Japanese, one for every key of the English panel catalogue.
import type { PanelKey } from './panel-en';

export const panelJa: Readonly<Record<PanelKey, string>> = {
  webAddress: 'ウェブページ',
  outsidePage: '収録文書外のウェブページ',
  notInWords: '第{n}段落には明示されていない',
  textNotStored: 'この文書の本文は保存されておらず、段落番号のみを示す',
  paragraphN: '第{n}段落（原文）',
  curatorsWording: '編集者による要約：',
  address: 'URL',
  textStored: 'この文書の本文を保存しています（全{count}段落）。事実が引用する段落を原文で示します。',
  textNotStoredHere: 'この文書の本文はここに保存されていません。引用は段落番号で示します。',
  factsDrawn: 'この文書に基づく事実（{count}）',
  notRecorded: '（未記録）',
  datePlaceholder: 'YYYY-MM-DD、YYYY-MM または YYYY',
  sourceIdPlaceholder: '出典のID',
  recordOutcome: '結果を記録',
  recordOutcomeTitle: '結果の記録',
  nothingChanged: '変更はありません。',
  saving: '保存中…',
  readAgain: '読み込み直す',
  refused: '受け付けられませんでした：{reasons}',
  notFound: '見つかりません',
  notFoundStatus: '見つかりません：{message}。',
  searchFor: '「{words}」を検索',
  showWholeGraph: 'グラフ全体を表示',
  noEntity: 'このグラフに「{id}」というエンティティはありません',
  noEntityWhy:
    'リンク先のエンティティはこのグラフにありません。名前の変更・統合・削除があったか、リンクが途中で切れている可能性があります。',
  routesAvoiding: '{name}を経由しない経路',
  routesThrough: '{name}を再び経由する経路',
  routesUpTo: '最大{hops}ホップの経路',
};
