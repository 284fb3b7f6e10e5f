/** The sentences of the capture page, in French. */
import type { CaptureCatalog } from '../en/capture.ts';

export const capture: CaptureCatalog = {
  'capture.title': 'Ouvrir une capture',
  'capture.crumb': 'Votre capture',
  'capture.lead':
    'Rejouez un fichier enregistré par Wireshark ou tcpdump (.pcap ou .pcapng) sous forme de scène animée, racontée pas à pas comme les autres scènes.',
  'capture.private':
    'Le fichier reste sur cet ordinateur : la page le lit ici, dans le navigateur, et ne l’envoie nulle part.',
  'capture.choose': 'Choisir un fichier de capture',
  'capture.another': 'Ouvrir un autre fichier',
  'capture.drop': 'Vous pouvez aussi déposer un fichier n’importe où sur cette page.',
  'capture.dropHere': 'Déposez la capture pour l’ouvrir',
  'capture.dropNotFile': 'Seul un fichier peut être ouvert ici : déposez un fichier .pcap ou .pcapng.',
  'capture.reading': 'Lecture de {file}…',
  'capture.readingLabel': 'Lecture du fichier',
  'capture.progress': {
    plural: 'n',
    one: '{read} lus sur {size}, {packets} paquet pour l’instant.',
    many: '{read} lus sur {size}, {packets} de paquets pour l’instant.',
    other: '{read} lus sur {size}, {packets} paquets pour l’instant.',
  },
  'capture.cancel': 'Annuler',
  'capture.loaded': 'La capture est ouverte.',
  'capture.cancelled':
    'La lecture a été arrêtée après {read} sur {size}. Tout ce qui a été lu jusque-là est affiché.',
  'capture.cancelledEmpty':
    'La lecture a été arrêtée après {read} sur {size}, avant qu’un paquet ait été trouvé.',
  'capture.notCapture': 'Ce fichier n’est pas une capture pcap ou pcapng.',
  'capture.damaged': 'Ce fichier est endommagé ou tronqué : il n’a donc été lu que jusqu’à l’endroit abîmé.',
  'capture.unreadable': 'Le navigateur n’a pas pu lire ce fichier jusqu’au bout.',
  'capture.errorAt': 'À l’octet {offset} : {message}.',
  'capture.keptBefore': {
    plural: 'n',
    one: 'Avant cet endroit, {count} paquet a été lu : il est affiché et peut être rejoué.',
    many: 'Avant cet endroit, {count} de paquets ont été lus : ils sont affichés et peuvent être rejoués.',
    other: 'Avant cet endroit, {count} paquets ont été lus : ils sont affichés et peuvent être rejoués.',
  },
  'capture.nothingBefore': 'Aucun paquet n’a pu être lu avant cet endroit.',
  'capture.failed': 'La page n’a pas pu lire le fichier.',
  'capture.stopped': 'La lecture a été arrêtée.',
  'capture.fileLine': 'Un fichier {format} de {size}.',
  'capture.countFrames': {
    plural: 'n',
    one: 'Il contient {count} trame.',
    many: 'Il contient {count} de trames.',
    other: 'Il contient {count} trames.',
  },
  'capture.countFramesRead': {
    plural: 'n',
    one: 'La partie lue contient {count} trame.',
    many: 'La partie lue contient {count} de trames.',
    other: 'La partie lue contient {count} trames.',
  },
  'capture.countPackets': {
    plural: 'n',
    one: '{count} d’entre elles est un paquet IP.',
    many: '{count} d’entre elles sont des paquets IP.',
    other: '{count} d’entre elles sont des paquets IP.',
  },
  'capture.countConnections': {
    plural: 'n',
    one: 'Ils appartiennent à {count} connexion.',
    many: 'Ils appartiennent à {count} de connexions.',
    other: 'Ils appartiennent à {count} connexions.',
  },
  'capture.sceneCapped':
    'Le fichier est volumineux : la scène rejoue ses {count} premiers paquets, et la liste des paquets montre les {rows} premiers.',
  'capture.sceneCappedOnly': 'Le fichier est volumineux : la scène rejoue ses {count} premiers paquets.',
  'capture.noPackets': 'Ce fichier ne contient aucun paquet IP à rejouer.',
  'capture.views': 'Affichage',
  'capture.viewScene': 'Scène',
  'capture.viewPackets': 'Liste des paquets',
  'capture.tableTitle': 'Paquets de {file}',
  'capture.tableCaption': 'Paquets lus dans le fichier',
  'capture.reopen':
    'Une capture n’est pas conservée si la page est rechargée ou fermée : ouvrez à nouveau le fichier pour la rejouer.',
  'capture.sceneError': 'La scène n’a pas pu être affichée.',
};
