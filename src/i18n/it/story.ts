/**
 * The story in Italian. Italian joins "a", "di", "da", "in", "su" with the article of the noun that follows
 * ("al server", "dal PC"), so no sentence puts one of these words before a node parameter: the sentences
 * use "verso", "con", "tra" or turn the phrase around instead.
 */
import type { StoryCatalog } from '../index.ts';

export const story: StoryCatalog = {
  'who.pc': 'il PC',
  'who.server': 'il server',
  'who.router': 'il router',
  'who.firewall': 'il firewall',
  'who.network': 'Internet',
  'who.named': '{name}',
  'actor.pc': 'PC',
  'actor.server': 'Server',
  'actor.router': 'Router',
  'actor.firewall': 'Firewall',
  'actor.network': 'Internet',

  'title.ftp.active': {
    plural: 'count',
    one: 'Scaricare un file con FTP in modalità attiva',
    many: 'Scaricare {count} file con FTP in modalità attiva',
    other: 'Scaricare {count} file con FTP in modalità attiva',
  },
  'title.ftp.passive': {
    plural: 'count',
    one: 'Scaricare un file con FTP in modalità passiva',
    many: 'Scaricare {count} file con FTP in modalità passiva',
    other: 'Scaricare {count} file con FTP in modalità passiva',
  },
  'title.generic': 'Che cosa attraversa la rete',

  'std.intro.active': {
    plural: 'count',
    one: '{actor} sta per scaricare un file con FTP in modalità attiva: a inviarlo sarà {peer}.',
    many: '{actor} sta per scaricare {count} file con FTP in modalità attiva: a inviarli sarà {peer}.',
    other: '{actor} sta per scaricare {count} file con FTP in modalità attiva: a inviarli sarà {peer}.',
  },
  'std.intro.passive': {
    plural: 'count',
    one: '{actor} sta per scaricare un file con FTP in modalità passiva: a inviarlo sarà {peer}.',
    many: '{actor} sta per scaricare {count} file con FTP in modalità passiva: a inviarli sarà {peer}.',
    other: '{actor} sta per scaricare {count} file con FTP in modalità passiva: a inviarli sarà {peer}.',
  },
  'std.control.syn':
    '{actor} chiede di aprire una connessione di controllo FTP verso {peer}, sulla porta {port}.',
  'std.control.synack': '{actor} accetta e chiede di aprire la connessione anche nella propria direzione.',
  'std.control.ack': '{actor} accetta a sua volta: la connessione di controllo è aperta.',
  'std.login.active':
    '{actor} accede come {user} con una password, chiede la modalità binaria, indica la porta su cui resterà in attesa (PORT) e chiede {file} (RETR).',
  'std.login.passive':
    '{actor} accede come {user} con una password, chiede la modalità binaria e chiede che {peer} apra una porta per i dati (PASV).',
  'std.login.user': '{actor} accede come {user} e invia i suoi comandi: {commands}.',
  'std.login.other': '{actor} invia i suoi comandi: {commands}.',
  'std.replies.active':
    '{actor} risponde a ogni comando ({codes}): l’accesso è accettato e, per inviare il file, deve aprire una seconda connessione verso {peer}.',
  'std.replies.passive':
    '{actor} risponde a ogni comando ({codes}): l’accesso è accettato, e resta in attesa sulla porta {port} di una seconda connessione che trasporterà il file.',
  'std.replies.other': '{actor} risponde a ogni comando ({codes}).',
  'std.data.syn.to-send':
    '{actor} chiede di aprire una connessione dati FTP verso {peer}, sulla porta {port}, per inviare {file}.',
  'std.data.syn.to-fetch':
    '{actor} chiede di aprire una connessione dati FTP verso {peer}, sulla porta {port}, per scaricare {file}.',
  'std.data.syn.to-send.next':
    '{actor} apre una nuova connessione dati per inviare il file successivo, {file}, che {peer} ha appena chiesto.',
  'std.data.syn.to-fetch.next':
    '{actor} chiede di aprire una nuova connessione dati verso {peer}, sulla porta {port}, per scaricare il file successivo, {file}.',
  'std.data.syn.again': '{actor} chiede di nuovo la connessione dati, e questa volta la richiesta passa.',
  'std.data.synack': '{actor} accetta e chiede di aprire la connessione dati anche nella propria direzione.',
  'std.data.ack': '{actor} accetta a sua volta: la connessione dati è aperta.',
  'std.data.send': {
    plural: 'count',
    one: '{actor} invia {file} ({count} byte) sulla connessione dati.',
    many: '{actor} invia {file} ({count} byte) sulla connessione dati.',
    other: '{actor} invia {file} ({count} byte) sulla connessione dati.',
  },
  'std.data.received': '{actor} conferma di aver ricevuto {file}.',
  'std.close.fin': '{actor} non ha altro da inviare e chiude la connessione dati.',
  'std.close.fin-ack': '{actor} conferma la chiusura.',
  'std.close.fin2': '{actor} chiude a sua volta la connessione dati dal proprio lato.',
  'std.close.fin2-ack': '{actor} conferma: la connessione dati per {file} è chiusa.',
  'std.tcp.syn': '{actor} chiede di aprire una connessione verso {peer}, sulla porta {port}.',
  'std.tcp.synack': '{actor} accetta e chiede di aprire la connessione anche nella propria direzione.',
  'std.tcp.ack': '{actor} accetta a sua volta: la connessione è aperta.',
  'std.tcp.send': {
    plural: 'count',
    one: '{actor} invia {count} byte verso {peer}.',
    many: '{actor} invia {count} byte verso {peer}.',
    other: '{actor} invia {count} byte verso {peer}.',
  },
  'std.tcp.close.fin': '{actor} non ha altro da inviare e chiude la connessione.',
  'std.tcp.close.fin-ack': '{actor} conferma la chiusura.',
  'std.tcp.close.fin2': '{actor} chiude a sua volta la connessione dal proprio lato.',
  'std.tcp.close.fin2-ack': '{actor} conferma: la connessione è chiusa.',
  'std.no-answer': {
    plural: 'count',
    one: 'Non arriva nessuna risposta: {actor} attende invano {peer} e quindi rinuncia alla connessione.',
    many: 'Dopo {count} tentativi non arriva ancora nessuna risposta: {actor} attende invano {peer} e quindi rinuncia alla connessione.',
    other:
      'Dopo {count} tentativi non arriva ancora nessuna risposta: {actor} attende invano {peer} e quindi rinuncia alla connessione.',
  },
  'std.rst': '{actor} interrompe subito la connessione (RST).',
  'std.icmp': '{actor} invia un messaggio ICMP verso {peer}: {icmp}.',
  'std.icmp.error': '{actor} segnala un problema con un messaggio ICMP verso {peer}: {icmp}.',
  'std.fw.blocks':
    'Il firewall che protegge {owner} (parte del sistema operativo o di un programma antivirus) blocca la richiesta di connessione che {peer} ha inviato.',
  'std.fw.must-change':
    'Perché il file possa passare, bisogna cambiare l’impostazione del firewall in modo che consenta questa connessione.',
  'std.fw.changed': 'L’utente cambia l’impostazione, e ora il firewall lascia entrare la richiesta.',
  'std.fw.never-changed':
    'Nessuno cambia l’impostazione del firewall, quindi anche ogni nuovo tentativo viene bloccato.',
  'std.reply.425':
    '{actor} rinuncia alla connessione dati e lo comunica sulla connessione di controllo: «{reply}»',
  'std.reply.error': '{actor} segnala un errore sulla connessione di controllo: «{reply}»',
  'std.failed': '{actor} rinuncia al file {file} e chiude la sessione FTP (QUIT).',
  'std.extra.resent': {
    plural: 'count',
    one: 'Uno di questi pacchetti è stato inviato di nuovo, perché nessun riscontro è tornato in tempo.',
    many: '{count} di questi pacchetti sono stati inviati di nuovo, perché nessun riscontro è tornato in tempo.',
    other:
      '{count} di questi pacchetti sono stati inviati di nuovo, perché nessun riscontro è tornato in tempo.',
  },
  'std.extra.tries': {
    plural: 'count',
    one: 'Ci prova una sola volta.',
    many: 'Ci prova {count} volte in tutto.',
    other: 'Ci prova {count} volte in tutto.',
  },
  'std.extra.outgoing-passes':
    'Il firewall che protegge {owner} la lascia passare, perché la richiesta è in uscita: è {owner} a inviarla.',
  'std.extra.outgoing-would-pass':
    'Anche un firewall che protegga {owner} la lascerebbe passare, perché la richiesta è in uscita: è {owner} a inviarla.',

  'ele.intro.active': {
    plural: 'count',
    one: '{actor} vuole scaricare un file che si trova presso {peer}, con FTP (modalità attiva).',
    many: '{actor} vuole scaricare {count} file che si trovano presso {peer}, con FTP (modalità attiva).',
    other: '{actor} vuole scaricare {count} file che si trovano presso {peer}, con FTP (modalità attiva).',
  },
  'ele.intro.passive': {
    plural: 'count',
    one: '{actor} vuole scaricare un file che si trova presso {peer}, con FTP (modalità passiva).',
    many: '{actor} vuole scaricare {count} file che si trovano presso {peer}, con FTP (modalità passiva).',
    other: '{actor} vuole scaricare {count} file che si trovano presso {peer}, con FTP (modalità passiva).',
  },
  'ele.control.ask': '{actor} chiede una connessione per parlare con {peer}.',
  'ele.control.ready': '{actor} risponde di sì: la connessione è pronta.',
  'ele.login': '{actor} accede con il suo nome utente e la sua password, e si prepara allo scaricamento.',
  'ele.data.ask.to-send': '{actor} chiede una seconda connessione con {peer} per inviare {file}.',
  'ele.data.ask.to-fetch': '{actor} chiede una seconda connessione con {peer} per scaricare {file}.',
  'ele.fw.blocks': 'Il firewall che protegge {owner} blocca la richiesta.',
  'ele.fw.changed': 'L’utente cambia l’impostazione del firewall, così la richiesta successiva entra.',
  'ele.fw.never': 'Nessuno cambia l’impostazione del firewall, quindi ogni richiesta viene bloccata.',
  'ele.data.ready': '{actor} risponde di sì: la connessione per {file} è pronta.',
  'ele.data.send': '{actor} invia {file}.',
  'ele.data.done': '{actor} ha ricevuto {file}, e la connessione usata per questo file è chiusa.',
  'ele.data.closed': 'La connessione per {file} è chiusa.',
  'ele.failed.server':
    '{actor} rinuncia: non è stato possibile aprire la connessione per il file, e ne informa {peer}.',
  'ele.failed.pc': '{actor} rinuncia: non è stato possibile scaricare {file}.',
  'ele.tcp.ask': '{actor} chiede una connessione con {peer}.',
  'ele.tcp.ready': '{actor} risponde di sì: la connessione è pronta.',
  'ele.tcp.send': '{actor} invia dati verso {peer}.',
  'ele.tcp.done': 'La connessione è chiusa.',
  'ele.no-answer': 'Non arriva nessuna risposta: {actor} attende invano {peer} e rinuncia.',
  'ele.rst': '{actor} interrompe all’improvviso la connessione.',
  'ele.icmp': '{actor} invia un breve messaggio di controllo verso {peer}.',
  'ele.icmp.error': '{actor} avvisa {peer} che qualcosa è andato storto.',
  'ele.other': 'Succede qualcosa nella rete.',
  'ele.done': {
    plural: 'count',
    one: '{actor} saluta e la sessione finisce: un file è stato scaricato.',
    many: '{actor} saluta e la sessione finisce: sono stati scaricati {count} file.',
    other: '{actor} saluta e la sessione finisce: sono stati scaricati {count} file.',
  },

  // FTPS (FTP over TLS, RFC 4217): what TLS adds to the FTP story, at every level.
  'title.ftps.active': {
    plural: 'count',
    one: 'Scaricare un file con FTPS in modalità attiva, TLS {version}',
    many: 'Scaricare {count} file con FTPS in modalità attiva, TLS {version}',
    other: 'Scaricare {count} file con FTPS in modalità attiva, TLS {version}',
  },
  'title.ftps.passive': {
    plural: 'count',
    one: 'Scaricare un file con FTPS in modalità passiva, TLS {version}',
    many: 'Scaricare {count} file con FTPS in modalità passiva, TLS {version}',
    other: 'Scaricare {count} file con FTPS in modalità passiva, TLS {version}',
  },
  'std.ftps.intro.active': {
    plural: 'count',
    one: '{actor} sta per scaricare un file con FTPS (FTP su TLS {version}) in modalità attiva: a inviarlo sarà {peer}.',
    many: '{actor} sta per scaricare {count} file con FTPS (FTP su TLS {version}) in modalità attiva: a inviarli sarà {peer}.',
    other:
      '{actor} sta per scaricare {count} file con FTPS (FTP su TLS {version}) in modalità attiva: a inviarli sarà {peer}.',
  },
  'std.ftps.intro.passive': {
    plural: 'count',
    one: '{actor} sta per scaricare un file con FTPS (FTP su TLS {version}) in modalità passiva: a inviarlo sarà {peer}.',
    many: '{actor} sta per scaricare {count} file con FTPS (FTP su TLS {version}) in modalità passiva: a inviarli sarà {peer}.',
    other:
      '{actor} sta per scaricare {count} file con FTPS (FTP su TLS {version}) in modalità passiva: a inviarli sarà {peer}.',
  },
  'std.ftps.auth':
    '{actor} invia AUTH {mechanism}, ancora in chiaro: chiede che {peer} protegga la connessione di controllo con TLS.',
  'std.ftps.auth-ok':
    '{actor} accetta con la risposta {code}, anch’essa in chiaro: da qui in poi entrambe le parti parlano TLS su questa connessione.',
  'std.tls.client-hello':
    '{actor} avvia l’handshake TLS ({records}): elenca le versioni di TLS e le cipher suite che supporta.',
  'std.tls.hello-retry':
    '{actor} risponde con {records}: l’HelloRetryRequest chiede una key share di un altro gruppo, uno che il server accetta.',
  'std.tls.client-hello.again':
    '{actor} invia {records}: la stessa offerta, questa volta con una key share che il server accetta.',
  'std.tls12.server-hello':
    '{actor} risponde con {records}: sceglie TLS {version} e una cipher suite, presenta il proprio certificato e firma la propria parte dello scambio di chiavi.',
  'std.tls12.client-keys':
    '{actor} invia {records}: la propria parte dello scambio di chiavi, poi ChangeCipherSpec; da lì in poi cifra, e il suo Finished dimostra che entrambe le parti hanno calcolato le stesse chiavi.',
  'std.tls12.server-finished':
    '{actor} invia {records}: passa anch’esso alla cifratura, e il suo Finished completa l’handshake.',
  'std.tls13.server-hello':
    '{actor} risponde con {records}. In rete si può leggere solo il ServerHello, che porta la key share del server; tutto ciò che segue, certificato compreso, è già cifrato.',
  'std.tls13.client-finished': '{actor} invia {records}, cifrati: il suo Finished completa l’handshake.',
  'std.tls.tickets':
    '{actor} invia {records}, cifrati: ticket di sessione che permettono a una connessione successiva di saltare parte dell’handshake.',
  'std.tls.other': '{actor} invia record TLS: {records}.',
  'std.tls.close-notify':
    '{actor} invia un alert close_notify cifrato: non invierà più nulla tramite TLS su questa connessione.',
  'std.ftps.login':
    '{actor} invia i suoi comandi all’interno di TLS: {commands}. In rete sono record cifrati che solo le due estremità possono leggere.',
  'std.ftps.login.prot':
    '{actor} accede e prepara il download all’interno di TLS: {commands}. PBSZ 0 e PROT P chiedono che anche le connessioni dati siano protette con TLS. In rete questi comandi sono record cifrati che solo le due estremità possono leggere.',
  'std.ftps.replies.passive':
    '{actor} risponde a ogni comando all’interno di TLS ({codes}) e attende la connessione dati sulla porta {port}.',
  'std.ftps.replies.active':
    '{actor} risponde a ogni comando all’interno di TLS ({codes}): per inviare il file aprirà una connessione verso la porta che ha indicato {peer}.',
  'std.ftps.replies.other': '{actor} risponde a ogni comando all’interno di TLS ({codes}).',
  'std.ftps.transfer-complete':
    '{actor} comunica sulla connessione di controllo, all’interno di TLS, che il trasferimento di {file} è completo ({code}).',
  'std.ftps.extra.data-tls':
    'La connessione dati ha un proprio handshake TLS, in cui il client TLS è {actor}, qualunque sia la parte che ha aperto la connessione.',
  'std.ftps.extra.encrypted-file':
    'Il file viaggia in record TLS cifrati: in rete se ne vede solo la dimensione.',
  'std.ftps.extra.tickets-first':
    'I primi di questi record sono ticket di sessione (NewSessionTicket), che precedono il file.',
  'ele.ftps.intro.active': {
    plural: 'count',
    one: '{actor} vuole scaricare un file che si trova presso {peer} con FTPS, cioè FTP protetto da TLS, in modalità attiva.',
    many: '{actor} vuole scaricare {count} file che si trovano presso {peer} con FTPS, cioè FTP protetto da TLS, in modalità attiva.',
    other:
      '{actor} vuole scaricare {count} file che si trovano presso {peer} con FTPS, cioè FTP protetto da TLS, in modalità attiva.',
  },
  'ele.ftps.intro.passive': {
    plural: 'count',
    one: '{actor} vuole scaricare un file che si trova presso {peer} con FTPS, cioè FTP protetto da TLS, in modalità passiva.',
    many: '{actor} vuole scaricare {count} file che si trovano presso {peer} con FTPS, cioè FTP protetto da TLS, in modalità passiva.',
    other:
      '{actor} vuole scaricare {count} file che si trovano presso {peer} con FTPS, cioè FTP protetto da TLS, in modalità passiva.',
  },
  'ele.ftps.control.ready':
    '{actor} risponde di sì, e le due parti concordano chiavi segrete: da ora tutto ciò che si dicono su questa connessione è cifrato.',
  'ele.ftps.login':
    '{actor} accede con nome utente e password, che nessuno lungo il percorso può leggere, e si prepara al download.',
  'ele.ftps.data.ready':
    '{actor} risponde di sì, e le due parti concordano chiavi anche per questa connessione: {file} viaggerà cifrato.',
  'ele.ftps.data.keys':
    '{actor} e {peer} concordano le chiavi per la connessione di {file}, che quindi viaggerà cifrato.',
  'ele.ftps.data.send': '{actor} invia {file}, cifrato.',
  'exp.extra.tls': 'Questi byte sono record TLS: {text}.',
  'exp.extra.tls.command': 'Questi byte sono un record TLS cifrato ({text}); dentro c’è il comando {inner}.',
  'exp.extra.tls.reply': 'Questi byte sono un record TLS cifrato ({text}); dentro c’è la risposta «{inner}».',
  'exp.extra.tls.data': 'Questi byte sono record TLS cifrati ({text}); dentro c’è una parte di {file}.',
  'exp.extra.tls.inner': 'Questi byte sono record TLS ({text}); decifrati, sono: {inner}.',
  'exp.extra.ftps-start': 'Prima di accedere, il client chiederà TLS al server, fino a TLS {version}.',
  'note.ftps.ssl':
    'Il racconto semplificato parla di SSL. Oggi FTPS funziona su TLS (qui TLS {version}): l’RFC 7568 vieta SSL 3.0, e l’RFC 4217 avvia TLS sulla connessione di controllo con AUTH TLS.',
  'note.ftps.encrypted':
    'Dalla risposta 234 in poi, niente della connessione di controllo è leggibile in rete: una cattura mostra solo record TLS e le loro dimensioni. I passi dicono quali comandi e risposte trasportano i record, come li conoscono le due estremità dopo averli decifrati.',
  'note.ftps.passive-accept':
    'Il racconto semplificato assegna il passo {step} al PC («FTPS data connection OK»). In modalità passiva è il PC a chiedere la connessione dati e il server ad accettarla, quindi l’attore di questo passo è il server.',
  'note.ftps.nat-port':
    'Il comando PORT indica l’indirizzo privato del PC, {address}. Il NAT del router non può leggerlo né riscriverlo, nemmeno con un helper FTP, perché viaggia all’interno di TLS; perciò il server lo rifiuta (risposta {code}) e FTPS in modalità attiva non funziona dietro questo NAT.',
  'exp.syn':
    '{actor} chiede una connessione con {peer}: {flags} dalla porta {sport} alla porta {dport} (seq {seq}).',
  'exp.synack':
    '{actor} accetta e chiede a sua volta: {flags} dalla porta {sport} alla porta {dport} (seq {seq}, ack {ack}).',
  'exp.rst':
    '{actor} interrompe la connessione con un reset: {flags} dalla porta {sport} alla porta {dport} (seq {seq}, ack {ack}).',
  'exp.command': {
    plural: 'count',
    one: '{actor} invia {text} dalla porta {sport} alla porta {dport} (seq {seq}, ack {ack}, {count} byte).',
    many: '{actor} invia {text} dalla porta {sport} alla porta {dport} (seq {seq}, ack {ack}, {count} byte).',
    other:
      '{actor} invia {text} dalla porta {sport} alla porta {dport} (seq {seq}, ack {ack}, {count} byte).',
  },
  'exp.reply': {
    plural: 'count',
    one: '{actor} risponde «{text}» dalla porta {sport} alla porta {dport} (seq {seq}, ack {ack}, {count} byte).',
    many: '{actor} risponde «{text}» dalla porta {sport} alla porta {dport} (seq {seq}, ack {ack}, {count} byte).',
    other:
      '{actor} risponde «{text}» dalla porta {sport} alla porta {dport} (seq {seq}, ack {ack}, {count} byte).',
  },
  'exp.data': {
    plural: 'count',
    one: '{actor} invia {count} byte di {file} dalla porta {sport} alla porta {dport} (seq {seq}, ack {ack}).',
    many: '{actor} invia {count} byte di {file} dalla porta {sport} alla porta {dport} (seq {seq}, ack {ack}).',
    other:
      '{actor} invia {count} byte di {file} dalla porta {sport} alla porta {dport} (seq {seq}, ack {ack}).',
  },
  'exp.payload': {
    plural: 'count',
    one: '{actor} invia {count} byte dalla porta {sport} alla porta {dport} (seq {seq}, ack {ack}).',
    many: '{actor} invia {count} byte dalla porta {sport} alla porta {dport} (seq {seq}, ack {ack}).',
    other: '{actor} invia {count} byte dalla porta {sport} alla porta {dport} (seq {seq}, ack {ack}).',
  },
  'exp.fin':
    '{actor} non ha altro da inviare e chiude il proprio lato: {flags} dalla porta {sport} alla porta {dport} (seq {seq}, ack {ack}).',
  'exp.ack.handshake':
    '{actor} completa l’handshake a tre vie: {flags} dalla porta {sport} alla porta {dport} (seq {seq}, ack {ack}).',
  'exp.ack.fin':
    '{actor} conferma il FIN che {peer} ha inviato: {flags} dalla porta {sport} alla porta {dport} (seq {seq}, ack {ack}).',
  'exp.ack.data':
    '{actor} conferma di aver ricevuto i byte che {peer} ha inviato, fino al numero {last}: {flags} dalla porta {sport} alla porta {dport} (seq {seq}, ack {ack}).',
  'exp.ack.other':
    '{actor} invia un riscontro che non conferma nulla di nuovo: {flags} dalla porta {sport} alla porta {dport} (seq {seq}, ack {ack}).',
  'exp.udp': {
    plural: 'count',
    one: '{actor} invia un datagramma UDP dalla porta {sport} alla porta {dport} ({count} byte).',
    many: '{actor} invia un datagramma UDP dalla porta {sport} alla porta {dport} ({count} byte).',
    other: '{actor} invia un datagramma UDP dalla porta {sport} alla porta {dport} ({count} byte).',
  },
  'exp.icmp': '{actor} invia un messaggio ICMP: {icmp}.',
  'exp.ip': '{actor} invia un pacchetto IP ({protocol}).',
  'exp.lost.tcp': {
    plural: 'count',
    one: '{actor} invia {flags} dalla porta {sport} alla porta {dport} ({count} byte), ma il pacchetto si perde tra {from} e {to}, quindi la cattura non lo vede mai.',
    many: '{actor} invia {flags} dalla porta {sport} alla porta {dport} ({count} byte), ma il pacchetto si perde tra {from} e {to}, quindi la cattura non lo vede mai.',
    other:
      '{actor} invia {flags} dalla porta {sport} alla porta {dport} ({count} byte), ma il pacchetto si perde tra {from} e {to}, quindi la cattura non lo vede mai.',
  },
  'exp.lost.other':
    '{actor} invia un pacchetto verso {peer}, ma il pacchetto si perde tra {from} e {to}, quindi la cattura non lo vede mai.',
  'exp.extra.fin': 'Lo stesso segmento trasporta il FIN: {actor} non ha altro da inviare.',
  'exp.extra.ack-fin': 'Lo stesso segmento conferma il FIN che {peer} ha inviato.',
  'exp.extra.retransmission':
    'È una ritrasmissione: {actor} lo invia di nuovo dopo {seconds} s senza riscontro.',
  'exp.extra.retransmission.unseen':
    'È una ritrasmissione: la prima copia non ha ricevuto un riscontro in tempo.',
  'exp.extra.nat.src': 'Lungo il percorso, {actor} riscrive l’indirizzo sorgente da {before} a {after}.',
  'exp.extra.nat.dst':
    'Lungo il percorso, {actor} riscrive l’indirizzo di destinazione da {before} a {after}.',
  'exp.extra.nat.payload':
    'Lungo il percorso, {actor} riscrive l’indirizzo contenuto nel messaggio da {before} a {after}.',
  'exp.extra.lost': 'Il pacchetto si perde tra {from} e {to}.',
  'exp.fw.drop':
    'Il firewall che protegge {owner} scarta il {flags} dalla porta {sport} alla porta {dport} (regola {rule}).',
  'exp.fw.reject':
    'Il firewall che protegge {owner} rifiuta il {flags} dalla porta {sport} alla porta {dport} e lo comunica al mittente (regola {rule}).',
  'exp.fw.allow':
    'Il firewall che protegge {owner} ora lascia passare il {flags} dalla porta {sport} alla porta {dport} (regola {rule}).',
  'exp.fw.change': 'Il firewall che protegge {owner} riceve una nuova impostazione (regola {rule}).',
  'exp.action.start.active': {
    plural: 'count',
    one: 'L’utente avvia un client FTP e {actor} comincia a scaricare un file in modalità attiva.',
    many: 'L’utente avvia un client FTP e {actor} comincia a scaricare {count} file in modalità attiva.',
    other: 'L’utente avvia un client FTP e {actor} comincia a scaricare {count} file in modalità attiva.',
  },
  'exp.action.start.passive': {
    plural: 'count',
    one: 'L’utente avvia un client FTP e {actor} comincia a scaricare un file in modalità passiva.',
    many: 'L’utente avvia un client FTP e {actor} comincia a scaricare {count} file in modalità passiva.',
    other: 'L’utente avvia un client FTP e {actor} comincia a scaricare {count} file in modalità passiva.',
  },
  'exp.action.file-received': {
    plural: 'count',
    one: 'Con il client FTP, {actor} ha ricevuto {file} per intero: {count} byte.',
    many: 'Con il client FTP, {actor} ha ricevuto {file} per intero: {count} byte.',
    other: 'Con il client FTP, {actor} ha ricevuto {file} per intero: {count} byte.',
  },
  'exp.action.transfer-failed': 'Il client FTP rinuncia al file {file}: {actor} non lo riceverà.',
  'exp.action.firewall': 'L’utente cambia l’impostazione del firewall che protegge {actor}.',
  'exp.action.allow-ftp-data':
    'L’utente cambia l’impostazione del firewall che protegge {actor}: ora possono entrare le connessioni che partono dalla porta {port}, quella da cui arrivano i dati FTP.',
  'exp.action.other': '{actor}: {action}.',

  'note.login':
    'Il passo {step} racconta l’accesso come un’unica mossa; in rete, invece, il PC invia {count} comandi uno alla volta ({commands}) e attende la risposta a ciascuno.',
  'note.greeting':
    'Appena si apre la connessione di controllo, il server saluta il PC (risposta 220) prima dell’accesso; il racconto semplificato tralascia questo saluto.',
  'note.reply-flags':
    'Le risposte del server contengono testo, quindi viaggiano in segmenti PSH,ACK; il racconto semplificato le indica solo come (ACK).',
  'note.fin-early':
    'Il server invia il suo FIN subito dopo gli ultimi byte di ogni file, quindi il FIN è già in viaggio quando il PC conferma la ricezione del file. I passi seguono l’ordine del racconto semplificato (riscontro, poi FIN), che è l’ordine di causa ed effetto, non quello in cui partono i pacchetti.',
  'note.control-close':
    'La connessione di controllo resta aperta per tutta la sessione: dopo l’ultimo file il PC invia QUIT, il server risponde 221 ed entrambi chiudono la connessione con FIN e ACK. Il racconto semplificato non dice nulla di tutto questo; questi pacchetti scorrono durante l’ultimo passo.',
  'note.next-file.active':
    'Prima di ogni file successivo il PC invia di nuovo PORT e RETR sulla connessione di controllo. Il racconto semplificato lo tralascia; questi pacchetti scorrono durante il passo in cui il server apre la connessione dati successiva.',
  'note.next-file.passive':
    'Prima di ogni file successivo il PC invia di nuovo PASV, e RETR una volta aperta la connessione dati. Il racconto semplificato lo tralascia; questi pacchetti scorrono durante i passi di quel file.',
  'note.transfer-replies':
    'Sulla connessione di controllo il server annuncia ogni trasferimento (150) e ne segnala la fine (226); il racconto semplificato non mostra queste risposte, che scorrono sullo sfondo dei passi del file.',
  'note.background-acks':
    'I riscontri che non trasportano nient’altro (l’ACK del PC a una risposta, l’ACK del server a un comando) non hanno un passo proprio; scorrono durante il passo che preparano.',
  'note.firewall-retries':
    'Finché il firewall blocca la richiesta, il server invia il suo SYN {count} volte, con pause di {waits} tra un tentativo e l’altro; il racconto semplificato mostra un solo tentativo.',
  'note.firewall-actor':
    'Il racconto semplificato attribuisce al PC i passi del firewall, perché il firewall è un software del PC; il livello esperto indica il firewall come attore.',
  'note.active-port20':
    'In modalità attiva il server apre ogni connessione dati dalla sua porta 20 verso la porta che il PC ha indicato nel comando PORT, quindi la richiesta raggiunge il PC dall’esterno: è proprio ciò che un firewall sul PC blocca.',
  'note.passive-outgoing':
    'In modalità passiva è il PC ad aprire ogni connessione, verso porte indicate dal server, quindi un firewall sul PC le lascia uscire tutte.',
  'note.loss': {
    plural: 'count',
    one: 'Un pacchetto si è perso lungo il percorso. Dopo una pausa TCP ha inviato di nuovo ciò che trasportava, e i passi che mostrano queste ritrasmissioni lo dicono.',
    many: '{count} pacchetti si sono persi lungo il percorso. Dopo una pausa TCP ha inviato di nuovo ciò che trasportavano, e i passi che mostrano queste ritrasmissioni lo dicono.',
    other:
      '{count} pacchetti si sono persi lungo il percorso. Dopo una pausa TCP ha inviato di nuovo ciò che trasportavano, e i passi che mostrano queste ritrasmissioni lo dicono.',
  },
  'note.shared-packet':
    'I passi {first} e {second} mostrano lo stesso pacchetto: {actor} fa entrambe le cose con un solo segmento ({flags}).',

  // SCP and SFTP: one SSH connection, encrypted from NEWKEYS on.
  'title.sftp.upload': {
    plural: 'count',
    one: 'Caricare un file con SFTP su SSH',
    many: 'Caricare {count} file con SFTP su SSH',
    other: 'Caricare {count} file con SFTP su SSH',
  },
  'title.sftp.download': {
    plural: 'count',
    one: 'Scaricare un file con SFTP su SSH',
    many: 'Scaricare {count} file con SFTP su SSH',
    other: 'Scaricare {count} file con SFTP su SSH',
  },
  'title.scp.upload': {
    plural: 'count',
    one: 'Caricare un file con scp su SSH',
    many: 'Caricare {count} file con scp su SSH',
    other: 'Caricare {count} file con scp su SSH',
  },
  'title.scp.download': {
    plural: 'count',
    one: 'Scaricare un file con scp su SSH',
    many: 'Scaricare {count} file con scp su SSH',
    other: 'Scaricare {count} file con scp su SSH',
  },
  'ssh.std.intro.upload': {
    plural: 'count',
    one: '{actor} sta per caricare un file con {program}; {peer} lo riceverà, e tutto viaggia dentro una connessione SSH.',
    many: '{actor} sta per caricare {count} file con {program}; {peer} li riceverà, e tutto viaggia dentro una connessione SSH.',
    other:
      '{actor} sta per caricare {count} file con {program}; {peer} li riceverà, e tutto viaggia dentro una connessione SSH.',
  },
  'ssh.std.intro.download': {
    plural: 'count',
    one: '{actor} sta per scaricare con {program} un file che {peer} conserva; tutto viaggia dentro una connessione SSH.',
    many: '{actor} sta per scaricare con {program} {count} file che {peer} conserva; tutto viaggia dentro una connessione SSH.',
    other:
      '{actor} sta per scaricare con {program} {count} file che {peer} conserva; tutto viaggia dentro una connessione SSH.',
  },
  'ssh.std.encrypted':
    'Il programma SSH cifra tutto ciò che {actor} invia: la password, i comandi e il file stesso. Solo {peer} potrà rileggerlo.',
  'ssh.std.decrypts':
    '{actor} attende con il suo programma SSH (sshd, sulla porta 22) e rende di nuovo leggibile ciò che arriva; le chiavi per farlo le conoscono solo lui e {peer}.',
  'ssh.std.left-out':
    'Da qui in poi la storia non ripete che ogni lato cifra prima di inviare e decifra dopo aver ricevuto: succede a ogni pacchetto SSH.',
  'ssh.std.login':
    'Prima {actor} e {peer} si scambiano le versioni di SSH e si accordano sulle chiavi (KEXINIT, uno scambio di chiavi ECDH, NEWKEYS). Tutto ciò che segue NEWKEYS è cifrato; solo allora {actor} invia nome utente e password.',
  'ssh.std.login-ok':
    '{actor} controlla la password e accetta l’accesso (USERAUTH_SUCCESS): {peer} è dentro.',
  'ssh.std.session.sftp':
    '{actor} ora può lavorare: apre un canale di sessione, avvia il sottosistema SFTP e invia le prime richieste SFTP, a cui {peer} deve rispondere.',
  'ssh.std.session.scp':
    '{actor} ora può lavorare: apre un canale di sessione e chiede che {peer} esegua il comando «{command}».',
  'ssh.std.answers.sftp':
    '{actor} conferma il canale, avvia il suo server SFTP e risponde a ogni richiesta (VERSION, poi la directory home).',
  'ssh.std.answers.scp-sink':
    '{actor} conferma il canale e avvia «{command}», che segnala con un byte zero di essere pronto a ricevere.',
  'ssh.std.answers.scp-source': '{actor} conferma il canale e avvia «{command}».',
  'ssh.std.put.sftp':
    '{actor} invia {file}: apre il file in scrittura (OPEN), manda i suoi byte in richieste WRITE e lo chiude (CLOSE).',
  'ssh.std.put.scp':
    '{actor} invia {file}: prima una riga con permessi, dimensione e nome (C0644 …), poi i byte, chiusi da un byte zero.',
  'ssh.std.stored.sftp':
    '{actor} ha ricevuto {file}: risponde a ogni richiesta con STATUS OK, e queste risposte portano le conferme dei byte.',
  'ssh.std.stored.scp':
    '{actor} ha ricevuto {file}: scp risponde alla riga e ai byte con un byte zero ciascuno, e queste risposte portano le conferme.',
  'ssh.std.fetch.sftp':
    '{actor} chiede {file}: cerca il file (LSTAT, STAT), lo apre (OPEN), lo legge fino alla fine (READ) e lo chiude (CLOSE).',
  'ssh.std.fetch.scp':
    '{actor} risponde alla riga e ai byte di {file} con un byte zero ciascuno: il file è arrivato.',
  'ssh.std.get.sftp': '{actor} invia {file} in risposte DATA e soddisfa le altre richieste che {peer} fa.',
  'ssh.std.get.scp':
    '{actor} invia {file}: una riga con permessi, dimensione e nome (C0644 …), poi i byte e un byte zero.',
  'ssh.ele.intro.upload': {
    plural: 'count',
    one: '{actor} vuole depositare un file e {peer} deve riceverlo, ben chiuso dentro SSH.',
    many: '{actor} vuole depositare {count} file e {peer} deve riceverli, ben chiusi dentro SSH.',
    other: '{actor} vuole depositare {count} file e {peer} deve riceverli, ben chiusi dentro SSH.',
  },
  'ssh.ele.intro.download': {
    plural: 'count',
    one: '{actor} vuole prendere un file che {peer} possiede, ben chiuso dentro SSH.',
    many: '{actor} vuole prendere {count} file che {peer} possiede, ben chiusi dentro SSH.',
    other: '{actor} vuole prendere {count} file che {peer} possiede, ben chiusi dentro SSH.',
  },
  'ssh.ele.connect': '{actor} e {peer} si collegano.',
  'ssh.ele.login':
    '{actor} e {peer} si accordano su una chiave segreta; poi {actor} dà nome e password, che nessun altro può leggere.',
  'ssh.ele.login-ok': '{actor} accetta, e {peer} è dentro.',
  'ssh.ele.session': '{actor} dice che cosa vuole fare, e {peer} si prepara.',
  'ssh.ele.file': '{actor} invia {file}, e {peer} conferma di averlo.',
  'ssh.ele.done': '{actor} saluta e la connessione finisce.',
  'ssh.exp.version':
    '{actor} annuncia in chiaro la sua versione di SSH, «{text}»: {flags} dalla porta {sport} alla porta {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.clear':
    '{actor} invia il messaggio SSH {text}, ancora non cifrato: {flags} dalla porta {sport} alla porta {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.clear-then-sealed':
    '{actor} invia {text} in chiaro e, subito dopo, un pacchetto SSH cifrato; dentro, ciò che sanno solo le due estremità: «{inner}». {flags} dalla porta {sport} alla porta {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.sealed':
    '{actor} invia un pacchetto SSH cifrato; dentro, ciò che sanno solo le due estremità: «{inner}». {flags} dalla porta {sport} alla porta {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.more':
    '{actor} invia il resto della stessa scrittura SSH: {flags} dalla porta {sport} alla porta {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.action.start.upload': '{actor}: l’utente avvia {program} per caricare.',
  'ssh.exp.action.start.download': '{actor}: l’utente avvia {program} per scaricare.',
  'ssh.exp.action.logged-in': '{actor}: il client SSH ha effettuato l’accesso come {user}.',
  'ssh.exp.action.sent': '{actor}: {program} viene a sapere che {file} è arrivato intero.',
  'ssh.exp.action.stored': '{actor} ha scritto {file} sul suo disco.',
  'ssh.exp.action.received': '{actor} ha ricevuto {file} e l’ha salvato.',
  'ssh.exp.action.failed': '{actor}: {program} rinuncia a {file}.',
  'ssh.note.key-exchange':
    'Il racconto semplificato passa subito dalla connessione alla password. In realtà i due lati si scambiano prima le righe di versione ed eseguono uno scambio di chiavi (KEXINIT, ECDH, NEWKEYS); il passo {step} mostra questi pacchetti insieme alla password, e il livello esperto li racconta uno per uno.',
  'ssh.note.clear-part':
    'Il racconto semplificato dice che tutto è cifrato. Le righe di versione e lo scambio di chiavi viaggiano però in chiaro, e non può essere altrimenti: le chiavi non esistono ancora. Tutto ciò che segue NEWKEYS (accesso, comandi, file) è cifrato; chi ascolta vede solo dimensioni e tempi dei pacchetti.',
  'ssh.note.none-probe':
    'OpenSSH prova prima ad accedere con il metodo «none»; il server risponde con i metodi che accetta, e solo allora viene inviata la password.',
  'ssh.note.answer-flags':
    'Nel racconto semplificato chi riceve risponde al file con un semplice (ACK). Il vero destinatario risponde con messaggi SSH (SFTP STATUS, o i byte zero di scp) che portano la conferma; per questo il passo {step} mostra PSH,ACK.',
  'ssh.note.session-end':
    'Prima del passo {step} il PC chiude la sessione dentro SSH (CHANNEL_EOF, CHANNEL_CLOSE, DISCONNECT) e il server comunica il codice di uscita del programma che ha eseguito; il racconto semplificato lo tralascia, e questi pacchetti scorrono sullo sfondo.',
  'ssh.note.scp-legacy':
    'Qui scp parla il protocollo scp classico (scp -O; il server esegue scp -t o scp -f). Da OpenSSH 9.0 scp usa SFTP dietro le quinte, se non si chiede altrimenti.',

  'icmp.echo-request': 'richiesta di eco',
  'icmp.echo-reply': 'risposta di eco',
  'icmp.source-quench': 'rallentamento della sorgente',
  'icmp.redirect': 'reindirizzamento',
  'icmp.router-advertisement': 'annuncio del router',
  'icmp.router-solicitation': 'sollecitazione del router',
  'icmp.parameter-problem': 'problema di parametro',
  'icmp.timestamp-request': 'richiesta di timestamp',
  'icmp.timestamp-reply': 'risposta di timestamp',
  'icmp.packet-too-big': 'pacchetto troppo grande',
  'icmp.mld-query': 'interrogazione di ascoltatore multicast',
  'icmp.mld-report': 'rapporto di ascoltatore multicast',
  'icmp.mld-done': 'fine ascolto multicast',
  'icmp.mld-report-v2': 'rapporto di ascoltatore multicast (versione 2)',
  'icmp.neighbor-solicitation': 'sollecitazione del vicino',
  'icmp.neighbor-advertisement': 'annuncio del vicino',
  'icmp.unreachable': 'destinazione irraggiungibile (codice {code})',
  'icmp.unreachable.net': 'destinazione irraggiungibile (rete irraggiungibile)',
  'icmp.unreachable.host': 'destinazione irraggiungibile (host irraggiungibile)',
  'icmp.unreachable.protocol': 'destinazione irraggiungibile (protocollo irraggiungibile)',
  'icmp.unreachable.port': 'destinazione irraggiungibile (porta irraggiungibile)',
  'icmp.unreachable.fragmentation': 'destinazione irraggiungibile (frammentazione necessaria)',
  'icmp.unreachable.source-route': 'destinazione irraggiungibile (instradamento dalla sorgente fallito)',
  'icmp.unreachable.net-unknown': 'destinazione irraggiungibile (rete di destinazione sconosciuta)',
  'icmp.unreachable.host-unknown': 'destinazione irraggiungibile (host di destinazione sconosciuto)',
  'icmp.unreachable.net-prohibited': 'destinazione irraggiungibile (rete vietata dall’amministratore)',
  'icmp.unreachable.host-prohibited': 'destinazione irraggiungibile (host vietato dall’amministratore)',
  'icmp.unreachable.admin': 'destinazione irraggiungibile (comunicazione vietata dall’amministratore)',
  'icmp.unreachable.no-route': 'destinazione irraggiungibile (nessun percorso verso la destinazione)',
  'icmp.unreachable.beyond-scope': 'destinazione irraggiungibile (fuori dall’ambito dell’indirizzo sorgente)',
  'icmp.unreachable.source-policy': 'destinazione irraggiungibile (indirizzo sorgente respinto dalla policy)',
  'icmp.unreachable.reject-route': 'destinazione irraggiungibile (percorso di rifiuto verso la destinazione)',
  'icmp.time-exceeded': 'tempo scaduto (codice {code})',
  'icmp.time-exceeded.ttl': 'tempo scaduto (TTL esaurito in transito)',
  'icmp.time-exceeded.hop-limit': 'tempo scaduto (limite di hop esaurito in transito)',
  'icmp.time-exceeded.reassembly': 'tempo scaduto (tempo di riassemblaggio dei frammenti scaduto)',
  'icmp.unknown.v4': 'ICMP tipo {type}, codice {code}',
  'icmp.unknown.v6': 'ICMPv6 tipo {type}, codice {code}',
};
