/**
 * Every sentence the page shows around the story, in English. Keys are typed; each value is a whole
 * sentence with named parameters (`{step}`), or a plural message, so another language can order its words
 * freely. A language adds a sibling `<lang>/ui.ts` that exports a `UiCatalog`.
 */
import type { Message } from '../index.ts';

export const ui = {
  'app.name': 'TCP/IP Animation',
  'app.tagline': 'See how computers talk to each other, one packet at a time.',
  'app.failed': 'The page could not start.',
  'app.noScript': 'This page needs JavaScript to run the simulator.',
  'nav.label': 'Where you are',
  'nav.home': 'All topics',

  'link.problemsTitle': 'This link could not be followed as written.',
  'link.noPage':
    'The link “{link}” does not point to a page of this app. Showing the list of topics instead.',
  'link.noTopic': 'There is no topic called “{topic}”. Showing the list of topics instead.',
  'link.noScene': 'The topic “{topic}” has no scene called “{scene}”. Showing its scenes instead.',
  'link.sceneComing': 'The scene “{scene}” is not ready yet. Showing the scenes of this topic instead.',
  'link.badStep': 'The step must be a whole number from 1 to {max}, not “{value}”. Showing step {step}.',
  'link.badLevel': 'The level must be one of {levels}, not “{value}”. Using {fallback}.',
  'link.badLang': 'There is no language “{value}” yet (available: {langs}). Using {fallback}.',
  'link.unknownParam': 'This scene has no setting called “{name}”, so it was ignored.',
  'link.noScenario':
    'There is no scenario called “{id}”. Showing “{fallback}” with its usual settings instead.',
  'link.noScenarioAtAll': 'There is no scenario called “{id}”, and no other scenario to show instead.',
  'link.noScenarioName':
    'The link does not name a scenario. Showing “{fallback}” with its usual settings instead.',
  'link.noTraceLink': 'The link “{link}” does not point to a list of packets. Showing “{fallback}” instead.',
  'link.badSeed': 'The seed must be a whole number from 0 to {max}, not “{value}”. Using seed {seed}.',
  'link.noSwitch': 'The scenario “{scenario}” has no switch called “{name}”, so it was ignored.',
  'link.badChoice': 'The switch “{name}” takes {values}, not “{value}”. Using {fallback}.',
  'link.badInteger':
    'The switch “{name}” takes a whole number from {min} to {max}, not “{value}”. Using {fallback}.',
  'link.badNumber':
    'The switch “{name}” takes a number from {min} to {max}, not “{value}”. Using {fallback}.',

  'top.title': 'TCP/IP Animation',
  'top.lead':
    'Pick a topic. Each scene plays a real exchange of packets step by step: pause it, step back, change what happens, and look inside any packet.',
  'top.topics': 'Topics',
  'top.coming': 'Coming soon',
  'top.captureTitle': 'Your own packets',
  'top.captureLink': 'Open a capture',
  'top.captureSummary':
    'Open a pcap or pcapng file from Wireshark or tcpdump and watch it play like the scenes. It stays on your computer.',
  'top.scenes': { plural: 'count', one: '{count} scene', other: '{count} scenes' },

  'topic.network.title': 'The actual network',
  'topic.network.summary': 'What really sits between your computer and a website.',
  'topic.website.title': 'Websites and SSL',
  'topic.website.summary': 'How a browser fetches a page, and how SSL/TLS keeps it private.',
  'topic.email.title': 'E-mail',
  'topic.email.summary': 'How a message travels from one mailbox to another.',
  'topic.ftp.title': 'FTP',
  'topic.ftp.summary': 'Moving files between a PC and a server: FTP, FTPS, SFTP and SCP.',
  'topic.vpn.title': 'VPN',
  'topic.vpn.summary': 'A private tunnel across a public network.',
  'topic.devices.title': 'Network devices',
  'topic.devices.summary': 'Switches, routers and firewalls, and what each one does.',
  'topic.dns.title': 'DNS',
  'topic.dns.summary': 'How a name like example.com becomes an address.',
  'topic.lan.title': 'LAN, DHCP and NAT',
  'topic.lan.summary': 'How a home network hands out addresses and shares one connection.',
  'topic.ip-address.title': 'IP addresses',
  'topic.ip-address.summary': 'What the numbers mean, and networks inside networks.',
  'topic.pc-port.title': 'Ports on a PC',
  'topic.pc-port.summary': 'How one computer keeps many conversations apart.',
  'topic.layers.title': 'The layers of TCP/IP',
  'topic.layers.summary': 'Why every packet is an envelope inside an envelope.',
  'topic.tcp-udp.title': 'TCP and UDP',
  'topic.tcp-udp.summary': 'Reliable conversations and quick one-off messages.',
  'topic.ip.title': 'IP communication',
  'topic.ip.summary': 'How a packet finds its way from network to network.',

  'topic.comingPage': 'This topic is being prepared. Its scenes will appear here when they are ready.',
  'topic.scenesHeading': 'Scenes',
  'topic.ftp.intro':
    'A file can go from a server to a PC (or back) in several ways. FTP uses two kinds of TCP connection: one that stays open for commands and replies, and a fresh one for every file. Active and passive mode differ in who opens that second connection.',
  'topic.ftp.intro2':
    'FTPS is the same conversation, encrypted with SSL/TLS. SFTP and SCP work quite differently: everything goes through a single SSH connection, encrypted by the SSH programs at both ends.',

  'scene.ftp-active.title': 'FTP, active mode',
  'scene.ftp-active.summary':
    'The server opens each data connection back to the PC, and the PC’s firewall has a say in it.',
  'scene.ftp-passive.title': 'FTP, passive mode',
  'scene.ftp-passive.summary': 'The PC opens every connection itself, so its firewall lets the files in.',
  'scene.ftps-active.title': 'FTPS, active mode',
  'scene.ftps-active.summary': 'Active-mode FTP with the commands and the files encrypted.',
  'scene.ftps-passive.title': 'FTPS, passive mode',
  'scene.ftps-passive.summary': 'Passive-mode FTP with the commands and the files encrypted.',
  'scene.sftp.title': 'SFTP',
  'scene.sftp.summary': 'Logging in over SSH and moving a file inside that one encrypted connection.',
  'scene.scp.title': 'SCP',
  'scene.scp.summary': 'Copying a file over SSH in a single command.',
  'scene.http-download.title': 'HTTP download',
  'scene.http-download.summary':
    'For comparison: the same files fetched the way a browser does, over one connection.',
  'scene.coming': 'Coming soon',

  'player.levels': 'Level of detail',
  'level.elementary': 'Elementary',
  'level.standard': 'Standard',
  'level.expert': 'Expert',
  'player.stage': 'The network, with the packets of this step',
  'player.narration': 'What happens',
  'player.stepOf': 'Step {n} of {total}',
  'player.actor': 'Who acts: {actor}',
  'player.noSteps': 'This scene has nothing to show yet.',
  'player.controls': 'Playback',
  'player.play': 'Play',
  'player.pause': 'Pause',
  'player.prev': 'Previous step',
  'player.next': 'Next step',
  'player.restart': 'Restart',
  'player.speed': 'Speed',
  'player.speedValue': '{speed}×',
  'player.slower': 'Slower',
  'player.faster': 'Faster',
  'player.timeline': 'Timeline',
  'player.timelineValue': 'Step {n} of {total}',
  'player.keys':
    'Keys: Space plays or pauses, ← and → go back or forward one step, Home and End jump to the start or the end, + and − change the speed.',
  'player.switches': 'What if…',
  'player.seed': 'Seed',
  'player.seedHint': 'Same seed, same packets.',
  'player.packetsView': 'List of packets',
  'player.copyLink': 'Copy link to this step',
  'player.copied': 'The link to this step is copied.',
  'player.copyFailed': 'Copying failed; the address bar holds the link.',
  'player.showLadder': 'Show the ladder',
  'player.hideLadder': 'Hide the ladder',
  'player.ladder': 'Ladder: every packet in order',
  'player.runError': 'The scene “{scenario}” stopped with an error.',
  'player.storyError': 'The story of this scene could not be told.',
  'player.notes': 'Notes for teachers',
  'player.back': 'Back to {topic}',

  'switch.mode': 'FTP mode',
  'switch.firewall': 'PC firewall',
  'switch.nat': 'NAT',
  'switch.files': 'Files',
  'switch.loss': 'Packet loss',
  'switch.ip': 'IP version',
  'switch.tls': 'TLS version',
  'value.mode.active': 'active',
  'value.mode.passive': 'passive',
  'value.firewall.off': 'off',
  'value.firewall.blocks': 'blocks',
  'value.firewall.blocks-then-allows': 'blocks, then allows',
  'value.nat.off': 'off',
  'value.nat.on': 'on',
  'value.nat.on-with-helper': 'on, with FTP helper',
  'value.tls.1.2': 'TLS 1.2',
  'value.tls.1.3': 'TLS 1.3',
  'value.loss': '{percent} %',
  'value.ip': 'IPv{version}',

  'stage.packet': 'Packet {id}: {flags}, from {from} to {to}. Press Enter to look inside.',
  'stage.packetDropped':
    'Packet {id}: {flags}, from {from}, stopped by the firewall. Press Enter to look inside.',
  'ladder.row': '{label}, from {from} to {to}. Press Enter to look inside.',
  'stage.firewall': 'Firewall',
  'stage.dropped': 'Stopped by the firewall: {reason}',
  'stage.lost': 'This packet was lost on the way and never arrives.',
  'stage.changed': 'Firewall rule changed: {description}',
  'stage.lane': '{label} · port {port}',
  'stage.laneNoPort': '{label}',
  'stage.laneExpert': '{label} · ports {left} ⇄ {right}',
  'stage.laneClosed': '{label} · closed',
  'stage.lane.control': 'control',
  'stage.lane.data': 'data {file}',
  'stage.lane.listing': 'data: list of files',
  'stage.reason.invalid':
    'This packet belongs to no connection the firewall knows about, so the firewall stops it.',
  'stage.reason.inNew': 'Nothing allows this attempt to connect from outside, so the firewall stops it.',
  'stage.reason.in': 'No rule lets this incoming packet in, so the firewall stops it.',
  'stage.reason.out': 'No rule lets this outgoing packet out, so the firewall stops it.',
  'stage.reason.forward': 'No rule lets this packet pass through, so the firewall stops it.',
  'stage.reason.refused': '{reason} It sends the sender a refusal.',
  'stage.rule.allow-ftp-data':
    'The user allowed incoming FTP data connections, which servers open from port {port}.',
  'stage.ruleAdded': 'Firewall rule added: {rule}',
  'stage.ruleRemoved': 'Firewall rule removed: {rule}',

  'inspector.title': 'Packet {id}',
  'inspector.summary': '{flags} from {from} to {to}',
  'inspector.close': 'Close',
  'inspector.hop': 'As it crosses the link from {from} to {to}, {time} ms after the start.',
  'inspector.dropped': 'The firewall of {node} dropped this packet. Rule “{rule}”: {reason}',
  'inspector.lost': 'This packet was lost on the link from {from} to {to}.',
  'inspector.ip': 'Internet Protocol version {version}, from {src} to {dst}',
  'inspector.ip.src': 'Source address: {value}',
  'inspector.ip.dst': 'Destination address: {value}',
  'inspector.ip.ttl': 'Time to live: {value}',
  'inspector.ip.hopLimit': 'Hop limit: {value}',
  'inspector.ip.protocol': 'Protocol: {value}',
  'inspector.ip.id': 'Identification: {value}',
  'inspector.ip.length': 'Total length: {value} bytes',
  'inspector.tcp': 'Transmission Control Protocol, from port {src} to port {dst}',
  'inspector.tcp.srcPort': 'Source port: {value}',
  'inspector.tcp.dstPort': 'Destination port: {value}',
  'inspector.tcp.seq': 'Sequence number: {rel} (relative), {raw} (raw)',
  'inspector.tcp.ack': 'Acknowledgement number: {rel} (relative), {raw} (raw)',
  'inspector.tcp.noAck': 'Acknowledgement number: not used, the ACK flag is off',
  'inspector.tcp.flags': 'Flags: {hex} ({names})',
  'inspector.tcp.flagOn': '{name}: set',
  'inspector.tcp.flagOff': '{name}: not set',
  'inspector.tcp.window': 'Window: {value}',
  'inspector.tcp.options': 'Options',
  'inspector.tcp.noOptions': 'Options: none',
  'inspector.tcp.mss': 'Maximum segment size: {value} bytes',
  'inspector.tcp.windowScale': 'Window scale: {value} (multiply by {factor})',
  'inspector.tcp.sack': 'Selective acknowledgements permitted',
  'inspector.tcp.timestamp': 'Timestamps: value {value}, echo reply {echo}',
  'inspector.tcp.payload': 'Payload: {value} bytes',
  'inspector.tcp.retransmission': 'This segment sends bytes again that were sent before.',
  'inspector.udp': 'User Datagram Protocol, from port {src} to port {dst}',
  'inspector.udp.payload': 'Payload: {value} bytes',
  'inspector.icmp': 'Internet Control Message Protocol: {description}',
  'inspector.icmp.type': 'Type {type}, code {code}',
  'inspector.app.ftp': 'File Transfer Protocol (FTP)',
  'inspector.app.ftpData': 'FTP data',
  'inspector.app.other': 'Application data ({protocol})',
  'inspector.ftp.command': 'Command: {value}',
  'inspector.ftp.argument': 'Argument: {value}',
  'inspector.ftp.code': 'Reply code: {value}',
  'inspector.app.line': 'Line: {value}',
  'inspector.app.file': 'File: {value}',
  'inspector.app.content': 'Content: {value}',
  'inspector.app.field': '{name}: {value}',

  'packets.title': 'Packets: {title}',
  'packets.lead':
    'Pick a scenario and flip its switches. The simulator runs right here in the page and lists every packet a capture would record.',
  'packets.settings': 'Scenario settings',
  'packets.scenario': 'Scenario',
  'packets.caption': 'Packets seen at the capture point',
  'packets.countPackets': {
    plural: 'count',
    one: 'A capture would record {count} packet.',
    other: 'A capture would record {count} packets.',
  },
  'packets.countConnections': {
    plural: 'count',
    one: 'They belong to {count} connection.',
    other: 'They belong to {count} connections.',
  },
  'packets.truncated': 'The table shows the first {count}.',
  'packets.none': 'No packets to show.',
  'packets.noScenarios': 'No scenarios are available yet, so there is nothing to run.',
  'packets.runError': 'The scenario “{scenario}” stopped with an error.',
  'packets.watch': 'Watch it play',
} as const satisfies Record<string, Message>;

export type UiKey = keyof typeof ui;

/** What a language file for the page must provide: every key the English catalog has. */
export type UiCatalog = Readonly<Record<UiKey, Message>>;

type Placeholders<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
type MessageParams<M> = M extends string
  ? Placeholders<M>
  : M extends { plural: infer P extends string }
    ? P | Placeholders<M[Exclude<keyof M, 'plural'>]>
    : never;

/** The parameters a key's English sentence names, each required. */
export type UiParams<K extends UiKey> = { readonly [P in MessageParams<(typeof ui)[K]>]: string | number };

type ParamArgs<K extends UiKey> = keyof UiParams<K> extends never ? [] : [UiParams<K>];

/** Puts a key's sentence into words, with exactly the parameters it names. */
export type UiTranslate = <K extends UiKey>(key: K, ...params: ParamArgs<K>) => string;
