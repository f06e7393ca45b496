// The status line's, the banner's and the sidebar analytics' words in Chinese, one for every key
// of the English status catalogue.
import type { StatusKey } from './status-en';

export const statusZh: Readonly<Record<StatusKey, string>> = {
  apiDown: 'API或其数据库不可用（{message}）。本页每隔几秒重试一次，会自行恢复。',
  serverDown: '服务器停止期间无法加载任何内容。',
  noFurtherNeighbours: '没有更多相邻节点：周围的一切均已显示。',
  addedAround: '已在{name}周围添加{count}个节点。',
  nothingToCollapse: '没有可折叠的内容：其相邻节点也与其他节点相连。',
  collapsedNodes: '已折叠{count}个节点。',
  noPathWithin: '{hops}跳以内没有路径：请换其他实体、允许更长的路径，或从其中一方展开图谱。',
  nothingAsOf: '截至{date}，此视图中没有内容：请将时间滑块往后移，或选择其他视图。',
  nothingInView: '此视图中没有内容：请选择其他视图或搜索实体。',
  firstRelationships: '仅显示前{count}条关系：按类别或关系类型筛选可查看其余部分。',
  notFoundSearch: '未找到：{message}。请改为搜索实体。',
  viewRefused: '服务器拒绝了此视图（{message}）：请选择其他视图。',
  noMatch: '没有与“{text}”匹配的结果：请尝试英文、日文或中文的其他写法',
  showView: '显示{name}',
  analytics: '分析',
  sizeNodesBy: '节点大小依据',
  sizeBy: '大小依据：',
  sizeByKind: '类别',
  colourByCommunity: '按社群着色',
  keyPlayers: '关键角色',
  byMeasure: '按{measure}排列，限于此视图',
  noneInView: '此视图中没有',
  notAvailableInView: '此视图不可用',
};
