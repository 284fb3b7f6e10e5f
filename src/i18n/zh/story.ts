/**
 * The story in Simplified Chinese. Node parameters (`{actor}`, `{peer}`, `{owner}`, `{from}`, `{to}`) become
 * the `who.*` phrases below; Chinese has a single plural form, so every plural message has only `other`.
 */
import type { StoryCatalog } from '../index.ts';

export const story: StoryCatalog = {
  'who.pc': 'PC',
  'who.server': '服务器',
  'who.router': '路由器',
  'who.firewall': '防火墙',
  'who.network': '互联网',
  'who.named': '{name}',
  'actor.pc': 'PC',
  'actor.server': '服务器',
  'actor.router': '路由器',
  'actor.firewall': '防火墙',
  'actor.network': '互联网',

  'title.ftp.active': {
    plural: 'count',
    other: '用FTP主动模式下载{count}个文件',
  },
  'title.ftp.passive': {
    plural: 'count',
    other: '用FTP被动模式下载{count}个文件',
  },
  'title.generic': '网络上传输了什么',

  'std.intro.active': {
    plural: 'count',
    other: '{actor}准备用FTP主动模式从{peer}获取{count}个文件。',
  },
  'std.intro.passive': {
    plural: 'count',
    other: '{actor}准备用FTP被动模式从{peer}获取{count}个文件。',
  },
  'std.control.syn': '{actor}请求{peer}在端口{port}上建立FTP控制连接。',
  'std.control.synack': '{actor}表示同意，并请求在自己这一方向上也建立连接。',
  'std.control.ack': '{actor}也表示同意：控制连接已建立。',
  'std.login.active':
    '{actor}以用户{user}的身份用密码登录，请求二进制模式，告知自己将在哪个端口等待（PORT），并请求文件{file}（RETR）。',
  'std.login.passive':
    '{actor}以用户{user}的身份用密码登录，请求二进制模式，并请{peer}为数据传输打开一个端口（PASV）。',
  'std.login.user': '{actor}以用户{user}的身份登录，并发送命令：{commands}。',
  'std.login.other': '{actor}发送命令：{commands}。',
  'std.replies.active':
    '{actor}逐一应答每条命令（{codes}）：登录成功；为了发送文件，它必须向{peer}建立第二条连接。',
  'std.replies.passive':
    '{actor}逐一应答每条命令（{codes}）：登录成功；它在端口{port}上等待第二条连接，用来传输文件。',
  'std.replies.other': '{actor}逐一应答每条命令（{codes}）。',
  'std.data.syn.to-send': '{actor}请求与{peer}的端口{port}建立FTP数据连接，以发送{file}。',
  'std.data.syn.to-fetch': '{actor}请求与{peer}的端口{port}建立FTP数据连接，以获取{file}。',
  'std.data.syn.to-send.next': '{actor}建立一条新的数据连接，发送{peer}刚刚请求的下一个文件{file}。',
  'std.data.syn.to-fetch.next':
    '{actor}请求与{peer}的端口{port}建立一条新的数据连接，以获取下一个文件{file}。',
  'std.data.syn.again': '{actor}再次请求建立数据连接，这一次请求顺利通过。',
  'std.data.synack': '{actor}表示同意，并请求在自己这一方向上也建立数据连接。',
  'std.data.ack': '{actor}也表示同意：数据连接已建立。',
  'std.data.send': {
    plural: 'count',
    other: '{actor}通过数据连接发送{file}（{count}字节）。',
  },
  'std.data.received': '{actor}确认已收到{file}。',
  'std.close.fin': '{actor}已没有数据要发送，于是关闭数据连接。',
  'std.close.fin-ack': '{actor}确认关闭。',
  'std.close.fin2': '{actor}也从自己这一端关闭数据连接。',
  'std.close.fin2-ack': '{actor}予以确认：{file}的数据连接已关闭。',
  'std.tcp.syn': '{actor}请求与{peer}的端口{port}建立连接。',
  'std.tcp.synack': '{actor}表示同意，并请求在自己这一方向上也建立连接。',
  'std.tcp.ack': '{actor}也表示同意：连接已建立。',
  'std.tcp.send': {
    plural: 'count',
    other: '{actor}向{peer}发送{count}字节。',
  },
  'std.tcp.close.fin': '{actor}已没有数据要发送，于是关闭连接。',
  'std.tcp.close.fin-ack': '{actor}确认关闭。',
  'std.tcp.close.fin2': '{actor}也从自己这一端关闭连接。',
  'std.tcp.close.fin2-ack': '{actor}予以确认：连接已关闭。',
  'std.no-answer': {
    plural: 'count',
    other: '{actor}尝试了{count}次，仍未收到{peer}的应答，于是放弃这条连接。',
  },
  'std.rst': '{actor}立即中断连接（RST）。',
  'std.icmp': '{actor}向{peer}发送一条ICMP报文：{icmp}。',
  'std.icmp.error': '{actor}用一条ICMP报文向{peer}报告问题：{icmp}。',
  'std.fw.blocks': '{owner}上的防火墙（操作系统自带的或杀毒软件的一部分）拦截了来自{peer}的连接请求。',
  'std.fw.must-change': '要让文件通过，必须修改防火墙设置，允许这条连接。',
  'std.fw.changed': '用户修改了设置，防火墙现在放行这个请求。',
  'std.fw.never-changed': '没有人修改防火墙设置，因此之后的每次尝试也都被拦截。',
  'std.reply.425': '{actor}放弃建立数据连接，并在控制连接上告知：“{reply}”',
  'std.reply.error': '{actor}在控制连接上报告错误：“{reply}”',
  'std.failed': '{actor}放弃{file}，并结束FTP会话（QUIT）。',
  'std.extra.resent': {
    plural: 'count',
    other: '其中有{count}个分组因为没有及时收到确认而不得不重新发送。',
  },
  'std.extra.tries': {
    plural: 'count',
    other: '它总共尝试了{count}次。',
  },
  'std.extra.outgoing-passes': '{owner}上的防火墙放行了它，因为这个请求是从{owner}发出的。',
  'std.extra.outgoing-would-pass': '即使{owner}上有防火墙，也会放行它，因为这个请求是从{owner}发出的。',

  'ele.intro.active': {
    plural: 'count',
    other: '{actor}想用FTP（主动模式）从{peer}下载{count}个文件。',
  },
  'ele.intro.passive': {
    plural: 'count',
    other: '{actor}想用FTP（被动模式）从{peer}下载{count}个文件。',
  },
  'ele.control.ask': '{actor}请求{peer}建立一条用来对话的连接。',
  'ele.control.ready': '{actor}同意了：连接已准备好。',
  'ele.login': '{actor}用用户名和密码登录，并做好下载准备。',
  'ele.data.ask.to-send': '{actor}请求{peer}建立第二条连接，用来发送{file}。',
  'ele.data.ask.to-fetch': '{actor}请求{peer}建立第二条连接，用来获取{file}。',
  'ele.fw.blocks': '{owner}上的防火墙拦截了这个请求。',
  'ele.fw.changed': '用户修改了防火墙设置，所以下一个请求可以进来。',
  'ele.fw.never': '没有人修改防火墙设置，所以每个请求都被拦截。',
  'ele.data.ready': '{actor}同意了：用于{file}的连接已准备好。',
  'ele.data.send': '{actor}发送{file}。',
  'ele.data.done': '{actor}已收到{file}，用于它的连接已关闭。',
  'ele.data.closed': '用于{file}的连接已关闭。',
  'ele.failed.server': '{actor}放弃了：无法建立传输文件的连接，它把这一情况告诉了{peer}。',
  'ele.failed.pc': '{actor}放弃了：{file}无法下载。',
  'ele.tcp.ask': '{actor}请求与{peer}建立连接。',
  'ele.tcp.ready': '{actor}同意了：连接已准备好。',
  'ele.tcp.send': '{actor}向{peer}发送数据。',
  'ele.tcp.done': '连接已关闭。',
  'ele.no-answer': '{peer}一直没有应答，于是{actor}放弃了。',
  'ele.rst': '{actor}突然中断了连接。',
  'ele.icmp': '{actor}向{peer}发送一条简短的控制消息。',
  'ele.icmp.error': '{actor}告诉{peer}出了问题。',
  'ele.other': '网络上发生了一些事情。',
  'ele.done': {
    plural: 'count',
    other: '{actor}道别，会话结束，共下载了{count}个文件。',
  },

  // FTPS (FTP over TLS, RFC 4217): what TLS adds to the FTP story, at every level.
  'title.ftps.active': {
    plural: 'count',
    other: '用FTPS主动模式下载{count}个文件，TLS {version}',
  },
  'title.ftps.passive': {
    plural: 'count',
    other: '用FTPS被动模式下载{count}个文件，TLS {version}',
  },
  'std.ftps.intro.active': {
    plural: 'count',
    other: '{actor}准备用FTPS（基于TLS {version}的FTP）主动模式从{peer}获取{count}个文件。',
  },
  'std.ftps.intro.passive': {
    plural: 'count',
    other: '{actor}准备用FTPS（基于TLS {version}的FTP）被动模式从{peer}获取{count}个文件。',
  },
  'std.ftps.auth': '{actor}仍以明文发送AUTH {mechanism}，请求{peer}用TLS保护控制连接。',
  'std.ftps.auth-ok': '{actor}以应答{code}表示同意，这条应答同样是明文：从此双方在这条连接上使用TLS通信。',
  'std.tls.client-hello': '{actor}开始TLS握手（{records}）：列出它支持的TLS版本和密码套件。',
  'std.tls.hello-retry':
    '{actor}以{records}回应：HelloRetryRequest要求换用另一个组的密钥份额（key share），也就是服务器接受的那个组。',
  'std.tls.client-hello.again': '{actor}发送{records}：再次提出同样的提议，这次带上服务器接受的密钥份额。',
  'std.tls12.server-hello':
    '{actor}以{records}回应：它选定TLS {version}和一个密码套件，出示自己的证书，并对自己那一份密钥交换参数签名。',
  'std.tls12.client-keys':
    '{actor}发送{records}：先是它那一份密钥交换参数，然后是ChangeCipherSpec；此后的内容都经过加密，Finished证明双方算出了相同的密钥。',
  'std.tls12.server-finished': '{actor}发送{records}：它也切换到加密，它的Finished完成握手。',
  'std.tls13.server-hello':
    '{actor}以{records}回应。线路上只有ServerHello可以读到，它携带服务器的密钥份额；其后的一切，包括证书，都已经加密。',
  'std.tls13.client-finished': '{actor}发送加密的{records}：它的Finished完成握手。',
  'std.tls.tickets': '{actor}发送加密的{records}：这些会话票据让以后的连接可以省去部分握手。',
  'std.tls.other': '{actor}发送TLS记录：{records}。',
  'std.tls.close-notify': '{actor}发送一个加密的close_notify警报：它不会再通过这条连接上的TLS发送任何内容。',
  'std.ftps.login':
    '{actor}在TLS内部发送它的命令：{commands}。在线路上，它们是只有通信两端才能读懂的加密记录。',
  'std.ftps.login.prot':
    '{actor}在TLS内部登录并为下载做准备：{commands}。PBSZ 0和PROT P要求数据连接也用TLS保护。在线路上，这些命令是只有通信两端才能读懂的加密记录。',
  'std.ftps.replies.passive': '{actor}在TLS内部逐一应答每条命令（{codes}），并在端口{port}上等待数据连接。',
  'std.ftps.replies.active':
    '{actor}在TLS内部逐一应答每条命令（{codes}）：为了发送文件，它将向{peer}指定的端口打开一条连接。',
  'std.ftps.replies.other': '{actor}在TLS内部逐一应答每条命令（{codes}）。',
  'std.ftps.transfer-complete': '{actor}在控制连接上（在TLS内部）报告{file}的传输已完成（{code}）。',
  'std.ftps.extra.data-tls':
    '数据连接有自己的TLS握手；无论哪一方打开了这条连接，其中的TLS客户端都是{actor}。',
  'std.ftps.extra.encrypted-file': '文件装在加密的TLS记录里传输：线路上只看得到记录的大小。',
  'std.ftps.extra.tickets-first': '这些记录中最前面的是会话票据（NewSessionTicket），排在文件之前。',
  'ele.ftps.intro.active': {
    plural: 'count',
    other: '{actor}想用FTPS（也就是用TLS保护的FTP，主动模式）从{peer}下载{count}个文件。',
  },
  'ele.ftps.intro.passive': {
    plural: 'count',
    other: '{actor}想用FTPS（也就是用TLS保护的FTP，被动模式）从{peer}下载{count}个文件。',
  },
  'ele.ftps.control.ready':
    '{actor}同意了，双方还商定了秘密密钥：从现在起，它们在这条连接上说的一切都经过加密。',
  'ele.ftps.login': '{actor}用用户名和密码登录（途中谁也读不到它们），并为下载做好准备。',
  'ele.ftps.data.ready': '{actor}同意了，双方也为这条连接商定了密钥：{file}将以加密方式传输。',
  'ele.ftps.data.keys': '{actor}和{peer}为{file}的连接商定密钥，因此它将以加密方式传输。',
  'ele.ftps.data.send': '{actor}以加密方式发送{file}。',
  'exp.extra.tls': '这些字节是TLS记录：{text}。',
  'exp.extra.tls.command': '这些字节是一条加密的TLS记录（{text}）；里面是命令{inner}。',
  'exp.extra.tls.reply': '这些字节是一条加密的TLS记录（{text}）；里面是应答“{inner}”。',
  'exp.extra.tls.data': '这些字节是加密的TLS记录（{text}）；里面是{file}的一部分。',
  'exp.extra.tls.inner': '这些字节是TLS记录（{text}）；解密后是：{inner}。',
  'exp.extra.ftps-start': '登录之前，客户端会向服务器请求TLS，最高到TLS {version}。',
  'note.ftps.ssl':
    '原始脚本说的是SSL。如今FTPS运行在TLS之上（这里是TLS {version}）：RFC 7568禁止使用SSL 3.0，而RFC 4217用AUTH TLS在控制连接上启动TLS。',
  'note.ftps.encrypted':
    '从应答234开始，控制连接上的内容在线路上都无法读取：抓包只能看到TLS记录及其大小。各步骤说明这些记录中装的是哪些命令和应答，即通信两端解密后所知道的内容。',
  'note.ftps.passive-accept':
    '原始脚本把第{step}步归于PC（“FTPS data connection OK”）。在被动模式下，是PC请求数据连接、服务器接受它，所以这一步的执行者是服务器。',
  'note.ftps.nat-port':
    'PORT命令给出的是PC的私有地址{address}。由于它在TLS内部传输，路由器的NAT即使有FTP辅助模块也无法读取或改写它；因此服务器拒绝了这个地址（应答{code}），主动模式的FTPS在这个NAT后面无法工作。',
  'exp.syn': '{actor}请求与{peer}建立连接：{flags}，从端口{sport}到端口{dport}（序号{seq}）。',
  'exp.synack':
    '{actor}表示同意，并反过来请求连接：{flags}，从端口{sport}到端口{dport}（序号{seq}，确认号{ack}）。',
  'exp.rst': '{actor}重置连接：{flags}，从端口{sport}到端口{dport}（序号{seq}，确认号{ack}）。',
  'exp.command': {
    plural: 'count',
    other: '{actor}发送{text}，从端口{sport}到端口{dport}（序号{seq}，确认号{ack}，{count}字节）。',
  },
  'exp.reply': {
    plural: 'count',
    other: '{actor}应答“{text}”，从端口{sport}到端口{dport}（序号{seq}，确认号{ack}，{count}字节）。',
  },
  'exp.data': {
    plural: 'count',
    other: '{actor}发送{file}的{count}字节，从端口{sport}到端口{dport}（序号{seq}，确认号{ack}）。',
  },
  'exp.payload': {
    plural: 'count',
    other: '{actor}发送{count}字节，从端口{sport}到端口{dport}（序号{seq}，确认号{ack}）。',
  },
  'exp.fin':
    '{actor}已没有数据要发送，关闭自己这一端：{flags}，从端口{sport}到端口{dport}（序号{seq}，确认号{ack}）。',
  'exp.ack.handshake': '{actor}完成三次握手：{flags}，从端口{sport}到端口{dport}（序号{seq}，确认号{ack}）。',
  'exp.ack.fin': '{actor}确认{peer}的FIN：{flags}，从端口{sport}到端口{dport}（序号{seq}，确认号{ack}）。',
  'exp.ack.data':
    '{actor}确认已收到{peer}发来的截至第{last}字节的数据：{flags}，从端口{sport}到端口{dport}（序号{seq}，确认号{ack}）。',
  'exp.ack.other':
    '{actor}发送一个没有确认任何新数据的确认：{flags}，从端口{sport}到端口{dport}（序号{seq}，确认号{ack}）。',
  'exp.udp': {
    plural: 'count',
    other: '{actor}发送一个UDP数据报，从端口{sport}到端口{dport}（{count}字节）。',
  },
  'exp.icmp': '{actor}发送一条ICMP报文：{icmp}。',
  'exp.ip': '{actor}发送一个IP分组（{protocol}）。',
  'exp.lost.tcp': {
    plural: 'count',
    other:
      '{actor}发送{flags}，从端口{sport}到端口{dport}（{count}字节），但它在{from}和{to}之间丢失了，所以抓包中看不到它。',
  },
  'exp.lost.other': '{actor}向{peer}发送一个分组，但它在{from}和{to}之间丢失了，所以抓包中看不到它。',
  'exp.extra.fin': '同一个报文段还带有FIN：{actor}已没有数据要发送。',
  'exp.extra.ack-fin': '同一个报文段还确认了{peer}的FIN。',
  'exp.extra.retransmission': '这是一次重传：{actor}等了{seconds}秒仍未收到确认，于是再次发送。',
  'exp.extra.retransmission.unseen': '这是一次重传：第一次发送的副本没有及时得到确认。',
  'exp.extra.nat.src': '途中，{actor}把源地址从{before}改写为{after}。',
  'exp.extra.nat.dst': '途中，{actor}把目的地址从{before}改写为{after}。',
  'exp.extra.nat.payload': '途中，{actor}把消息内部的地址从{before}改写为{after}。',
  'exp.extra.lost': '这个分组在{from}和{to}之间丢失了。',
  'exp.fw.drop': '{owner}上的防火墙丢弃了从端口{sport}到端口{dport}的{flags}（规则：{rule}）。',
  'exp.fw.reject':
    '{owner}上的防火墙拒绝了从端口{sport}到端口{dport}的{flags}，并通知发送方（规则：{rule}）。',
  'exp.fw.allow': '{owner}上的防火墙现在放行从端口{sport}到端口{dport}的{flags}（规则：{rule}）。',
  'exp.fw.change': '{owner}上的防火墙换上了新的设置（规则：{rule}）。',
  'exp.action.start.active': {
    plural: 'count',
    other: '用户在{actor}上启动FTP客户端，以主动模式下载{count}个文件。',
  },
  'exp.action.start.passive': {
    plural: 'count',
    other: '用户在{actor}上启动FTP客户端，以被动模式下载{count}个文件。',
  },
  'exp.action.file-received': {
    plural: 'count',
    other: '{actor}上的FTP客户端已收到完整的{file}：{count}字节。',
  },
  'exp.action.transfer-failed': '{actor}上的FTP客户端放弃了{file}。',
  'exp.action.firewall': '用户修改了{actor}上的防火墙设置。',
  'exp.action.allow-ftp-data':
    '用户修改了{actor}上的防火墙设置：现在允许来自端口{port}（FTP数据的来源端口）的连接进入。',
  'exp.action.other': '在{actor}上：{action}。',

  'note.login':
    '第{step}步把登录当作一个动作来讲；实际上PC会逐条发送{count}条命令（{commands}），每发一条都等待应答。',
  'note.greeting':
    '控制连接一建立，服务器就会在登录之前先向PC发送欢迎信息（应答220）；原始脚本中省略了这条欢迎信息。',
  'note.reply-flags': '服务器的应答带有文本，所以它们以PSH,ACK报文段传输；原始脚本只把它们标为（ACK）。',
  'note.fin-early':
    '服务器在每个文件的最后几个字节之后紧接着发送FIN，所以PC确认收到文件时，FIN已经在路上了。步骤保留原始脚本中的顺序（先确认，再FIN），这是因果顺序，而不是分组发出的顺序。',
  'note.control-close':
    '控制连接在整个会话期间一直保持打开：最后一个文件之后，PC发送QUIT，服务器应答221，双方用FIN和ACK关闭连接。原始脚本没有讲这些；这些分组在最后一步中播放。',
  'note.next-file.active':
    '在每个后续文件之前，PC都会在控制连接上再次发送PORT和RETR。原始脚本省略了这部分；这些分组在服务器建立下一条数据连接的那一步中播放。',
  'note.next-file.passive':
    '在每个后续文件之前，PC都会再次发送PASV，并在数据连接建立后发送RETR。原始脚本省略了这部分；这些分组在该文件的各个步骤中播放。',
  'note.transfer-replies':
    '在控制连接上，服务器会宣布每次传输开始（150）并报告传输完成（226）；原始脚本没有展示这些应答，它们在该文件各步骤的背景中播放。',
  'note.background-acks':
    '不携带其他内容的确认（PC对应答的ACK、服务器对命令的ACK）没有单独的步骤；它们在其所引出的那一步中播放。',
  'note.firewall-retries':
    '在防火墙拦截期间，服务器共发送了{count}次SYN，每次尝试之间暂停{waits}；原始脚本只展示了一次尝试。',
  'note.firewall-actor':
    '由于防火墙是PC上的软件，原始脚本把防火墙的步骤讲成PC自己的动作；专家级别则把防火墙作为执行者。',
  'note.active-port20':
    '在主动模式下，服务器从自己的端口20向PC在PORT命令中指定的端口建立每条数据连接，因此请求是从外部到达PC的：PC上的防火墙拦截的正是这种请求。',
  'note.passive-outgoing':
    '在被动模式下，PC自己向服务器指定的端口建立每条连接，所以PC上的防火墙会把它们全部放行出去。',
  'note.loss': {
    plural: 'count',
    other: '途中丢失了{count}个分组。TCP在暂停一段时间后重新发送了其中的内容，展示这些重传的步骤会加以说明。',
  },
  'note.shared-packet':
    '第{first}步和第{second}步展示的是同一个分组：{actor}用一个报文段（{flags}）完成了这两件事。',

  // SCP and SFTP: one SSH connection, encrypted from NEWKEYS on.
  'title.sftp.upload': {
    plural: 'count',
    other: '通过SSH用SFTP上传{count}个文件',
  },
  'title.sftp.download': {
    plural: 'count',
    other: '通过SSH用SFTP下载{count}个文件',
  },
  'title.scp.upload': {
    plural: 'count',
    other: '通过SSH用scp上传{count}个文件',
  },
  'title.scp.download': {
    plural: 'count',
    other: '通过SSH用scp下载{count}个文件',
  },
  'ssh.std.intro.upload': {
    plural: 'count',
    other: '{actor}准备用{program}上传{count}个文件，由{peer}接收；一切都在一条SSH连接里进行。',
  },
  'ssh.std.intro.download': {
    plural: 'count',
    other: '{actor}准备用{program}下载{peer}上的{count}个文件；一切都在一条SSH连接里进行。',
  },
  'ssh.std.encrypted': '{actor}上的SSH程序会把发给{peer}的内容全部加密：密码、命令以及文件本身。',
  'ssh.std.decrypts':
    '{actor}上的SSH程序（sshd，在端口22上等待）会把收到的内容还原成可读的数据，所用的密钥和{peer}相同。',
  'ssh.std.left-out': '从这里开始，故事不再重复“每一方发送前加密、收到后解密”：每个SSH分组都是如此。',
  'ssh.std.login':
    '首先，{actor}和{peer}交换各自的SSH版本，并商定密钥（KEXINIT、一次ECDH密钥交换、NEWKEYS）。NEWKEYS之后的一切都是加密的；到这时{actor}才发送用户名和密码。',
  'ssh.std.login-ok': '{actor}核对密码，允许{peer}登录（USERAUTH_SUCCESS）。',
  'ssh.std.session.sftp':
    '{actor}现在可以在{peer}上工作了：它打开一个会话通道，启动SFTP子系统，并发送最初的几个SFTP请求。',
  'ssh.std.session.scp': '{actor}现在可以在{peer}上工作了：它打开一个会话通道，请{peer}执行命令“{command}”。',
  'ssh.std.answers.sftp':
    '{actor}确认通道，启动自己的SFTP服务器，并逐一回答请求（先是VERSION，然后是主目录）。',
  'ssh.std.answers.scp-sink': '{actor}确认通道并启动“{command}”，它用一个零字节表示已准备好接收。',
  'ssh.std.answers.scp-source': '{actor}确认通道并启动“{command}”。',
  'ssh.std.put.sftp':
    '{actor}发送{file}：以写入方式打开文件（OPEN），用WRITE请求发送文件的字节，然后关闭它（CLOSE）。',
  'ssh.std.put.scp':
    '{actor}发送{file}：先发一行权限、大小和文件名（C0644 …），再发送字节，最后以一个零字节结束。',
  'ssh.std.stored.sftp':
    '{actor}已收到{file}：它对每个请求都回答STATUS OK，这些回答同时捎带了对这些字节的确认。',
  'ssh.std.stored.scp': '{actor}已收到{file}：scp对那一行和那些字节各回一个零字节，这些回答同时捎带了确认。',
  'ssh.std.fetch.sftp':
    '{actor}请求{file}：先查找文件（LSTAT、STAT），再打开（OPEN），一直读到末尾（READ），最后关闭（CLOSE）。',
  'ssh.std.fetch.scp': '{actor}对{file}的那一行和那些字节各回一个零字节：文件已经到达。',
  'ssh.std.get.sftp': '{actor}用DATA回答发送{file}，并回答{peer}的其他请求。',
  'ssh.std.get.scp': '{actor}发送{file}：一行权限、大小和文件名（C0644 …），然后是字节和一个零字节。',
  'ssh.ele.intro.upload': {
    plural: 'count',
    other: '{actor}想把{count}个文件放到{peer}上，全程安全地封在SSH里。',
  },
  'ssh.ele.intro.download': {
    plural: 'count',
    other: '{actor}想从{peer}取回{count}个文件，全程安全地封在SSH里。',
  },
  'ssh.ele.connect': '{actor}和{peer}连接起来。',
  'ssh.ele.login': '{actor}和{peer}商定一把秘密的钥匙；然后{actor}报上名字和密码，别人都看不懂。',
  'ssh.ele.login-ok': '{actor}让{peer}进来。',
  'ssh.ele.session': '{actor}说出想做的事，{peer}做好准备。',
  'ssh.ele.file': '{actor}发送{file}，{peer}告诉对方已经收到。',
  'ssh.ele.done': '{actor}说再见，连接结束。',
  'ssh.exp.version':
    '{actor}以明文宣布自己的SSH版本“{text}”：{flags}，从端口{sport}到端口{dport}（序号{seq}，确认号{ack}，长度{count}）。',
  'ssh.exp.clear':
    '{actor}发送SSH消息{text}，此时还未加密：{flags}，从端口{sport}到端口{dport}（序号{seq}，确认号{ack}，长度{count}）。',
  'ssh.exp.clear-then-sealed':
    '{actor}以明文发送{text}，后面跟着一个加密的SSH分组；里面是只有两端才知道的内容：“{inner}”。{flags}，从端口{sport}到端口{dport}（序号{seq}，确认号{ack}，长度{count}）。',
  'ssh.exp.sealed':
    '{actor}发送一个加密的SSH分组；里面是只有两端才知道的内容：“{inner}”。{flags}，从端口{sport}到端口{dport}（序号{seq}，确认号{ack}，长度{count}）。',
  'ssh.exp.more':
    '{actor}发送同一次SSH写入的剩余部分：{flags}，从端口{sport}到端口{dport}（序号{seq}，确认号{ack}，长度{count}）。',
  'ssh.exp.action.start.upload': '在{actor}上，用户启动{program}进行上传。',
  'ssh.exp.action.start.download': '在{actor}上，用户启动{program}进行下载。',
  'ssh.exp.action.logged-in': '{actor}上的SSH客户端已作为{user}登录。',
  'ssh.exp.action.sent': '{actor}上的{program}得知{file}已完整送达。',
  'ssh.exp.action.stored': '{actor}已把{file}写入磁盘。',
  'ssh.exp.action.received': '{actor}已收到{file}并保存。',
  'ssh.exp.action.failed': '{actor}上的{program}放弃了{file}。',
  'ssh.note.key-exchange':
    '原始脚本从建立连接直接跳到密码。实际上，双方先交换版本行并进行密钥交换（KEXINIT、ECDH、NEWKEYS）；第{step}步把这些分组和密码一起展示，专家级别则逐个讲解。',
  'ssh.note.clear-part':
    '原始脚本说一切都是加密的。但版本行和密钥交换是以明文传输的，而且只能如此：这时密钥还不存在。NEWKEYS之后的一切（登录、命令、文件）都是加密的，窃听者只能看到分组的大小和时间。',
  'ssh.note.none-probe': 'OpenSSH先尝试用“none”方法登录；服务器回答它接受哪些方法，然后才发送密码。',
  'ssh.note.answer-flags':
    '原始脚本中，接收方用一个单纯的（ACK）回应文件。真实的接收方用SSH消息（SFTP STATUS，或scp的零字节）回应，确认就捎带在这些消息里，所以第{step}步显示的是PSH,ACK。',
  'ssh.note.session-end':
    '在第{step}步之前，PC先在SSH内部结束会话（CHANNEL_EOF、CHANNEL_CLOSE、DISCONNECT），服务器报告它所运行程序的退出状态；原始脚本省略了这些，这些分组在后台播放。',
  'ssh.note.scp-legacy':
    '这里的scp使用传统的scp协议（scp -O；服务器运行scp -t或scp -f）。从OpenSSH 9.0起，如果不另行指定，scp在底层使用SFTP。',

  'icmp.echo-request': '回显请求',
  'icmp.echo-reply': '回显应答',
  'icmp.source-quench': '源抑制',
  'icmp.redirect': '重定向',
  'icmp.router-advertisement': '路由器通告',
  'icmp.router-solicitation': '路由器请求',
  'icmp.parameter-problem': '参数问题',
  'icmp.timestamp-request': '时间戳请求',
  'icmp.timestamp-reply': '时间戳应答',
  'icmp.packet-too-big': '数据包过大',
  'icmp.mld-query': '组播侦听者查询',
  'icmp.mld-report': '组播侦听者报告',
  'icmp.mld-done': '组播侦听者完成',
  'icmp.mld-report-v2': '组播侦听者报告（第 2 版）',
  'icmp.neighbor-solicitation': '邻居请求',
  'icmp.neighbor-advertisement': '邻居通告',
  'icmp.unreachable': '目的不可达（代码 {code}）',
  'icmp.unreachable.net': '目的不可达（网络不可达）',
  'icmp.unreachable.host': '目的不可达（主机不可达）',
  'icmp.unreachable.protocol': '目的不可达（协议不可达）',
  'icmp.unreachable.port': '目的不可达（端口不可达）',
  'icmp.unreachable.fragmentation': '目的不可达（需要分片）',
  'icmp.unreachable.source-route': '目的不可达（源路由失败）',
  'icmp.unreachable.net-unknown': '目的不可达（目的网络未知）',
  'icmp.unreachable.host-unknown': '目的不可达（目的主机未知）',
  'icmp.unreachable.net-prohibited': '目的不可达（网络被管理性禁止）',
  'icmp.unreachable.host-prohibited': '目的不可达（主机被管理性禁止）',
  'icmp.unreachable.admin': '目的不可达（通信被管理性禁止）',
  'icmp.unreachable.no-route': '目的不可达（没有到目的地的路由）',
  'icmp.unreachable.beyond-scope': '目的不可达（超出源地址的作用域）',
  'icmp.unreachable.source-policy': '目的不可达（源地址未通过策略检查）',
  'icmp.unreachable.reject-route': '目的不可达（到目的地的路由被拒绝）',
  'icmp.time-exceeded': '超时（代码 {code}）',
  'icmp.time-exceeded.ttl': '超时（传输中 TTL 耗尽）',
  'icmp.time-exceeded.hop-limit': '超时（传输中跳数限制耗尽）',
  'icmp.time-exceeded.reassembly': '超时（分片重组超时）',
  'icmp.unknown.v4': 'ICMP 类型 {type}，代码 {code}',
  'icmp.unknown.v6': 'ICMPv6 类型 {type}，代码 {code}',
};
