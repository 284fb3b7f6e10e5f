import { expect, test } from 'vitest';
import { joinSentences } from './sentences.ts';

test('Latin, Cyrillic and Arabic sentences are joined by a space', () => {
  expect(joinSentences(['The file is open.', 'It has 3 packets.'])).toBe(
    'The file is open. It has 3 packets.',
  );
  expect(joinSentences(['Файл открыт.', 'В нём 3 пакета.'])).toBe('Файл открыт. В нём 3 пакета.');
  expect(joinSentences(['الملف مفتوح.', 'فيه 3 حزم.'])).toBe('الملف مفتوح. فيه 3 حزم.');
});

test('after a full-width full stop the next sentence follows at once', () => {
  expect(joinSentences(['ファイルを開きました。', 'パケットは3個です。'])).toBe(
    'ファイルを開きました。パケットは3個です。',
  );
  expect(joinSentences(['文件已打开。', '共有3个数据包。'])).toBe('文件已打开。共有3个数据包。');
});

test('empty sentences leave no stray space', () => {
  expect(joinSentences(['', 'One.', '', 'Two.'])).toBe('One. Two.');
  expect(joinSentences([])).toBe('');
});
