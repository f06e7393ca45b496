// The status line's, the banner's and the sidebar analytics' words in Japanese, one for every key
// of the English status catalogue.
import type { StatusKey } from './status-en';

export const statusJa: Readonly<Record<StatusKey, string>> = {
  apiDown: 'APIまたはデータベースを利用できません（{message}）。このページは数秒ごとに再試行し、自動で復旧します。',
  serverDown: 'サーバーが停止している間は何も読み込めません。',
  noFurtherNeighbours: 'これ以上の隣接ノードはありません。周囲はすべて表示済みです。',
  addedAround: '{name}の周囲に{count}個のノードを追加しました。',
  nothingToCollapse: '折りたためるものはありません。隣接ノードは他ともつながっています。',
  collapsedNodes: '{count}個のノードを折りたたみました。',
  noPathWithin: '{hops}ホップ以内の経路はありません。別のエンティティを選ぶか、より長い経路を許可するか、どちらかから図を広げてください。',
  nothingAsOf: '{date}時点ではこの表示に何もありません。時間スライダーを後にずらすか、別の表示を選んでください。',
  nothingInView: 'この表示には何もありません。別の表示を選ぶか、エンティティを検索してください。',
  firstRelationships: '最初の{count}件の関係を表示しています。残りは種類や関係で絞り込むと表示されます。',
  notFoundSearch: '見つかりません：{message}。エンティティを検索してください。',
  viewRefused: 'サーバーがこの表示を受け付けませんでした（{message}）。別の表示を選んでください。',
  noMatch: '「{text}」に一致するものはありません。英語・日本語・中国語で別の表記をお試しください',
  showView: '{name}を表示',
  analytics: '分析',
  sizeNodesBy: 'ノードの大きさの基準',
  sizeBy: '大きさ：',
  sizeByKind: '種類',
  colourByCommunity: 'コミュニティで色分け',
  keyPlayers: '主要プレーヤー',
  byMeasure: 'この表示内の{measure}順',
  noneInView: 'この表示にはありません',
  notAvailableInView: 'この表示では利用できません',
};
