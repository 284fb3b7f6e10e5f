/** The sentences of the capture page, in Simplified Chinese (one plural form: `other`, picked by `n`). */
import type { CaptureCatalog } from '../en/capture.ts';

export const capture: CaptureCatalog = {
  'capture.title': '打开抓包文件',
  'capture.crumb': '你的抓包',
  'capture.lead':
    '把Wireshark或tcpdump录制的文件（.pcap或.pcapng）当作动画场景来播放，像其他场景一样一步一步地讲解。',
  'capture.private': '文件只留在这台计算机上：页面在浏览器中读取它，绝不会把它发送到任何地方。',
  'capture.choose': '选择抓包文件',
  'capture.another': '打开另一个文件',
  'capture.drop': '也可以把文件拖放到本页面的任意位置。',
  'capture.dropHere': '在此放下，即可打开抓包文件',
  'capture.dropNotFile': '这里只能打开文件：请拖放一个.pcap或.pcapng文件。',
  'capture.reading': '正在读取{file}…',
  'capture.readingLabel': '正在读取文件',
  'capture.progress': {
    plural: 'n',
    other: '已读取{read}/{size}，目前找到{packets}个分组。',
  },
  'capture.cancel': '取消',
  'capture.loaded': '抓包文件已打开。',
  'capture.cancelled': '读取在{read}/{size}处被停止。已显示停止前读到的所有内容。',
  'capture.cancelledEmpty': '读取在{read}/{size}处被停止，当时还没有找到任何分组。',
  'capture.notCapture': '这个文件不是pcap或pcapng抓包文件。',
  'capture.damaged': '这个文件已损坏或不完整，因此只读取到损坏处为止。',
  'capture.unreadable': '浏览器无法把这个文件读完。',
  'capture.errorAt': '在第{offset}字节处：{message}。',
  'capture.keptBefore': {
    plural: 'n',
    other: '已显示该位置之前的{count}个分组，可以播放。',
  },
  'capture.nothingBefore': '在该位置之前没能读到任何分组。',
  'capture.failed': '页面无法读取这个文件。',
  'capture.stopped': '读取已停止。',
  'capture.fileLine': '一个{size}的{format}文件。',
  'capture.countFrames': {
    plural: 'n',
    other: '其中有{count}个帧。',
  },
  'capture.countFramesRead': {
    plural: 'n',
    other: '已读取的部分中有{count}个帧。',
  },
  'capture.countPackets': {
    plural: 'n',
    other: '其中{count}个是IP分组。',
  },
  'capture.countConnections': {
    plural: 'n',
    other: '它们属于{count}条连接。',
  },
  'capture.sceneCapped': '文件较大：场景只播放前{count}个分组，分组列表只显示前{rows}个。',
  'capture.sceneCappedOnly': '文件较大：场景只播放前{count}个分组。',
  'capture.noPackets': '这个文件中没有可以播放的IP分组。',
  'capture.views': '显示内容',
  'capture.viewScene': '场景',
  'capture.viewPackets': '分组列表',
  'capture.tableTitle': '{file}中的分组',
  'capture.tableCaption': '从文件中读取的分组',
  'capture.reopen': '页面重新加载或关闭后，抓包不会被保留：要播放它，请重新打开文件。',
  'capture.sceneError': '无法显示场景。',
};
