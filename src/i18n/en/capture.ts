/**
 * The sentences of the capture page, in English: whole sentences, named parameters, plural messages. A
 * plural message picks its form by the raw number `n`; the number it shows comes in already written for
 * the page's language. Another language adds a sibling `<lang>/capture.ts` exporting a `CaptureCatalog`.
 */
import type { Message } from '../index.ts';

export const capture = {
  'capture.title': 'Open a capture',
  'capture.crumb': 'Your capture',
  'capture.lead':
    'Play a file recorded by Wireshark or tcpdump (.pcap or .pcapng) as an animated scene, told step by step like the other scenes.',
  'capture.private':
    'The file stays on this computer: the page reads it here, in the browser, and never sends it anywhere.',
  'capture.choose': 'Choose a capture file',
  'capture.another': 'Open another file',
  'capture.drop': 'You can also drop a file anywhere on this page.',
  'capture.dropHere': 'Drop the capture to open it',
  'capture.dropNotFile': 'Only a file can be opened here: drop a .pcap or .pcapng file.',
  'capture.reading': 'Reading {file}…',
  'capture.readingLabel': 'Reading the file',
  'capture.progress': {
    plural: 'n',
    one: '{read} of {size} read, {packets} packet so far.',
    other: '{read} of {size} read, {packets} packets so far.',
  },
  'capture.cancel': 'Cancel',
  'capture.loaded': 'The capture is open.',
  'capture.cancelled': 'Reading was stopped after {read} of {size}. Everything read until then is shown.',
  'capture.cancelledEmpty': 'Reading was stopped after {read} of {size}, before any packet was found.',
  'capture.notCapture': 'This file is not a pcap or pcapng capture.',
  'capture.damaged': 'This file is damaged or cut short, so it was read only up to the damage.',
  'capture.unreadable': 'The browser could not read this file to the end.',
  'capture.errorAt': 'At byte {offset}: {message}.',
  'capture.keptBefore': {
    plural: 'n',
    one: 'The {count} packet before that point is shown and can be played.',
    other: 'The {count} packets before that point are shown and can be played.',
  },
  'capture.nothingBefore': 'No packet could be read before that point.',
  'capture.failed': 'The page could not read the file.',
  'capture.stopped': 'Reading was stopped.',
  'capture.fileLine': 'A {format} file of {size}.',
  'capture.countFrames': {
    plural: 'n',
    one: 'It holds {count} frame.',
    other: 'It holds {count} frames.',
  },
  'capture.countFramesRead': {
    plural: 'n',
    one: 'The part read holds {count} frame.',
    other: 'The part read holds {count} frames.',
  },
  'capture.countPackets': {
    plural: 'n',
    one: '{count} of them is an IP packet.',
    other: '{count} of them are IP packets.',
  },
  'capture.countConnections': {
    plural: 'n',
    one: 'They belong to {count} connection.',
    other: 'They belong to {count} connections.',
  },
  'capture.sceneCapped':
    'The file is large: the scene plays its first {count} packets, and the list of packets shows the first {rows}.',
  'capture.sceneCappedOnly': 'The file is large: the scene plays its first {count} packets.',
  'capture.noPackets': 'This file holds no IP packet to play.',
  'capture.views': 'What to show',
  'capture.viewScene': 'Scene',
  'capture.viewPackets': 'List of packets',
  'capture.tableTitle': 'Packets in {file}',
  'capture.tableCaption': 'Packets read from the file',
  'capture.reopen':
    'A capture is not kept once the page is reloaded or closed: open the file again to play it.',
  'capture.sceneError': 'The scene could not be shown.',
} as const satisfies Record<string, Message>;

export type CaptureCatalog = Readonly<Record<keyof typeof capture, Message>>;
