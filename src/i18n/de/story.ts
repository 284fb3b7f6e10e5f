/**
 * The story in German. Node phrases are in the nominative, so each sentence is built to use them only
 * where German needs a nominative (often as the subject of a relative clause); no pronoun refers back to
 * a node, because its grammatical gender depends on which node it is.
 */
import type { StoryCatalog } from '../index.ts';

export const story: StoryCatalog = {
  'who.pc': 'der PC',
  'who.server': 'der Server',
  'who.router': 'der Router',
  'who.firewall': 'die Firewall',
  'who.network': 'das Internet',
  'who.named': '{name}',
  'actor.pc': 'PC',
  'actor.server': 'Server',
  'actor.router': 'Router',
  'actor.firewall': 'Firewall',
  'actor.network': 'Internet',

  'title.ftp.active': {
    plural: 'count',
    one: 'Eine Datei per FTP im aktiven Modus herunterladen',
    other: '{count} Dateien per FTP im aktiven Modus herunterladen',
  },
  'title.ftp.passive': {
    plural: 'count',
    one: 'Eine Datei per FTP im passiven Modus herunterladen',
    other: '{count} Dateien per FTP im passiven Modus herunterladen',
  },
  'title.generic': 'Was über das Netzwerk läuft',

  'std.intro.active': {
    plural: 'count',
    one: '{actor} lädt gleich per FTP im aktiven Modus eine Datei herunter, die {peer} bereitstellt.',
    other: '{actor} lädt gleich per FTP im aktiven Modus {count} Dateien herunter, die {peer} bereitstellt.',
  },
  'std.intro.passive': {
    plural: 'count',
    one: '{actor} lädt gleich per FTP im passiven Modus eine Datei herunter, die {peer} bereitstellt.',
    other: '{actor} lädt gleich per FTP im passiven Modus {count} Dateien herunter, die {peer} bereitstellt.',
  },
  'std.control.syn': '{actor} möchte eine FTP-Steuerverbindung zu Port {port} öffnen, an dem {peer} wartet.',
  'std.control.synack':
    '{actor} nimmt an und bittet darum, die Verbindung auch in der Gegenrichtung zu öffnen.',
  'std.control.ack': '{actor} nimmt ebenfalls an: Die Steuerverbindung steht.',
  'std.login.active':
    '{actor} meldet sich als {user} mit Passwort an, verlangt den Binärmodus, nennt den Port, an dem die Daten ankommen sollen (PORT), und fordert {file} an (RETR).',
  'std.login.passive':
    '{actor} meldet sich als {user} mit Passwort an, verlangt den Binärmodus und bittet darum, dass {peer} einen Port für die Daten öffnet (PASV).',
  'std.login.user': '{actor} meldet sich als {user} an und sendet diese Befehle: {commands}.',
  'std.login.other': '{actor} sendet diese Befehle: {commands}.',
  'std.replies.active':
    '{actor} beantwortet jeden Befehl ({codes}): Die Anmeldung ist angenommen, und um die Datei zu senden, muss {actor} eine zweite Verbindung öffnen, die {peer} annimmt.',
  'std.replies.passive':
    '{actor} beantwortet jeden Befehl ({codes}): Die Anmeldung ist angenommen, und an Port {port} wird nun auf eine zweite Verbindung gewartet, über die die Datei kommen wird.',
  'std.replies.other': '{actor} beantwortet jeden Befehl ({codes}).',
  'std.data.syn.to-send':
    'Um {file} zu senden, möchte {actor} eine FTP-Datenverbindung zu Port {port} öffnen, an dem {peer} wartet.',
  'std.data.syn.to-fetch':
    'Um {file} abzuholen, möchte {actor} eine FTP-Datenverbindung zu Port {port} öffnen, an dem {peer} wartet.',
  'std.data.syn.to-send.next':
    '{actor} öffnet eine neue Datenverbindung, um die nächste Datei zu senden: {file}, die {peer} gerade angefordert hat.',
  'std.data.syn.to-fetch.next':
    'Um die nächste Datei, {file}, abzuholen, möchte {actor} eine neue Datenverbindung zu Port {port} öffnen, an dem {peer} wartet.',
  'std.data.syn.again': '{actor} bittet erneut um die Datenverbindung, und diesmal kommt die Anfrage durch.',
  'std.data.synack':
    '{actor} nimmt an und bittet darum, die Datenverbindung auch in der Gegenrichtung zu öffnen.',
  'std.data.ack': '{actor} nimmt ebenfalls an: Die Datenverbindung steht.',
  'std.data.send': {
    plural: 'count',
    one: '{actor} sendet {file} ({count} Byte) über die Datenverbindung.',
    other: '{actor} sendet {file} ({count} Byte) über die Datenverbindung.',
  },
  'std.data.received': '{actor} bestätigt, dass {file} angekommen ist.',
  'std.close.fin': '{actor} hat nichts mehr zu senden und schließt die Datenverbindung.',
  'std.close.fin-ack': '{actor} bestätigt das Schließen.',
  'std.close.fin2': '{actor} schließt die Datenverbindung nun auch auf der eigenen Seite.',
  'std.close.fin2-ack': '{actor} bestätigt: Die Datenverbindung für {file} ist geschlossen.',
  'std.tcp.syn': '{actor} möchte eine Verbindung zu Port {port} öffnen, an dem {peer} wartet.',
  'std.tcp.synack': '{actor} nimmt an und bittet darum, die Verbindung auch in der Gegenrichtung zu öffnen.',
  'std.tcp.ack': '{actor} nimmt ebenfalls an: Die Verbindung steht.',
  'std.tcp.send': {
    plural: 'count',
    one: '{actor} sendet {count} Byte, das {peer} empfängt.',
    other: '{actor} sendet {count} Byte, die {peer} empfängt.',
  },
  'std.tcp.close.fin': '{actor} hat nichts mehr zu senden und schließt die Verbindung.',
  'std.tcp.close.fin-ack': '{actor} bestätigt das Schließen.',
  'std.tcp.close.fin2': '{actor} schließt die Verbindung nun auch auf der eigenen Seite.',
  'std.tcp.close.fin2-ack': '{actor} bestätigt: Die Verbindung ist geschlossen.',
  'std.no-answer': {
    plural: 'count',
    one: '{actor} wartet vergeblich auf eine Antwort, die {peer} schicken müsste, und gibt die Verbindung auf.',
    other:
      '{actor} wartet auch nach {count} Versuchen vergeblich auf eine Antwort, die {peer} schicken müsste, und gibt die Verbindung auf.',
  },
  'std.rst': '{actor} bricht die Verbindung sofort ab (RST).',
  'std.icmp': '{actor} sendet eine ICMP-Nachricht, die {peer} erhält: {icmp}.',
  'std.icmp.error': '{actor} meldet mit einer ICMP-Nachricht ein Problem, und {peer} erhält sie: {icmp}.',
  'std.fw.blocks':
    'Die Firewall, mit der sich {owner} schützt (ein Teil des Betriebssystems oder eines Virenschutzprogramms), blockiert die Verbindungsanfrage, die {peer} schickt.',
  'std.fw.must-change':
    'Damit die Datei durchkommt, muss die Einstellung der Firewall so geändert werden, dass sie diese Verbindung zulässt.',
  'std.fw.changed': 'Der Benutzer ändert die Einstellung, und die Firewall lässt die Anfrage jetzt herein.',
  'std.fw.never-changed':
    'Niemand ändert die Einstellung der Firewall, also wird auch jeder weitere Versuch blockiert.',
  'std.reply.425': '{actor} gibt die Datenverbindung auf und meldet das über die Steuerverbindung: „{reply}“',
  'std.reply.error': '{actor} meldet über die Steuerverbindung einen Fehler: „{reply}“',
  'std.failed': '{actor} gibt {file} auf und beendet die FTP-Sitzung (QUIT).',
  'std.extra.resent': {
    plural: 'count',
    one: 'Eines dieser Pakete musste erneut gesendet werden, weil nicht rechtzeitig eine Bestätigung zurückkam.',
    other:
      '{count} dieser Pakete mussten erneut gesendet werden, weil nicht rechtzeitig eine Bestätigung zurückkam.',
  },
  'std.extra.tries': {
    plural: 'count',
    one: 'Es bleibt bei einem Versuch.',
    other: 'Insgesamt sind es {count} Versuche.',
  },
  'std.extra.outgoing-passes':
    'Die Firewall, mit der sich {owner} schützt, lässt die Anfrage passieren, weil {owner} sie selbst verschickt.',
  'std.extra.outgoing-would-pass':
    'Selbst eine Firewall, mit der sich {owner} schützt, würde die Anfrage passieren lassen, weil {owner} sie selbst verschickt.',

  'ele.intro.active': {
    plural: 'count',
    one: '{actor} möchte per FTP (aktiver Modus) eine Datei herunterladen, die {peer} bereitstellt.',
    other: '{actor} möchte per FTP (aktiver Modus) {count} Dateien herunterladen, die {peer} bereitstellt.',
  },
  'ele.intro.passive': {
    plural: 'count',
    one: '{actor} möchte per FTP (passiver Modus) eine Datei herunterladen, die {peer} bereitstellt.',
    other: '{actor} möchte per FTP (passiver Modus) {count} Dateien herunterladen, die {peer} bereitstellt.',
  },
  'ele.control.ask': '{actor} fragt, ob {peer} eine Verbindung für das Gespräch aufbauen will.',
  'ele.control.ready': '{actor} sagt Ja: Die Verbindung steht.',
  'ele.login': '{actor} meldet sich mit Benutzername und Passwort an und bereitet den Download vor.',
  'ele.data.ask.to-send':
    '{actor} fragt, ob {peer} eine zweite Verbindung annimmt, über die {file} geschickt werden soll.',
  'ele.data.ask.to-fetch':
    '{actor} fragt, ob {peer} eine zweite Verbindung annimmt, über die {file} abgeholt werden soll.',
  'ele.fw.blocks': 'Die Firewall, mit der sich {owner} schützt, blockiert die Anfrage.',
  'ele.fw.changed': 'Der Benutzer ändert die Einstellung der Firewall, also kommt die nächste Anfrage durch.',
  'ele.fw.never': 'Niemand ändert die Einstellung der Firewall, also wird jede Anfrage blockiert.',
  'ele.data.ready': '{actor} sagt Ja: Die Verbindung für {file} steht.',
  'ele.data.send': '{actor} schickt {file}.',
  'ele.data.done': '{actor} hat {file} erhalten, und die Verbindung dafür ist geschlossen.',
  'ele.data.closed': 'Die Verbindung für {file} ist geschlossen.',
  'ele.failed.server':
    '{actor} gibt auf: Die Verbindung für die Datei kam nicht zustande, und {peer} erfährt das.',
  'ele.failed.pc': '{actor} gibt auf: {file} konnte nicht heruntergeladen werden.',
  'ele.tcp.ask': '{actor} fragt, ob {peer} eine Verbindung aufbauen will.',
  'ele.tcp.ready': '{actor} sagt Ja: Die Verbindung steht.',
  'ele.tcp.send': '{actor} schickt Daten, und {peer} empfängt sie.',
  'ele.tcp.done': 'Die Verbindung ist geschlossen.',
  'ele.no-answer': '{actor} wartet vergeblich auf eine Antwort, die {peer} schicken müsste, und gibt auf.',
  'ele.rst': '{actor} bricht die Verbindung plötzlich ab.',
  'ele.icmp': '{actor} schickt eine kurze Steuernachricht, die {peer} erhält.',
  'ele.icmp.error': '{actor} meldet, dass etwas schiefgegangen ist, und {peer} erhält die Meldung.',
  'ele.other': 'Im Netzwerk passiert etwas.',
  'ele.done': {
    plural: 'count',
    one: '{actor} verabschiedet sich, und die Sitzung endet: Eine Datei ist heruntergeladen.',
    other: '{actor} verabschiedet sich, und die Sitzung endet: {count} Dateien sind heruntergeladen.',
  },

  // FTPS (FTP over TLS, RFC 4217): what TLS adds to the FTP story, at every level.
  'title.ftps.active': {
    plural: 'count',
    one: 'Eine Datei per FTPS im aktiven Modus herunterladen, TLS {version}',
    other: '{count} Dateien per FTPS im aktiven Modus herunterladen, TLS {version}',
  },
  'title.ftps.passive': {
    plural: 'count',
    one: 'Eine Datei per FTPS im passiven Modus herunterladen, TLS {version}',
    other: '{count} Dateien per FTPS im passiven Modus herunterladen, TLS {version}',
  },
  'std.ftps.intro.active': {
    plural: 'count',
    one: '{actor} lädt gleich per FTPS (FTP über TLS {version}) im aktiven Modus eine Datei herunter, die {peer} bereitstellt.',
    other:
      '{actor} lädt gleich per FTPS (FTP über TLS {version}) im aktiven Modus {count} Dateien herunter, die {peer} bereitstellt.',
  },
  'std.ftps.intro.passive': {
    plural: 'count',
    one: '{actor} lädt gleich per FTPS (FTP über TLS {version}) im passiven Modus eine Datei herunter, die {peer} bereitstellt.',
    other:
      '{actor} lädt gleich per FTPS (FTP über TLS {version}) im passiven Modus {count} Dateien herunter, die {peer} bereitstellt.',
  },
  'std.ftps.auth':
    '{actor} sendet AUTH {mechanism}, noch im Klartext, und bittet darum, dass {peer} die Steuerverbindung mit TLS schützt.',
  'std.ftps.auth-ok':
    '{actor} stimmt mit Antwort {code} zu, ebenfalls im Klartext: Ab jetzt sprechen beide Seiten auf dieser Verbindung TLS.',
  'std.tls.client-hello':
    '{actor} beginnt den TLS-Handshake ({records}) und zählt die TLS-Versionen und Cipher-Suites auf, die unterstützt werden.',
  'std.tls.hello-retry':
    '{actor} antwortet mit {records}: Der HelloRetryRequest verlangt einen Key-Share aus einer anderen Gruppe, einer, die der Server akzeptiert.',
  'std.tls.client-hello.again':
    '{actor} sendet {records}: dasselbe Angebot noch einmal, diesmal mit einem Key-Share, den der Server akzeptiert.',
  'std.tls12.server-hello':
    '{actor} antwortet mit {records}: Gewählt werden TLS {version} und eine Cipher-Suite; dazu kommen das Zertifikat und der signierte eigene Anteil am Schlüsselaustausch.',
  'std.tls12.client-keys':
    '{actor} sendet {records}: den eigenen Anteil am Schlüsselaustausch, dann ChangeCipherSpec; ab da wird verschlüsselt, und Finished beweist, dass beide Seiten dieselben Schlüssel berechnet haben.',
  'std.tls12.server-finished':
    '{actor} sendet {records}: Nun wird auch in dieser Richtung verschlüsselt, und Finished schließt den Handshake ab.',
  'std.tls13.server-hello':
    '{actor} antwortet mit {records}. Auf der Leitung ist nur der ServerHello lesbar: Er trägt den Key-Share des Servers, und alles danach, auch das Zertifikat, ist bereits verschlüsselt.',
  'std.tls13.client-finished': '{actor} sendet {records}, verschlüsselt: Finished schließt den Handshake ab.',
  'std.tls.tickets':
    '{actor} sendet {records}, verschlüsselt: Session-Tickets, mit denen eine spätere Verbindung einen Teil des Handshakes überspringen kann.',
  'std.tls.other': '{actor} sendet TLS-Records: {records}.',
  'std.tls.close-notify':
    '{actor} sendet einen verschlüsselten close_notify-Alert: Von dieser Seite kommt über TLS auf dieser Verbindung nichts mehr.',
  'std.ftps.login':
    '{actor} sendet die Befehle innerhalb von TLS: {commands}. Auf der Leitung sind es verschlüsselte Records, die nur die beiden Endpunkte lesen können.',
  'std.ftps.login.prot':
    '{actor} meldet sich innerhalb von TLS an und bereitet den Download vor: {commands}. PBSZ 0 und PROT P verlangen, dass auch die Datenverbindungen mit TLS geschützt werden. Auf der Leitung sind diese Befehle verschlüsselte Records, die nur die beiden Endpunkte lesen können.',
  'std.ftps.replies.passive':
    '{actor} beantwortet jeden Befehl innerhalb von TLS ({codes}) und wartet an Port {port} auf die Datenverbindung.',
  'std.ftps.replies.active':
    '{actor} beantwortet jeden Befehl innerhalb von TLS ({codes}): Um die Datei zu senden, wird eine Verbindung zu dem Port geöffnet, den {peer} genannt hat.',
  'std.ftps.replies.other': '{actor} beantwortet jeden Befehl innerhalb von TLS ({codes}).',
  'std.ftps.transfer-complete':
    '{actor} meldet über die Steuerverbindung, innerhalb von TLS, dass die Übertragung von {file} abgeschlossen ist ({code}).',
  'std.ftps.extra.data-tls':
    'Die Datenverbindung bekommt einen eigenen TLS-Handshake, in dem {actor} der TLS-Client ist, gleich welche Seite die Verbindung geöffnet hat.',
  'std.ftps.extra.encrypted-file':
    'Die Datei reist in verschlüsselten TLS-Records: Auf der Leitung ist nur deren Größe zu sehen.',
  'std.ftps.extra.tickets-first':
    'Die ersten dieser Records sind Session-Tickets (NewSessionTicket), die vor der Datei kommen.',
  'ele.ftps.intro.active': {
    plural: 'count',
    one: '{actor} möchte per FTPS, also mit TLS geschütztem FTP, im aktiven Modus eine Datei herunterladen, die {peer} bereitstellt.',
    other:
      '{actor} möchte per FTPS, also mit TLS geschütztem FTP, im aktiven Modus {count} Dateien herunterladen, die {peer} bereitstellt.',
  },
  'ele.ftps.intro.passive': {
    plural: 'count',
    one: '{actor} möchte per FTPS, also mit TLS geschütztem FTP, im passiven Modus eine Datei herunterladen, die {peer} bereitstellt.',
    other:
      '{actor} möchte per FTPS, also mit TLS geschütztem FTP, im passiven Modus {count} Dateien herunterladen, die {peer} bereitstellt.',
  },
  'ele.ftps.control.ready':
    '{actor} sagt Ja, und beide Seiten vereinbaren geheime Schlüssel: Ab jetzt ist alles verschlüsselt, was über diese Verbindung geht.',
  'ele.ftps.login':
    '{actor} meldet sich mit Benutzername und Passwort an, die unterwegs niemand lesen kann, und bereitet den Download vor.',
  'ele.ftps.data.ready':
    '{actor} sagt Ja, und auch für diese Verbindung werden Schlüssel vereinbart: {file} reist verschlüsselt.',
  'ele.ftps.data.keys':
    'Für die Verbindung von {file} vereinbaren {actor} und {peer} Schlüssel, damit die Datei verschlüsselt reist.',
  'ele.ftps.data.send': '{actor} schickt {file}, verschlüsselt.',
  'exp.extra.tls': 'Diese Bytes sind TLS-Records: {text}.',
  'exp.extra.tls.command':
    'Diese Bytes sind ein verschlüsselter TLS-Record ({text}); darin steckt der Befehl {inner}.',
  'exp.extra.tls.reply':
    'Diese Bytes sind ein verschlüsselter TLS-Record ({text}); darin steckt die Antwort „{inner}“.',
  'exp.extra.tls.data':
    'Diese Bytes sind verschlüsselte TLS-Records ({text}); darin steckt ein Teil von {file}.',
  'exp.extra.tls.inner': 'Diese Bytes sind TLS-Records ({text}); entschlüsselt sind es: {inner}.',
  'exp.extra.ftps-start': 'Vor der Anmeldung verlangt der Client TLS, bis zu TLS {version}.',
  'note.ftps.ssl':
    'Die Vorlage spricht von SSL. FTPS läuft heute über TLS (hier TLS {version}): SSL 3.0 ist nach RFC 7568 verboten, und RFC 4217 startet TLS auf der Steuerverbindung mit AUTH TLS.',
  'note.ftps.encrypted':
    'Ab der Antwort 234 ist auf der Steuerverbindung nichts mehr lesbar: Ein Mitschnitt zeigt nur TLS-Records und ihre Größen. Die Schritte sagen, welche Befehle und Antworten in den Records stecken, so wie die beiden Endpunkte sie nach dem Entschlüsseln kennen.',
  'note.ftps.passive-accept':
    'Die Vorlage gibt Schritt {step} dem PC („FTPS data connection OK“). Im passiven Modus fordert der PC die Datenverbindung an, und der Server nimmt sie an; deshalb handelt in diesem Schritt der Server.',
  'note.ftps.nat-port':
    'Der PORT-Befehl nennt die private Adresse des PCs, {address}. Das NAT des Routers kann sie weder lesen noch umschreiben, auch nicht mit einem FTP-Helfer, weil sie innerhalb von TLS reist; deshalb lehnt der Server sie ab (Antwort {code}), und FTPS im aktiven Modus scheitert hinter diesem NAT.',
  'exp.syn':
    '{actor} bittet um eine Verbindung, die {peer} annehmen soll: {flags} von Port {sport} an Port {dport} (seq {seq}).',
  'exp.synack':
    '{actor} nimmt an und bittet im Gegenzug selbst um die Verbindung: {flags} von Port {sport} an Port {dport} (seq {seq}, ack {ack}).',
  'exp.rst':
    '{actor} setzt die Verbindung zurück: {flags} von Port {sport} an Port {dport} (seq {seq}, ack {ack}).',
  'exp.command': {
    plural: 'count',
    one: '{actor} sendet {text} von Port {sport} an Port {dport} (seq {seq}, ack {ack}, {count} Byte).',
    other: '{actor} sendet {text} von Port {sport} an Port {dport} (seq {seq}, ack {ack}, {count} Byte).',
  },
  'exp.reply': {
    plural: 'count',
    one: '{actor} antwortet „{text}“ von Port {sport} an Port {dport} (seq {seq}, ack {ack}, {count} Byte).',
    other:
      '{actor} antwortet „{text}“ von Port {sport} an Port {dport} (seq {seq}, ack {ack}, {count} Byte).',
  },
  'exp.data': {
    plural: 'count',
    one: '{actor} sendet {count} Byte der Datei {file} von Port {sport} an Port {dport} (seq {seq}, ack {ack}).',
    other:
      '{actor} sendet {count} Byte der Datei {file} von Port {sport} an Port {dport} (seq {seq}, ack {ack}).',
  },
  'exp.payload': {
    plural: 'count',
    one: '{actor} sendet {count} Byte von Port {sport} an Port {dport} (seq {seq}, ack {ack}).',
    other: '{actor} sendet {count} Byte von Port {sport} an Port {dport} (seq {seq}, ack {ack}).',
  },
  'exp.fin':
    '{actor} hat nichts mehr zu senden und schließt die eigene Seite: {flags} von Port {sport} an Port {dport} (seq {seq}, ack {ack}).',
  'exp.ack.handshake':
    '{actor} schließt den Drei-Wege-Handshake ab: {flags} von Port {sport} an Port {dport} (seq {seq}, ack {ack}).',
  'exp.ack.fin':
    '{actor} bestätigt das FIN, das {peer} gesendet hat: {flags} von Port {sport} an Port {dport} (seq {seq}, ack {ack}).',
  'exp.ack.data':
    '{actor} bestätigt den Empfang der Bytes, die {peer} gesendet hat, bis Nummer {last}: {flags} von Port {sport} an Port {dport} (seq {seq}, ack {ack}).',
  'exp.ack.other':
    '{actor} sendet eine Bestätigung, die nichts Neues bestätigt: {flags} von Port {sport} an Port {dport} (seq {seq}, ack {ack}).',
  'exp.udp': {
    plural: 'count',
    one: '{actor} sendet ein UDP-Datagramm von Port {sport} an Port {dport} ({count} Byte).',
    other: '{actor} sendet ein UDP-Datagramm von Port {sport} an Port {dport} ({count} Byte).',
  },
  'exp.icmp': '{actor} sendet eine ICMP-Nachricht: {icmp}.',
  'exp.ip': '{actor} sendet ein IP-Paket ({protocol}).',
  'exp.lost.tcp': {
    plural: 'count',
    one: '{actor} sendet {flags} von Port {sport} an Port {dport} ({count} Byte), doch das Segment geht unterwegs verloren (Strecke: {from} – {to}), daher sieht der Mitschnitt es nie.',
    other:
      '{actor} sendet {flags} von Port {sport} an Port {dport} ({count} Byte), doch das Segment geht unterwegs verloren (Strecke: {from} – {to}), daher sieht der Mitschnitt es nie.',
  },
  'exp.lost.other':
    '{actor} sendet ein Paket, das {peer} erreichen soll, doch es geht unterwegs verloren (Strecke: {from} – {to}), daher sieht der Mitschnitt es nie.',
  'exp.extra.fin': 'Dasselbe Segment trägt FIN, denn {actor} hat nichts mehr zu senden.',
  'exp.extra.ack-fin': 'Dasselbe Segment bestätigt das FIN, das {peer} gesendet hat.',
  'exp.extra.retransmission':
    'Das ist eine Übertragungswiederholung: Weil {seconds} s lang keine Bestätigung kam, sendet {actor} es erneut.',
  'exp.extra.retransmission.unseen':
    'Das ist eine Übertragungswiederholung: Die erste Kopie wurde nicht rechtzeitig bestätigt.',
  'exp.extra.nat.src': 'Unterwegs schreibt {actor} die Quelladresse von {before} auf {after} um.',
  'exp.extra.nat.dst': 'Unterwegs schreibt {actor} die Zieladresse von {before} auf {after} um.',
  'exp.extra.nat.payload':
    'Unterwegs schreibt {actor} die Adresse im Inhalt der Nachricht von {before} auf {after} um.',
  'exp.extra.lost': 'Es geht unterwegs verloren (Strecke: {from} – {to}).',
  'exp.fw.drop':
    'Die Firewall, mit der sich {owner} schützt, verwirft das {flags} von Port {sport} an Port {dport} (Regel {rule}).',
  'exp.fw.reject':
    'Die Firewall, mit der sich {owner} schützt, weist das {flags} von Port {sport} an Port {dport} ab und teilt das dem Absender mit (Regel {rule}).',
  'exp.fw.allow':
    'Die Firewall, mit der sich {owner} schützt, lässt das {flags} von Port {sport} an Port {dport} jetzt durch (Regel {rule}).',
  'exp.fw.change': 'Die Firewall, mit der sich {owner} schützt, erhält eine neue Einstellung (Regel {rule}).',
  'exp.action.start.active': {
    plural: 'count',
    one: '{actor} startet auf Wunsch des Benutzers einen FTP-Client, um eine Datei im aktiven Modus herunterzuladen.',
    other:
      '{actor} startet auf Wunsch des Benutzers einen FTP-Client, um {count} Dateien im aktiven Modus herunterzuladen.',
  },
  'exp.action.start.passive': {
    plural: 'count',
    one: '{actor} startet auf Wunsch des Benutzers einen FTP-Client, um eine Datei im passiven Modus herunterzuladen.',
    other:
      '{actor} startet auf Wunsch des Benutzers einen FTP-Client, um {count} Dateien im passiven Modus herunterzuladen.',
  },
  'exp.action.file-received': {
    plural: 'count',
    one: 'Der FTP-Client, den {actor} ausführt, hat {file} vollständig erhalten: {count} Byte.',
    other: 'Der FTP-Client, den {actor} ausführt, hat {file} vollständig erhalten: {count} Byte.',
  },
  'exp.action.transfer-failed': 'Der FTP-Client, den {actor} ausführt, gibt {file} auf.',
  'exp.action.firewall': 'Der Benutzer ändert die Einstellung der Firewall, mit der sich {actor} schützt.',
  'exp.action.allow-ftp-data':
    'Der Benutzer ändert die Einstellung der Firewall, mit der sich {actor} schützt: Verbindungen von Port {port}, von dem die FTP-Daten kommen, dürfen jetzt herein.',
  'exp.action.other': '{actor}: {action}.',

  'note.login':
    'Schritt {step} erzählt die Anmeldung als einen einzigen Vorgang; auf der Leitung sendet der PC {count} Befehle nacheinander ({commands}) und wartet jeweils auf die Antwort.',
  'note.greeting':
    'Gleich nach dem Öffnen der Steuerverbindung begrüßt der Server den PC (Antwort 220), noch vor der Anmeldung; die Vorlage lässt die Begrüßung weg.',
  'note.reply-flags':
    'Die Antworten des Servers enthalten Text und reisen deshalb als PSH,ACK-Segmente; die Vorlage kennzeichnet sie nur als (ACK).',
  'note.fin-early':
    'Der Server sendet sein FIN direkt hinter den letzten Bytes jeder Datei, also ist das FIN schon unterwegs, wenn der PC die Datei bestätigt. Die Schritte behalten die Reihenfolge der Vorlage bei (erst Bestätigung, dann FIN): Das ist die Reihenfolge von Ursache und Wirkung, nicht die, in der die Pakete abgehen.',
  'note.control-close':
    'Die Steuerverbindung bleibt die ganze Sitzung über offen: Nach der letzten Datei sendet der PC QUIT, der Server antwortet mit 221, und beide Seiten schließen die Verbindung mit FIN und ACK. Die Vorlage erzählt nichts davon; diese Pakete laufen während des letzten Schritts.',
  'note.next-file.active':
    'Vor jeder weiteren Datei sendet der PC auf der Steuerverbindung erneut PORT und RETR. Die Vorlage lässt das weg; diese Pakete laufen während des Schritts, in dem der Server die nächste Datenverbindung öffnet.',
  'note.next-file.passive':
    'Vor jeder weiteren Datei sendet der PC erneut PASV und, sobald die Datenverbindung steht, RETR. Die Vorlage lässt das weg; diese Pakete laufen während der Schritte dieser Datei.',
  'note.transfer-replies':
    'Auf der Steuerverbindung kündigt der Server jede Übertragung an (150) und meldet ihren Abschluss (226); die Vorlage zeigt diese Antworten nicht, sie laufen im Hintergrund der Schritte der Datei.',
  'note.background-acks':
    'Bestätigungen, die sonst nichts tragen (das ACK des PCs auf eine Antwort, das ACK des Servers auf einen Befehl), haben keinen eigenen Schritt; sie laufen während des Schritts, zu dem sie hinführen.',
  'note.firewall-retries':
    'Solange die Firewall blockiert, sendet der Server sein SYN {count}-mal, mit Pausen von {waits} zwischen den Versuchen; die Vorlage zeigt nur einen Versuch.',
  'note.firewall-actor':
    'Die Vorlage erzählt die Schritte der Firewall als Schritte des PCs, da die Firewall Software auf dem PC ist; die Expertenstufe nennt die Firewall als Handelnde.',
  'note.active-port20':
    'Im aktiven Modus öffnet der Server jede Datenverbindung von seinem Port 20 aus zu dem Port, den der PC in seinem PORT-Befehl genannt hat. Die Anfrage erreicht den PC also von außen: Genau das stoppt eine Firewall auf dem PC.',
  'note.passive-outgoing':
    'Im passiven Modus öffnet der PC jede Verbindung selbst, zu Ports, die der Server nennt; eine Firewall auf dem PC lässt sie daher alle hinaus.',
  'note.loss': {
    plural: 'count',
    one: 'Ein Paket ging unterwegs verloren. TCP hat seinen Inhalt nach einer Pause erneut gesendet, und die Schritte mit solchen Übertragungswiederholungen weisen darauf hin.',
    other:
      '{count} Pakete gingen unterwegs verloren. TCP hat ihren Inhalt nach einer Pause erneut gesendet, und die Schritte mit solchen Übertragungswiederholungen weisen darauf hin.',
  },
  'note.shared-packet':
    'Die Schritte {first} und {second} zeigen dasselbe Paket, denn {actor} erledigt beides mit einem Segment ({flags}).',

  // SCP and SFTP: one SSH connection, encrypted from NEWKEYS on.
  'title.sftp.upload': {
    plural: 'count',
    one: 'Eine Datei per SFTP über SSH hochladen',
    other: '{count} Dateien per SFTP über SSH hochladen',
  },
  'title.sftp.download': {
    plural: 'count',
    one: 'Eine Datei per SFTP über SSH herunterladen',
    other: '{count} Dateien per SFTP über SSH herunterladen',
  },
  'title.scp.upload': {
    plural: 'count',
    one: 'Eine Datei per scp über SSH hochladen',
    other: '{count} Dateien per scp über SSH hochladen',
  },
  'title.scp.download': {
    plural: 'count',
    one: 'Eine Datei per scp über SSH herunterladen',
    other: '{count} Dateien per scp über SSH herunterladen',
  },
  'ssh.std.intro.upload': {
    plural: 'count',
    one: '{actor} will gleich eine Datei mit {program} hochladen, die {peer} bekommen soll; alles läuft in einer SSH-Verbindung.',
    other:
      '{actor} will gleich {count} Dateien mit {program} hochladen, die {peer} bekommen soll; alles läuft in einer SSH-Verbindung.',
  },
  'ssh.std.intro.download': {
    plural: 'count',
    one: '{actor} will gleich eine Datei mit {program} herunterladen, die {peer} bereithält; alles läuft in einer SSH-Verbindung.',
    other:
      '{actor} will gleich {count} Dateien mit {program} herunterladen, die {peer} bereithält; alles läuft in einer SSH-Verbindung.',
  },
  'ssh.std.encrypted':
    'Alles, was {actor} sendet, verschlüsselt das SSH-Programm: das Passwort, die Befehle und die Datei selbst. Lesen kann es nur {peer}.',
  'ssh.std.decrypts':
    'Auf der Gegenseite wartet das SSH-Programm sshd an Port 22, den {actor} offen hält, und macht aus dem Empfangenen wieder lesbare Daten; die Schlüssel dafür kennt außer dieser Seite nur {peer}.',
  'ssh.std.left-out':
    'Von hier an erwähnt die Geschichte nicht mehr, dass jede Seite vor dem Senden verschlüsselt und nach dem Empfang entschlüsselt: Das geschieht mit jedem SSH-Paket.',
  'ssh.std.login':
    'Zuerst tauschen {actor} und {peer} ihre SSH-Versionen aus und einigen sich auf Schlüssel (KEXINIT, ein ECDH-Schlüsselaustausch, NEWKEYS). Alles nach NEWKEYS ist verschlüsselt; erst dann sendet {actor} Benutzernamen und Passwort.',
  'ssh.std.login-ok':
    '{actor} prüft das Passwort und lässt die Anmeldung zu (USERAUTH_SUCCESS); damit ist {peer} angemeldet.',
  'ssh.std.session.sftp':
    '{actor} kann jetzt arbeiten: Ein Sitzungskanal wird geöffnet, das SFTP-Subsystem gestartet, und die ersten SFTP-Anfragen gehen hinaus, die {peer} beantworten soll.',
  'ssh.std.session.scp':
    '{actor} kann jetzt arbeiten: Ein Sitzungskanal wird geöffnet, mit der Bitte, dass {peer} den Befehl „{command}“ ausführt.',
  'ssh.std.answers.sftp':
    '{actor} bestätigt den Kanal, startet einen SFTP-Server und beantwortet jede Anfrage (VERSION, dann das Home-Verzeichnis).',
  'ssh.std.answers.scp-sink':
    '{actor} bestätigt den Kanal und startet „{command}“; das Programm meldet mit einem Null-Byte, dass es zum Empfangen bereit ist.',
  'ssh.std.answers.scp-source': '{actor} bestätigt den Kanal und startet „{command}“.',
  'ssh.std.put.sftp':
    '{actor} sendet {file}: Die Datei wird zum Schreiben geöffnet (OPEN), ihre Bytes gehen in WRITE-Anfragen hinaus, dann wird sie geschlossen (CLOSE).',
  'ssh.std.put.scp':
    '{actor} sendet {file}: zuerst eine Zeile mit Rechten, Größe und Namen (C0644 …), dann die Bytes, abgeschlossen von einem Null-Byte.',
  'ssh.std.stored.sftp':
    '{actor} hat {file} erhalten: Jede Anfrage bekommt STATUS OK zur Antwort, und diese Antworten tragen die Bestätigungen der Bytes.',
  'ssh.std.stored.scp':
    '{actor} hat {file} erhalten: scp beantwortet die Zeile und die Bytes mit je einem Null-Byte, und diese Antworten tragen die Bestätigungen.',
  'ssh.std.fetch.sftp':
    '{actor} fragt nach {file}: Die Datei wird gesucht (LSTAT, STAT), geöffnet (OPEN), bis zum Ende gelesen (READ) und geschlossen (CLOSE).',
  'ssh.std.fetch.scp':
    '{actor} beantwortet die Zeile und die Bytes von {file} mit je einem Null-Byte: Die Datei ist angekommen.',
  'ssh.std.get.sftp':
    '{actor} sendet {file} in DATA-Antworten und beantwortet die übrigen Anfragen, die {peer} stellt.',
  'ssh.std.get.scp':
    '{actor} sendet {file}: eine Zeile mit Rechten, Größe und Namen (C0644 …), dann die Bytes und ein Null-Byte.',
  'ssh.ele.intro.upload': {
    plural: 'count',
    one: '{actor} möchte eine Datei hochladen, und {peer} soll sie bekommen, sicher verschlossen in SSH.',
    other:
      '{actor} möchte {count} Dateien hochladen, und {peer} soll sie bekommen, sicher verschlossen in SSH.',
  },
  'ssh.ele.intro.download': {
    plural: 'count',
    one: '{actor} möchte eine Datei holen, die {peer} hat, sicher verschlossen in SSH.',
    other: '{actor} möchte {count} Dateien holen, die {peer} hat, sicher verschlossen in SSH.',
  },
  'ssh.ele.connect': '{actor} und {peer} verbinden sich.',
  'ssh.ele.login':
    '{actor} und {peer} einigen sich auf einen geheimen Schlüssel; dann nennt {actor} Namen und Passwort, die sonst niemand lesen kann.',
  'ssh.ele.login-ok': '{actor} lässt die Anmeldung zu, und {peer} ist drin.',
  'ssh.ele.session': '{actor} sagt, was geschehen soll, und {peer} macht sich bereit.',
  'ssh.ele.file': '{actor} sendet {file}, und {peer} meldet, dass die Datei da ist.',
  'ssh.ele.done': '{actor} verabschiedet sich, und die Verbindung endet.',
  'ssh.exp.version':
    '{actor} nennt im Klartext die eigene SSH-Version, „{text}“: {flags} von Port {sport} an Port {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.clear':
    '{actor} sendet die SSH-Nachricht {text}, noch unverschlüsselt: {flags} von Port {sport} an Port {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.clear-then-sealed':
    '{actor} sendet {text} unverschlüsselt und danach ein verschlüsseltes SSH-Paket; darin steht, was nur die beiden Enden wissen: „{inner}“. {flags} von Port {sport} an Port {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.sealed':
    '{actor} sendet ein verschlüsseltes SSH-Paket; darin steht, was nur die beiden Enden wissen: „{inner}“. {flags} von Port {sport} an Port {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.more':
    '{actor} sendet den Rest desselben SSH-Schreibvorgangs: {flags} von Port {sport} an Port {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.action.start.upload': '{actor}: Der Benutzer startet {program} zum Hochladen.',
  'ssh.exp.action.start.download': '{actor}: Der Benutzer startet {program} zum Herunterladen.',
  'ssh.exp.action.logged-in': '{actor}: Der SSH-Client ist als {user} angemeldet.',
  'ssh.exp.action.sent': '{actor}: {program} erfährt, dass {file} vollständig angekommen ist.',
  'ssh.exp.action.stored': '{actor} hat {file} auf die Festplatte geschrieben.',
  'ssh.exp.action.received': '{actor} hat {file} erhalten und gespeichert.',
  'ssh.exp.action.failed': '{actor}: {program} gibt {file} auf.',
  'ssh.note.key-exchange':
    'Die Vorlage springt von der Verbindung direkt zum Passwort. Tatsächlich tauschen beide Seiten zuerst Versionszeilen aus und führen einen Schlüsselaustausch durch (KEXINIT, ECDH, NEWKEYS); Schritt {step} zeigt diese Pakete zusammen mit dem Passwort, und die Expertenstufe erzählt jedes einzeln.',
  'ssh.note.clear-part':
    'Die Vorlage sagt, alles sei verschlüsselt. Die Versionszeilen und der Schlüsselaustausch laufen aber im Klartext, und das muss so sein: Die Schlüssel gibt es noch nicht. Alles nach NEWKEYS (Anmeldung, Befehle, Datei) ist verschlüsselt; ein Lauscher sieht nur Größe und Zeitpunkt der Pakete.',
  'ssh.note.none-probe':
    'OpenSSH versucht zuerst, sich mit der Methode „none“ anzumelden; der Server antwortet, welche Methoden er annimmt, und erst dann wird das Passwort gesendet.',
  'ssh.note.answer-flags':
    'In der Vorlage antwortet der Empfänger auf die Datei mit einem bloßen (ACK). Der echte Empfänger antwortet mit SSH-Nachrichten (SFTP STATUS oder die Null-Bytes von scp), die die Bestätigung mittragen; deshalb zeigt Schritt {step} PSH,ACK.',
  'ssh.note.session-end':
    'Vor Schritt {step} beendet der PC die Sitzung innerhalb von SSH (CHANNEL_EOF, CHANNEL_CLOSE, DISCONNECT), und der Server meldet den Exit-Status des Programms, das er ausgeführt hat; die Vorlage lässt das aus, und diese Pakete laufen im Hintergrund.',
  'ssh.note.scp-legacy':
    'Hier spricht scp das klassische scp-Protokoll (scp -O; der Server führt scp -t oder scp -f aus). Seit OpenSSH 9.0 nutzt scp im Hintergrund SFTP, wenn man nichts anderes angibt.',

  'icmp.echo-request': 'Echo-Anfrage',
  'icmp.echo-reply': 'Echo-Antwort',
  'icmp.source-quench': 'Quelldrosselung',
  'icmp.redirect': 'Umleitung',
  'icmp.router-advertisement': 'Router-Ankündigung',
  'icmp.router-solicitation': 'Router-Anfrage',
  'icmp.parameter-problem': 'Parameterproblem',
  'icmp.timestamp-request': 'Zeitstempel-Anfrage',
  'icmp.timestamp-reply': 'Zeitstempel-Antwort',
  'icmp.packet-too-big': 'Paket zu groß',
  'icmp.mld-query': 'Multicast-Listener-Abfrage',
  'icmp.mld-report': 'Multicast-Listener-Bericht',
  'icmp.mld-done': 'Multicast-Listener-Abmeldung',
  'icmp.mld-report-v2': 'Multicast-Listener-Bericht (Version 2)',
  'icmp.neighbor-solicitation': 'Nachbaranfrage',
  'icmp.neighbor-advertisement': 'Nachbarankündigung',
  'icmp.unreachable': 'Ziel nicht erreichbar (Code {code})',
  'icmp.unreachable.net': 'Ziel nicht erreichbar (Netz nicht erreichbar)',
  'icmp.unreachable.host': 'Ziel nicht erreichbar (Host nicht erreichbar)',
  'icmp.unreachable.protocol': 'Ziel nicht erreichbar (Protokoll nicht erreichbar)',
  'icmp.unreachable.port': 'Ziel nicht erreichbar (Port nicht erreichbar)',
  'icmp.unreachable.fragmentation': 'Ziel nicht erreichbar (Fragmentierung nötig)',
  'icmp.unreachable.source-route': 'Ziel nicht erreichbar (Source-Route fehlgeschlagen)',
  'icmp.unreachable.net-unknown': 'Ziel nicht erreichbar (Zielnetz unbekannt)',
  'icmp.unreachable.host-unknown': 'Ziel nicht erreichbar (Zielhost unbekannt)',
  'icmp.unreachable.net-prohibited': 'Ziel nicht erreichbar (Netz administrativ gesperrt)',
  'icmp.unreachable.host-prohibited': 'Ziel nicht erreichbar (Host administrativ gesperrt)',
  'icmp.unreachable.admin': 'Ziel nicht erreichbar (Kommunikation administrativ untersagt)',
  'icmp.unreachable.no-route': 'Ziel nicht erreichbar (keine Route zum Ziel)',
  'icmp.unreachable.beyond-scope':
    'Ziel nicht erreichbar (außerhalb des Gültigkeitsbereichs der Quelladresse)',
  'icmp.unreachable.source-policy': 'Ziel nicht erreichbar (Quelladresse von einer Richtlinie abgelehnt)',
  'icmp.unreachable.reject-route': 'Ziel nicht erreichbar (Route zum Ziel abgewiesen)',
  'icmp.time-exceeded': 'Zeit überschritten (Code {code})',
  'icmp.time-exceeded.ttl': 'Zeit überschritten (TTL unterwegs abgelaufen)',
  'icmp.time-exceeded.hop-limit': 'Zeit überschritten (Hop-Limit unterwegs abgelaufen)',
  'icmp.time-exceeded.reassembly':
    'Zeit überschritten (Zeit für das Zusammensetzen der Fragmente abgelaufen)',
  'icmp.unknown.v4': 'ICMP-Typ {type}, Code {code}',
  'icmp.unknown.v6': 'ICMPv6-Typ {type}, Code {code}',
};
