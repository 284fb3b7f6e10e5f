/** The capture page in Korean (합니다체). */
import type { CaptureCatalog } from '../en/capture.ts';

export const capture: CaptureCatalog = {
  'capture.title': '캡처 파일 열기',
  'capture.crumb': '내 캡처',
  'capture.lead':
    'Wireshark나 tcpdump로 기록한 파일(.pcap 또는 .pcapng)을 애니메이션 장면으로 재생하고, 다른 장면처럼 단계별로 설명합니다.',
  'capture.private':
    '파일은 이 컴퓨터에 그대로 남습니다. 페이지가 브라우저 안에서 파일을 읽으며, 어디에도 보내지 않습니다.',
  'capture.choose': '캡처 파일 선택',
  'capture.another': '다른 파일 열기',
  'capture.drop': '이 페이지 아무 곳에나 파일을 끌어다 놓아도 됩니다.',
  'capture.dropHere': '캡처 파일을 놓으면 열립니다',
  'capture.dropNotFile': '여기서는 파일만 열 수 있습니다. .pcap 또는 .pcapng 파일을 놓으세요.',
  'capture.reading': '{file} 읽는 중…',
  'capture.readingLabel': '파일 읽는 중',
  'capture.progress': {
    plural: 'n',
    other: '{size} 중 {read} 읽음, 지금까지 패킷 {packets}개.',
  },
  'capture.cancel': '취소',
  'capture.loaded': '캡처 파일을 열었습니다.',
  'capture.cancelled':
    '{size} 중 {read}까지 읽은 뒤 읽기를 멈췄습니다. 그때까지 읽은 내용을 모두 보여 줍니다.',
  'capture.cancelledEmpty': '{size} 중 {read}까지 읽은 뒤, 패킷을 하나도 찾기 전에 읽기를 멈췄습니다.',
  'capture.notCapture': '이 파일은 pcap 또는 pcapng 캡처 파일이 아닙니다.',
  'capture.damaged': '이 파일은 손상되었거나 중간에 잘려 있어, 손상된 곳까지만 읽었습니다.',
  'capture.unreadable': '브라우저가 이 파일을 끝까지 읽지 못했습니다.',
  'capture.errorAt': '{offset}번째 바이트: {message}.',
  'capture.keptBefore': {
    plural: 'n',
    other: '그 지점 앞의 패킷 {count}개를 보여 주며, 재생할 수 있습니다.',
  },
  'capture.nothingBefore': '그 지점 앞에서는 패킷을 하나도 읽지 못했습니다.',
  'capture.failed': '페이지가 파일을 읽지 못했습니다.',
  'capture.stopped': '읽기를 멈췄습니다.',
  'capture.fileLine': '{format} 파일, 크기 {size}.',
  'capture.countFrames': {
    plural: 'n',
    other: '프레임 {count}개가 들어 있습니다.',
  },
  'capture.countFramesRead': {
    plural: 'n',
    other: '읽은 부분에 프레임 {count}개가 들어 있습니다.',
  },
  'capture.countPackets': {
    plural: 'n',
    other: '그중 {count}개가 IP 패킷입니다.',
  },
  'capture.countConnections': {
    plural: 'n',
    other: '이 패킷들은 연결 {count}개에 속합니다.',
  },
  'capture.sceneCapped':
    '파일이 큽니다. 장면은 처음 패킷 {count}개를 재생하고, 패킷 목록은 처음 {rows}개를 보여 줍니다.',
  'capture.sceneCappedOnly': '파일이 큽니다. 장면은 처음 패킷 {count}개를 재생합니다.',
  'capture.noPackets': '이 파일에는 재생할 IP 패킷이 없습니다.',
  'capture.views': '보기 방식',
  'capture.viewScene': '장면',
  'capture.viewPackets': '패킷 목록',
  'capture.tableTitle': '{file}의 패킷',
  'capture.tableCaption': '파일에서 읽은 패킷',
  'capture.reopen': '페이지를 새로 고치거나 닫으면 캡처는 남지 않습니다. 다시 재생하려면 파일을 다시 여세요.',
  'capture.sceneError': '장면을 보여 줄 수 없었습니다.',
};
