/** The capture page in Russian. */
import type { CaptureCatalog } from '../en/capture.ts';

export const capture: CaptureCatalog = {
  'capture.title': 'Открыть файл захвата',
  'capture.crumb': 'Ваш захват',
  'capture.lead':
    'Проиграйте файл, записанный Wireshark или tcpdump (.pcap или .pcapng), как анимированную сцену с пошаговым рассказом, как в других сценах.',
  'capture.private':
    'Файл остаётся на этом компьютере: страница читает его здесь, в браузере, и никуда не отправляет.',
  'capture.choose': 'Выбрать файл захвата',
  'capture.another': 'Открыть другой файл',
  'capture.drop': 'Файл можно также перетащить в любое место этой страницы.',
  'capture.dropHere': 'Отпустите файл захвата, чтобы открыть его',
  'capture.dropNotFile': 'Здесь можно открыть только файл: перетащите файл .pcap или .pcapng.',
  'capture.reading': 'Чтение {file}…',
  'capture.readingLabel': 'Чтение файла',
  'capture.progress': {
    plural: 'n',
    one: 'Прочитано {read} из {size}, пока найден {packets} пакет.',
    few: 'Прочитано {read} из {size}, пока найдено {packets} пакета.',
    many: 'Прочитано {read} из {size}, пока найдено {packets} пакетов.',
    other: 'Прочитано {read} из {size}, пока найдено {packets} пакета.',
  },
  'capture.cancel': 'Отмена',
  'capture.loaded': 'Файл захвата открыт.',
  'capture.cancelled':
    'Чтение остановлено: прочитано {read} из {size}. Показано всё, что было прочитано до этого момента.',
  'capture.cancelledEmpty':
    'Чтение остановлено: прочитано {read} из {size}, но ни одного пакета ещё не найдено.',
  'capture.notCapture': 'Этот файл не является файлом захвата pcap или pcapng.',
  'capture.damaged': 'Файл повреждён или обрезан, поэтому он прочитан только до места повреждения.',
  'capture.unreadable': 'Браузеру не удалось дочитать этот файл до конца.',
  'capture.errorAt': 'В байте {offset}: {message}.',
  'capture.keptBefore': {
    plural: 'n',
    one: '{count} пакет до этого места показан, и его можно проиграть.',
    few: '{count} пакета до этого места показаны, и их можно проиграть.',
    many: '{count} пакетов до этого места показаны, и их можно проиграть.',
    other: '{count} пакета до этого места показаны, и их можно проиграть.',
  },
  'capture.nothingBefore': 'До этого места не удалось прочитать ни одного пакета.',
  'capture.failed': 'Странице не удалось прочитать файл.',
  'capture.stopped': 'Чтение остановлено.',
  'capture.fileLine': 'Файл {format} размером {size}.',
  'capture.countFrames': {
    plural: 'n',
    one: 'В нём {count} кадр.',
    few: 'В нём {count} кадра.',
    many: 'В нём {count} кадров.',
    other: 'В нём {count} кадра.',
  },
  'capture.countFramesRead': {
    plural: 'n',
    one: 'В прочитанной части {count} кадр.',
    few: 'В прочитанной части {count} кадра.',
    many: 'В прочитанной части {count} кадров.',
    other: 'В прочитанной части {count} кадра.',
  },
  'capture.countPackets': {
    plural: 'n',
    one: 'Из них {count} — IP-пакет.',
    few: 'Из них {count} — IP-пакеты.',
    many: 'Из них {count} — IP-пакеты.',
    other: 'Из них {count} — IP-пакеты.',
  },
  'capture.countConnections': {
    plural: 'n',
    one: 'Они относятся к {count} соединению.',
    few: 'Они относятся к {count} соединениям.',
    many: 'Они относятся к {count} соединениям.',
    other: 'Они относятся к {count} соединения.',
  },
  'capture.sceneCapped':
    'Файл большой: сцена проигрывает только первые пакеты ({count}), а список пакетов показывает первые {rows}.',
  'capture.sceneCappedOnly': 'Файл большой: сцена проигрывает только первые пакеты ({count}).',
  'capture.noPackets': 'В этом файле нет IP-пакетов, которые можно проиграть.',
  'capture.views': 'Что показать',
  'capture.viewScene': 'Сцена',
  'capture.viewPackets': 'Список пакетов',
  'capture.tableTitle': 'Пакеты в файле {file}',
  'capture.tableCaption': 'Пакеты, прочитанные из файла',
  'capture.reopen':
    'После перезагрузки или закрытия страницы захват не сохраняется: чтобы проиграть его снова, откройте файл ещё раз.',
  'capture.sceneError': 'Не удалось показать сцену.',
};
