/**
 * The story in Portuguese (Brazilian forms where the variants differ). The `who.*` phrases carry their
 * article ("o servidor", "a Internet"), and Portuguese would fuse it with "de", "em", "a" and "por"
 * ("do", "no", "ao", "pelo"), which a filled-in sentence cannot do; so the sentences put node parameters
 * after "com", "para", "até", "entre", in subject or object position, or in a relative clause instead.
 */
import type { StoryCatalog } from '../index.ts';

export const story: StoryCatalog = {
  'who.pc': 'o PC',
  'who.server': 'o servidor',
  'who.router': 'o roteador',
  'who.firewall': 'o firewall',
  'who.network': 'a Internet',
  'who.named': '{name}',
  'actor.pc': 'PC',
  'actor.server': 'Servidor',
  'actor.router': 'Roteador',
  'actor.firewall': 'Firewall',
  'actor.network': 'Internet',

  'title.ftp.active': {
    plural: 'count',
    one: 'Download de um arquivo com FTP no modo ativo',
    many: 'Download de {count} arquivos com FTP no modo ativo',
    other: 'Download de {count} arquivos com FTP no modo ativo',
  },
  'title.ftp.passive': {
    plural: 'count',
    one: 'Download de um arquivo com FTP no modo passivo',
    many: 'Download de {count} arquivos com FTP no modo passivo',
    other: 'Download de {count} arquivos com FTP no modo passivo',
  },
  'title.generic': 'O que atravessa a rede',

  'std.intro.active': {
    plural: 'count',
    one: '{actor} vai se conectar com {peer} para baixar um arquivo usando FTP no modo ativo.',
    many: '{actor} vai se conectar com {peer} para baixar {count} arquivos usando FTP no modo ativo.',
    other: '{actor} vai se conectar com {peer} para baixar {count} arquivos usando FTP no modo ativo.',
  },
  'std.intro.passive': {
    plural: 'count',
    one: '{actor} vai se conectar com {peer} para baixar um arquivo usando FTP no modo passivo.',
    many: '{actor} vai se conectar com {peer} para baixar {count} arquivos usando FTP no modo passivo.',
    other: '{actor} vai se conectar com {peer} para baixar {count} arquivos usando FTP no modo passivo.',
  },
  'std.control.syn': '{actor} pede para abrir com {peer} uma conexão de controle FTP na porta {port}.',
  'std.control.synack': '{actor} aceita e pede para abrir a conexão também no seu próprio sentido.',
  'std.control.ack': '{actor} aceita por sua vez: a conexão de controle está aberta.',
  'std.login.active':
    '{actor} faz login como {user} com uma senha, pede o modo binário, informa a porta em que vai esperar (PORT) e pede {file} (RETR).',
  'std.login.passive':
    '{actor} faz login como {user} com uma senha, pede o modo binário e pede que {peer} abra uma porta para os dados (PASV).',
  'std.login.user': '{actor} faz login como {user} e envia seus comandos: {commands}.',
  'std.login.other': '{actor} envia seus comandos: {commands}.',
  'std.replies.active':
    '{actor} responde a cada comando ({codes}): o login é aceito e, para enviar o arquivo, precisa abrir uma segunda conexão com {peer}.',
  'std.replies.passive':
    '{actor} responde a cada comando ({codes}): o login é aceito, e fica aguardando na porta {port} uma segunda conexão, que vai levar o arquivo.',
  'std.replies.other': '{actor} responde a cada comando ({codes}).',
  'std.data.syn.to-send':
    '{actor} pede para abrir uma conexão de dados FTP com {peer}, na porta {port}, para enviar {file}.',
  'std.data.syn.to-fetch':
    '{actor} pede para abrir uma conexão de dados FTP com {peer}, na porta {port}, para baixar {file}.',
  'std.data.syn.to-send.next':
    '{actor} abre uma nova conexão de dados para enviar o próximo arquivo, {file}, que {peer} acabou de pedir.',
  'std.data.syn.to-fetch.next':
    '{actor} pede para abrir uma nova conexão de dados com {peer}, na porta {port}, para baixar o próximo arquivo, {file}.',
  'std.data.syn.again': '{actor} pede de novo a conexão de dados, e desta vez o pedido passa.',
  'std.data.synack': '{actor} aceita e pede para abrir a conexão de dados também no seu próprio sentido.',
  'std.data.ack': '{actor} aceita por sua vez: a conexão de dados está aberta.',
  'std.data.send': {
    plural: 'count',
    one: '{actor} envia {file} ({count} byte) pela conexão de dados.',
    many: '{actor} envia {file} ({count} bytes) pela conexão de dados.',
    other: '{actor} envia {file} ({count} bytes) pela conexão de dados.',
  },
  'std.data.received': '{actor} confirma que recebeu {file}.',
  'std.close.fin': '{actor} não tem mais nada a enviar e fecha a conexão de dados.',
  'std.close.fin-ack': '{actor} confirma o encerramento.',
  'std.close.fin2': '{actor} também fecha a conexão de dados do seu lado.',
  'std.close.fin2-ack': '{actor} confirma: a conexão de dados de {file} está fechada.',
  'std.tcp.syn': '{actor} pede para abrir uma conexão com {peer} na porta {port}.',
  'std.tcp.synack': '{actor} aceita e pede para abrir a conexão também no seu próprio sentido.',
  'std.tcp.ack': '{actor} aceita por sua vez: a conexão está aberta.',
  'std.tcp.send': {
    plural: 'count',
    one: '{actor} envia {count} byte para {peer}.',
    many: '{actor} envia {count} bytes para {peer}.',
    other: '{actor} envia {count} bytes para {peer}.',
  },
  'std.tcp.close.fin': '{actor} não tem mais nada a enviar e fecha a conexão.',
  'std.tcp.close.fin-ack': '{actor} confirma o encerramento.',
  'std.tcp.close.fin2': '{actor} também fecha a conexão do seu lado.',
  'std.tcp.close.fin2-ack': '{actor} confirma: a conexão está fechada.',
  'std.no-answer': {
    plural: 'count',
    one: 'Nenhuma resposta que {peer} envie chega até {actor}, que então desiste da conexão.',
    many: 'Mesmo após {count} tentativas, nenhuma resposta que {peer} envie chega até {actor}, que então desiste da conexão.',
    other:
      'Mesmo após {count} tentativas, nenhuma resposta que {peer} envie chega até {actor}, que então desiste da conexão.',
  },
  'std.rst': '{actor} interrompe a conexão de imediato (RST).',
  'std.icmp': '{actor} envia uma mensagem ICMP para {peer}: {icmp}.',
  'std.icmp.error': '{actor} envia para {peer} uma mensagem ICMP que avisa sobre um problema: {icmp}.',
  'std.fw.blocks':
    'O firewall que protege {owner} (parte do sistema operacional ou de um antivírus) bloqueia o pedido de conexão que {peer} enviou.',
  'std.fw.must-change':
    'Para o arquivo passar, é preciso mudar a configuração do firewall para que ele permita esta conexão.',
  'std.fw.changed': 'O usuário muda a configuração, e agora o firewall deixa o pedido entrar.',
  'std.fw.never-changed':
    'Ninguém muda a configuração do firewall, então cada nova tentativa também é bloqueada.',
  'std.reply.425': '{actor} desiste da conexão de dados e avisa pela conexão de controle: "{reply}"',
  'std.reply.error': '{actor} informa um erro pela conexão de controle: "{reply}"',
  'std.failed': '{actor} desiste de {file} e encerra a sessão FTP (QUIT).',
  'std.extra.resent': {
    plural: 'count',
    one: 'Um desses pacotes teve que ser enviado de novo, porque nenhuma confirmação chegou a tempo.',
    many: '{count} desses pacotes tiveram que ser enviados de novo, porque nenhuma confirmação chegou a tempo.',
    other:
      '{count} desses pacotes tiveram que ser enviados de novo, porque nenhuma confirmação chegou a tempo.',
  },
  'std.extra.tries': {
    plural: 'count',
    one: 'É uma única tentativa.',
    many: 'São {count} tentativas ao todo.',
    other: 'São {count} tentativas ao todo.',
  },
  'std.extra.outgoing-passes':
    'O firewall que protege {owner} deixa o pedido passar, porque é {owner} que o envia.',
  'std.extra.outgoing-would-pass':
    'Mesmo um firewall que protegesse {owner} deixaria o pedido passar, porque é {owner} que o envia.',

  'ele.intro.active': {
    plural: 'count',
    one: '{actor} quer se conectar com {peer} para baixar um arquivo via FTP (modo ativo).',
    many: '{actor} quer se conectar com {peer} para baixar {count} arquivos via FTP (modo ativo).',
    other: '{actor} quer se conectar com {peer} para baixar {count} arquivos via FTP (modo ativo).',
  },
  'ele.intro.passive': {
    plural: 'count',
    one: '{actor} quer se conectar com {peer} para baixar um arquivo via FTP (modo passivo).',
    many: '{actor} quer se conectar com {peer} para baixar {count} arquivos via FTP (modo passivo).',
    other: '{actor} quer se conectar com {peer} para baixar {count} arquivos via FTP (modo passivo).',
  },
  'ele.control.ask': '{actor} pede uma conexão para conversar com {peer}.',
  'ele.control.ready': '{actor} diz que sim: a conexão está pronta.',
  'ele.login': '{actor} faz login com seu nome de usuário e sua senha, e se prepara para o download.',
  'ele.data.ask.to-send': '{actor} pede uma segunda conexão com {peer} para enviar {file}.',
  'ele.data.ask.to-fetch': '{actor} pede uma segunda conexão com {peer} para baixar {file}.',
  'ele.fw.blocks': 'O firewall que protege {owner} bloqueia o pedido.',
  'ele.fw.changed': 'O usuário muda a configuração do firewall, então o próximo pedido consegue entrar.',
  'ele.fw.never': 'Ninguém muda a configuração do firewall, então todos os pedidos são bloqueados.',
  'ele.data.ready': '{actor} diz que sim: a conexão para {file} está pronta.',
  'ele.data.send': '{actor} envia {file}.',
  'ele.data.done': '{actor} recebeu {file}, e a conexão que o trouxe está fechada.',
  'ele.data.closed': 'A conexão de {file} está fechada.',
  'ele.failed.server':
    '{actor} desiste: não foi possível abrir a conexão para o arquivo, e avisa {peer} disso.',
  'ele.failed.pc': '{actor} desiste: não foi possível baixar {file}.',
  'ele.tcp.ask': '{actor} pede uma conexão com {peer}.',
  'ele.tcp.ready': '{actor} diz que sim: a conexão está pronta.',
  'ele.tcp.send': '{actor} envia dados para {peer}.',
  'ele.tcp.done': 'A conexão está fechada.',
  'ele.no-answer': 'Nenhuma resposta que {peer} envie chega até {actor}, que então desiste.',
  'ele.rst': '{actor} interrompe a conexão de repente.',
  'ele.icmp': '{actor} envia uma curta mensagem de controle para {peer}.',
  'ele.icmp.error': '{actor} avisa {peer} que algo deu errado.',
  'ele.other': 'Algo acontece na rede.',
  'ele.done': {
    plural: 'count',
    one: '{actor} se despede e a sessão termina, com um arquivo baixado.',
    many: '{actor} se despede e a sessão termina, com {count} arquivos baixados.',
    other: '{actor} se despede e a sessão termina, com {count} arquivos baixados.',
  },

  // FTPS (FTP over TLS, RFC 4217): what TLS adds to the FTP story, at every level.
  'title.ftps.active': {
    plural: 'count',
    one: 'Download de um arquivo com FTPS no modo ativo, TLS {version}',
    many: 'Download de {count} arquivos com FTPS no modo ativo, TLS {version}',
    other: 'Download de {count} arquivos com FTPS no modo ativo, TLS {version}',
  },
  'title.ftps.passive': {
    plural: 'count',
    one: 'Download de um arquivo com FTPS no modo passivo, TLS {version}',
    many: 'Download de {count} arquivos com FTPS no modo passivo, TLS {version}',
    other: 'Download de {count} arquivos com FTPS no modo passivo, TLS {version}',
  },
  'std.ftps.intro.active': {
    plural: 'count',
    one: '{actor} vai se conectar com {peer} para baixar um arquivo usando FTPS (FTP sobre TLS {version}) no modo ativo.',
    many: '{actor} vai se conectar com {peer} para baixar {count} arquivos usando FTPS (FTP sobre TLS {version}) no modo ativo.',
    other:
      '{actor} vai se conectar com {peer} para baixar {count} arquivos usando FTPS (FTP sobre TLS {version}) no modo ativo.',
  },
  'std.ftps.intro.passive': {
    plural: 'count',
    one: '{actor} vai se conectar com {peer} para baixar um arquivo usando FTPS (FTP sobre TLS {version}) no modo passivo.',
    many: '{actor} vai se conectar com {peer} para baixar {count} arquivos usando FTPS (FTP sobre TLS {version}) no modo passivo.',
    other:
      '{actor} vai se conectar com {peer} para baixar {count} arquivos usando FTPS (FTP sobre TLS {version}) no modo passivo.',
  },
  'std.ftps.auth':
    '{actor} envia AUTH {mechanism}, ainda sem criptografia: pede que {peer} proteja a conexão de controle com TLS.',
  'std.ftps.auth-ok':
    '{actor} concorda com a resposta {code}, também sem criptografia: daqui em diante, os dois lados falam TLS nesta conexão.',
  'std.tls.client-hello':
    '{actor} inicia o handshake TLS ({records}): lista as versões de TLS e as cipher suites que suporta.',
  'std.tls.hello-retry':
    '{actor} responde com {records}: o HelloRetryRequest pede uma key share de outro grupo, um que o servidor aceita.',
  'std.tls.client-hello.again':
    '{actor} envia {records}: a mesma oferta de novo, agora com uma key share que o servidor aceita.',
  'std.tls12.server-hello':
    '{actor} responde com {records}: escolhe TLS {version} e uma cipher suite, apresenta seu certificado e assina sua parte da troca de chaves.',
  'std.tls12.client-keys':
    '{actor} envia {records}: sua parte da troca de chaves e depois ChangeCipherSpec; a partir daí tudo vai criptografado, e seu Finished prova que os dois lados calcularam as mesmas chaves.',
  'std.tls12.server-finished':
    '{actor} envia {records}: também passa a criptografar, e seu Finished conclui o handshake.',
  'std.tls13.server-hello':
    '{actor} responde com {records}. Na rede só dá para ler o ServerHello, que leva a key share do servidor; tudo o que vem depois, inclusive o certificado, já vai criptografado.',
  'std.tls13.client-finished': '{actor} envia {records}, criptografados: seu Finished conclui o handshake.',
  'std.tls.tickets':
    '{actor} envia {records}, criptografados: tickets de sessão que permitem que uma conexão futura pule parte do handshake.',
  'std.tls.other': '{actor} envia registros TLS: {records}.',
  'std.tls.close-notify':
    '{actor} envia um alerta close_notify criptografado: não vai enviar mais nada por TLS nesta conexão.',
  'std.ftps.login':
    '{actor} envia seus comandos dentro do TLS: {commands}. Na rede, são registros criptografados que só as duas pontas conseguem ler.',
  'std.ftps.login.prot':
    '{actor} faz login e prepara o download dentro do TLS: {commands}. PBSZ 0 e PROT P pedem que as conexões de dados também sejam protegidas com TLS. Na rede, esses comandos são registros criptografados que só as duas pontas conseguem ler.',
  'std.ftps.replies.passive':
    '{actor} responde a cada comando dentro do TLS ({codes}) e aguarda a conexão de dados na porta {port}.',
  'std.ftps.replies.active':
    '{actor} responde a cada comando dentro do TLS ({codes}): para enviar o arquivo, vai abrir uma conexão para a porta que {peer} informou.',
  'std.ftps.replies.other': '{actor} responde a cada comando dentro do TLS ({codes}).',
  'std.ftps.transfer-complete':
    '{actor} avisa pela conexão de controle, dentro do TLS, que a transferência de {file} terminou ({code}).',
  'std.ftps.extra.data-tls':
    'A conexão de dados tem seu próprio handshake TLS, no qual {actor} é o cliente TLS, seja qual for o lado que abriu a conexão.',
  'std.ftps.extra.encrypted-file':
    'O arquivo viaja em registros TLS criptografados: na rede só aparece o tamanho deles.',
  'std.ftps.extra.tickets-first':
    'Os primeiros desses registros são tickets de sessão (NewSessionTicket), que vêm antes do arquivo.',
  'ele.ftps.intro.active': {
    plural: 'count',
    one: '{actor} quer baixar um arquivo que está com {peer} usando FTPS, ou seja, FTP protegido por TLS, no modo ativo.',
    many: '{actor} quer baixar {count} arquivos que estão com {peer} usando FTPS, ou seja, FTP protegido por TLS, no modo ativo.',
    other:
      '{actor} quer baixar {count} arquivos que estão com {peer} usando FTPS, ou seja, FTP protegido por TLS, no modo ativo.',
  },
  'ele.ftps.intro.passive': {
    plural: 'count',
    one: '{actor} quer baixar um arquivo que está com {peer} usando FTPS, ou seja, FTP protegido por TLS, no modo passivo.',
    many: '{actor} quer baixar {count} arquivos que estão com {peer} usando FTPS, ou seja, FTP protegido por TLS, no modo passivo.',
    other:
      '{actor} quer baixar {count} arquivos que estão com {peer} usando FTPS, ou seja, FTP protegido por TLS, no modo passivo.',
  },
  'ele.ftps.control.ready':
    '{actor} diz que sim, e os dois combinam chaves secretas: a partir de agora, tudo o que dizem nesta conexão vai criptografado.',
  'ele.ftps.login':
    '{actor} faz login com seu nome de usuário e senha, que ninguém no caminho consegue ler, e se prepara para o download.',
  'ele.ftps.data.ready':
    '{actor} diz que sim, e os dois combinam chaves também para esta conexão: {file} vai viajar criptografado.',
  'ele.ftps.data.keys':
    '{actor} e {peer} combinam chaves para a conexão de {file}, que assim vai viajar criptografado.',
  'ele.ftps.data.send': '{actor} envia {file}, criptografado.',
  'exp.extra.tls': 'Esses bytes são registros TLS: {text}.',
  'exp.extra.tls.command':
    'Esses bytes são um registro TLS criptografado ({text}); dentro dele está o comando {inner}.',
  'exp.extra.tls.reply':
    'Esses bytes são um registro TLS criptografado ({text}); dentro dele está a resposta "{inner}".',
  'exp.extra.tls.data':
    'Esses bytes são registros TLS criptografados ({text}); dentro deles está uma parte de {file}.',
  'exp.extra.tls.inner': 'Esses bytes são registros TLS ({text}); descriptografados, são: {inner}.',
  'exp.extra.ftps-start': 'Antes de fazer login, o cliente vai pedir TLS ao servidor, até o TLS {version}.',
  'note.ftps.ssl':
    'O roteiro original fala em SSL. Hoje o FTPS funciona sobre TLS (aqui, TLS {version}): o SSL 3.0 é proibido pela RFC 7568, e a RFC 4217 inicia o TLS na conexão de controle com AUTH TLS.',
  'note.ftps.encrypted':
    'A partir da resposta 234, nada na conexão de controle pode ser lido na rede: uma captura mostra só registros TLS e seus tamanhos. Os passos dizem quais comandos e respostas os registros levam, do jeito que as duas pontas os conhecem depois de descriptografar.',
  'note.ftps.passive-accept':
    'O roteiro original atribui o passo {step} ao PC ("FTPS data connection OK"). No modo passivo, o PC pede a conexão de dados e o servidor a aceita; por isso o ator deste passo é o servidor.',
  'note.ftps.nat-port':
    'O comando PORT informa o endereço privado do PC, {address}. O NAT do roteador não consegue lê-lo nem reescrevê-lo, nem mesmo com um helper de FTP, porque ele viaja dentro do TLS; por isso o servidor o recusa (resposta {code}), e o FTPS no modo ativo falha atrás deste NAT.',
  'exp.syn':
    '{actor} pede uma conexão com {peer}: {flags} da porta {sport} para a porta {dport} (seq {seq}).',
  'exp.synack':
    '{actor} aceita e pede por sua vez: {flags} da porta {sport} para a porta {dport} (seq {seq}, ack {ack}).',
  'exp.rst':
    '{actor} reinicia a conexão: {flags} da porta {sport} para a porta {dport} (seq {seq}, ack {ack}).',
  'exp.command': {
    plural: 'count',
    one: '{actor} envia {text} da porta {sport} para a porta {dport} (seq {seq}, ack {ack}, {count} byte).',
    many: '{actor} envia {text} da porta {sport} para a porta {dport} (seq {seq}, ack {ack}, {count} bytes).',
    other:
      '{actor} envia {text} da porta {sport} para a porta {dport} (seq {seq}, ack {ack}, {count} bytes).',
  },
  'exp.reply': {
    plural: 'count',
    one: '{actor} responde "{text}" da porta {sport} para a porta {dport} (seq {seq}, ack {ack}, {count} byte).',
    many: '{actor} responde "{text}" da porta {sport} para a porta {dport} (seq {seq}, ack {ack}, {count} bytes).',
    other:
      '{actor} responde "{text}" da porta {sport} para a porta {dport} (seq {seq}, ack {ack}, {count} bytes).',
  },
  'exp.data': {
    plural: 'count',
    one: '{actor} envia {count} byte de {file} da porta {sport} para a porta {dport} (seq {seq}, ack {ack}).',
    many: '{actor} envia {count} bytes de {file} da porta {sport} para a porta {dport} (seq {seq}, ack {ack}).',
    other:
      '{actor} envia {count} bytes de {file} da porta {sport} para a porta {dport} (seq {seq}, ack {ack}).',
  },
  'exp.payload': {
    plural: 'count',
    one: '{actor} envia {count} byte da porta {sport} para a porta {dport} (seq {seq}, ack {ack}).',
    many: '{actor} envia {count} bytes da porta {sport} para a porta {dport} (seq {seq}, ack {ack}).',
    other: '{actor} envia {count} bytes da porta {sport} para a porta {dport} (seq {seq}, ack {ack}).',
  },
  'exp.fin':
    '{actor} não tem mais nada a enviar e fecha o seu lado: {flags} da porta {sport} para a porta {dport} (seq {seq}, ack {ack}).',
  'exp.ack.handshake':
    '{actor} conclui o handshake de três vias: {flags} da porta {sport} para a porta {dport} (seq {seq}, ack {ack}).',
  'exp.ack.fin':
    '{actor} confirma o FIN que {peer} enviou: {flags} da porta {sport} para a porta {dport} (seq {seq}, ack {ack}).',
  'exp.ack.data':
    '{actor} confirma que tem os bytes que {peer} enviou até o número {last}: {flags} da porta {sport} para a porta {dport} (seq {seq}, ack {ack}).',
  'exp.ack.other':
    '{actor} envia uma confirmação que não confirma nada novo: {flags} da porta {sport} para a porta {dport} (seq {seq}, ack {ack}).',
  'exp.udp': {
    plural: 'count',
    one: '{actor} envia um datagrama UDP da porta {sport} para a porta {dport} ({count} byte).',
    many: '{actor} envia um datagrama UDP da porta {sport} para a porta {dport} ({count} bytes).',
    other: '{actor} envia um datagrama UDP da porta {sport} para a porta {dport} ({count} bytes).',
  },
  'exp.icmp': '{actor} envia uma mensagem ICMP: {icmp}.',
  'exp.ip': '{actor} envia um pacote IP ({protocol}).',
  'exp.lost.tcp': {
    plural: 'count',
    one: '{actor} envia {flags} da porta {sport} para a porta {dport} ({count} byte), mas o pacote se perde entre {from} e {to}, então a captura nunca o vê.',
    many: '{actor} envia {flags} da porta {sport} para a porta {dport} ({count} bytes), mas o pacote se perde entre {from} e {to}, então a captura nunca o vê.',
    other:
      '{actor} envia {flags} da porta {sport} para a porta {dport} ({count} bytes), mas o pacote se perde entre {from} e {to}, então a captura nunca o vê.',
  },
  'exp.lost.other':
    '{actor} envia um pacote para {peer}, mas ele se perde entre {from} e {to}, então a captura nunca o vê.',
  'exp.extra.fin': 'O mesmo segmento leva FIN: {actor} não tem mais nada a enviar.',
  'exp.extra.ack-fin': 'O mesmo segmento confirma o FIN que {peer} enviou.',
  'exp.extra.retransmission':
    'É uma retransmissão: {actor} envia o segmento de novo após {seconds} s sem confirmação.',
  'exp.extra.retransmission.unseen': 'É uma retransmissão: a primeira cópia não recebeu confirmação a tempo.',
  'exp.extra.nat.src': 'No caminho, {actor} reescreve o endereço de origem de {before} para {after}.',
  'exp.extra.nat.dst': 'No caminho, {actor} reescreve o endereço de destino de {before} para {after}.',
  'exp.extra.nat.payload':
    'No caminho, {actor} reescreve o endereço escrito dentro da mensagem, de {before} para {after}.',
  'exp.extra.lost': 'O pacote se perde entre {from} e {to}.',
  'exp.fw.drop':
    'O firewall que protege {owner} descarta o {flags} da porta {sport} para a porta {dport} (regra {rule}).',
  'exp.fw.reject':
    'O firewall que protege {owner} recusa o {flags} da porta {sport} para a porta {dport} e avisa o remetente (regra {rule}).',
  'exp.fw.allow':
    'O firewall que protege {owner} agora deixa passar o {flags} da porta {sport} para a porta {dport} (regra {rule}).',
  'exp.fw.change': 'O firewall que protege {owner} recebe uma nova configuração (regra {rule}).',
  'exp.action.start.active': {
    plural: 'count',
    one: 'Usando {actor}, o usuário abre um cliente FTP para baixar um arquivo no modo ativo.',
    many: 'Usando {actor}, o usuário abre um cliente FTP para baixar {count} arquivos no modo ativo.',
    other: 'Usando {actor}, o usuário abre um cliente FTP para baixar {count} arquivos no modo ativo.',
  },
  'exp.action.start.passive': {
    plural: 'count',
    one: 'Usando {actor}, o usuário abre um cliente FTP para baixar um arquivo no modo passivo.',
    many: 'Usando {actor}, o usuário abre um cliente FTP para baixar {count} arquivos no modo passivo.',
    other: 'Usando {actor}, o usuário abre um cliente FTP para baixar {count} arquivos no modo passivo.',
  },
  'exp.action.file-received': {
    plural: 'count',
    one: '{actor} já tem {file} completo no cliente FTP: {count} byte.',
    many: '{actor} já tem {file} completo no cliente FTP: {count} bytes.',
    other: '{actor} já tem {file} completo no cliente FTP: {count} bytes.',
  },
  'exp.action.transfer-failed': '{actor} desiste de {file}: o cliente FTP abandona a transferência.',
  'exp.action.firewall': 'O usuário muda a configuração do firewall que protege {actor}.',
  'exp.action.allow-ftp-data':
    'O usuário muda a configuração do firewall que protege {actor}: agora podem entrar conexões vindas da porta {port}, de onde vêm os dados FTP.',
  'exp.action.other': '{actor}: {action}.',

  'note.login':
    'O passo {step} conta o login como um só movimento; na rede, o PC envia {count} comandos, um de cada vez ({commands}), e espera a resposta a cada um.',
  'note.greeting':
    'Logo depois que a conexão de controle se abre, o servidor cumprimenta o PC (resposta 220) antes do login; o roteiro original omite essa saudação.',
  'note.reply-flags':
    'As respostas do servidor levam texto, então viajam em segmentos PSH,ACK; o roteiro original as marca apenas como (ACK).',
  'note.fin-early':
    'O servidor envia seu FIN logo depois dos últimos bytes de cada arquivo, então o FIN já está a caminho quando o PC confirma o arquivo. Os passos seguem a ordem do roteiro original (confirmação, depois FIN), que é a ordem de causa e efeito, não a ordem em que os pacotes saem.',
  'note.control-close':
    'A conexão de controle fica aberta durante toda a sessão: depois do último arquivo o PC envia QUIT, o servidor responde 221 e os dois lados fecham a conexão com FIN e ACK. O roteiro original não conta nada disso; esses pacotes são reproduzidos durante o último passo.',
  'note.next-file.active':
    'Antes de cada arquivo seguinte, o PC envia de novo PORT e RETR pela conexão de controle. O roteiro original omite isso; esses pacotes são reproduzidos durante o passo em que o servidor abre a próxima conexão de dados.',
  'note.next-file.passive':
    'Antes de cada arquivo seguinte, o PC envia de novo PASV, e RETR assim que a conexão de dados está aberta. O roteiro original omite isso; esses pacotes são reproduzidos durante os passos desse arquivo.',
  'note.transfer-replies':
    'Pela conexão de controle, o servidor anuncia cada transferência (150) e informa que ela terminou (226); o roteiro original não mostra essas respostas, que são reproduzidas em segundo plano durante os passos do arquivo.',
  'note.background-acks':
    'As confirmações que não levam mais nada (o ACK do PC a uma resposta, o ACK do servidor a um comando) não têm um passo próprio; são reproduzidas durante o passo a que levam.',
  'note.firewall-retries':
    'Enquanto o firewall o bloqueia, o servidor envia seu SYN {count} vezes, com pausas de {waits} entre as tentativas; o roteiro original mostra uma única tentativa.',
  'note.firewall-actor':
    'O roteiro original conta os passos do firewall como se fossem do próprio PC, já que o firewall é um programa no PC; o nível avançado mostra o firewall como quem age.',
  'note.active-port20':
    'No modo ativo, o servidor abre cada conexão de dados a partir da sua porta 20 para a porta que o PC informou no comando PORT, então o pedido chega ao PC vindo de fora: é isso que um firewall no PC bloqueia.',
  'note.passive-outgoing':
    'No modo passivo, o próprio PC abre todas as conexões, para portas que o servidor informa, então um firewall no PC deixa todas elas saírem.',
  'note.loss': {
    plural: 'count',
    one: 'Um pacote se perdeu no caminho. O TCP enviou de novo o que ele levava após uma pausa, e os passos que mostram essas retransmissões dizem isso.',
    many: '{count} pacotes se perderam no caminho. O TCP enviou de novo o que eles levavam após uma pausa, e os passos que mostram essas retransmissões dizem isso.',
    other:
      '{count} pacotes se perderam no caminho. O TCP enviou de novo o que eles levavam após uma pausa, e os passos que mostram essas retransmissões dizem isso.',
  },
  'note.shared-packet':
    'Os passos {first} e {second} mostram o mesmo pacote: {actor} faz as duas coisas com um único segmento ({flags}).',

  // SCP and SFTP: one SSH connection, encrypted from NEWKEYS on.
  'title.sftp.upload': {
    plural: 'count',
    one: 'Enviando um arquivo com SFTP sobre SSH',
    many: 'Enviando {count} arquivos com SFTP sobre SSH',
    other: 'Enviando {count} arquivos com SFTP sobre SSH',
  },
  'title.sftp.download': {
    plural: 'count',
    one: 'Baixando um arquivo com SFTP sobre SSH',
    many: 'Baixando {count} arquivos com SFTP sobre SSH',
    other: 'Baixando {count} arquivos com SFTP sobre SSH',
  },
  'title.scp.upload': {
    plural: 'count',
    one: 'Enviando um arquivo com scp sobre SSH',
    many: 'Enviando {count} arquivos com scp sobre SSH',
    other: 'Enviando {count} arquivos com scp sobre SSH',
  },
  'title.scp.download': {
    plural: 'count',
    one: 'Baixando um arquivo com scp sobre SSH',
    many: 'Baixando {count} arquivos com scp sobre SSH',
    other: 'Baixando {count} arquivos com scp sobre SSH',
  },
  'ssh.std.intro.upload': {
    plural: 'count',
    one: '{actor} vai enviar um arquivo com {program}; {peer} vai recebê-lo, e tudo passa por uma conexão SSH.',
    many: '{actor} vai enviar {count} arquivos com {program}; {peer} vai recebê-los, e tudo passa por uma conexão SSH.',
    other:
      '{actor} vai enviar {count} arquivos com {program}; {peer} vai recebê-los, e tudo passa por uma conexão SSH.',
  },
  'ssh.std.intro.download': {
    plural: 'count',
    one: '{actor} vai baixar com {program} um arquivo que {peer} guarda; tudo passa por uma conexão SSH.',
    many: '{actor} vai baixar com {program} {count} arquivos que {peer} guarda; tudo passa por uma conexão SSH.',
    other:
      '{actor} vai baixar com {program} {count} arquivos que {peer} guarda; tudo passa por uma conexão SSH.',
  },
  'ssh.std.encrypted':
    'O programa SSH criptografa tudo o que {actor} envia: a senha, os comandos e o próprio arquivo. Só {peer} vai conseguir lê-lo de novo.',
  'ssh.std.decrypts':
    '{actor} aguarda com seu programa SSH (sshd, na porta 22) e torna legível o que chega; as chaves para isso só ele e {peer} conhecem.',
  'ssh.std.left-out':
    'Daqui em diante a história não repete que cada lado criptografa antes de enviar e descriptografa ao receber: isso acontece com todo pacote SSH.',
  'ssh.std.login':
    'Primeiro {actor} e {peer} trocam suas versões de SSH e combinam chaves (KEXINIT, uma troca de chaves ECDH, NEWKEYS). Tudo o que vem depois de NEWKEYS é criptografado; só então {actor} envia seu nome de usuário e sua senha.',
  'ssh.std.login-ok': '{actor} confere a senha e aceita o login (USERAUTH_SUCCESS): {peer} está dentro.',
  'ssh.std.session.sftp':
    '{actor} já pode trabalhar: abre um canal de sessão, inicia o subsistema SFTP e envia seus primeiros pedidos SFTP, que {peer} deve atender.',
  'ssh.std.session.scp':
    '{actor} já pode trabalhar: abre um canal de sessão e pede que {peer} execute o comando “{command}”.',
  'ssh.std.answers.sftp':
    '{actor} confirma o canal, inicia seu servidor SFTP e responde a cada pedido (VERSION e depois o diretório pessoal).',
  'ssh.std.answers.scp-sink':
    '{actor} confirma o canal e inicia “{command}”, que avisa com um byte zero que está pronto para receber.',
  'ssh.std.answers.scp-source': '{actor} confirma o canal e inicia “{command}”.',
  'ssh.std.put.sftp':
    '{actor} envia {file}: abre o arquivo para escrita (OPEN), manda seus bytes em pedidos WRITE e o fecha (CLOSE).',
  'ssh.std.put.scp':
    '{actor} envia {file}: primeiro uma linha com permissões, tamanho e nome (C0644 …), depois os bytes, terminados por um byte zero.',
  'ssh.std.stored.sftp':
    '{actor} recebeu {file}: responde a cada pedido com STATUS OK, e essas respostas levam as confirmações dos bytes.',
  'ssh.std.stored.scp':
    '{actor} recebeu {file}: o scp responde à linha e aos bytes com um byte zero cada, e essas respostas levam as confirmações.',
  'ssh.std.fetch.sftp':
    '{actor} pede {file}: procura o arquivo (LSTAT, STAT), abre (OPEN), lê até o fim (READ) e fecha (CLOSE).',
  'ssh.std.fetch.scp':
    '{actor} responde à linha e aos bytes de {file} com um byte zero cada: o arquivo chegou.',
  'ssh.std.get.sftp': '{actor} envia {file} em respostas DATA e atende aos outros pedidos que {peer} faz.',
  'ssh.std.get.scp':
    '{actor} envia {file}: uma linha com permissões, tamanho e nome (C0644 …), depois os bytes e um byte zero.',
  'ssh.ele.intro.upload': {
    plural: 'count',
    one: '{actor} quer guardar um arquivo, e {peer} deve recebê-lo, bem protegido dentro do SSH.',
    many: '{actor} quer guardar {count} arquivos, e {peer} deve recebê-los, bem protegidos dentro do SSH.',
    other: '{actor} quer guardar {count} arquivos, e {peer} deve recebê-los, bem protegidos dentro do SSH.',
  },
  'ssh.ele.intro.download': {
    plural: 'count',
    one: '{actor} quer buscar um arquivo que {peer} tem, bem protegido dentro do SSH.',
    many: '{actor} quer buscar {count} arquivos que {peer} tem, bem protegidos dentro do SSH.',
    other: '{actor} quer buscar {count} arquivos que {peer} tem, bem protegidos dentro do SSH.',
  },
  'ssh.ele.connect': '{actor} e {peer} se conectam.',
  'ssh.ele.login':
    '{actor} e {peer} combinam uma chave secreta; depois {actor} informa seu nome e sua senha, que ninguém mais consegue ler.',
  'ssh.ele.login-ok': '{actor} aceita, e {peer} está dentro.',
  'ssh.ele.session': '{actor} diz o que quer fazer, e {peer} se prepara.',
  'ssh.ele.file': '{actor} envia {file}, e {peer} avisa que já o tem.',
  'ssh.ele.done': '{actor} se despede e a conexão termina.',
  'ssh.exp.version':
    '{actor} anuncia sem criptografia sua versão de SSH, “{text}”: {flags} da porta {sport} para a porta {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.clear':
    '{actor} envia a mensagem SSH {text}, ainda sem criptografia: {flags} da porta {sport} para a porta {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.clear-then-sealed':
    '{actor} envia {text} sem criptografia e, em seguida, um pacote SSH criptografado; dentro, o que só as duas pontas sabem: “{inner}”. {flags} da porta {sport} para a porta {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.sealed':
    '{actor} envia um pacote SSH criptografado; dentro, o que só as duas pontas sabem: “{inner}”. {flags} da porta {sport} para a porta {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.more':
    '{actor} envia o resto da mesma escrita SSH: {flags} da porta {sport} para a porta {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.action.start.upload': '{actor}: o usuário inicia o {program} para enviar.',
  'ssh.exp.action.start.download': '{actor}: o usuário inicia o {program} para baixar.',
  'ssh.exp.action.logged-in': '{actor}: o cliente SSH está conectado como {user}.',
  'ssh.exp.action.sent': '{actor}: o {program} fica sabendo que {file} chegou inteiro.',
  'ssh.exp.action.stored': '{actor} gravou {file} no disco.',
  'ssh.exp.action.received': '{actor} recebeu {file} e o salvou.',
  'ssh.exp.action.failed': '{actor}: o {program} desiste de {file}.',
  'ssh.note.key-exchange':
    'O roteiro original salta da conexão direto para a senha. Na verdade, os dois lados primeiro trocam linhas de versão e fazem uma troca de chaves (KEXINIT, ECDH, NEWKEYS); o passo {step} mostra esses pacotes junto com a senha, e o nível avançado conta cada um deles.',
  'ssh.note.clear-part':
    'O roteiro original diz que tudo é criptografado. Mas as linhas de versão e a troca de chaves passam sem criptografia, e não poderia ser diferente: as chaves ainda não existem. Tudo o que vem depois de NEWKEYS (login, comandos, arquivo) é criptografado; quem escuta só vê o tamanho e o ritmo dos pacotes.',
  'ssh.note.none-probe':
    'O OpenSSH tenta primeiro entrar com o método “none”; o servidor responde quais métodos aceita, e só então a senha é enviada.',
  'ssh.note.answer-flags':
    'No roteiro original, quem recebe responde ao arquivo com um simples (ACK). O receptor real responde com mensagens SSH (SFTP STATUS, ou os bytes zero do scp) que levam a confirmação; por isso o passo {step} mostra PSH,ACK.',
  'ssh.note.session-end':
    'Antes do passo {step}, o PC encerra a sessão dentro do SSH (CHANNEL_EOF, CHANNEL_CLOSE, DISCONNECT) e o servidor informa o código de saída do programa que executou; o roteiro original omite isso, e esses pacotes aparecem em segundo plano.',
  'ssh.note.scp-legacy':
    'Aqui o scp fala o protocolo scp clássico (scp -O; o servidor executa scp -t ou scp -f). Desde o OpenSSH 9.0, o scp usa SFTP por baixo, a menos que se peça outra coisa.',

  'icmp.echo-request': 'solicitação de eco',
  'icmp.echo-reply': 'resposta de eco',
  'icmp.source-quench': 'contenção da origem',
  'icmp.redirect': 'redirecionamento',
  'icmp.router-advertisement': 'anúncio de roteador',
  'icmp.router-solicitation': 'solicitação de roteador',
  'icmp.parameter-problem': 'problema de parâmetro',
  'icmp.timestamp-request': 'solicitação de carimbo de tempo',
  'icmp.timestamp-reply': 'resposta de carimbo de tempo',
  'icmp.packet-too-big': 'pacote grande demais',
  'icmp.mld-query': 'consulta de ouvinte multicast',
  'icmp.mld-report': 'relatório de ouvinte multicast',
  'icmp.mld-done': 'fim de ouvinte multicast',
  'icmp.mld-report-v2': 'relatório de ouvinte multicast (versão 2)',
  'icmp.neighbor-solicitation': 'solicitação de vizinho',
  'icmp.neighbor-advertisement': 'anúncio de vizinho',
  'icmp.unreachable': 'destino inalcançável (código {code})',
  'icmp.unreachable.net': 'destino inalcançável (rede inalcançável)',
  'icmp.unreachable.host': 'destino inalcançável (host inalcançável)',
  'icmp.unreachable.protocol': 'destino inalcançável (protocolo inalcançável)',
  'icmp.unreachable.port': 'destino inalcançável (porta inalcançável)',
  'icmp.unreachable.fragmentation': 'destino inalcançável (fragmentação necessária)',
  'icmp.unreachable.source-route': 'destino inalcançável (falha na rota de origem)',
  'icmp.unreachable.net-unknown': 'destino inalcançável (rede de destino desconhecida)',
  'icmp.unreachable.host-unknown': 'destino inalcançável (host de destino desconhecido)',
  'icmp.unreachable.net-prohibited': 'destino inalcançável (rede proibida administrativamente)',
  'icmp.unreachable.host-prohibited': 'destino inalcançável (host proibido administrativamente)',
  'icmp.unreachable.admin': 'destino inalcançável (comunicação proibida administrativamente)',
  'icmp.unreachable.no-route': 'destino inalcançável (sem rota para o destino)',
  'icmp.unreachable.beyond-scope': 'destino inalcançável (fora do escopo do endereço de origem)',
  'icmp.unreachable.source-policy': 'destino inalcançável (endereço de origem rejeitado pela política)',
  'icmp.unreachable.reject-route': 'destino inalcançável (rota de rejeição para o destino)',
  'icmp.time-exceeded': 'tempo excedido (código {code})',
  'icmp.time-exceeded.ttl': 'tempo excedido (TTL esgotado em trânsito)',
  'icmp.time-exceeded.hop-limit': 'tempo excedido (limite de saltos esgotado em trânsito)',
  'icmp.time-exceeded.reassembly': 'tempo excedido (tempo de remontagem dos fragmentos excedido)',
  'icmp.unknown.v4': 'ICMP tipo {type}, código {code}',
  'icmp.unknown.v6': 'ICMPv6 tipo {type}, código {code}',
};
