import type { CaptureCatalog } from '../en/capture.ts';

export const capture: CaptureCatalog = {
  'capture.title': 'Abrir una captura',
  'capture.crumb': 'Tu captura',
  'capture.lead':
    'Reproduce un archivo grabado con Wireshark o tcpdump (.pcap o .pcapng) como una escena animada, contada paso a paso como las demás escenas.',
  'capture.private':
    'El archivo se queda en este ordenador: la página lo lee aquí, en el navegador, y nunca lo envía a ningún sitio.',
  'capture.choose': 'Elegir un archivo de captura',
  'capture.another': 'Abrir otro archivo',
  'capture.drop': 'También puedes soltar un archivo en cualquier parte de esta página.',
  'capture.dropHere': 'Suelta la captura para abrirla',
  'capture.dropNotFile': 'Aquí solo se puede abrir un archivo: suelta un archivo .pcap o .pcapng.',
  'capture.reading': 'Leyendo {file}…',
  'capture.readingLabel': 'Leyendo el archivo',
  'capture.progress': {
    plural: 'n',
    one: 'Leído: {read} de {size}; {packets} paquete hasta ahora.',
    many: 'Leído: {read} de {size}; {packets} paquetes hasta ahora.',
    other: 'Leído: {read} de {size}; {packets} paquetes hasta ahora.',
  },
  'capture.cancel': 'Cancelar',
  'capture.loaded': 'La captura está abierta.',
  'capture.cancelled':
    'La lectura se detuvo tras {read} de {size}. Se muestra todo lo leído hasta ese momento.',
  'capture.cancelledEmpty': 'La lectura se detuvo tras {read} de {size}, antes de encontrar ningún paquete.',
  'capture.notCapture': 'Este archivo no es una captura pcap ni pcapng.',
  'capture.damaged': 'Este archivo está dañado o cortado, así que solo se ha leído hasta el daño.',
  'capture.unreadable': 'El navegador no pudo leer este archivo hasta el final.',
  'capture.errorAt': 'En el byte {offset}: {message}.',
  'capture.keptBefore': {
    plural: 'n',
    one: 'Se muestra {count} paquete anterior a ese punto, y se puede reproducir.',
    many: 'Se muestran los {count} paquetes anteriores a ese punto, y se pueden reproducir.',
    other: 'Se muestran los {count} paquetes anteriores a ese punto, y se pueden reproducir.',
  },
  'capture.nothingBefore': 'No se pudo leer ningún paquete antes de ese punto.',
  'capture.failed': 'La página no pudo leer el archivo.',
  'capture.stopped': 'Se detuvo la lectura.',
  'capture.fileLine': 'Un archivo {format} de {size}.',
  'capture.countFrames': {
    plural: 'n',
    one: 'Contiene {count} trama.',
    many: 'Contiene {count} tramas.',
    other: 'Contiene {count} tramas.',
  },
  'capture.countFramesRead': {
    plural: 'n',
    one: 'La parte leída contiene {count} trama.',
    many: 'La parte leída contiene {count} tramas.',
    other: 'La parte leída contiene {count} tramas.',
  },
  'capture.countPackets': {
    plural: 'n',
    one: '{count} de ellas es un paquete IP.',
    many: '{count} de ellas son paquetes IP.',
    other: '{count} de ellas son paquetes IP.',
  },
  'capture.countConnections': {
    plural: 'n',
    one: 'Pertenecen a {count} conexión.',
    many: 'Pertenecen a {count} conexiones.',
    other: 'Pertenecen a {count} conexiones.',
  },
  'capture.sceneCapped':
    'El archivo es grande: la escena reproduce sus primeros {count} paquetes, y la lista de paquetes muestra los primeros {rows}.',
  'capture.sceneCappedOnly': 'El archivo es grande: la escena reproduce sus primeros {count} paquetes.',
  'capture.noPackets': 'Este archivo no contiene ningún paquete IP que reproducir.',
  'capture.views': 'Qué mostrar',
  'capture.viewScene': 'Escena',
  'capture.viewPackets': 'Lista de paquetes',
  'capture.tableTitle': 'Paquetes de {file}',
  'capture.tableCaption': 'Paquetes leídos del archivo',
  'capture.reopen':
    'Una captura no se conserva al recargar o cerrar la página: vuelve a abrir el archivo para reproducirlo.',
  'capture.sceneError': 'No se pudo mostrar la escena.',
};
