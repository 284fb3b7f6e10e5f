/** The sentences of the capture page, in German. */
import type { CaptureCatalog } from '../en/capture.ts';

export const capture: CaptureCatalog = {
  'capture.title': 'Mitschnitt öffnen',
  'capture.crumb': 'Ihr Mitschnitt',
  'capture.lead':
    'Spielen Sie eine mit Wireshark oder tcpdump aufgezeichnete Datei (.pcap oder .pcapng) als animierte Szene ab, Schritt für Schritt erzählt wie die anderen Szenen.',
  'capture.private':
    'Die Datei bleibt auf diesem Computer: Die Seite liest sie hier im Browser und schickt sie nirgendwohin.',
  'capture.choose': 'Mitschnittdatei auswählen',
  'capture.another': 'Andere Datei öffnen',
  'capture.drop': 'Sie können eine Datei auch an eine beliebige Stelle dieser Seite ziehen.',
  'capture.dropHere': 'Mitschnitt hier ablegen, um ihn zu öffnen',
  'capture.dropNotFile':
    'Hier lässt sich nur eine Datei öffnen: Legen Sie eine .pcap- oder .pcapng-Datei ab.',
  'capture.reading': '{file} wird gelesen …',
  'capture.readingLabel': 'Datei wird gelesen',
  'capture.progress': {
    plural: 'n',
    one: '{read} von {size} gelesen, bisher {packets} Paket.',
    other: '{read} von {size} gelesen, bisher {packets} Pakete.',
  },
  'capture.cancel': 'Abbrechen',
  'capture.loaded': 'Der Mitschnitt ist geöffnet.',
  'capture.cancelled':
    'Das Lesen wurde nach {read} von {size} abgebrochen. Alles bis dahin Gelesene wird gezeigt.',
  'capture.cancelledEmpty':
    'Das Lesen wurde nach {read} von {size} abgebrochen, bevor ein Paket gefunden wurde.',
  'capture.notCapture': 'Diese Datei ist kein pcap- oder pcapng-Mitschnitt.',
  'capture.damaged':
    'Diese Datei ist beschädigt oder abgeschnitten, daher wurde sie nur bis zur beschädigten Stelle gelesen.',
  'capture.unreadable': 'Der Browser konnte diese Datei nicht bis zum Ende lesen.',
  'capture.errorAt': 'Bei Byte {offset}: {message}.',
  'capture.keptBefore': {
    plural: 'n',
    one: 'Vor dieser Stelle wurde {count} Paket gelesen; es wird gezeigt und kann abgespielt werden.',
    other:
      'Vor dieser Stelle wurden {count} Pakete gelesen; sie werden gezeigt und können abgespielt werden.',
  },
  'capture.nothingBefore': 'Vor dieser Stelle konnte kein Paket gelesen werden.',
  'capture.failed': 'Die Seite konnte die Datei nicht lesen.',
  'capture.stopped': 'Das Lesen wurde abgebrochen.',
  'capture.fileLine': 'Eine {format}-Datei mit {size}.',
  'capture.countFrames': {
    plural: 'n',
    one: 'Sie enthält {count} Frame.',
    other: 'Sie enthält {count} Frames.',
  },
  'capture.countFramesRead': {
    plural: 'n',
    one: 'Der gelesene Teil enthält {count} Frame.',
    other: 'Der gelesene Teil enthält {count} Frames.',
  },
  'capture.countPackets': {
    plural: 'n',
    one: '{count} davon ist ein IP-Paket.',
    other: '{count} davon sind IP-Pakete.',
  },
  'capture.countConnections': {
    plural: 'n',
    one: 'Sie gehören zu {count} Verbindung.',
    other: 'Sie gehören zu {count} Verbindungen.',
  },
  'capture.sceneCapped':
    'Die Datei ist groß: Die Szene spielt die ersten {count} Pakete ab, und die Paketliste zeigt die ersten {rows}.',
  'capture.sceneCappedOnly': 'Die Datei ist groß: Die Szene spielt die ersten {count} Pakete ab.',
  'capture.noPackets': 'Diese Datei enthält kein IP-Paket, das sich abspielen ließe.',
  'capture.views': 'Was gezeigt werden soll',
  'capture.viewScene': 'Szene',
  'capture.viewPackets': 'Paketliste',
  'capture.tableTitle': 'Pakete in {file}',
  'capture.tableCaption': 'Aus der Datei gelesene Pakete',
  'capture.reopen':
    'Ein Mitschnitt bleibt nicht erhalten, wenn die Seite neu geladen oder geschlossen wird: Öffnen Sie die Datei erneut, um sie abzuspielen.',
  'capture.sceneError': 'Die Szene konnte nicht gezeigt werden.',
};
