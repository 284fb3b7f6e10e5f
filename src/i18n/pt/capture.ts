import type { CaptureCatalog } from '../en/capture.ts';

export const capture: CaptureCatalog = {
  'capture.title': 'Abrir uma captura',
  'capture.crumb': 'Sua captura',
  'capture.lead':
    'Reproduza um arquivo gravado pelo Wireshark ou pelo tcpdump (.pcap ou .pcapng) como uma cena animada, contada passo a passo como as outras cenas.',
  'capture.private':
    'O arquivo fica neste computador: a página o lê aqui mesmo, no navegador, e nunca o envia para lugar nenhum.',
  'capture.choose': 'Escolher um arquivo de captura',
  'capture.another': 'Abrir outro arquivo',
  'capture.drop': 'Você também pode soltar um arquivo em qualquer lugar desta página.',
  'capture.dropHere': 'Solte a captura para abri-la',
  'capture.dropNotFile': 'Aqui só é possível abrir um arquivo: solte um arquivo .pcap ou .pcapng.',
  'capture.reading': 'Lendo {file}…',
  'capture.readingLabel': 'Lendo o arquivo',
  'capture.progress': {
    plural: 'n',
    one: 'Lido: {read} de {size}; {packets} pacote até agora.',
    many: 'Lido: {read} de {size}; {packets} pacotes até agora.',
    other: 'Lido: {read} de {size}; {packets} pacotes até agora.',
  },
  'capture.cancel': 'Cancelar',
  'capture.loaded': 'A captura está aberta.',
  'capture.cancelled':
    'A leitura foi interrompida após {read} de {size}. Tudo o que foi lido até ali é mostrado.',
  'capture.cancelledEmpty':
    'A leitura foi interrompida após {read} de {size}, antes de encontrar qualquer pacote.',
  'capture.notCapture': 'Este arquivo não é uma captura pcap nem pcapng.',
  'capture.damaged': 'Este arquivo está danificado ou incompleto, então só foi lido até o ponto do dano.',
  'capture.unreadable': 'O navegador não conseguiu ler este arquivo até o fim.',
  'capture.errorAt': 'No byte {offset}: {message}.',
  'capture.keptBefore': {
    plural: 'n',
    one: 'O {count} pacote anterior a esse ponto é mostrado e pode ser reproduzido.',
    many: 'Os {count} pacotes anteriores a esse ponto são mostrados e podem ser reproduzidos.',
    other: 'Os {count} pacotes anteriores a esse ponto são mostrados e podem ser reproduzidos.',
  },
  'capture.nothingBefore': 'Nenhum pacote pôde ser lido antes desse ponto.',
  'capture.failed': 'A página não conseguiu ler o arquivo.',
  'capture.stopped': 'A leitura foi interrompida.',
  'capture.fileLine': 'Um arquivo {format} de {size}.',
  'capture.countFrames': {
    plural: 'n',
    one: 'Ele contém {count} quadro.',
    many: 'Ele contém {count} quadros.',
    other: 'Ele contém {count} quadros.',
  },
  'capture.countFramesRead': {
    plural: 'n',
    one: 'A parte lida contém {count} quadro.',
    many: 'A parte lida contém {count} quadros.',
    other: 'A parte lida contém {count} quadros.',
  },
  'capture.countPackets': {
    plural: 'n',
    one: '{count} deles é um pacote IP.',
    many: '{count} deles são pacotes IP.',
    other: '{count} deles são pacotes IP.',
  },
  'capture.countConnections': {
    plural: 'n',
    one: 'Eles pertencem a {count} conexão.',
    many: 'Eles pertencem a {count} conexões.',
    other: 'Eles pertencem a {count} conexões.',
  },
  'capture.sceneCapped':
    'O arquivo é grande: a cena reproduz os primeiros {count} pacotes, e a lista de pacotes mostra os primeiros {rows}.',
  'capture.sceneCappedOnly': 'O arquivo é grande: a cena reproduz os primeiros {count} pacotes.',
  'capture.noPackets': 'Este arquivo não contém nenhum pacote IP para reproduzir.',
  'capture.views': 'O que mostrar',
  'capture.viewScene': 'Cena',
  'capture.viewPackets': 'Lista de pacotes',
  'capture.tableTitle': 'Pacotes em {file}',
  'capture.tableCaption': 'Pacotes lidos do arquivo',
  'capture.reopen':
    'Uma captura não é guardada quando a página é recarregada ou fechada: abra o arquivo de novo para reproduzi-lo.',
  'capture.sceneError': 'Não foi possível mostrar a cena.',
};
