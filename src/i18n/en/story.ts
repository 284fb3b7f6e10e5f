/**
 * The story in English. Keys name what is told, not where; parameters in braces are filled in by the story:
 * node parameters (`{actor}`, `{peer}`, `{owner}`, `{from}`, `{to}`) become `who.*` phrases such as "the PC",
 * and a sentence starts with a capital letter even when it starts with one of them.
 * A message that depends on a number has one form per plural category, picked by the parameter `plural` names.
 */
import type { Message } from '../index.ts';

export const story = {
  // How a node is named inside a sentence, and in the actor column.
  'who.pc': 'the PC',
  'who.server': 'the server',
  'who.router': 'the router',
  'who.firewall': 'the firewall',
  'who.network': 'the Internet',
  'who.named': '{name}',
  'actor.pc': 'PC',
  'actor.server': 'Server',
  'actor.router': 'Router',
  'actor.firewall': 'Firewall',
  'actor.network': 'Internet',

  'title.ftp.active': {
    plural: 'count',
    one: 'Downloading a file with FTP in active mode',
    other: 'Downloading {count} files with FTP in active mode',
  },
  'title.ftp.passive': {
    plural: 'count',
    one: 'Downloading a file with FTP in passive mode',
    other: 'Downloading {count} files with FTP in passive mode',
  },
  'title.generic': 'What crosses the network',

  // Standard level.
  'std.intro.active': {
    plural: 'count',
    one: '{actor} is about to fetch one file from {peer} using FTP in active mode.',
    other: '{actor} is about to fetch {count} files from {peer} using FTP in active mode.',
  },
  'std.intro.passive': {
    plural: 'count',
    one: '{actor} is about to fetch one file from {peer} using FTP in passive mode.',
    other: '{actor} is about to fetch {count} files from {peer} using FTP in passive mode.',
  },
  'std.control.syn': '{actor} asks {peer} to open an FTP control connection on port {port}.',
  'std.control.synack': '{actor} accepts, and asks to open the connection in its own direction as well.',
  'std.control.ack': '{actor} accepts in turn: the control connection is open.',
  'std.login.active':
    '{actor} logs in as {user} with a password, asks for binary mode, names the port it will wait on (PORT) and asks for {file} (RETR).',
  'std.login.passive':
    '{actor} logs in as {user} with a password, asks for binary mode and asks {peer} to open a port for the data (PASV).',
  'std.login.user': '{actor} logs in as {user} and sends its commands: {commands}.',
  'std.login.other': '{actor} sends its commands: {commands}.',
  'std.replies.active':
    '{actor} answers each command ({codes}): the login is accepted, and to send the file it must open a second connection to {peer}.',
  'std.replies.passive':
    '{actor} answers each command ({codes}): the login is accepted, and it waits on port {port} for a second connection that will carry the file.',
  'std.replies.other': '{actor} answers each command ({codes}).',
  'std.data.syn.to-send':
    '{actor} asks to open an FTP data connection to port {port} of {peer}, to send {file}.',
  'std.data.syn.to-fetch':
    '{actor} asks to open an FTP data connection to port {port} of {peer}, to fetch {file}.',
  'std.data.syn.to-send.next':
    '{actor} opens a new data connection to send the next file, {file}, which {peer} has just asked for.',
  'std.data.syn.to-fetch.next':
    '{actor} asks to open a new data connection to port {port} of {peer}, to fetch the next file, {file}.',
  'std.data.syn.again': '{actor} asks again for the data connection, and this time the request gets through.',
  'std.data.synack': '{actor} accepts, and asks to open the data connection in its own direction as well.',
  'std.data.ack': '{actor} accepts in turn: the data connection is open.',
  'std.data.send': {
    plural: 'count',
    one: '{actor} sends {file} ({count} byte) over the data connection.',
    other: '{actor} sends {file} ({count} bytes) over the data connection.',
  },
  'std.data.received': '{actor} confirms that it has received {file}.',
  'std.close.fin': '{actor} has nothing more to send and closes the data connection.',
  'std.close.fin-ack': '{actor} acknowledges the close.',
  'std.close.fin2': '{actor} closes the data connection from its side as well.',
  'std.close.fin2-ack': '{actor} acknowledges: the data connection for {file} is closed.',
  'std.tcp.syn': '{actor} asks {peer} to open a connection to port {port}.',
  'std.tcp.synack': '{actor} accepts, and asks to open the connection in its own direction as well.',
  'std.tcp.ack': '{actor} accepts in turn: the connection is open.',
  'std.tcp.send': {
    plural: 'count',
    one: '{actor} sends {count} byte to {peer}.',
    other: '{actor} sends {count} bytes to {peer}.',
  },
  'std.tcp.close.fin': '{actor} has nothing more to send and closes the connection.',
  'std.tcp.close.fin-ack': '{actor} acknowledges the close.',
  'std.tcp.close.fin2': '{actor} closes the connection from its side as well.',
  'std.tcp.close.fin2-ack': '{actor} acknowledges: the connection is closed.',
  'std.no-answer': {
    plural: 'count',
    one: 'No answer from {peer} reaches {actor}, so it gives up on the connection.',
    other: 'No answer from {peer} reaches {actor} after {count} tries, so it gives up on the connection.',
  },
  'std.rst': '{actor} breaks off the connection at once (RST).',
  'std.icmp': '{actor} sends an ICMP message to {peer}: {icmp}.',
  'std.icmp.error': '{actor} reports a problem to {peer} with an ICMP message: {icmp}.',
  'std.fw.blocks':
    'The firewall on {owner} (part of the operating system or of an antivirus program) blocks the connection request from {peer}.',
  'std.fw.must-change':
    'For the file to get through, the firewall setting has to change so that it allows this connection.',
  'std.fw.changed': 'The user changes the setting, and the firewall now lets the request in.',
  'std.fw.never-changed': 'Nobody changes the firewall setting, so every new try is blocked as well.',
  'std.reply.425': '{actor} gives up on the data connection and says so on the control connection: "{reply}"',
  'std.reply.error': '{actor} reports an error on the control connection: "{reply}"',
  'std.failed': '{actor} gives up on {file} and ends the FTP session (QUIT).',
  'std.extra.resent': {
    plural: 'count',
    one: 'One of these packets had to be sent again, because no acknowledgement came back in time.',
    other: '{count} of these packets had to be sent again, because no acknowledgement came back in time.',
  },
  'std.extra.tries': {
    plural: 'count',
    one: 'It tries once.',
    other: 'It tries {count} times in all.',
  },
  'std.extra.outgoing-passes':
    'The firewall on {owner} lets it pass, because the request goes out from {owner}.',
  'std.extra.outgoing-would-pass':
    'Even a firewall on {owner} would let it pass, because the request goes out from {owner}.',

  // Elementary level: plain words, no flag names.
  'ele.intro.active': {
    plural: 'count',
    one: '{actor} wants to download a file from {peer} with FTP (active mode).',
    other: '{actor} wants to download {count} files from {peer} with FTP (active mode).',
  },
  'ele.intro.passive': {
    plural: 'count',
    one: '{actor} wants to download a file from {peer} with FTP (passive mode).',
    other: '{actor} wants to download {count} files from {peer} with FTP (passive mode).',
  },
  'ele.control.ask': '{actor} asks {peer} for a connection to talk over.',
  'ele.control.ready': '{actor} says yes: the connection is ready.',
  'ele.login': '{actor} logs in with its user name and password, and gets ready for the download.',
  'ele.data.ask.to-send': '{actor} asks {peer} for a second connection to send {file}.',
  'ele.data.ask.to-fetch': '{actor} asks {peer} for a second connection to fetch {file}.',
  'ele.fw.blocks': 'The firewall on {owner} blocks the request.',
  'ele.fw.changed': 'The user changes the firewall setting, so the next request gets in.',
  'ele.fw.never': 'Nobody changes the firewall setting, so every request is blocked.',
  'ele.data.ready': '{actor} says yes: the connection for {file} is ready.',
  'ele.data.send': '{actor} sends {file}.',
  'ele.data.done': '{actor} has received {file}, and the connection for it is closed.',
  'ele.data.closed': 'The connection for {file} is closed.',
  'ele.failed.server':
    '{actor} gives up: the connection for the file could not be made, and it tells {peer} so.',
  'ele.failed.pc': '{actor} gives up: {file} could not be downloaded.',
  'ele.tcp.ask': '{actor} asks {peer} for a connection.',
  'ele.tcp.ready': '{actor} says yes: the connection is ready.',
  'ele.tcp.send': '{actor} sends data to {peer}.',
  'ele.tcp.done': 'The connection is closed.',
  'ele.no-answer': 'No answer from {peer} arrives, so {actor} gives up.',
  'ele.rst': '{actor} suddenly breaks off the connection.',
  'ele.icmp': '{actor} sends a short control message to {peer}.',
  'ele.icmp.error': '{actor} tells {peer} that something went wrong.',
  'ele.other': 'Something happens on the network.',
  'ele.done': {
    plural: 'count',
    one: '{actor} says goodbye and the session ends, with one file downloaded.',
    other: '{actor} says goodbye and the session ends, with {count} files downloaded.',
  },

  // FTPS (FTP over TLS, RFC 4217): what TLS adds to the FTP story, at every level.
  'title.ftps.active': {
    plural: 'count',
    one: 'Downloading a file with FTPS in active mode, TLS {version}',
    other: 'Downloading {count} files with FTPS in active mode, TLS {version}',
  },
  'title.ftps.passive': {
    plural: 'count',
    one: 'Downloading a file with FTPS in passive mode, TLS {version}',
    other: 'Downloading {count} files with FTPS in passive mode, TLS {version}',
  },
  'std.ftps.intro.active': {
    plural: 'count',
    one: '{actor} is about to fetch one file from {peer} using FTPS (FTP over TLS {version}) in active mode.',
    other:
      '{actor} is about to fetch {count} files from {peer} using FTPS (FTP over TLS {version}) in active mode.',
  },
  'std.ftps.intro.passive': {
    plural: 'count',
    one: '{actor} is about to fetch one file from {peer} using FTPS (FTP over TLS {version}) in passive mode.',
    other:
      '{actor} is about to fetch {count} files from {peer} using FTPS (FTP over TLS {version}) in passive mode.',
  },
  'std.ftps.auth':
    '{actor} sends AUTH {mechanism}, still in plain text: it asks {peer} to protect the control connection with TLS.',
  'std.ftps.auth-ok':
    '{actor} agrees with reply {code}, also in plain text: from here on, both sides speak TLS on this connection.',
  'std.tls.client-hello':
    '{actor} starts the TLS handshake ({records}): it lists the TLS versions and cipher suites it supports.',
  'std.tls.hello-retry':
    '{actor} answers with {records}: the HelloRetryRequest asks for a key share of another group, one the server accepts.',
  'std.tls.client-hello.again':
    '{actor} sends {records}: the same offer again, this time with a key share the server accepts.',
  'std.tls12.server-hello':
    '{actor} answers with {records}: it picks TLS {version} and a cipher suite, shows its certificate and signs its share of the key exchange.',
  'std.tls12.client-keys':
    '{actor} sends {records}: its share of the key exchange, then ChangeCipherSpec; from there on it encrypts, and its Finished proves that both sides computed the same keys.',
  'std.tls12.server-finished':
    '{actor} sends {records}: it switches to encryption as well, and its Finished completes the handshake.',
  'std.tls13.server-hello':
    '{actor} answers with {records}. Only the ServerHello can be read on the wire: it carries the server’s key share, and everything after it, the certificate included, is already encrypted.',
  'std.tls13.client-finished': '{actor} sends {records}, encrypted: its Finished completes the handshake.',
  'std.tls.tickets':
    '{actor} sends {records}, encrypted: session tickets that let a later connection skip part of the handshake.',
  'std.tls.other': '{actor} sends TLS records: {records}.',
  'std.tls.close-notify':
    '{actor} sends an encrypted close_notify alert: it will send nothing more over TLS on this connection.',
  'std.ftps.login':
    '{actor} sends its commands inside TLS: {commands}. On the wire they are encrypted records that only the two ends can read.',
  'std.ftps.login.prot':
    '{actor} logs in and prepares the download inside TLS: {commands}. PBSZ 0 and PROT P ask for the data connections to be protected with TLS as well. On the wire these commands are encrypted records that only the two ends can read.',
  'std.ftps.replies.passive':
    '{actor} answers each command inside TLS ({codes}) and waits on port {port} for the data connection.',
  'std.ftps.replies.active':
    '{actor} answers each command inside TLS ({codes}): to send the file, it will open a connection to the port that {peer} named.',
  'std.ftps.replies.other': '{actor} answers each command inside TLS ({codes}).',
  'std.ftps.transfer-complete':
    '{actor} reports on the control connection, inside TLS, that the transfer of {file} is complete ({code}).',
  'std.ftps.extra.data-tls':
    'The data connection gets a TLS handshake of its own, in which {actor} is the TLS client, whichever side opened the connection.',
  'std.ftps.extra.encrypted-file':
    'The file travels in encrypted TLS records: on the wire only their sizes show.',
  'std.ftps.extra.tickets-first':
    'The first of these records are session tickets (NewSessionTicket), which come ahead of the file.',
  'ele.ftps.intro.active': {
    plural: 'count',
    one: '{actor} wants to download a file from {peer} with FTPS, that is FTP protected by TLS, in active mode.',
    other:
      '{actor} wants to download {count} files from {peer} with FTPS, that is FTP protected by TLS, in active mode.',
  },
  'ele.ftps.intro.passive': {
    plural: 'count',
    one: '{actor} wants to download a file from {peer} with FTPS, that is FTP protected by TLS, in passive mode.',
    other:
      '{actor} wants to download {count} files from {peer} with FTPS, that is FTP protected by TLS, in passive mode.',
  },
  'ele.ftps.control.ready':
    '{actor} says yes, and the two agree on secret keys: from now on everything they say on this connection is encrypted.',
  'ele.ftps.login':
    '{actor} logs in with its user name and password, which nobody on the way can read, and gets ready for the download.',
  'ele.ftps.data.ready':
    '{actor} says yes, and the two agree on keys for this connection as well: {file} will travel encrypted.',
  'ele.ftps.data.keys':
    '{actor} and {peer} agree on keys for the connection of {file}, so it will travel encrypted.',
  'ele.ftps.data.send': '{actor} sends {file}, encrypted.',
  'exp.extra.tls': 'These bytes are TLS records: {text}.',
  'exp.extra.tls.command':
    'These bytes are an encrypted TLS record ({text}); inside it is the command {inner}.',
  'exp.extra.tls.reply':
    'These bytes are an encrypted TLS record ({text}); inside it is the reply "{inner}".',
  'exp.extra.tls.data': 'These bytes are encrypted TLS records ({text}); inside them is part of {file}.',
  'exp.extra.tls.inner': 'These bytes are TLS records ({text}); decrypted, they are: {inner}.',
  'exp.extra.ftps-start': 'It will ask the server for TLS, up to TLS {version}, before it logs in.',
  'note.ftps.ssl':
    'The seed speaks of SSL. FTPS today runs over TLS (here TLS {version}): SSL 3.0 is prohibited by RFC 7568, and RFC 4217 starts TLS on the control connection with AUTH TLS.',
  'note.ftps.encrypted':
    'From the 234 reply on, nothing on the control connection can be read on the wire: a capture shows only TLS records and their sizes. The steps say which commands and replies the records carry, as the two ends know them after decrypting.',
  'note.ftps.passive-accept':
    'The seed gives step {step} to the PC ("FTPS data connection OK"). In passive mode the PC asks for the data connection and the server accepts it, so the server is the actor of this step.',
  'note.ftps.nat-port':
    'The PORT command names the PC’s private address {address}. The router’s NAT cannot read or rewrite it, not even with an FTP helper, because it travels inside TLS; so the server refuses it (reply {code}), and active-mode FTPS fails behind this NAT.',

  // Expert level: one packet per step, with its numbers.
  'exp.syn': '{actor} asks {peer} for a connection: {flags} from port {sport} to port {dport} (seq {seq}).',
  'exp.synack':
    '{actor} accepts and asks back: {flags} from port {sport} to port {dport} (seq {seq}, ack {ack}).',
  'exp.rst':
    '{actor} resets the connection: {flags} from port {sport} to port {dport} (seq {seq}, ack {ack}).',
  'exp.command': {
    plural: 'count',
    one: '{actor} sends {text} from port {sport} to port {dport} (seq {seq}, ack {ack}, {count} byte).',
    other: '{actor} sends {text} from port {sport} to port {dport} (seq {seq}, ack {ack}, {count} bytes).',
  },
  'exp.reply': {
    plural: 'count',
    one: '{actor} replies "{text}" from port {sport} to port {dport} (seq {seq}, ack {ack}, {count} byte).',
    other:
      '{actor} replies "{text}" from port {sport} to port {dport} (seq {seq}, ack {ack}, {count} bytes).',
  },
  'exp.data': {
    plural: 'count',
    one: '{actor} sends {count} byte of {file} from port {sport} to port {dport} (seq {seq}, ack {ack}).',
    other: '{actor} sends {count} bytes of {file} from port {sport} to port {dport} (seq {seq}, ack {ack}).',
  },
  'exp.payload': {
    plural: 'count',
    one: '{actor} sends {count} byte from port {sport} to port {dport} (seq {seq}, ack {ack}).',
    other: '{actor} sends {count} bytes from port {sport} to port {dport} (seq {seq}, ack {ack}).',
  },
  'exp.fin':
    '{actor} has nothing more to send and closes its side: {flags} from port {sport} to port {dport} (seq {seq}, ack {ack}).',
  'exp.ack.handshake':
    '{actor} completes the three-way handshake: {flags} from port {sport} to port {dport} (seq {seq}, ack {ack}).',
  'exp.ack.fin':
    '{actor} acknowledges the FIN of {peer}: {flags} from port {sport} to port {dport} (seq {seq}, ack {ack}).',
  'exp.ack.data':
    '{actor} confirms it has {peer}’s bytes up to number {last}: {flags} from port {sport} to port {dport} (seq {seq}, ack {ack}).',
  'exp.ack.other':
    '{actor} sends an acknowledgement that confirms nothing new: {flags} from port {sport} to port {dport} (seq {seq}, ack {ack}).',
  'exp.udp': {
    plural: 'count',
    one: '{actor} sends a UDP datagram from port {sport} to port {dport} ({count} byte).',
    other: '{actor} sends a UDP datagram from port {sport} to port {dport} ({count} bytes).',
  },
  'exp.icmp': '{actor} sends an ICMP message: {icmp}.',
  'exp.ip': '{actor} sends an IP packet ({protocol}).',
  'exp.lost.tcp': {
    plural: 'count',
    one: '{actor} sends {flags} from port {sport} to port {dport} ({count} byte), but it is lost between {from} and {to}, so the capture never sees it.',
    other:
      '{actor} sends {flags} from port {sport} to port {dport} ({count} bytes), but it is lost between {from} and {to}, so the capture never sees it.',
  },
  'exp.lost.other':
    '{actor} sends a packet to {peer}, but it is lost between {from} and {to}, so the capture never sees it.',
  'exp.extra.fin': 'The same segment carries FIN: {actor} has nothing more to send.',
  'exp.extra.ack-fin': 'The same segment acknowledges the FIN of {peer}.',
  'exp.extra.retransmission':
    'This is a retransmission: {actor} sends it again after {seconds} s without an acknowledgement.',
  'exp.extra.retransmission.unseen':
    'This is a retransmission: the first copy got no acknowledgement in time.',
  'exp.extra.nat.src': 'On the way, {actor} rewrites the source address from {before} to {after}.',
  'exp.extra.nat.dst': 'On the way, {actor} rewrites the destination address from {before} to {after}.',
  'exp.extra.nat.payload':
    'On the way, {actor} rewrites the address inside the message from {before} to {after}.',
  'exp.extra.lost': 'It is lost between {from} and {to}.',
  'exp.fw.drop': 'The firewall on {owner} drops the {flags} from port {sport} to port {dport} (rule {rule}).',
  'exp.fw.reject':
    'The firewall on {owner} refuses the {flags} from port {sport} to port {dport} and tells the sender so (rule {rule}).',
  'exp.fw.allow':
    'The firewall on {owner} now lets the {flags} from port {sport} to port {dport} through (rule {rule}).',
  'exp.fw.change': 'The firewall on {owner} gets a new setting (rule {rule}).',
  'exp.action.start.active': {
    plural: 'count',
    one: 'The user starts an FTP client on {actor} to download one file in active mode.',
    other: 'The user starts an FTP client on {actor} to download {count} files in active mode.',
  },
  'exp.action.start.passive': {
    plural: 'count',
    one: 'The user starts an FTP client on {actor} to download one file in passive mode.',
    other: 'The user starts an FTP client on {actor} to download {count} files in passive mode.',
  },
  'exp.action.file-received': {
    plural: 'count',
    one: 'The FTP client on {actor} has all of {file}: {count} byte.',
    other: 'The FTP client on {actor} has all of {file}: {count} bytes.',
  },
  'exp.action.transfer-failed': 'The FTP client on {actor} gives up on {file}.',
  'exp.action.firewall': 'The user changes the firewall setting on {actor}.',
  'exp.action.allow-ftp-data':
    'The user changes the firewall setting on {actor}: connections from port {port}, where FTP data comes from, may now come in.',
  'exp.action.other': 'On {actor}: {action}.',

  // Notes for teachers.
  'note.login':
    'Step {step} tells the login as one move; on the wire the PC sends {count} commands one at a time ({commands}) and waits for the answer to each.',
  'note.greeting':
    'Right after the control connection opens, the server greets the PC (reply 220) before the login; the seed leaves the greeting out.',
  'note.reply-flags':
    'The server’s answers carry text, so they travel as PSH,ACK segments; the seed marks them only as (ACK).',
  'note.fin-early':
    'The server sends its FIN right behind the last bytes of each file, so the FIN is already on its way when the PC acknowledges the file. The steps keep the seed’s order (acknowledgement, then FIN), which is the order of cause and effect, not the order in which the packets leave.',
  'note.control-close':
    'The control connection stays open for the whole session: after the last file the PC sends QUIT, the server answers 221, and both sides close the connection with FIN and ACK. The seed tells none of this; these packets play during the last step.',
  'note.next-file.active':
    'Before each further file the PC sends PORT and RETR again on the control connection. The seed leaves this out; these packets play during the step in which the server opens the next data connection.',
  'note.next-file.passive':
    'Before each further file the PC sends PASV again, and RETR once the data connection is open. The seed leaves this out; these packets play during the steps of that file.',
  'note.transfer-replies':
    'On the control connection the server announces each transfer (150) and reports it complete (226); the seed does not show these replies, which play in the background of the file’s steps.',
  'note.background-acks':
    'Acknowledgements that carry nothing else (the PC’s ACK of a reply, the server’s ACK of a command) have no step of their own; they play during the step they lead up to.',
  'note.firewall-retries':
    'While the firewall blocks it, the server sends its SYN {count} times, with pauses of {waits} between the tries; the seed shows a single try.',
  'note.firewall-actor':
    'The seed tells the firewall’s steps as the PC’s own, since the firewall is software on the PC; the expert level names the firewall as the actor.',
  'note.active-port20':
    'In active mode the server opens each data connection from its port 20 to the port the PC named in its PORT command, so the request reaches the PC from outside: that is what a firewall on the PC stops.',
  'note.passive-outgoing':
    'In passive mode the PC opens every connection itself, to ports the server names, so a firewall on the PC lets them all out.',
  'note.loss': {
    plural: 'count',
    one: 'One packet was lost on the way. TCP sent what it carried again after a pause, and the steps that show such retransmissions say so.',
    other:
      '{count} packets were lost on the way. TCP sent what they carried again after a pause, and the steps that show such retransmissions say so.',
  },
  'note.shared-packet':
    'Steps {first} and {second} show the same packet: {actor} does both with one segment ({flags}).',

  // SCP and SFTP: one SSH connection, encrypted from NEWKEYS on.
  'title.sftp.upload': {
    plural: 'count',
    one: 'Uploading a file with SFTP over SSH',
    other: 'Uploading {count} files with SFTP over SSH',
  },
  'title.sftp.download': {
    plural: 'count',
    one: 'Downloading a file with SFTP over SSH',
    other: 'Downloading {count} files with SFTP over SSH',
  },
  'title.scp.upload': {
    plural: 'count',
    one: 'Uploading a file with scp over SSH',
    other: 'Uploading {count} files with scp over SSH',
  },
  'title.scp.download': {
    plural: 'count',
    one: 'Downloading a file with scp over SSH',
    other: 'Downloading {count} files with scp over SSH',
  },
  'ssh.std.intro.upload': {
    plural: 'count',
    one: '{actor} is about to send one file to {peer} with {program}, which works inside an SSH connection.',
    other:
      '{actor} is about to send {count} files to {peer} with {program}, which works inside an SSH connection.',
  },
  'ssh.std.intro.download': {
    plural: 'count',
    one: '{actor} is about to fetch one file from {peer} with {program}, which works inside an SSH connection.',
    other:
      '{actor} is about to fetch {count} files from {peer} with {program}, which works inside an SSH connection.',
  },
  'ssh.std.encrypted':
    'The SSH program on {actor} will encrypt what it sends to {peer}: the password, the commands and the file itself.',
  'ssh.std.decrypts':
    'The SSH program on {actor} (sshd, listening on port 22) turns what arrives back into readable data, with the same keys as {peer}.',
  'ssh.std.left-out':
    'From here on the story does not repeat that each side encrypts before sending and decrypts after receiving: it happens to every SSH packet.',
  'ssh.std.login':
    'First {actor} and {peer} exchange their SSH versions and agree on keys (KEXINIT, an ECDH key exchange, NEWKEYS). Everything after NEWKEYS is encrypted; only then does {actor} send its user name and password.',
  'ssh.std.login-ok': '{actor} checks the password and lets {peer} in (USERAUTH_SUCCESS).',
  'ssh.std.session.sftp':
    '{actor} can now work on {peer}: it opens a session channel, starts the SFTP subsystem and sends its first SFTP requests.',
  'ssh.std.session.scp':
    '{actor} can now work on {peer}: it opens a session channel and asks {peer} to run the command “{command}”.',
  'ssh.std.answers.sftp':
    '{actor} confirms the channel, starts its SFTP server and answers each request (VERSION, then the home directory).',
  'ssh.std.answers.scp-sink':
    '{actor} confirms the channel and starts “{command}”, which says with a zero byte that it is ready to receive.',
  'ssh.std.answers.scp-source': '{actor} confirms the channel and starts “{command}”.',
  'ssh.std.put.sftp':
    '{actor} sends {file}: it opens the file for writing (OPEN), sends its bytes in WRITE requests and closes it (CLOSE).',
  'ssh.std.put.scp':
    '{actor} sends {file}: first a line with its permissions, size and name (C0644 …), then the bytes, ended by a zero byte.',
  'ssh.std.stored.sftp':
    '{actor} has received {file}: it answers each request with STATUS OK, and these answers carry the acknowledgements of the bytes.',
  'ssh.std.stored.scp':
    '{actor} has received {file}: scp answers the line and the bytes with a zero byte each, and these answers carry the acknowledgements.',
  'ssh.std.fetch.sftp':
    '{actor} asks for {file}: it looks the file up (LSTAT, STAT), opens it (OPEN), reads it (READ) up to its end and closes it (CLOSE).',
  'ssh.std.fetch.scp':
    '{actor} answers the line and the bytes of {file} with a zero byte each: the file has arrived.',
  'ssh.std.get.sftp': '{actor} sends {file} in DATA replies and answers the other requests of {peer}.',
  'ssh.std.get.scp':
    '{actor} sends {file}: a line with its permissions, size and name (C0644 …), then the bytes and a zero byte.',
  'ssh.ele.intro.upload': {
    plural: 'count',
    one: '{actor} wants to put one file on {peer}, safely locked inside SSH.',
    other: '{actor} wants to put {count} files on {peer}, safely locked inside SSH.',
  },
  'ssh.ele.intro.download': {
    plural: 'count',
    one: '{actor} wants to get one file from {peer}, safely locked inside SSH.',
    other: '{actor} wants to get {count} files from {peer}, safely locked inside SSH.',
  },
  'ssh.ele.connect': '{actor} and {peer} connect.',
  'ssh.ele.login':
    '{actor} and {peer} agree on a secret key; then {actor} gives its name and password, which nobody else can read.',
  'ssh.ele.login-ok': '{actor} lets {peer} in.',
  'ssh.ele.session': '{actor} says what it wants to do, and {peer} gets ready.',
  'ssh.ele.file': '{actor} sends {file}, and {peer} says it has it.',
  'ssh.ele.done': '{actor} says goodbye and the connection ends.',
  'ssh.exp.version':
    '{actor} announces its SSH version in the clear, "{text}": {flags} from port {sport} to port {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.clear':
    '{actor} sends the SSH message {text}, still unencrypted: {flags} from port {sport} to port {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.clear-then-sealed':
    '{actor} sends {text} unencrypted, and after it an encrypted SSH packet; inside, what only the two ends know: “{inner}”. {flags} from port {sport} to port {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.sealed':
    '{actor} sends an encrypted SSH packet; inside, what only the two ends know: “{inner}”. {flags} from port {sport} to port {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.more':
    '{actor} sends the rest of the same SSH write: {flags} from port {sport} to port {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.action.start.upload': 'On {actor}, the user starts {program} to upload.',
  'ssh.exp.action.start.download': 'On {actor}, the user starts {program} to download.',
  'ssh.exp.action.logged-in': 'The SSH client on {actor} is logged in as {user}.',
  'ssh.exp.action.sent': '{program} on {actor} learns that {file} has arrived whole.',
  'ssh.exp.action.stored': '{actor} has written {file} to its disk.',
  'ssh.exp.action.received': '{actor} has received {file} and saved it.',
  'ssh.exp.action.failed': '{program} on {actor} gives up on {file}.',
  'ssh.note.key-exchange':
    'The seed goes straight from the connection to the password. In truth the two sides first exchange version lines and run a key exchange (KEXINIT, ECDH, NEWKEYS); step {step} shows these packets with the password, and the expert level tells each of them.',
  'ssh.note.clear-part':
    'The seed says everything is encrypted. The version lines and the key exchange travel in the clear, as they must: the keys do not exist yet. Everything after NEWKEYS (login, commands, file) is encrypted, so an eavesdropper sees only the sizes and timing of packets.',
  'ssh.note.none-probe':
    'OpenSSH first asks to log in with the method "none"; the server answers which methods it accepts, and only then is the password sent.',
  'ssh.note.answer-flags':
    'The seed has the receiver answer the file with a bare (ACK). The real receiver answers with SSH messages (SFTP STATUS, or the zero bytes of scp) that carry the acknowledgement, so step {step} shows PSH,ACK.',
  'ssh.note.session-end':
    'Before step {step} the PC ends the session inside SSH (CHANNEL_EOF, CHANNEL_CLOSE, DISCONNECT) and the server reports the exit status of the program it ran; the seed leaves this out, and these packets play in the background.',
  'ssh.note.scp-legacy':
    'Here scp speaks the classic scp protocol (scp -O, the server runs scp -t or scp -f). Since OpenSSH 9.0, scp uses SFTP underneath unless told otherwise.',

  // ICMP and ICMPv6 messages by name, as textbooks call them (RFC 792, RFC 4443, RFC 4861, RFC 3810).
  'icmp.echo-request': 'echo request',
  'icmp.echo-reply': 'echo reply',
  'icmp.unreachable': 'destination unreachable (code {code})',
  'icmp.unreachable.net': 'destination unreachable (network unreachable)',
  'icmp.unreachable.host': 'destination unreachable (host unreachable)',
  'icmp.unreachable.protocol': 'destination unreachable (protocol unreachable)',
  'icmp.unreachable.port': 'destination unreachable (port unreachable)',
  'icmp.unreachable.fragmentation': 'destination unreachable (fragmentation needed)',
  'icmp.unreachable.source-route': 'destination unreachable (source route failed)',
  'icmp.unreachable.net-unknown': 'destination unreachable (destination network unknown)',
  'icmp.unreachable.host-unknown': 'destination unreachable (destination host unknown)',
  'icmp.unreachable.net-prohibited': 'destination unreachable (network administratively prohibited)',
  'icmp.unreachable.host-prohibited': 'destination unreachable (host administratively prohibited)',
  'icmp.unreachable.admin': 'destination unreachable (communication administratively prohibited)',
  'icmp.unreachable.no-route': 'destination unreachable (no route to destination)',
  'icmp.unreachable.beyond-scope': 'destination unreachable (beyond scope of source address)',
  'icmp.unreachable.source-policy': 'destination unreachable (source address failed policy)',
  'icmp.unreachable.reject-route': 'destination unreachable (reject route to destination)',
  'icmp.source-quench': 'source quench',
  'icmp.redirect': 'redirect',
  'icmp.router-advertisement': 'router advertisement',
  'icmp.router-solicitation': 'router solicitation',
  'icmp.time-exceeded': 'time exceeded (code {code})',
  'icmp.time-exceeded.ttl': 'time exceeded (TTL exceeded in transit)',
  'icmp.time-exceeded.hop-limit': 'time exceeded (hop limit exceeded in transit)',
  'icmp.time-exceeded.reassembly': 'time exceeded (fragment reassembly time exceeded)',
  'icmp.parameter-problem': 'parameter problem',
  'icmp.timestamp-request': 'timestamp request',
  'icmp.timestamp-reply': 'timestamp reply',
  'icmp.packet-too-big': 'packet too big',
  'icmp.mld-query': 'multicast listener query',
  'icmp.mld-report': 'multicast listener report',
  'icmp.mld-done': 'multicast listener done',
  'icmp.mld-report-v2': 'multicast listener report (version 2)',
  'icmp.neighbor-solicitation': 'neighbor solicitation',
  'icmp.neighbor-advertisement': 'neighbor advertisement',
  'icmp.unknown.v4': 'ICMP type {type} code {code}',
  'icmp.unknown.v6': 'ICMPv6 type {type} code {code}',
} as const satisfies Record<string, Message>;
