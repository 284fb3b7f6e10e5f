/**
 * The story in Korean (합니다체). Korean particles change with the last sound of the noun before them, and a
 * node parameter can be any name, so node parameters are only followed by particles that never change:
 * 에서, 에게, 의, 도, 쪽.
 */
import type { StoryCatalog } from '../index.ts';

export const story: StoryCatalog = {
  'who.pc': 'PC',
  'who.server': '서버',
  'who.router': '라우터',
  'who.firewall': '방화벽',
  'who.network': '인터넷',
  'who.named': '{name}',
  'actor.pc': 'PC',
  'actor.server': '서버',
  'actor.router': '라우터',
  'actor.firewall': '방화벽',
  'actor.network': '인터넷',

  'title.ftp.active': {
    plural: 'count',
    other: 'FTP 액티브 모드로 파일 {count}개 내려받기',
  },
  'title.ftp.passive': {
    plural: 'count',
    other: 'FTP 패시브 모드로 파일 {count}개 내려받기',
  },
  'title.generic': '네트워크를 오가는 패킷',

  'std.intro.active': {
    plural: 'count',
    other: '{actor}에서 FTP 액티브 모드로 {peer}의 파일 {count}개를 가져오려고 합니다.',
  },
  'std.intro.passive': {
    plural: 'count',
    other: '{actor}에서 FTP 패시브 모드로 {peer}의 파일 {count}개를 가져오려고 합니다.',
  },
  'std.control.syn': '{actor}에서 {peer}에게 {port}번 포트로 FTP 제어 연결을 열자고 요청합니다.',
  'std.control.synack': '{actor}에서 요청을 받아들이고, 자기 쪽 방향의 연결도 열자고 요청합니다.',
  'std.control.ack': '{actor}에서도 요청을 받아들입니다. 이제 제어 연결이 열렸습니다.',
  'std.login.active':
    '{actor}에서 {user} 계정과 비밀번호로 로그인하고, 바이너리 모드를 요청하고, 기다릴 포트를 알린 뒤(PORT) {file} 파일을 요청합니다(RETR).',
  'std.login.passive':
    '{actor}에서 {user} 계정과 비밀번호로 로그인하고, 바이너리 모드를 요청한 뒤, 데이터용 포트를 열어 달라고 {peer}에게 요청합니다(PASV).',
  'std.login.user': '{actor}에서 {user} 계정으로 로그인하고 명령을 보냅니다: {commands}.',
  'std.login.other': '{actor}에서 명령을 보냅니다: {commands}.',
  'std.replies.active':
    '{actor}에서 각 명령에 응답합니다({codes}). 로그인이 받아들여졌고, 파일을 보내려면 {peer} 쪽으로 두 번째 연결을 열어야 합니다.',
  'std.replies.passive':
    '{actor}에서 각 명령에 응답합니다({codes}). 로그인이 받아들여졌고, 파일을 실어 나를 두 번째 연결을 {port}번 포트에서 기다립니다.',
  'std.replies.other': '{actor}에서 각 명령에 응답합니다({codes}).',
  'std.data.syn.to-send':
    '{actor}에서 {file} 파일을 보내려고 {peer}의 {port}번 포트로 FTP 데이터 연결을 열자고 요청합니다.',
  'std.data.syn.to-fetch':
    '{actor}에서 {file} 파일을 가져오려고 {peer}의 {port}번 포트로 FTP 데이터 연결을 열자고 요청합니다.',
  'std.data.syn.to-send.next':
    '{peer}에서 방금 다음 파일({file})을 요청했으므로, {actor}에서 그 파일을 보낼 새 데이터 연결을 엽니다.',
  'std.data.syn.to-fetch.next':
    '{actor}에서 다음 파일({file})을 가져오려고 {peer}의 {port}번 포트로 새 데이터 연결을 열자고 요청합니다.',
  'std.data.syn.again': '{actor}에서 데이터 연결을 다시 요청하고, 이번에는 요청이 통과합니다.',
  'std.data.synack': '{actor}에서 요청을 받아들이고, 자기 쪽 방향의 데이터 연결도 열자고 요청합니다.',
  'std.data.ack': '{actor}에서도 요청을 받아들입니다. 이제 데이터 연결이 열렸습니다.',
  'std.data.send': {
    plural: 'count',
    other: '{actor}에서 데이터 연결로 {file} 파일({count}바이트)을 보냅니다.',
  },
  'std.data.received': '{actor}에서 {file} 파일을 받았다고 확인해 줍니다.',
  'std.close.fin': '{actor}에서 더 보낼 데이터가 없으므로 데이터 연결을 닫습니다.',
  'std.close.fin-ack': '{actor}에서 연결 종료를 확인합니다.',
  'std.close.fin2': '{actor}에서도 자기 쪽 데이터 연결을 닫습니다.',
  'std.close.fin2-ack': '{actor}에서 확인합니다. 이제 {file}의 데이터 연결이 닫혔습니다.',
  'std.tcp.syn': '{actor}에서 {peer}에게 {port}번 포트로 연결을 열자고 요청합니다.',
  'std.tcp.synack': '{actor}에서 요청을 받아들이고, 자기 쪽 방향의 연결도 열자고 요청합니다.',
  'std.tcp.ack': '{actor}에서도 요청을 받아들입니다. 이제 연결이 열렸습니다.',
  'std.tcp.send': {
    plural: 'count',
    other: '{actor}에서 {peer}에게 {count}바이트를 보냅니다.',
  },
  'std.tcp.close.fin': '{actor}에서 더 보낼 데이터가 없으므로 연결을 닫습니다.',
  'std.tcp.close.fin-ack': '{actor}에서 연결 종료를 확인합니다.',
  'std.tcp.close.fin2': '{actor}에서도 자기 쪽 연결을 닫습니다.',
  'std.tcp.close.fin2-ack': '{actor}에서 확인합니다. 이제 연결이 닫혔습니다.',
  'std.no-answer': {
    plural: 'count',
    other: '{actor}에서 {count}번 시도했지만 {peer}의 응답이 오지 않아서 연결을 포기합니다.',
  },
  'std.rst': '{actor}에서 연결을 즉시 끊습니다(RST).',
  'std.icmp': '{actor}에서 {peer}에게 ICMP 메시지를 보냅니다: {icmp}.',
  'std.icmp.error': '{actor}에서 ICMP 메시지로 {peer}에게 문제를 알립니다: {icmp}.',
  'std.fw.blocks':
    '{owner}의 방화벽(운영 체제나 백신 프로그램의 일부)이 {peer}에서 온 연결 요청을 차단합니다.',
  'std.fw.must-change': '파일이 통과하려면 이 연결을 허용하도록 방화벽 설정을 바꿔야 합니다.',
  'std.fw.changed': '사용자가 설정을 바꾸어, 이제 방화벽이 요청을 들여보냅니다.',
  'std.fw.never-changed': '아무도 방화벽 설정을 바꾸지 않으므로, 새로 시도할 때마다 역시 차단됩니다.',
  'std.reply.425': '{actor}에서 데이터 연결을 포기하고, 제어 연결로 그 사실을 알립니다: "{reply}"',
  'std.reply.error': '{actor}에서 제어 연결로 오류를 알립니다: "{reply}"',
  'std.failed': '{actor}에서 {file} 파일을 포기하고 FTP 세션을 끝냅니다(QUIT).',
  'std.extra.resent': {
    plural: 'count',
    other: '제때 확인 응답이 돌아오지 않아서, 이 패킷 중 {count}개를 다시 보내야 했습니다.',
  },
  'std.extra.tries': {
    plural: 'count',
    other: '모두 {count}번 시도합니다.',
  },
  'std.extra.outgoing-passes':
    '요청이 {owner}에서 밖으로 나가는 것이므로 {owner}의 방화벽은 이를 통과시킵니다.',
  'std.extra.outgoing-would-pass':
    '요청이 {owner}에서 밖으로 나가는 것이므로, {owner}에 방화벽이 있더라도 통과시켰을 것입니다.',

  'ele.intro.active': {
    plural: 'count',
    other: '{actor}에서 FTP(액티브 모드)로 {peer}의 파일 {count}개를 내려받으려고 합니다.',
  },
  'ele.intro.passive': {
    plural: 'count',
    other: '{actor}에서 FTP(패시브 모드)로 {peer}의 파일 {count}개를 내려받으려고 합니다.',
  },
  'ele.control.ask': '{actor}에서 {peer}에게 대화할 연결을 요청합니다.',
  'ele.control.ready': '{actor}에서 좋다고 답합니다. 연결이 준비되었습니다.',
  'ele.login': '{actor}에서 사용자 이름과 비밀번호로 로그인하고, 내려받을 준비를 합니다.',
  'ele.data.ask.to-send': '{actor}에서 {file} 파일을 보내려고 {peer}에게 두 번째 연결을 요청합니다.',
  'ele.data.ask.to-fetch': '{actor}에서 {file} 파일을 가져오려고 {peer}에게 두 번째 연결을 요청합니다.',
  'ele.fw.blocks': '{owner}의 방화벽이 요청을 차단합니다.',
  'ele.fw.changed': '사용자가 방화벽 설정을 바꾸어, 다음 요청은 들어올 수 있습니다.',
  'ele.fw.never': '아무도 방화벽 설정을 바꾸지 않으므로, 모든 요청이 차단됩니다.',
  'ele.data.ready': '{actor}에서 좋다고 답합니다. {file} 파일을 위한 연결이 준비되었습니다.',
  'ele.data.send': '{actor}에서 {file} 파일을 보냅니다.',
  'ele.data.done': '{actor}에서 {file} 파일을 받았고, 그 파일의 연결은 닫혔습니다.',
  'ele.data.closed': '{file} 파일을 위한 연결이 닫혔습니다.',
  'ele.failed.server':
    '{actor}에서 포기합니다. 파일을 위한 연결을 만들 수 없었고, 그 사실을 {peer}에게 알립니다.',
  'ele.failed.pc': '{actor}에서 포기합니다. {file} 파일을 내려받지 못했습니다.',
  'ele.tcp.ask': '{actor}에서 {peer}에게 연결을 요청합니다.',
  'ele.tcp.ready': '{actor}에서 좋다고 답합니다. 연결이 준비되었습니다.',
  'ele.tcp.send': '{actor}에서 {peer}에게 데이터를 보냅니다.',
  'ele.tcp.done': '연결이 닫혔습니다.',
  'ele.no-answer': '{peer}의 응답이 오지 않아서 {actor}에서 포기합니다.',
  'ele.rst': '{actor}에서 갑자기 연결을 끊습니다.',
  'ele.icmp': '{actor}에서 {peer}에게 짧은 제어 메시지를 보냅니다.',
  'ele.icmp.error': '{actor}에서 {peer}에게 문제가 생겼다고 알립니다.',
  'ele.other': '네트워크에서 무언가가 일어납니다.',
  'ele.done': {
    plural: 'count',
    other: '{actor}에서 작별 인사를 하고 세션이 끝납니다. 내려받은 파일은 {count}개입니다.',
  },

  // FTPS (FTP over TLS, RFC 4217): what TLS adds to the FTP story, at every level.
  'title.ftps.active': {
    plural: 'count',
    other: 'FTPS 액티브 모드로 파일 {count}개 내려받기, TLS {version}',
  },
  'title.ftps.passive': {
    plural: 'count',
    other: 'FTPS 패시브 모드로 파일 {count}개 내려받기, TLS {version}',
  },
  'std.ftps.intro.active': {
    plural: 'count',
    other:
      '{actor}에서 FTPS(TLS {version} 위의 FTP) 액티브 모드로 {peer}의 파일 {count}개를 가져오려고 합니다.',
  },
  'std.ftps.intro.passive': {
    plural: 'count',
    other:
      '{actor}에서 FTPS(TLS {version} 위의 FTP) 패시브 모드로 {peer}의 파일 {count}개를 가져오려고 합니다.',
  },
  'std.ftps.auth':
    '{actor}에서 아직 평문으로 AUTH {mechanism} 명령을 보내, 제어 연결을 TLS로 보호해 달라고 {peer}에게 요청합니다.',
  'std.ftps.auth-ok':
    '{actor}에서 응답 {code}로 동의합니다. 이 응답도 평문입니다. 이제부터 양쪽은 이 연결에서 TLS로 통신합니다.',
  'std.tls.client-hello':
    '{actor}에서 TLS 핸드셰이크를 시작합니다({records}). 지원하는 TLS 버전과 암호 스위트를 나열합니다.',
  'std.tls.hello-retry':
    '{actor}에서 {records} 메시지로 응답합니다. HelloRetryRequest는 서버가 받아들이는 다른 그룹의 키 공유(key share)를 요구합니다.',
  'std.tls.client-hello.again':
    '{actor}에서 {records} 메시지를 보냅니다. 같은 제안을 다시 보내되, 이번에는 서버가 받아들이는 키 공유를 담습니다.',
  'std.tls12.server-hello':
    '{actor}에서 {records} 메시지로 응답합니다. TLS {version} 버전과 암호 스위트를 고르고, 인증서를 보여 주며, 키 교환의 자기 몫에 서명합니다.',
  'std.tls12.client-keys':
    '{actor}에서 {records} 메시지를 보냅니다. 키 교환의 자기 몫을 보낸 뒤 ChangeCipherSpec을 보내고, 그때부터 암호화합니다. Finished는 양쪽이 같은 키를 계산했음을 증명합니다.',
  'std.tls12.server-finished':
    '{actor}에서 {records} 메시지를 보냅니다. 이쪽도 암호화로 전환하고, Finished로 핸드셰이크를 마칩니다.',
  'std.tls13.server-hello':
    '{actor}에서 {records} 메시지로 응답합니다. 회선에서 읽을 수 있는 것은 서버의 키 공유를 담은 ServerHello뿐이고, 그 뒤는 인증서까지 포함해 모두 이미 암호화되어 있습니다.',
  'std.tls13.client-finished':
    '{actor}에서 {records} 메시지를 암호화해 보냅니다. Finished로 핸드셰이크가 끝납니다.',
  'std.tls.tickets':
    '{actor}에서 {records} 메시지를 암호화해 보냅니다. 나중의 연결이 핸드셰이크 일부를 건너뛸 수 있게 해 주는 세션 티켓입니다.',
  'std.tls.other': '{actor}에서 TLS 레코드를 보냅니다: {records}.',
  'std.tls.close-notify':
    '{actor}에서 암호화된 close_notify 경고를 보냅니다. 이 연결에서는 더 이상 TLS로 아무것도 보내지 않습니다.',
  'std.ftps.login':
    '{actor}에서 TLS 안에서 명령을 보냅니다: {commands}. 회선에서는 양 끝만 읽을 수 있는 암호화된 레코드입니다.',
  'std.ftps.login.prot':
    '{actor}에서 TLS 안에서 로그인하고 다운로드를 준비합니다: {commands}. PBSZ 0과 PROT P는 데이터 연결도 TLS로 보호해 달라는 요청입니다. 회선에서 이 명령들은 양 끝만 읽을 수 있는 암호화된 레코드입니다.',
  'std.ftps.replies.passive':
    '{actor}에서 TLS 안에서 각 명령에 응답하고({codes}), {port}번 포트에서 데이터 연결을 기다립니다.',
  'std.ftps.replies.active':
    '{actor}에서 TLS 안에서 각 명령에 응답합니다({codes}). 파일을 보내기 위해 {peer}에서 알려 준 포트로 연결을 엽니다.',
  'std.ftps.replies.other': '{actor}에서 TLS 안에서 각 명령에 응답합니다({codes}).',
  'std.ftps.transfer-complete':
    '{actor}에서 제어 연결을 통해, TLS 안에서, {file} 파일의 전송이 끝났다고 알립니다({code}).',
  'std.ftps.extra.data-tls':
    '데이터 연결에는 별도의 TLS 핸드셰이크가 있으며, 어느 쪽이 연결을 열었든 여기서 TLS 클라이언트는 {actor} 쪽입니다.',
  'std.ftps.extra.encrypted-file':
    '파일은 암호화된 TLS 레코드에 담겨 전달됩니다. 회선에서는 레코드의 크기만 보입니다.',
  'std.ftps.extra.tickets-first':
    '이 레코드들 가운데 앞부분은 세션 티켓(NewSessionTicket)으로, 파일보다 먼저 옵니다.',
  'ele.ftps.intro.active': {
    plural: 'count',
    other:
      '{actor}에서 FTPS(TLS로 보호되는 FTP) 액티브 모드로 {peer}의 파일 {count}개를 내려받으려고 합니다.',
  },
  'ele.ftps.intro.passive': {
    plural: 'count',
    other:
      '{actor}에서 FTPS(TLS로 보호되는 FTP) 패시브 모드로 {peer}의 파일 {count}개를 내려받으려고 합니다.',
  },
  'ele.ftps.control.ready':
    '{actor}에서 좋다고 답하고, 양쪽은 비밀 키를 정합니다. 이제부터 이 연결로 주고받는 모든 내용은 암호화됩니다.',
  'ele.ftps.login':
    '{actor}에서 사용자 이름과 비밀번호로 로그인하고(도중에는 아무도 읽을 수 없습니다) 다운로드를 준비합니다.',
  'ele.ftps.data.ready':
    '{actor}에서 좋다고 답하고, 양쪽은 이 연결의 키도 정합니다. {file} 파일은 암호화되어 전달됩니다.',
  'ele.ftps.data.keys':
    '{actor}에서 {peer}에게 키를 제안하고, 양쪽은 {file} 파일의 연결에 쓸 키를 정합니다. 이제 파일은 암호화되어 전달됩니다.',
  'ele.ftps.data.send': '{actor}에서 {file} 파일을 암호화해 보냅니다.',
  'exp.extra.tls': '이 바이트들은 TLS 레코드입니다: {text}.',
  'exp.extra.tls.command':
    '이 바이트들은 암호화된 TLS 레코드({text})이며, 그 안에 든 것은 명령 {inner}입니다.',
  'exp.extra.tls.reply':
    '이 바이트들은 암호화된 TLS 레코드({text})이며, 그 안에 든 것은 응답 "{inner}"입니다.',
  'exp.extra.tls.data':
    '이 바이트들은 암호화된 TLS 레코드({text})이며, 그 안에 든 것은 {file} 파일의 일부입니다.',
  'exp.extra.tls.inner': '이 바이트들은 TLS 레코드({text})이며, 복호화하면 다음과 같습니다: {inner}.',
  'exp.extra.ftps-start': '로그인하기 전에 클라이언트는 서버에 TLS(최대 TLS {version})를 요청합니다.',
  'note.ftps.ssl':
    '기본 설명은 SSL이라고 합니다. 오늘날 FTPS는 TLS 위에서 동작합니다(여기서는 TLS {version}). SSL 3.0은 RFC 7568에서 금지되었고, RFC 4217은 제어 연결에서 AUTH TLS로 TLS를 시작합니다.',
  'note.ftps.encrypted':
    '응답 234 이후로는 제어 연결의 내용을 회선에서 읽을 수 없습니다. 캡처에는 TLS 레코드와 그 크기만 보입니다. 각 단계는 레코드가 담은 명령과 응답을, 양 끝이 복호화해서 아는 그대로 알려 줍니다.',
  'note.ftps.passive-accept':
    '기본 설명은 {step}단계를 PC의 동작("FTPS data connection OK")으로 적습니다. 패시브 모드에서는 PC가 데이터 연결을 요청하고 서버가 받아들이므로, 이 단계의 주체는 서버입니다.',
  'note.ftps.nat-port':
    'PORT 명령은 PC의 사설 주소({address})를 알려 줍니다. 이 주소는 TLS 안에 실려 가므로 라우터의 NAT는 FTP 헬퍼가 있어도 이를 읽거나 고쳐 쓸 수 없습니다. 그래서 서버는 이 주소를 거부하고(응답 {code}), 이 NAT 뒤에서는 액티브 모드 FTPS가 실패합니다.',
  'exp.syn':
    '{actor}에서 {peer}에게 연결을 요청합니다: {sport}번 포트에서 {dport}번 포트로 {flags} (seq {seq}).',
  'exp.synack':
    '{actor}에서 수락하고 자신도 연결을 요청합니다: {sport}번 포트에서 {dport}번 포트로 {flags} (seq {seq}, ack {ack}).',
  'exp.rst':
    '{actor}에서 연결을 리셋합니다: {sport}번 포트에서 {dport}번 포트로 {flags} (seq {seq}, ack {ack}).',
  'exp.command': {
    plural: 'count',
    other:
      '{actor}에서 {sport}번 포트에서 {dport}번 포트로 {text} 명령을 보냅니다 (seq {seq}, ack {ack}, {count}바이트).',
  },
  'exp.reply': {
    plural: 'count',
    other:
      '{actor}에서 {sport}번 포트에서 {dport}번 포트로 "{text}"라고 응답합니다 (seq {seq}, ack {ack}, {count}바이트).',
  },
  'exp.data': {
    plural: 'count',
    other:
      '{actor}에서 {sport}번 포트에서 {dport}번 포트로 {file}의 {count}바이트를 보냅니다 (seq {seq}, ack {ack}).',
  },
  'exp.payload': {
    plural: 'count',
    other: '{actor}에서 {sport}번 포트에서 {dport}번 포트로 {count}바이트를 보냅니다 (seq {seq}, ack {ack}).',
  },
  'exp.fin':
    '{actor}에서 더 보낼 데이터가 없으므로 자기 쪽을 닫습니다: {sport}번 포트에서 {dport}번 포트로 {flags} (seq {seq}, ack {ack}).',
  'exp.ack.handshake':
    '{actor}에서 3-way 핸드셰이크를 마칩니다: {sport}번 포트에서 {dport}번 포트로 {flags} (seq {seq}, ack {ack}).',
  'exp.ack.fin':
    '{actor}에서 {peer}의 FIN을 확인합니다: {sport}번 포트에서 {dport}번 포트로 {flags} (seq {seq}, ack {ack}).',
  'exp.ack.data':
    '{actor}에서 {peer}의 바이트를 {last}번까지 받았다고 확인합니다: {sport}번 포트에서 {dport}번 포트로 {flags} (seq {seq}, ack {ack}).',
  'exp.ack.other':
    '{actor}에서 새로 확인할 것이 없는 확인 응답을 보냅니다: {sport}번 포트에서 {dport}번 포트로 {flags} (seq {seq}, ack {ack}).',
  'exp.udp': {
    plural: 'count',
    other: '{actor}에서 {sport}번 포트에서 {dport}번 포트로 UDP 데이터그램을 보냅니다 ({count}바이트).',
  },
  'exp.icmp': '{actor}에서 ICMP 메시지를 보냅니다: {icmp}.',
  'exp.ip': '{actor}에서 IP 패킷을 보냅니다({protocol}).',
  'exp.lost.tcp': {
    plural: 'count',
    other:
      '{actor}에서 {sport}번 포트에서 {dport}번 포트로 {flags} 세그먼트({count}바이트)를 보내지만, {from}–{to} 구간에서 손실되어 캡처에는 나타나지 않습니다.',
  },
  'exp.lost.other':
    '{actor}에서 {peer}에게 패킷을 보내지만, {from}–{to} 구간에서 손실되어 캡처에는 나타나지 않습니다.',
  'exp.extra.fin': '같은 세그먼트에 FIN도 실려 있습니다. {actor}에서는 더 보낼 데이터가 없습니다.',
  'exp.extra.ack-fin': '같은 세그먼트로 {peer}의 FIN도 확인합니다.',
  'exp.extra.retransmission':
    '재전송입니다. {actor}에서 {seconds}초 동안 확인 응답을 받지 못해 다시 보냅니다.',
  'exp.extra.retransmission.unseen': '재전송입니다. 처음 보낸 것이 제때 확인 응답을 받지 못했습니다.',
  'exp.extra.nat.src': '도중에 {actor}에서 출발지 주소를 바꿉니다: {before} → {after}.',
  'exp.extra.nat.dst': '도중에 {actor}에서 목적지 주소를 바꿉니다: {before} → {after}.',
  'exp.extra.nat.payload': '도중에 {actor}에서 메시지 안의 주소를 바꿉니다: {before} → {after}.',
  'exp.extra.lost': '{from}–{to} 구간에서 손실됩니다.',
  'exp.fw.drop':
    '{owner}의 방화벽이 {sport}번 포트에서 {dport}번 포트로 가는 {flags} 세그먼트를 버립니다(규칙 {rule}).',
  'exp.fw.reject':
    '{owner}의 방화벽이 {sport}번 포트에서 {dport}번 포트로 가는 {flags} 세그먼트를 거부하고 보낸 쪽에 알립니다(규칙 {rule}).',
  'exp.fw.allow':
    '{owner}의 방화벽이 이제 {sport}번 포트에서 {dport}번 포트로 가는 {flags} 세그먼트를 통과시킵니다(규칙 {rule}).',
  'exp.fw.change': '{owner}의 방화벽에 새 설정이 적용됩니다(규칙 {rule}).',
  'exp.action.start.active': {
    plural: 'count',
    other: '사용자가 {actor}에서 FTP 클라이언트를 실행해 액티브 모드로 파일 {count}개를 내려받습니다.',
  },
  'exp.action.start.passive': {
    plural: 'count',
    other: '사용자가 {actor}에서 FTP 클라이언트를 실행해 패시브 모드로 파일 {count}개를 내려받습니다.',
  },
  'exp.action.file-received': {
    plural: 'count',
    other: '{actor}의 FTP 클라이언트가 {file} 파일을 모두 받았습니다: {count}바이트.',
  },
  'exp.action.transfer-failed': '{actor}의 FTP 클라이언트가 {file} 파일을 포기합니다.',
  'exp.action.firewall': '사용자가 {actor}의 방화벽 설정을 바꿉니다.',
  'exp.action.allow-ftp-data':
    '사용자가 {actor}의 방화벽 설정을 바꿉니다. 이제 FTP 데이터가 나오는 {port}번 포트에서 오는 연결이 들어올 수 있습니다.',
  'exp.action.other': '{actor}에서: {action}.',

  'note.login':
    '{step}단계는 로그인을 한 번의 동작으로 설명하지만, 실제로 PC는 명령 {count}개({commands})를 하나씩 보내고 각각의 응답을 기다립니다.',
  'note.greeting':
    '제어 연결이 열리면 로그인 전에 서버가 먼저 PC에 인사합니다(응답 220). 기본 설명은 이 인사를 생략합니다.',
  'note.reply-flags':
    '서버의 응답에는 텍스트가 실려 있어서 PSH,ACK 세그먼트로 전달되지만, 기본 설명은 이를 (ACK)로만 표시합니다.',
  'note.fin-early':
    '서버는 각 파일의 마지막 바이트 바로 뒤에 FIN을 보내므로, PC가 파일을 확인할 때 FIN은 이미 전송 중입니다. 단계는 기본 설명의 순서(확인 응답, 그다음 FIN)를 따르며, 이는 패킷이 나가는 순서가 아니라 원인과 결과의 순서입니다.',
  'note.control-close':
    '제어 연결은 세션 내내 열려 있습니다. 마지막 파일이 끝나면 PC가 QUIT를 보내고, 서버가 221로 응답하며, 양쪽이 FIN과 ACK로 연결을 닫습니다. 기본 설명은 이 부분을 전혀 설명하지 않으며, 이 패킷들은 마지막 단계에서 재생됩니다.',
  'note.next-file.active':
    '파일을 하나 더 받을 때마다 PC는 제어 연결로 PORT와 RETR를 다시 보냅니다. 기본 설명은 이를 생략하며, 이 패킷들은 서버가 다음 데이터 연결을 여는 단계에서 재생됩니다.',
  'note.next-file.passive':
    '파일을 하나 더 받을 때마다 PC는 PASV를 다시 보내고, 데이터 연결이 열리면 RETR를 보냅니다. 기본 설명은 이를 생략하며, 이 패킷들은 그 파일의 단계에서 재생됩니다.',
  'note.transfer-replies':
    '서버는 제어 연결에서 각 전송의 시작을 알리고(150) 완료를 보고합니다(226). 기본 설명은 이 응답을 보여 주지 않으며, 이 응답들은 그 파일의 단계 뒤에서 재생됩니다.',
  'note.background-acks':
    '다른 내용 없이 확인 응답만 담은 패킷(응답에 대한 PC의 ACK, 명령에 대한 서버의 ACK)에는 별도의 단계가 없으며, 그 패킷이 이어지는 단계에서 재생됩니다.',
  'note.firewall-retries':
    '방화벽이 막는 동안 서버는 SYN을 {count}번 보내며, 시도 사이에 {waits}만큼 기다립니다. 기본 설명은 한 번의 시도만 보여 줍니다.',
  'note.firewall-actor':
    '방화벽은 PC에서 동작하는 소프트웨어이므로 기본 설명은 방화벽의 단계를 PC의 동작으로 설명합니다. 전문가 수준에서는 방화벽을 동작 주체로 표시합니다.',
  'note.active-port20':
    '액티브 모드에서 서버는 각 데이터 연결을 자신의 20번 포트에서 PC가 PORT 명령으로 알린 포트로 엽니다. 그래서 요청이 바깥에서 PC로 들어오며, PC의 방화벽이 막는 것이 바로 이 요청입니다.',
  'note.passive-outgoing':
    '패시브 모드에서는 PC가 서버가 알려 준 포트로 모든 연결을 직접 엽니다. 그래서 PC의 방화벽은 이 연결을 모두 내보냅니다.',
  'note.loss': {
    plural: 'count',
    other:
      '도중에 패킷 {count}개가 손실되었습니다. TCP는 잠시 기다린 뒤 그 내용을 다시 보냈으며, 이런 재전송을 보여 주는 단계에서 그렇게 설명합니다.',
  },
  'note.shared-packet':
    '{first}단계와 {second}단계는 같은 패킷을 보여 줍니다. {actor}에서 세그먼트 하나({flags})로 두 가지를 함께 합니다.',

  // SCP and SFTP: one SSH connection, encrypted from NEWKEYS on.
  'title.sftp.upload': {
    plural: 'count',
    other: 'SSH 위의 SFTP로 파일 {count}개 업로드하기',
  },
  'title.sftp.download': {
    plural: 'count',
    other: 'SSH 위의 SFTP로 파일 {count}개 다운로드하기',
  },
  'title.scp.upload': {
    plural: 'count',
    other: 'SSH 위의 scp로 파일 {count}개 업로드하기',
  },
  'title.scp.download': {
    plural: 'count',
    other: 'SSH 위의 scp로 파일 {count}개 다운로드하기',
  },
  'ssh.std.intro.upload': {
    plural: 'count',
    other:
      '{actor}에서 {program}(으)로 파일 {count}개를 {peer}에 보내려고 합니다. 모든 일은 하나의 SSH 연결 안에서 이루어집니다.',
  },
  'ssh.std.intro.download': {
    plural: 'count',
    other:
      '{actor}에서 {program}(으)로 {peer}의 파일 {count}개를 가져오려고 합니다. 모든 일은 하나의 SSH 연결 안에서 이루어집니다.',
  },
  'ssh.std.encrypted':
    '{actor}의 SSH 프로그램은 {peer}에 보내는 것을 모두 암호화합니다. 비밀번호도, 명령도, 파일 자체도 마찬가지입니다.',
  'ssh.std.decrypts':
    '{actor}의 SSH 프로그램(sshd, 22번 포트에서 대기)은 도착한 내용을 {peer}와 같은 키로 다시 읽을 수 있는 데이터로 되돌립니다.',
  'ssh.std.left-out':
    '여기서부터는 각 쪽이 보내기 전에 암호화하고 받은 뒤에 복호화한다는 설명을 반복하지 않습니다. 모든 SSH 패킷에서 똑같이 일어납니다.',
  'ssh.std.login':
    '먼저 {actor}와 {peer}가 SSH 버전을 주고받고 키에 합의합니다(KEXINIT, ECDH 키 교환, NEWKEYS). NEWKEYS 이후의 모든 것은 암호화되며, 그제서야 {actor}에서 사용자 이름과 비밀번호를 보냅니다.',
  'ssh.std.login-ok': '{actor}에서 비밀번호를 확인하고 {peer}의 로그인을 허락합니다(USERAUTH_SUCCESS).',
  'ssh.std.session.sftp':
    '이제 {actor}에서 {peer}를 다룰 수 있습니다. 세션 채널을 열고 SFTP 서브시스템을 시작한 뒤 첫 SFTP 요청들을 보냅니다.',
  'ssh.std.session.scp':
    '이제 {actor}에서 {peer}를 다룰 수 있습니다. 세션 채널을 열고 {peer}에 “{command}” 명령을 실행해 달라고 요청합니다.',
  'ssh.std.answers.sftp':
    '{actor}에서 채널을 확인하고 자신의 SFTP 서버를 시작해 요청마다 응답합니다(VERSION, 그다음 홈 디렉터리).',
  'ssh.std.answers.scp-sink':
    '{actor}에서 채널을 확인하고 “{command}”을(를) 시작합니다. 이 프로그램은 0 바이트 하나로 받을 준비가 되었음을 알립니다.',
  'ssh.std.answers.scp-source': '{actor}에서 채널을 확인하고 “{command}”을(를) 시작합니다.',
  'ssh.std.put.sftp':
    '{actor}에서 {file}을(를) 보냅니다. 파일을 쓰기용으로 열고(OPEN), 바이트를 WRITE 요청에 담아 보낸 뒤 닫습니다(CLOSE).',
  'ssh.std.put.scp':
    '{actor}에서 {file}을(를) 보냅니다. 먼저 권한·크기·이름이 적힌 한 줄(C0644 …), 다음으로 바이트, 끝으로 0 바이트 하나입니다.',
  'ssh.std.stored.sftp':
    '{actor}에서 {file}을(를) 받았습니다. 요청마다 STATUS OK로 응답하며, 이 응답들이 바이트에 대한 확인 응답도 함께 싣고 갑니다.',
  'ssh.std.stored.scp':
    '{actor}에서 {file}을(를) 받았습니다. scp가 그 한 줄과 바이트에 각각 0 바이트로 응답하며, 이 응답들이 확인 응답도 함께 싣고 갑니다.',
  'ssh.std.fetch.sftp':
    '{actor}에서 {file}을(를) 요청합니다. 파일을 찾아보고(LSTAT, STAT), 열고(OPEN), 끝까지 읽은(READ) 뒤 닫습니다(CLOSE).',
  'ssh.std.fetch.scp':
    '{actor}에서 {file}의 한 줄과 바이트에 각각 0 바이트로 응답합니다. 파일이 도착했습니다.',
  'ssh.std.get.sftp': '{actor}에서 {file}을(를) DATA 응답으로 보내고, {peer}의 다른 요청에도 응답합니다.',
  'ssh.std.get.scp':
    '{actor}에서 {file}을(를) 보냅니다. 권한·크기·이름이 적힌 한 줄(C0644 …), 그다음 바이트와 0 바이트 하나입니다.',
  'ssh.ele.intro.upload': {
    plural: 'count',
    other: '{actor}에서 파일 {count}개를 {peer}에 두려고 합니다. SSH 안에 단단히 잠가서 보냅니다.',
  },
  'ssh.ele.intro.download': {
    plural: 'count',
    other: '{actor}에서 {peer}의 파일 {count}개를 가져오려고 합니다. SSH 안에 단단히 잠가서 옮깁니다.',
  },
  'ssh.ele.connect': '{actor}와 {peer}가 연결됩니다.',
  'ssh.ele.login':
    '{actor}와 {peer}가 비밀 키를 정합니다. 그다음 {actor}에서 이름과 비밀번호를 알려 주는데, 다른 사람은 읽을 수 없습니다.',
  'ssh.ele.login-ok': '{actor}에서 {peer}를 들여보내 줍니다.',
  'ssh.ele.session': '{actor}에서 하고 싶은 일을 말하고, {peer}가 준비합니다.',
  'ssh.ele.file': '{actor}에서 {file}을(를) 보내고, {peer}가 받았다고 알립니다.',
  'ssh.ele.done': '{actor}에서 작별 인사를 하고 연결이 끝납니다.',
  'ssh.exp.version':
    '{actor}에서 자신의 SSH 버전 “{text}”을(를) 평문으로 알립니다: {sport}번 포트에서 {dport}번 포트로 {flags} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.clear':
    '{actor}에서 SSH 메시지 {text}을(를) 아직 암호화하지 않은 채 보냅니다: {sport}번 포트에서 {dport}번 포트로 {flags} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.clear-then-sealed':
    '{actor}에서 {text}을(를) 평문으로 보내고, 이어서 암호화된 SSH 패킷을 보냅니다. 안에는 두 끝만 아는 내용이 있습니다: “{inner}”. {sport}번 포트에서 {dport}번 포트로 {flags} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.sealed':
    '{actor}에서 암호화된 SSH 패킷을 보냅니다. 안에는 두 끝만 아는 내용이 있습니다: “{inner}”. {sport}번 포트에서 {dport}번 포트로 {flags} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.more':
    '{actor}에서 같은 SSH 쓰기의 나머지를 보냅니다: {sport}번 포트에서 {dport}번 포트로 {flags} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.action.start.upload': '{actor}에서 사용자가 업로드하려고 {program}을(를) 실행합니다.',
  'ssh.exp.action.start.download': '{actor}에서 사용자가 다운로드하려고 {program}을(를) 실행합니다.',
  'ssh.exp.action.logged-in': '{actor}의 SSH 클라이언트가 {user} 사용자로 로그인했습니다.',
  'ssh.exp.action.sent': '{actor}의 {program}이(가) {file}이(가) 빠짐없이 도착했음을 알게 됩니다.',
  'ssh.exp.action.stored': '{actor}에서 {file}을(를) 디스크에 기록했습니다.',
  'ssh.exp.action.received': '{actor}에서 {file}을(를) 받아 저장했습니다.',
  'ssh.exp.action.failed': '{actor}의 {program}이(가) {file}을(를) 포기합니다.',
  'ssh.note.key-exchange':
    '기본 설명은 연결에서 곧바로 비밀번호로 넘어갑니다. 실제로는 양쪽이 먼저 버전 줄을 주고받고 키 교환(KEXINIT, ECDH, NEWKEYS)을 합니다. {step}단계는 이 패킷들을 비밀번호와 함께 보여 주고, 전문가 수준에서는 하나씩 설명합니다.',
  'ssh.note.clear-part':
    '기본 설명은 모든 것이 암호화된다고 말합니다. 하지만 버전 줄과 키 교환은 평문으로 오가며, 그럴 수밖에 없습니다. 아직 키가 없기 때문입니다. NEWKEYS 이후의 모든 것(로그인, 명령, 파일)은 암호화되어, 엿듣는 사람은 패킷의 크기와 시점만 볼 수 있습니다.',
  'ssh.note.none-probe':
    'OpenSSH는 먼저 “none” 방식으로 로그인을 시도합니다. 서버가 받아들이는 방식을 알려 준 뒤에야 비밀번호가 전송됩니다.',
  'ssh.note.answer-flags':
    '기본 설명에서는 받는 쪽이 파일에 단순한 (ACK)로 응답합니다. 실제로 받는 쪽은 SSH 메시지(SFTP STATUS 또는 scp의 0 바이트)로 응답하고, 확인 응답은 여기에 실려 갑니다. 그래서 {step}단계는 PSH,ACK로 표시됩니다.',
  'ssh.note.session-end':
    '{step}단계 전에 PC는 SSH 안에서 세션을 끝내고(CHANNEL_EOF, CHANNEL_CLOSE, DISCONNECT), 서버는 실행한 프로그램의 종료 상태를 알립니다. 기본 설명은 이를 생략하며, 이 패킷들은 배경에서 재생됩니다.',
  'ssh.note.scp-legacy':
    '여기서 scp는 기존 scp 프로토콜을 사용합니다(scp -O, 서버는 scp -t 또는 scp -f를 실행). OpenSSH 9.0부터 scp는 따로 지정하지 않으면 내부적으로 SFTP를 사용합니다.',

  'icmp.echo-request': '에코 요청',
  'icmp.echo-reply': '에코 응답',
  'icmp.source-quench': '발신지 억제',
  'icmp.redirect': '경로 재지정',
  'icmp.router-advertisement': '라우터 광고',
  'icmp.router-solicitation': '라우터 요청',
  'icmp.parameter-problem': '매개변수 문제',
  'icmp.timestamp-request': '타임스탬프 요청',
  'icmp.timestamp-reply': '타임스탬프 응답',
  'icmp.packet-too-big': '패킷이 너무 큼',
  'icmp.mld-query': '멀티캐스트 리스너 질의',
  'icmp.mld-report': '멀티캐스트 리스너 보고',
  'icmp.mld-done': '멀티캐스트 리스너 종료',
  'icmp.mld-report-v2': '멀티캐스트 리스너 보고 (버전 2)',
  'icmp.neighbor-solicitation': '이웃 요청',
  'icmp.neighbor-advertisement': '이웃 광고',
  'icmp.unreachable': '목적지 도달 불가 (코드 {code})',
  'icmp.unreachable.net': '목적지 도달 불가 (네트워크 도달 불가)',
  'icmp.unreachable.host': '목적지 도달 불가 (호스트 도달 불가)',
  'icmp.unreachable.protocol': '목적지 도달 불가 (프로토콜 도달 불가)',
  'icmp.unreachable.port': '목적지 도달 불가 (포트 도달 불가)',
  'icmp.unreachable.fragmentation': '목적지 도달 불가 (단편화 필요)',
  'icmp.unreachable.source-route': '목적지 도달 불가 (소스 라우트 실패)',
  'icmp.unreachable.net-unknown': '목적지 도달 불가 (목적지 네트워크 알 수 없음)',
  'icmp.unreachable.host-unknown': '목적지 도달 불가 (목적지 호스트 알 수 없음)',
  'icmp.unreachable.net-prohibited': '목적지 도달 불가 (네트워크 관리상 금지)',
  'icmp.unreachable.host-prohibited': '목적지 도달 불가 (호스트 관리상 금지)',
  'icmp.unreachable.admin': '목적지 도달 불가 (통신 관리상 금지)',
  'icmp.unreachable.no-route': '목적지 도달 불가 (목적지로 가는 경로 없음)',
  'icmp.unreachable.beyond-scope': '목적지 도달 불가 (출발지 주소의 범위 밖)',
  'icmp.unreachable.source-policy': '목적지 도달 불가 (출발지 주소 정책 위반)',
  'icmp.unreachable.reject-route': '목적지 도달 불가 (목적지 경로 거부)',
  'icmp.time-exceeded': '시간 초과 (코드 {code})',
  'icmp.time-exceeded.ttl': '시간 초과 (전송 중 TTL 만료)',
  'icmp.time-exceeded.hop-limit': '시간 초과 (전송 중 홉 제한 만료)',
  'icmp.time-exceeded.reassembly': '시간 초과 (단편 재조립 시간 초과)',
  'icmp.unknown.v4': 'ICMP 유형 {type}, 코드 {code}',
  'icmp.unknown.v6': 'ICMPv6 유형 {type}, 코드 {code}',
};
