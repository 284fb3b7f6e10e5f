/** The sentences of the capture page, in Japanese (です/ます; one plural form: `other`, picked by `n`). */
import type { CaptureCatalog } from '../en/capture.ts';

export const capture: CaptureCatalog = {
  'capture.title': 'キャプチャを開く',
  'capture.crumb': 'あなたのキャプチャ',
  'capture.lead':
    'Wiresharkやtcpdumpで記録したファイル（.pcapまたは.pcapng）を、ほかのシーンと同じように1ステップずつ説明付きのアニメーションで再生します。',
  'capture.private':
    'ファイルはこのコンピューターから出ません。ページはブラウザーの中でファイルを読み込むだけで、どこにも送信しません。',
  'capture.choose': 'キャプチャファイルを選ぶ',
  'capture.another': '別のファイルを開く',
  'capture.drop': 'このページのどこにでも、ファイルをドロップすることもできます。',
  'capture.dropHere': 'ドロップするとキャプチャを開きます',
  'capture.dropNotFile':
    'ここで開けるのはファイルだけです。.pcapまたは.pcapngファイルをドロップしてください。',
  'capture.reading': '{file}を読み込んでいます…',
  'capture.readingLabel': 'ファイルの読み込み',
  'capture.progress': {
    plural: 'n',
    other: '{size}のうち{read}を読み込みました。ここまでのパケットは{packets}個です。',
  },
  'capture.cancel': 'キャンセル',
  'capture.loaded': 'キャプチャを開きました。',
  'capture.cancelled':
    '{size}のうち{read}を読み込んだところで読み込みを中止しました。それまでに読み込んだ内容をすべて表示しています。',
  'capture.cancelledEmpty':
    '{size}のうち{read}を読み込んだところで読み込みを中止しました。パケットはまだ1つも見つかっていませんでした。',
  'capture.notCapture': 'このファイルはpcapまたはpcapngのキャプチャではありません。',
  'capture.damaged':
    'このファイルは壊れているか途中で切れているため、壊れた箇所の手前までしか読み込めませんでした。',
  'capture.unreadable': 'ブラウザーはこのファイルを最後まで読み込めませんでした。',
  'capture.errorAt': '{offset}バイト目：{message}。',
  'capture.keptBefore': {
    plural: 'n',
    other: 'その箇所より前の{count}個のパケットを表示しており、再生できます。',
  },
  'capture.nothingBefore': 'その箇所より前では、パケットを1つも読み込めませんでした。',
  'capture.failed': 'ページはファイルを読み込めませんでした。',
  'capture.stopped': '読み込みを中止しました。',
  'capture.fileLine': '{size}の{format}ファイルです。',
  'capture.countFrames': {
    plural: 'n',
    other: '{count}個のフレームが含まれています。',
  },
  'capture.countFramesRead': {
    plural: 'n',
    other: '読み込んだ部分には{count}個のフレームが含まれています。',
  },
  'capture.countPackets': {
    plural: 'n',
    other: 'そのうち{count}個がIPパケットです。',
  },
  'capture.countConnections': {
    plural: 'n',
    other: 'これらは{count}本のコネクションに属しています。',
  },
  'capture.sceneCapped':
    'ファイルが大きいため、シーンでは最初の{count}個のパケットを再生し、パケットの一覧には最初の{rows}個を表示します。',
  'capture.sceneCappedOnly': 'ファイルが大きいため、シーンでは最初の{count}個のパケットを再生します。',
  'capture.noPackets': 'このファイルには、再生できるIPパケットがありません。',
  'capture.views': '表示するもの',
  'capture.viewScene': 'シーン',
  'capture.viewPackets': 'パケットの一覧',
  'capture.tableTitle': '{file}のパケット',
  'capture.tableCaption': 'ファイルから読み込んだパケット',
  'capture.reopen':
    'ページを再読み込みしたり閉じたりすると、キャプチャは残りません。再生するには、もう一度ファイルを開いてください。',
  'capture.sceneError': 'シーンを表示できませんでした。',
};
