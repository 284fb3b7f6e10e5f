/** The sentences of the capture page, in Italian. */
import type { CaptureCatalog } from '../en/capture.ts';

export const capture: CaptureCatalog = {
  'capture.title': 'Apri una cattura',
  'capture.crumb': 'La tua cattura',
  'capture.lead':
    'Riproduci come scena animata un file registrato con Wireshark o tcpdump (.pcap o .pcapng), raccontato passo per passo come le altre scene.',
  'capture.private':
    'Il file resta su questo computer: la pagina lo legge qui, nel browser, e non lo invia mai da nessuna parte.',
  'capture.choose': 'Scegli un file di cattura',
  'capture.another': 'Apri un altro file',
  'capture.drop': 'Puoi anche trascinare un file in qualsiasi punto di questa pagina.',
  'capture.dropHere': 'Rilascia la cattura per aprirla',
  'capture.dropNotFile': 'Qui si può aprire solo un file: rilascia un file .pcap o .pcapng.',
  'capture.reading': 'Lettura di {file}…',
  'capture.readingLabel': 'Lettura del file',
  'capture.progress': {
    plural: 'n',
    one: 'Letti {read} su {size}, finora {packets} pacchetto.',
    many: 'Letti {read} su {size}, finora {packets} pacchetti.',
    other: 'Letti {read} su {size}, finora {packets} pacchetti.',
  },
  'capture.cancel': 'Annulla',
  'capture.loaded': 'La cattura è aperta.',
  'capture.cancelled':
    'La lettura è stata interrotta dopo {read} su {size}. Viene mostrato tutto ciò che è stato letto fino a quel momento.',
  'capture.cancelledEmpty':
    'La lettura è stata interrotta dopo {read} su {size}, prima di trovare un qualsiasi pacchetto.',
  'capture.notCapture': 'Questo file non è una cattura pcap o pcapng.',
  'capture.damaged':
    'Questo file è danneggiato o troncato, quindi è stato letto solo fino al punto del danno.',
  'capture.unreadable': 'Il browser non è riuscito a leggere questo file fino alla fine.',
  'capture.errorAt': 'Al byte {offset}: {message}.',
  'capture.keptBefore': {
    plural: 'n',
    one: 'Viene mostrato {count} pacchetto, letto prima di quel punto, e si può riprodurre.',
    many: 'Vengono mostrati {count} pacchetti, letti prima di quel punto, e si possono riprodurre.',
    other: 'Vengono mostrati {count} pacchetti, letti prima di quel punto, e si possono riprodurre.',
  },
  'capture.nothingBefore': 'Prima di quel punto non è stato possibile leggere nessun pacchetto.',
  'capture.failed': 'La pagina non è riuscita a leggere il file.',
  'capture.stopped': 'La lettura è stata interrotta.',
  'capture.fileLine': 'Un file {format} di {size}.',
  'capture.countFrames': {
    plural: 'n',
    one: 'Contiene {count} frame.',
    many: 'Contiene {count} frame.',
    other: 'Contiene {count} frame.',
  },
  'capture.countFramesRead': {
    plural: 'n',
    one: 'La parte letta contiene {count} frame.',
    many: 'La parte letta contiene {count} frame.',
    other: 'La parte letta contiene {count} frame.',
  },
  'capture.countPackets': {
    plural: 'n',
    one: '{count} di questi è un pacchetto IP.',
    many: '{count} di questi sono pacchetti IP.',
    other: '{count} di questi sono pacchetti IP.',
  },
  'capture.countConnections': {
    plural: 'n',
    one: 'Appartengono a {count} connessione.',
    many: 'Appartengono a {count} connessioni.',
    other: 'Appartengono a {count} connessioni.',
  },
  'capture.sceneCapped':
    'Il file è grande: la scena riproduce i primi {count} pacchetti, e l’elenco dei pacchetti mostra i primi {rows}.',
  'capture.sceneCappedOnly': 'Il file è grande: la scena riproduce i primi {count} pacchetti.',
  'capture.noPackets': 'Questo file non contiene nessun pacchetto IP da riprodurre.',
  'capture.views': 'Che cosa mostrare',
  'capture.viewScene': 'Scena',
  'capture.viewPackets': 'Elenco dei pacchetti',
  'capture.tableTitle': 'Pacchetti in {file}',
  'capture.tableCaption': 'Pacchetti letti dal file',
  'capture.reopen':
    'Una cattura non viene conservata quando la pagina viene ricaricata o chiusa: riapri il file per riprodurla.',
  'capture.sceneError': 'Non è stato possibile mostrare la scena.',
};
