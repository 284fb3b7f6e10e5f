/**
 * The story in Modern Standard Arabic. Every node phrase is a masculine noun with the article, so verbs
 * stay masculine; the prepositions before node parameters are separate words (من، إلى، على، في) rather
 * than attached ones, which would need the article merged into them.
 */
import type { StoryCatalog } from '../index.ts';

export const story: StoryCatalog = {
  'who.pc': 'الحاسوب',
  'who.server': 'الخادم',
  'who.router': 'الموجّه',
  'who.firewall': 'جدار الحماية',
  'who.network': 'الإنترنت',
  'who.named': '{name}',
  'actor.pc': 'الحاسوب',
  'actor.server': 'الخادم',
  'actor.router': 'الموجّه',
  'actor.firewall': 'جدار الحماية',
  'actor.network': 'الإنترنت',

  'title.ftp.active': {
    plural: 'count',
    zero: 'تنزيل {count} ملف عبر FTP في الوضع النشط',
    one: 'تنزيل ملف عبر FTP في الوضع النشط',
    two: 'تنزيل ملفين عبر FTP في الوضع النشط',
    few: 'تنزيل {count} ملفات عبر FTP في الوضع النشط',
    many: 'تنزيل {count} ملفًا عبر FTP في الوضع النشط',
    other: 'تنزيل {count} ملف عبر FTP في الوضع النشط',
  },
  'title.ftp.passive': {
    plural: 'count',
    zero: 'تنزيل {count} ملف عبر FTP في الوضع الخامل',
    one: 'تنزيل ملف عبر FTP في الوضع الخامل',
    two: 'تنزيل ملفين عبر FTP في الوضع الخامل',
    few: 'تنزيل {count} ملفات عبر FTP في الوضع الخامل',
    many: 'تنزيل {count} ملفًا عبر FTP في الوضع الخامل',
    other: 'تنزيل {count} ملف عبر FTP في الوضع الخامل',
  },
  'title.generic': 'ما الذي يعبر الشبكة',

  'std.intro.active': {
    plural: 'count',
    zero: 'يستعد {actor} لجلب {count} ملف من {peer} عبر FTP في الوضع النشط.',
    one: 'يستعد {actor} لجلب ملف واحد من {peer} عبر FTP في الوضع النشط.',
    two: 'يستعد {actor} لجلب ملفين من {peer} عبر FTP في الوضع النشط.',
    few: 'يستعد {actor} لجلب {count} ملفات من {peer} عبر FTP في الوضع النشط.',
    many: 'يستعد {actor} لجلب {count} ملفًا من {peer} عبر FTP في الوضع النشط.',
    other: 'يستعد {actor} لجلب {count} ملف من {peer} عبر FTP في الوضع النشط.',
  },
  'std.intro.passive': {
    plural: 'count',
    zero: 'يستعد {actor} لجلب {count} ملف من {peer} عبر FTP في الوضع الخامل.',
    one: 'يستعد {actor} لجلب ملف واحد من {peer} عبر FTP في الوضع الخامل.',
    two: 'يستعد {actor} لجلب ملفين من {peer} عبر FTP في الوضع الخامل.',
    few: 'يستعد {actor} لجلب {count} ملفات من {peer} عبر FTP في الوضع الخامل.',
    many: 'يستعد {actor} لجلب {count} ملفًا من {peer} عبر FTP في الوضع الخامل.',
    other: 'يستعد {actor} لجلب {count} ملف من {peer} عبر FTP في الوضع الخامل.',
  },
  'std.control.syn': 'يطلب {actor} من {peer} فتح اتصال تحكم FTP على المنفذ {port}.',
  'std.control.synack': 'يقبل {actor}، ويطلب بدوره فتح الاتصال في اتجاهه هو أيضًا.',
  'std.control.ack': 'يقبل {actor} بدوره: اتصال التحكم مفتوح الآن.',
  'std.login.active':
    'يسجّل {actor} الدخول باسم {user} مع كلمة مرور، ويطلب الوضع الثنائي، ويحدد المنفذ الذي سينتظر عليه (PORT)، ويطلب الملف {file} (RETR).',
  'std.login.passive':
    'يسجّل {actor} الدخول باسم {user} مع كلمة مرور، ويطلب الوضع الثنائي، ويطلب من {peer} فتح منفذ للبيانات (PASV).',
  'std.login.user': 'يسجّل {actor} الدخول باسم {user} ويرسل أوامره: {commands}.',
  'std.login.other': 'يرسل {actor} أوامره: {commands}.',
  'std.replies.active':
    'يجيب {actor} عن كل أمر ({codes}): قُبل تسجيل الدخول، ولكي يرسل الملف عليه أن يفتح اتصالًا ثانيًا إلى {peer}.',
  'std.replies.passive':
    'يجيب {actor} عن كل أمر ({codes}): قُبل تسجيل الدخول، وهو ينتظر على المنفذ {port} اتصالًا ثانيًا سينقل الملف.',
  'std.replies.other': 'يجيب {actor} عن كل أمر ({codes}).',
  'std.data.syn.to-send': 'يطلب {actor} فتح اتصال بيانات FTP إلى المنفذ {port} لدى {peer}، لإرسال {file}.',
  'std.data.syn.to-fetch': 'يطلب {actor} فتح اتصال بيانات FTP إلى المنفذ {port} لدى {peer}، لجلب {file}.',
  'std.data.syn.to-send.next':
    'يفتح {actor} اتصال بيانات جديدًا لإرسال الملف التالي، {file}، الذي طلبه {peer} للتو.',
  'std.data.syn.to-fetch.next':
    'يطلب {actor} فتح اتصال بيانات جديد إلى المنفذ {port} لدى {peer}، لجلب الملف التالي، {file}.',
  'std.data.syn.again': 'يطلب {actor} اتصال البيانات من جديد، وهذه المرة يمر الطلب.',
  'std.data.synack': 'يقبل {actor}، ويطلب بدوره فتح اتصال البيانات في اتجاهه هو أيضًا.',
  'std.data.ack': 'يقبل {actor} بدوره: اتصال البيانات مفتوح الآن.',
  'std.data.send': {
    plural: 'count',
    zero: 'يرسل {actor} الملف {file} ({count} بايت) عبر اتصال البيانات.',
    one: 'يرسل {actor} الملف {file} (بايت واحد) عبر اتصال البيانات.',
    two: 'يرسل {actor} الملف {file} (بايتان) عبر اتصال البيانات.',
    few: 'يرسل {actor} الملف {file} ({count} بايتات) عبر اتصال البيانات.',
    many: 'يرسل {actor} الملف {file} ({count} بايتًا) عبر اتصال البيانات.',
    other: 'يرسل {actor} الملف {file} ({count} بايت) عبر اتصال البيانات.',
  },
  'std.data.received': 'يؤكد {actor} أنه استلم {file}.',
  'std.close.fin': 'لم يعد لدى {actor} ما يرسله، فيغلق اتصال البيانات.',
  'std.close.fin-ack': 'يُقرّ {actor} بالإغلاق.',
  'std.close.fin2': 'يغلق {actor} اتصال البيانات من جهته أيضًا.',
  'std.close.fin2-ack': 'يُقرّ {actor}: أُغلق اتصال البيانات الخاص بالملف {file}.',
  'std.tcp.syn': 'يطلب {actor} من {peer} فتح اتصال إلى المنفذ {port}.',
  'std.tcp.synack': 'يقبل {actor}، ويطلب بدوره فتح الاتصال في اتجاهه هو أيضًا.',
  'std.tcp.ack': 'يقبل {actor} بدوره: الاتصال مفتوح الآن.',
  'std.tcp.send': {
    plural: 'count',
    zero: 'يرسل {actor} {count} بايت إلى {peer}.',
    one: 'يرسل {actor} بايتًا واحدًا إلى {peer}.',
    two: 'يرسل {actor} بايتين إلى {peer}.',
    few: 'يرسل {actor} {count} بايتات إلى {peer}.',
    many: 'يرسل {actor} {count} بايتًا إلى {peer}.',
    other: 'يرسل {actor} {count} بايت إلى {peer}.',
  },
  'std.tcp.close.fin': 'لم يعد لدى {actor} ما يرسله، فيغلق الاتصال.',
  'std.tcp.close.fin-ack': 'يُقرّ {actor} بالإغلاق.',
  'std.tcp.close.fin2': 'يغلق {actor} الاتصال من جهته أيضًا.',
  'std.tcp.close.fin2-ack': 'يُقرّ {actor}: أُغلق الاتصال.',
  'std.no-answer': {
    plural: 'count',
    zero: 'لا يصل إلى {actor} أي رد من {peer} بعد {count} محاولة، فيتخلى عن الاتصال.',
    one: 'لا يصل إلى {actor} أي رد من {peer}، فيتخلى عن الاتصال.',
    two: 'لا يصل إلى {actor} أي رد من {peer} بعد محاولتين، فيتخلى عن الاتصال.',
    few: 'لا يصل إلى {actor} أي رد من {peer} بعد {count} محاولات، فيتخلى عن الاتصال.',
    many: 'لا يصل إلى {actor} أي رد من {peer} بعد {count} محاولة، فيتخلى عن الاتصال.',
    other: 'لا يصل إلى {actor} أي رد من {peer} بعد {count} محاولة، فيتخلى عن الاتصال.',
  },
  'std.rst': 'يقطع {actor} الاتصال فورًا (RST).',
  'std.icmp': 'يرسل {actor} رسالة ICMP إلى {peer}: {icmp}.',
  'std.icmp.error': 'يُبلغ {actor} {peer} بمشكلة عبر رسالة ICMP: {icmp}.',
  'std.fw.blocks':
    'يحجب جدار الحماية في {owner} (وهو جزء من نظام التشغيل أو من برنامج مكافحة الفيروسات) طلب الاتصال القادم من {peer}.',
  'std.fw.must-change': 'لكي يمر الملف، يجب تغيير إعداد جدار الحماية بحيث يسمح بهذا الاتصال.',
  'std.fw.changed': 'يغيّر المستخدم الإعداد، فيسمح جدار الحماية الآن بدخول الطلب.',
  'std.fw.never-changed': 'لا أحد يغيّر إعداد جدار الحماية، لذا تُحجب كل محاولة جديدة أيضًا.',
  'std.reply.425': 'يتخلى {actor} عن اتصال البيانات ويعلن ذلك على اتصال التحكم: «{reply}»',
  'std.reply.error': 'يُبلغ {actor} عن خطأ على اتصال التحكم: «{reply}»',
  'std.failed': 'يتخلى {actor} عن {file} وينهي جلسة FTP (QUIT).',
  'std.extra.resent': {
    plural: 'count',
    zero: 'كان لا بد من إعادة إرسال {count} من هذه الحزم، لأن الإقرار لم يصل في الوقت المناسب.',
    one: 'كان لا بد من إعادة إرسال إحدى هذه الحزم، لأن الإقرار لم يصل في الوقت المناسب.',
    two: 'كان لا بد من إعادة إرسال حزمتين من هذه الحزم، لأن الإقرار لم يصل في الوقت المناسب.',
    few: 'كان لا بد من إعادة إرسال {count} من هذه الحزم، لأن الإقرار لم يصل في الوقت المناسب.',
    many: 'كان لا بد من إعادة إرسال {count} من هذه الحزم، لأن الإقرار لم يصل في الوقت المناسب.',
    other: 'كان لا بد من إعادة إرسال {count} من هذه الحزم، لأن الإقرار لم يصل في الوقت المناسب.',
  },
  'std.extra.tries': {
    plural: 'count',
    zero: 'يحاول {count} مرة في المجموع.',
    one: 'يحاول مرة واحدة.',
    two: 'يحاول مرتين في المجموع.',
    few: 'يحاول {count} مرات في المجموع.',
    many: 'يحاول {count} مرة في المجموع.',
    other: 'يحاول {count} مرة في المجموع.',
  },
  'std.extra.outgoing-passes': 'يسمح جدار الحماية في {owner} بمرور الطلب، لأنه خارج من {owner}.',
  'std.extra.outgoing-would-pass':
    'حتى لو كان على {owner} جدار حماية لسمح بمرور الطلب، لأنه خارج من {owner}.',

  'ele.intro.active': {
    plural: 'count',
    zero: 'يريد {actor} تنزيل {count} ملف من {peer} عبر FTP (الوضع النشط).',
    one: 'يريد {actor} تنزيل ملف من {peer} عبر FTP (الوضع النشط).',
    two: 'يريد {actor} تنزيل ملفين من {peer} عبر FTP (الوضع النشط).',
    few: 'يريد {actor} تنزيل {count} ملفات من {peer} عبر FTP (الوضع النشط).',
    many: 'يريد {actor} تنزيل {count} ملفًا من {peer} عبر FTP (الوضع النشط).',
    other: 'يريد {actor} تنزيل {count} ملف من {peer} عبر FTP (الوضع النشط).',
  },
  'ele.intro.passive': {
    plural: 'count',
    zero: 'يريد {actor} تنزيل {count} ملف من {peer} عبر FTP (الوضع الخامل).',
    one: 'يريد {actor} تنزيل ملف من {peer} عبر FTP (الوضع الخامل).',
    two: 'يريد {actor} تنزيل ملفين من {peer} عبر FTP (الوضع الخامل).',
    few: 'يريد {actor} تنزيل {count} ملفات من {peer} عبر FTP (الوضع الخامل).',
    many: 'يريد {actor} تنزيل {count} ملفًا من {peer} عبر FTP (الوضع الخامل).',
    other: 'يريد {actor} تنزيل {count} ملف من {peer} عبر FTP (الوضع الخامل).',
  },
  'ele.control.ask': 'يطلب {actor} من {peer} اتصالًا يتحادثان عبره.',
  'ele.control.ready': 'يوافق {actor}: الاتصال جاهز.',
  'ele.login': 'يسجّل {actor} الدخول باسم المستخدم وكلمة المرور الخاصين به، ويستعد للتنزيل.',
  'ele.data.ask.to-send': 'يطلب {actor} من {peer} اتصالًا ثانيًا لإرسال {file}.',
  'ele.data.ask.to-fetch': 'يطلب {actor} من {peer} اتصالًا ثانيًا لجلب {file}.',
  'ele.fw.blocks': 'يحجب جدار الحماية في {owner} الطلب.',
  'ele.fw.changed': 'يغيّر المستخدم إعداد جدار الحماية، فيدخل الطلب التالي.',
  'ele.fw.never': 'لا أحد يغيّر إعداد جدار الحماية، لذا يُحجب كل طلب.',
  'ele.data.ready': 'يوافق {actor}: الاتصال الخاص بالملف {file} جاهز.',
  'ele.data.send': 'يرسل {actor} الملف {file}.',
  'ele.data.done': 'استلم {actor} الملف {file}، وأُغلق الاتصال الخاص به.',
  'ele.data.closed': 'أُغلق الاتصال الخاص بالملف {file}.',
  'ele.failed.server': 'يستسلم {actor}: تعذّر إنشاء الاتصال الخاص بالملف، فيُخبر {peer} بذلك.',
  'ele.failed.pc': 'يستسلم {actor}: تعذّر تنزيل {file}.',
  'ele.tcp.ask': 'يطلب {actor} من {peer} اتصالًا.',
  'ele.tcp.ready': 'يوافق {actor}: الاتصال جاهز.',
  'ele.tcp.send': 'يرسل {actor} بيانات إلى {peer}.',
  'ele.tcp.done': 'أُغلق الاتصال.',
  'ele.no-answer': 'لا يصل أي رد من {peer}، فيستسلم {actor}.',
  'ele.rst': 'يقطع {actor} الاتصال فجأة.',
  'ele.icmp': 'يرسل {actor} رسالة تحكم قصيرة إلى {peer}.',
  'ele.icmp.error': 'يُخبر {actor} {peer} بأن خطأً ما قد حدث.',
  'ele.other': 'يحدث شيء ما على الشبكة.',
  'ele.done': {
    plural: 'count',
    zero: 'يودّع {actor} وتنتهي الجلسة، وقد نُزّل {count} ملف.',
    one: 'يودّع {actor} وتنتهي الجلسة، وقد نُزّل ملف واحد.',
    two: 'يودّع {actor} وتنتهي الجلسة، وقد نُزّل ملفان.',
    few: 'يودّع {actor} وتنتهي الجلسة، وقد نُزّلت {count} ملفات.',
    many: 'يودّع {actor} وتنتهي الجلسة، وقد نُزّل {count} ملفًا.',
    other: 'يودّع {actor} وتنتهي الجلسة، وقد نُزّل {count} ملف.',
  },

  // FTPS (FTP over TLS, RFC 4217): what TLS adds to the FTP story, at every level.
  'title.ftps.active': {
    plural: 'count',
    zero: 'تنزيل {count} ملف عبر FTPS في الوضع النشط، TLS {version}',
    one: 'تنزيل ملف عبر FTPS في الوضع النشط، TLS {version}',
    two: 'تنزيل ملفين عبر FTPS في الوضع النشط، TLS {version}',
    few: 'تنزيل {count} ملفات عبر FTPS في الوضع النشط، TLS {version}',
    many: 'تنزيل {count} ملفًا عبر FTPS في الوضع النشط، TLS {version}',
    other: 'تنزيل {count} ملف عبر FTPS في الوضع النشط، TLS {version}',
  },
  'title.ftps.passive': {
    plural: 'count',
    zero: 'تنزيل {count} ملف عبر FTPS في الوضع الخامل، TLS {version}',
    one: 'تنزيل ملف عبر FTPS في الوضع الخامل، TLS {version}',
    two: 'تنزيل ملفين عبر FTPS في الوضع الخامل، TLS {version}',
    few: 'تنزيل {count} ملفات عبر FTPS في الوضع الخامل، TLS {version}',
    many: 'تنزيل {count} ملفًا عبر FTPS في الوضع الخامل، TLS {version}',
    other: 'تنزيل {count} ملف عبر FTPS في الوضع الخامل، TLS {version}',
  },
  'std.ftps.intro.active': {
    plural: 'count',
    zero: 'يستعد {actor} لتنزيل {count} ملف من {peer} باستخدام FTPS (FTP فوق TLS {version}) في الوضع النشط.',
    one: 'يستعد {actor} لتنزيل ملف من {peer} باستخدام FTPS (FTP فوق TLS {version}) في الوضع النشط.',
    two: 'يستعد {actor} لتنزيل ملفين من {peer} باستخدام FTPS (FTP فوق TLS {version}) في الوضع النشط.',
    few: 'يستعد {actor} لتنزيل {count} ملفات من {peer} باستخدام FTPS (FTP فوق TLS {version}) في الوضع النشط.',
    many: 'يستعد {actor} لتنزيل {count} ملفًا من {peer} باستخدام FTPS (FTP فوق TLS {version}) في الوضع النشط.',
    other: 'يستعد {actor} لتنزيل {count} ملف من {peer} باستخدام FTPS (FTP فوق TLS {version}) في الوضع النشط.',
  },
  'std.ftps.intro.passive': {
    plural: 'count',
    zero: 'يستعد {actor} لتنزيل {count} ملف من {peer} باستخدام FTPS (FTP فوق TLS {version}) في الوضع الخامل.',
    one: 'يستعد {actor} لتنزيل ملف من {peer} باستخدام FTPS (FTP فوق TLS {version}) في الوضع الخامل.',
    two: 'يستعد {actor} لتنزيل ملفين من {peer} باستخدام FTPS (FTP فوق TLS {version}) في الوضع الخامل.',
    few: 'يستعد {actor} لتنزيل {count} ملفات من {peer} باستخدام FTPS (FTP فوق TLS {version}) في الوضع الخامل.',
    many: 'يستعد {actor} لتنزيل {count} ملفًا من {peer} باستخدام FTPS (FTP فوق TLS {version}) في الوضع الخامل.',
    other:
      'يستعد {actor} لتنزيل {count} ملف من {peer} باستخدام FTPS (FTP فوق TLS {version}) في الوضع الخامل.',
  },
  'std.ftps.auth':
    'يرسل {actor} الأمر AUTH {mechanism} بنص مكشوف بعدُ، طالبًا من {peer} حماية اتصال التحكم باستخدام TLS.',
  'std.ftps.auth-ok':
    'يوافق {actor} بالرد {code}، بنص مكشوف أيضًا: من الآن يتحدث الطرفان TLS على هذا الاتصال.',
  'std.tls.client-hello':
    'يبدأ {actor} مصافحة TLS ({records}): يعدّد إصدارات TLS ومجموعات التشفير التي يدعمها.',
  'std.tls.hello-retry':
    'يجيب {actor} بالرسائل {records}: يطلب HelloRetryRequest حصة مفتاح (key share) من مجموعة أخرى يقبلها الخادم.',
  'std.tls.client-hello.again':
    'يرسل {actor} الرسائل {records}: العرض نفسه مرة أخرى، هذه المرة مع حصة مفتاح يقبلها الخادم.',
  'std.tls12.server-hello':
    'يجيب {actor} بالرسائل {records}: يختار TLS {version} ومجموعة تشفير، ويقدّم شهادته ويوقّع حصته من تبادل المفاتيح.',
  'std.tls12.client-keys':
    'يرسل {actor} الرسائل {records}: حصته من تبادل المفاتيح، ثم ChangeCipherSpec؛ ومن هناك يشفّر كل شيء، وتثبت رسالة Finished أن الطرفين حسبا المفاتيح نفسها.',
  'std.tls12.server-finished':
    'يرسل {actor} الرسائل {records}: ينتقل هو أيضًا إلى التشفير، وتُتمّ رسالة Finished المصافحة.',
  'std.tls13.server-hello':
    'يجيب {actor} بالرسائل {records}. لا يُقرأ على الشبكة سوى ServerHello الذي يحمل حصة مفتاح الخادم؛ وكل ما بعده، بما في ذلك الشهادة، مشفّر من قبل.',
  'std.tls13.client-finished': 'يرسل {actor} الرسائل {records} مشفّرة: تُتمّ رسالة Finished المصافحة.',
  'std.tls.tickets':
    'يرسل {actor} الرسائل {records} مشفّرة: تذاكر جلسة تتيح لاتصال لاحق تخطّي جزء من المصافحة.',
  'std.tls.other': 'يرسل {actor} سجلات TLS: {records}.',
  'std.tls.close-notify': 'يرسل {actor} تنبيه close_notify مشفّرًا: لن يرسل شيئًا آخر عبر TLS على هذا الاتصال.',
  'std.ftps.login':
    'يرسل {actor} أوامره داخل TLS: {commands}. على الشبكة هي سجلات مشفّرة لا يقرؤها إلا الطرفان.',
  'std.ftps.login.prot':
    'يسجّل {actor} الدخول ويهيّئ التنزيل داخل TLS: {commands}. يطلب PBSZ 0 وPROT P حماية اتصالات البيانات أيضًا باستخدام TLS. على الشبكة هذه الأوامر سجلات مشفّرة لا يقرؤها إلا الطرفان.',
  'std.ftps.replies.passive':
    'يجيب {actor} عن كل أمر داخل TLS ({codes}) وينتظر اتصال البيانات على المنفذ {port}.',
  'std.ftps.replies.active':
    'يجيب {actor} عن كل أمر داخل TLS ({codes}): لإرسال الملف سيفتح اتصالًا إلى المنفذ الذي حدّده {peer}.',
  'std.ftps.replies.other': 'يجيب {actor} عن كل أمر داخل TLS ({codes}).',
  'std.ftps.transfer-complete':
    'يُبلغ {actor} عبر اتصال التحكم، داخل TLS، بأن نقل الملف {file} اكتمل ({code}).',
  'std.ftps.extra.data-tls':
    'لاتصال البيانات مصافحة TLS خاصة به، يكون فيها {actor} عميل TLS، أيًّا كان الطرف الذي فتح الاتصال.',
  'std.ftps.extra.encrypted-file': 'ينتقل الملف في سجلات TLS مشفّرة: لا يظهر منها على الشبكة إلا حجمها.',
  'std.ftps.extra.tickets-first': 'أوائل هذه السجلات تذاكر جلسة (NewSessionTicket) تأتي قبل الملف.',
  'ele.ftps.intro.active': {
    plural: 'count',
    zero: 'يريد {actor} تنزيل {count} ملف من {peer} عبر FTPS، أي FTP محميًّا بواسطة TLS، في الوضع النشط.',
    one: 'يريد {actor} تنزيل ملف من {peer} عبر FTPS، أي FTP محميًّا بواسطة TLS، في الوضع النشط.',
    two: 'يريد {actor} تنزيل ملفين من {peer} عبر FTPS، أي FTP محميًّا بواسطة TLS، في الوضع النشط.',
    few: 'يريد {actor} تنزيل {count} ملفات من {peer} عبر FTPS، أي FTP محميًّا بواسطة TLS، في الوضع النشط.',
    many: 'يريد {actor} تنزيل {count} ملفًا من {peer} عبر FTPS، أي FTP محميًّا بواسطة TLS، في الوضع النشط.',
    other: 'يريد {actor} تنزيل {count} ملف من {peer} عبر FTPS، أي FTP محميًّا بواسطة TLS، في الوضع النشط.',
  },
  'ele.ftps.intro.passive': {
    plural: 'count',
    zero: 'يريد {actor} تنزيل {count} ملف من {peer} عبر FTPS، أي FTP محميًّا بواسطة TLS، في الوضع الخامل.',
    one: 'يريد {actor} تنزيل ملف من {peer} عبر FTPS، أي FTP محميًّا بواسطة TLS، في الوضع الخامل.',
    two: 'يريد {actor} تنزيل ملفين من {peer} عبر FTPS، أي FTP محميًّا بواسطة TLS، في الوضع الخامل.',
    few: 'يريد {actor} تنزيل {count} ملفات من {peer} عبر FTPS، أي FTP محميًّا بواسطة TLS، في الوضع الخامل.',
    many: 'يريد {actor} تنزيل {count} ملفًا من {peer} عبر FTPS، أي FTP محميًّا بواسطة TLS، في الوضع الخامل.',
    other: 'يريد {actor} تنزيل {count} ملف من {peer} عبر FTPS، أي FTP محميًّا بواسطة TLS، في الوضع الخامل.',
  },
  'ele.ftps.control.ready':
    'يوافق {actor}، ويتفق الطرفان على مفاتيح سرية: من الآن كل ما يتبادلانه على هذا الاتصال مشفّر.',
  'ele.ftps.login':
    'يسجّل {actor} الدخول باسم المستخدم وكلمة المرور، ولا يستطيع أحد في الطريق قراءتهما، ويستعد للتنزيل.',
  'ele.ftps.data.ready':
    'يوافق {actor}، ويتفق الطرفان على مفاتيح لهذا الاتصال أيضًا: سينتقل الملف {file} مشفّرًا.',
  'ele.ftps.data.keys': 'يتفق {actor} مع {peer} على مفاتيح لاتصال الملف {file}، فينتقل مشفّرًا.',
  'ele.ftps.data.send': 'يرسل {actor} الملف {file} مشفّرًا.',
  'exp.extra.tls': 'هذه البايتات سجلات TLS: {text}.',
  'exp.extra.tls.command': 'هذه البايتات سجل TLS مشفّر ({text})؛ وفي داخله الأمر {inner}.',
  'exp.extra.tls.reply': 'هذه البايتات سجل TLS مشفّر ({text})؛ وفي داخله الرد "{inner}".',
  'exp.extra.tls.data': 'هذه البايتات سجلات TLS مشفّرة ({text})؛ وفي داخلها جزء من الملف {file}.',
  'exp.extra.tls.inner': 'هذه البايتات سجلات TLS ({text})؛ وبعد فك تشفيرها هي: {inner}.',
  'exp.extra.ftps-start': 'سيطلب العميل TLS من الخادم، حتى الإصدار TLS {version}، قبل تسجيل الدخول.',
  'note.ftps.ssl':
    'يتحدث الشرح المبسّط عن SSL. يعمل FTPS اليوم فوق TLS (هنا TLS {version}): فالمعيار RFC 7568 يحظر SSL 3.0، والمعيار RFC 4217 يبدأ TLS على اتصال التحكم بالأمر AUTH TLS.',
  'note.ftps.encrypted':
    'بدءًا من الرد 234 لا يمكن قراءة شيء من اتصال التحكم على الشبكة: لا يُظهر الالتقاط إلا سجلات TLS وأحجامها. وتذكر الخطوات الأوامر والردود التي تحملها السجلات، كما يعرفها الطرفان بعد فك التشفير.',
  'note.ftps.passive-accept':
    'ينسب الشرح المبسّط الخطوة {step} إلى الحاسوب ("FTPS data connection OK"). في الوضع الخامل يطلب الحاسوب اتصال البيانات ويقبله الخادم، لذا فالفاعل في هذه الخطوة هو الخادم.',
  'note.ftps.nat-port':
    'يذكر الأمر PORT العنوان الخاص للحاسوب، {address}. لا يستطيع NAT في الموجّه قراءته ولا إعادة كتابته، حتى مع مساعد FTP، لأنه ينتقل داخل TLS؛ لذلك يرفضه الخادم (الرد {code})، ويفشل FTPS في الوضع النشط خلف هذا NAT.',
  'exp.syn': 'يطلب {actor} من {peer} اتصالًا: {flags} من المنفذ {sport} إلى المنفذ {dport} (seq {seq}).',
  'exp.synack':
    'يقبل {actor} ويطلب بدوره: {flags} من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}).',
  'exp.rst':
    'يُنهي {actor} الاتصال بإعادة الضبط: {flags} من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}).',
  'exp.command': {
    plural: 'count',
    zero: 'يرسل {actor} {text} من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}، {count} بايت).',
    one: 'يرسل {actor} {text} من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}، بايت واحد).',
    two: 'يرسل {actor} {text} من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}، بايتان).',
    few: 'يرسل {actor} {text} من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}، {count} بايتات).',
    many: 'يرسل {actor} {text} من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}، {count} بايتًا).',
    other: 'يرسل {actor} {text} من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}، {count} بايت).',
  },
  'exp.reply': {
    plural: 'count',
    zero: 'يرسل {actor} الرد «{text}» من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}، {count} بايت).',
    one: 'يرسل {actor} الرد «{text}» من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}، بايت واحد).',
    two: 'يرسل {actor} الرد «{text}» من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}، بايتان).',
    few: 'يرسل {actor} الرد «{text}» من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}، {count} بايتات).',
    many: 'يرسل {actor} الرد «{text}» من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}، {count} بايتًا).',
    other:
      'يرسل {actor} الرد «{text}» من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}، {count} بايت).',
  },
  'exp.data': {
    plural: 'count',
    zero: 'يرسل {actor} {count} بايت من الملف {file}، من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}).',
    one: 'يرسل {actor} بايتًا واحدًا من الملف {file}، من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}).',
    two: 'يرسل {actor} بايتين من الملف {file}، من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}).',
    few: 'يرسل {actor} {count} بايتات من الملف {file}، من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}).',
    many: 'يرسل {actor} {count} بايتًا من الملف {file}، من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}).',
    other:
      'يرسل {actor} {count} بايت من الملف {file}، من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}).',
  },
  'exp.payload': {
    plural: 'count',
    zero: 'يرسل {actor} {count} بايت من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}).',
    one: 'يرسل {actor} بايتًا واحدًا من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}).',
    two: 'يرسل {actor} بايتين من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}).',
    few: 'يرسل {actor} {count} بايتات من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}).',
    many: 'يرسل {actor} {count} بايتًا من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}).',
    other: 'يرسل {actor} {count} بايت من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}).',
  },
  'exp.fin':
    'لم يعد لدى {actor} ما يرسله، فيغلق جهته: {flags} من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}).',
  'exp.ack.handshake':
    'يُكمل {actor} المصافحة الثلاثية: {flags} من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}).',
  'exp.ack.fin':
    'يُقرّ {actor} باستلام FIN من {peer}: {flags} من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}).',
  'exp.ack.data':
    'يؤكد {actor} أنه استلم بايتات {peer} حتى الرقم {last}: {flags} من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}).',
  'exp.ack.other':
    'يرسل {actor} إقرارًا لا يؤكد شيئًا جديدًا: {flags} من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}).',
  'exp.udp': {
    plural: 'count',
    zero: 'يرسل {actor} مخطط بيانات UDP من المنفذ {sport} إلى المنفذ {dport} ({count} بايت).',
    one: 'يرسل {actor} مخطط بيانات UDP من المنفذ {sport} إلى المنفذ {dport} (بايت واحد).',
    two: 'يرسل {actor} مخطط بيانات UDP من المنفذ {sport} إلى المنفذ {dport} (بايتان).',
    few: 'يرسل {actor} مخطط بيانات UDP من المنفذ {sport} إلى المنفذ {dport} ({count} بايتات).',
    many: 'يرسل {actor} مخطط بيانات UDP من المنفذ {sport} إلى المنفذ {dport} ({count} بايتًا).',
    other: 'يرسل {actor} مخطط بيانات UDP من المنفذ {sport} إلى المنفذ {dport} ({count} بايت).',
  },
  'exp.icmp': 'يرسل {actor} رسالة ICMP: {icmp}.',
  'exp.ip': 'يرسل {actor} حزمة IP ({protocol}).',
  'exp.lost.tcp': {
    plural: 'count',
    zero: 'يرسل {actor} {flags} من المنفذ {sport} إلى المنفذ {dport} ({count} بايت)، لكن الحزمة تضيع بين {from} و{to}، فلا يسجّلها الالتقاط أبدًا.',
    one: 'يرسل {actor} {flags} من المنفذ {sport} إلى المنفذ {dport} (بايت واحد)، لكن الحزمة تضيع بين {from} و{to}، فلا يسجّلها الالتقاط أبدًا.',
    two: 'يرسل {actor} {flags} من المنفذ {sport} إلى المنفذ {dport} (بايتان)، لكن الحزمة تضيع بين {from} و{to}، فلا يسجّلها الالتقاط أبدًا.',
    few: 'يرسل {actor} {flags} من المنفذ {sport} إلى المنفذ {dport} ({count} بايتات)، لكن الحزمة تضيع بين {from} و{to}، فلا يسجّلها الالتقاط أبدًا.',
    many: 'يرسل {actor} {flags} من المنفذ {sport} إلى المنفذ {dport} ({count} بايتًا)، لكن الحزمة تضيع بين {from} و{to}، فلا يسجّلها الالتقاط أبدًا.',
    other:
      'يرسل {actor} {flags} من المنفذ {sport} إلى المنفذ {dport} ({count} بايت)، لكن الحزمة تضيع بين {from} و{to}، فلا يسجّلها الالتقاط أبدًا.',
  },
  'exp.lost.other':
    'يرسل {actor} حزمة إلى {peer}، لكن الحزمة تضيع بين {from} و{to}، فلا يسجّلها الالتقاط أبدًا.',
  'exp.extra.fin': 'يحمل المقطع نفسه FIN: لم يعد لدى {actor} ما يرسله.',
  'exp.extra.ack-fin': 'يُقرّ المقطع نفسه باستلام FIN من {peer}.',
  'exp.extra.retransmission':
    'هذه إعادة إرسال: يرسل {actor} الحزمة مرة أخرى بعد {seconds} ث دون أن يصله إقرار.',
  'exp.extra.retransmission.unseen': 'هذه إعادة إرسال: لم تتلقَّ النسخة الأولى إقرارًا في الوقت المناسب.',
  'exp.extra.nat.src': 'في الطريق، يعيد {actor} كتابة عنوان المصدر من {before} إلى {after}.',
  'exp.extra.nat.dst': 'في الطريق، يعيد {actor} كتابة عنوان الوجهة من {before} إلى {after}.',
  'exp.extra.nat.payload':
    'في الطريق، يعيد {actor} كتابة العنوان الموجود داخل الرسالة من {before} إلى {after}.',
  'exp.extra.lost': 'تضيع الحزمة بين {from} و{to}.',
  'exp.fw.drop':
    'يُسقط جدار الحماية في {owner} الحزمة {flags} من المنفذ {sport} إلى المنفذ {dport} (القاعدة {rule}).',
  'exp.fw.reject':
    'يرفض جدار الحماية في {owner} الحزمة {flags} من المنفذ {sport} إلى المنفذ {dport} ويُبلغ المرسل بذلك (القاعدة {rule}).',
  'exp.fw.allow':
    'يسمح جدار الحماية في {owner} الآن بمرور الحزمة {flags} من المنفذ {sport} إلى المنفذ {dport} (القاعدة {rule}).',
  'exp.fw.change': 'يتلقى جدار الحماية في {owner} إعدادًا جديدًا (القاعدة {rule}).',
  'exp.action.start.active': {
    plural: 'count',
    zero: 'يشغّل المستخدم عميل FTP على {actor} لتنزيل {count} ملف في الوضع النشط.',
    one: 'يشغّل المستخدم عميل FTP على {actor} لتنزيل ملف واحد في الوضع النشط.',
    two: 'يشغّل المستخدم عميل FTP على {actor} لتنزيل ملفين في الوضع النشط.',
    few: 'يشغّل المستخدم عميل FTP على {actor} لتنزيل {count} ملفات في الوضع النشط.',
    many: 'يشغّل المستخدم عميل FTP على {actor} لتنزيل {count} ملفًا في الوضع النشط.',
    other: 'يشغّل المستخدم عميل FTP على {actor} لتنزيل {count} ملف في الوضع النشط.',
  },
  'exp.action.start.passive': {
    plural: 'count',
    zero: 'يشغّل المستخدم عميل FTP على {actor} لتنزيل {count} ملف في الوضع الخامل.',
    one: 'يشغّل المستخدم عميل FTP على {actor} لتنزيل ملف واحد في الوضع الخامل.',
    two: 'يشغّل المستخدم عميل FTP على {actor} لتنزيل ملفين في الوضع الخامل.',
    few: 'يشغّل المستخدم عميل FTP على {actor} لتنزيل {count} ملفات في الوضع الخامل.',
    many: 'يشغّل المستخدم عميل FTP على {actor} لتنزيل {count} ملفًا في الوضع الخامل.',
    other: 'يشغّل المستخدم عميل FTP على {actor} لتنزيل {count} ملف في الوضع الخامل.',
  },
  'exp.action.file-received': {
    plural: 'count',
    zero: 'أصبح لدى عميل FTP على {actor} الملف {file} كاملًا: {count} بايت.',
    one: 'أصبح لدى عميل FTP على {actor} الملف {file} كاملًا: بايت واحد.',
    two: 'أصبح لدى عميل FTP على {actor} الملف {file} كاملًا: بايتان.',
    few: 'أصبح لدى عميل FTP على {actor} الملف {file} كاملًا: {count} بايتات.',
    many: 'أصبح لدى عميل FTP على {actor} الملف {file} كاملًا: {count} بايتًا.',
    other: 'أصبح لدى عميل FTP على {actor} الملف {file} كاملًا: {count} بايت.',
  },
  'exp.action.transfer-failed': 'يتخلى عميل FTP على {actor} عن {file}.',
  'exp.action.firewall': 'يغيّر المستخدم إعداد جدار الحماية على {actor}.',
  'exp.action.allow-ftp-data':
    'يغيّر المستخدم إعداد جدار الحماية على {actor}: صار بإمكان الاتصالات القادمة من المنفذ {port}، الذي تأتي منه بيانات FTP، أن تدخل.',
  'exp.action.other': 'على {actor}: {action}.',

  'note.login':
    'تروي الخطوة {step} تسجيل الدخول كأنه حركة واحدة؛ أما على الشبكة فيرسل الحاسوب الأوامر واحدًا تلو الآخر، وعددها {count} ({commands})، وينتظر الرد على كل منها.',
  'note.greeting':
    'بعد فتح اتصال التحكم مباشرة، يحيّي الخادم الحاسوب (الرد 220) قبل تسجيل الدخول؛ ويُغفل الشرح المبسّط هذه التحية.',
  'note.reply-flags':
    'تحمل ردود الخادم نصًا، لذا تنتقل في مقاطع PSH,ACK؛ أما الشرح المبسّط فيكتفي بوسمها (ACK).',
  'note.fin-early':
    'يرسل الخادم FIN مباشرة بعد آخر بايتات كل ملف، لذا يكون FIN في طريقه بالفعل حين يُقرّ الحاسوب باستلام الملف. تحافظ الخطوات على ترتيب الشرح المبسّط (الإقرار ثم FIN)، وهو ترتيب السبب والنتيجة، لا ترتيب خروج الحزم.',
  'note.control-close':
    'يبقى اتصال التحكم مفتوحًا طوال الجلسة: بعد آخر ملف يرسل الحاسوب QUIT، فيرد الخادم بالرمز 221، ويغلق الطرفان الاتصال بـ FIN وACK. لا يذكر الشرح المبسّط شيئًا من هذا؛ تُعرض هذه الحزم أثناء الخطوة الأخيرة.',
  'note.next-file.active':
    'قبل كل ملف تالٍ يرسل الحاسوب PORT وRETR من جديد على اتصال التحكم. يُغفل الشرح المبسّط ذلك؛ تُعرض هذه الحزم أثناء الخطوة التي يفتح فيها الخادم اتصال البيانات التالي.',
  'note.next-file.passive':
    'قبل كل ملف تالٍ يرسل الحاسوب PASV من جديد، ثم RETR بعد فتح اتصال البيانات. يُغفل الشرح المبسّط ذلك؛ تُعرض هذه الحزم أثناء خطوات ذلك الملف.',
  'note.transfer-replies':
    'على اتصال التحكم يعلن الخادم بدء كل نقل (150) ويُبلغ باكتماله (226)؛ لا يعرض الشرح المبسّط هذه الردود، وهي تُعرض في خلفية خطوات الملف.',
  'note.background-acks':
    'الإقرارات التي لا تحمل شيئًا آخر (ACK الحاسوب على رد، وACK الخادم على أمر) ليست لها خطوة خاصة بها؛ تُعرض أثناء الخطوة التي تمهّد لها.',
  'note.firewall-retries':
    'ما دام جدار الحماية يحجب الطلب، يكرر الخادم إرسال SYN، فيبلغ عدد المحاولات {count}، تفصل بينها فترات انتظار مدتها {waits}؛ أما الشرح المبسّط فيعرض محاولة واحدة فقط.',
  'note.firewall-actor':
    'ينسب الشرح المبسّط خطوات جدار الحماية إلى الحاسوب نفسه، لأن جدار الحماية برنامج يعمل على الحاسوب؛ أما مستوى الخبير فيذكر جدار الحماية بوصفه الفاعل.',
  'note.active-port20':
    'في الوضع النشط يفتح الخادم كل اتصال بيانات من منفذه 20 إلى المنفذ الذي حدده الحاسوب في أمر PORT، لذا يصل الطلب إلى الحاسوب من الخارج: وهذا بالضبط ما يوقفه جدار الحماية على الحاسوب.',
  'note.passive-outgoing':
    'في الوضع الخامل يفتح الحاسوب كل اتصال بنفسه، إلى منافذ يحددها الخادم، لذا يسمح جدار الحماية على الحاسوب بخروجها كلها.',
  'note.loss': {
    plural: 'count',
    zero: 'ضاعت {count} حزمة في الطريق. أعاد TCP إرسال ما كانت تحمله بعد مهلة، والخطوات التي تعرض إعادة الإرسال هذه تذكر ذلك.',
    one: 'ضاعت حزمة واحدة في الطريق. أعاد TCP إرسال ما كانت تحمله بعد مهلة، والخطوات التي تعرض إعادة الإرسال هذه تذكر ذلك.',
    two: 'ضاعت حزمتان في الطريق. أعاد TCP إرسال ما كانتا تحملانه بعد مهلة، والخطوات التي تعرض إعادة الإرسال هذه تذكر ذلك.',
    few: 'ضاعت {count} حزم في الطريق. أعاد TCP إرسال ما كانت تحمله بعد مهلة، والخطوات التي تعرض إعادة الإرسال هذه تذكر ذلك.',
    many: 'ضاعت {count} حزمة في الطريق. أعاد TCP إرسال ما كانت تحمله بعد مهلة، والخطوات التي تعرض إعادة الإرسال هذه تذكر ذلك.',
    other:
      'ضاعت {count} حزمة في الطريق. أعاد TCP إرسال ما كانت تحمله بعد مهلة، والخطوات التي تعرض إعادة الإرسال هذه تذكر ذلك.',
  },
  'note.shared-packet':
    'تعرض الخطوتان {first} و{second} الحزمة نفسها: يقوم {actor} بالأمرين معًا في مقطع واحد ({flags}).',

  // SCP and SFTP: one SSH connection, encrypted from NEWKEYS on.
  'title.sftp.upload': {
    plural: 'count',
    zero: 'رفع {count} ملف عبر SFTP فوق SSH',
    one: 'رفع ملف واحد عبر SFTP فوق SSH',
    two: 'رفع ملفين عبر SFTP فوق SSH',
    few: 'رفع {count} ملفات عبر SFTP فوق SSH',
    many: 'رفع {count} ملفًا عبر SFTP فوق SSH',
    other: 'رفع {count} ملف عبر SFTP فوق SSH',
  },
  'title.sftp.download': {
    plural: 'count',
    zero: 'تنزيل {count} ملف عبر SFTP فوق SSH',
    one: 'تنزيل ملف واحد عبر SFTP فوق SSH',
    two: 'تنزيل ملفين عبر SFTP فوق SSH',
    few: 'تنزيل {count} ملفات عبر SFTP فوق SSH',
    many: 'تنزيل {count} ملفًا عبر SFTP فوق SSH',
    other: 'تنزيل {count} ملف عبر SFTP فوق SSH',
  },
  'title.scp.upload': {
    plural: 'count',
    zero: 'رفع {count} ملف عبر scp فوق SSH',
    one: 'رفع ملف واحد عبر scp فوق SSH',
    two: 'رفع ملفين عبر scp فوق SSH',
    few: 'رفع {count} ملفات عبر scp فوق SSH',
    many: 'رفع {count} ملفًا عبر scp فوق SSH',
    other: 'رفع {count} ملف عبر scp فوق SSH',
  },
  'title.scp.download': {
    plural: 'count',
    zero: 'تنزيل {count} ملف عبر scp فوق SSH',
    one: 'تنزيل ملف واحد عبر scp فوق SSH',
    two: 'تنزيل ملفين عبر scp فوق SSH',
    few: 'تنزيل {count} ملفات عبر scp فوق SSH',
    many: 'تنزيل {count} ملفًا عبر scp فوق SSH',
    other: 'تنزيل {count} ملف عبر scp فوق SSH',
  },
  'ssh.std.intro.upload': {
    plural: 'count',
    zero: 'يستعد {actor} لإرسال {count} ملف إلى {peer} باستخدام {program}، وكل ذلك داخل اتصال SSH واحد.',
    one: 'يستعد {actor} لإرسال ملف واحد إلى {peer} باستخدام {program}، وكل ذلك داخل اتصال SSH واحد.',
    two: 'يستعد {actor} لإرسال ملفين إلى {peer} باستخدام {program}، وكل ذلك داخل اتصال SSH واحد.',
    few: 'يستعد {actor} لإرسال {count} ملفات إلى {peer} باستخدام {program}، وكل ذلك داخل اتصال SSH واحد.',
    many: 'يستعد {actor} لإرسال {count} ملفًا إلى {peer} باستخدام {program}، وكل ذلك داخل اتصال SSH واحد.',
    other: 'يستعد {actor} لإرسال {count} ملف إلى {peer} باستخدام {program}، وكل ذلك داخل اتصال SSH واحد.',
  },
  'ssh.std.intro.download': {
    plural: 'count',
    zero: 'يستعد {actor} لجلب {count} ملف من {peer} باستخدام {program}، وكل ذلك داخل اتصال SSH واحد.',
    one: 'يستعد {actor} لجلب ملف واحد من {peer} باستخدام {program}، وكل ذلك داخل اتصال SSH واحد.',
    two: 'يستعد {actor} لجلب ملفين من {peer} باستخدام {program}، وكل ذلك داخل اتصال SSH واحد.',
    few: 'يستعد {actor} لجلب {count} ملفات من {peer} باستخدام {program}، وكل ذلك داخل اتصال SSH واحد.',
    many: 'يستعد {actor} لجلب {count} ملفًا من {peer} باستخدام {program}، وكل ذلك داخل اتصال SSH واحد.',
    other: 'يستعد {actor} لجلب {count} ملف من {peer} باستخدام {program}، وكل ذلك داخل اتصال SSH واحد.',
  },
  'ssh.std.encrypted':
    'سيشفّر برنامج SSH على {actor} كل ما يرسله إلى {peer}: كلمة المرور والأوامر والملف نفسه.',
  'ssh.std.decrypts':
    'يعيد برنامج SSH على {actor} (sshd، المنتظر على المنفذ 22) ما يصله إلى بيانات مقروءة، بالمفاتيح نفسها التي لدى {peer}.',
  'ssh.std.left-out':
    'من هنا فصاعدًا لن تكرر القصة أن كل طرف يشفّر قبل الإرسال ويفك التشفير بعد الاستلام: هذا يحدث لكل حزمة SSH.',
  'ssh.std.login':
    'أولًا يتبادل {actor} و{peer} إصداري SSH ويتفقان على المفاتيح (KEXINIT، ثم تبادل مفاتيح ECDH، ثم NEWKEYS). كل ما يأتي بعد NEWKEYS مشفّر؛ وعندها فقط يرسل {actor} اسم المستخدم وكلمة المرور.',
  'ssh.std.login-ok': 'يتحقق {actor} من كلمة المرور ويسمح بدخول {peer} (USERAUTH_SUCCESS).',
  'ssh.std.session.sftp':
    'صار بإمكان {actor} العمل على {peer}: يفتح قناة جلسة، ويشغّل النظام الفرعي SFTP، ويرسل أولى طلبات SFTP.',
  'ssh.std.session.scp':
    'صار بإمكان {actor} العمل على {peer}: يفتح قناة جلسة ويطلب من {peer} تشغيل الأمر «{command}».',
  'ssh.std.answers.sftp':
    'يؤكد {actor} القناة، ويشغّل خادم SFTP لديه، ويجيب عن كل طلب (VERSION، ثم الدليل الرئيسي).',
  'ssh.std.answers.scp-sink':
    'يؤكد {actor} القناة ويشغّل «{command}»، الذي يعلن ببايت صفري أنه جاهز للاستلام.',
  'ssh.std.answers.scp-source': 'يؤكد {actor} القناة ويشغّل «{command}».',
  'ssh.std.put.sftp':
    'يرسل {actor} الملف {file}: يفتحه للكتابة (OPEN)، ويرسل بايتاته في طلبات WRITE، ثم يغلقه (CLOSE).',
  'ssh.std.put.scp':
    'يرسل {actor} الملف {file}: أولًا سطرًا فيه الصلاحيات والحجم والاسم (C0644 …)، ثم البايتات، وفي آخرها بايت صفري.',
  'ssh.std.stored.sftp':
    'استلم {actor} الملف {file}: يجيب عن كل طلب بـ STATUS OK، وتحمل هذه الإجابات الإقرار باستلام البايتات.',
  'ssh.std.stored.scp':
    'استلم {actor} الملف {file}: يجيب scp عن السطر وعن البايتات ببايت صفري لكلٍّ منهما، وتحمل هذه الإجابات الإقرارات.',
  'ssh.std.fetch.sftp':
    'يطلب {actor} الملف {file}: يبحث عنه (LSTAT، STAT)، ويفتحه (OPEN)، ويقرؤه حتى آخره (READ)، ثم يغلقه (CLOSE).',
  'ssh.std.fetch.scp': 'يجيب {actor} عن سطر الملف {file} وعن بايتاته ببايت صفري لكلٍّ منهما: وصل الملف.',
  'ssh.std.get.sftp': 'يرسل {actor} الملف {file} في ردود DATA، ويجيب عن بقية طلبات {peer}.',
  'ssh.std.get.scp':
    'يرسل {actor} الملف {file}: سطرًا فيه الصلاحيات والحجم والاسم (C0644 …)، ثم البايتات وبايتًا صفريًا.',
  'ssh.ele.intro.upload': {
    plural: 'count',
    zero: 'يريد {actor} أن يضع {count} ملف على {peer}، وكل شيء مقفل بأمان داخل SSH.',
    one: 'يريد {actor} أن يضع ملفًا واحدًا على {peer}، وكل شيء مقفل بأمان داخل SSH.',
    two: 'يريد {actor} أن يضع ملفين على {peer}، وكل شيء مقفل بأمان داخل SSH.',
    few: 'يريد {actor} أن يضع {count} ملفات على {peer}، وكل شيء مقفل بأمان داخل SSH.',
    many: 'يريد {actor} أن يضع {count} ملفًا على {peer}، وكل شيء مقفل بأمان داخل SSH.',
    other: 'يريد {actor} أن يضع {count} ملف على {peer}، وكل شيء مقفل بأمان داخل SSH.',
  },
  'ssh.ele.intro.download': {
    plural: 'count',
    zero: 'يريد {actor} أن يأخذ {count} ملف من {peer}، وكل شيء مقفل بأمان داخل SSH.',
    one: 'يريد {actor} أن يأخذ ملفًا واحدًا من {peer}، وكل شيء مقفل بأمان داخل SSH.',
    two: 'يريد {actor} أن يأخذ ملفين من {peer}، وكل شيء مقفل بأمان داخل SSH.',
    few: 'يريد {actor} أن يأخذ {count} ملفات من {peer}، وكل شيء مقفل بأمان داخل SSH.',
    many: 'يريد {actor} أن يأخذ {count} ملفًا من {peer}، وكل شيء مقفل بأمان داخل SSH.',
    other: 'يريد {actor} أن يأخذ {count} ملف من {peer}، وكل شيء مقفل بأمان داخل SSH.',
  },
  'ssh.ele.connect': 'يتصل {actor} و{peer}.',
  'ssh.ele.login':
    'يتفق {actor} و{peer} على مفتاح سري؛ ثم يعطي {actor} اسمه وكلمة المرور، ولا يستطيع أحد غيرهما قراءتهما.',
  'ssh.ele.login-ok': 'يسمح {actor} بدخول {peer}.',
  'ssh.ele.session': 'يقول {actor} ما يريد فعله، ويستعد {peer}.',
  'ssh.ele.file': 'يرسل {actor} الملف {file}، ويخبر {peer} أنه وصله.',
  'ssh.ele.done': 'يودّع {actor} الطرف الآخر، وينتهي الاتصال.',
  'ssh.exp.version':
    'يعلن {actor} إصدار SSH لديه دون تشفير، «{text}»: {flags} من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}، len {count}).',
  'ssh.exp.clear':
    'يرسل {actor} رسالة SSH ‏{text}، وهي ما تزال غير مشفّرة: {flags} من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}، len {count}).',
  'ssh.exp.clear-then-sealed':
    'يرسل {actor} ‏{text} دون تشفير، وبعدها حزمة SSH مشفّرة؛ في داخلها ما لا يعرفه إلا الطرفان: «{inner}». {flags} من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}، len {count}).',
  'ssh.exp.sealed':
    'يرسل {actor} حزمة SSH مشفّرة؛ في داخلها ما لا يعرفه إلا الطرفان: «{inner}». {flags} من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}، len {count}).',
  'ssh.exp.more':
    'يرسل {actor} بقية عملية الكتابة نفسها في SSH: {flags} من المنفذ {sport} إلى المنفذ {dport} (seq {seq}، ack {ack}، len {count}).',
  'ssh.exp.action.start.upload': 'على {actor}، يشغّل المستخدم {program} للرفع.',
  'ssh.exp.action.start.download': 'على {actor}، يشغّل المستخدم {program} للتنزيل.',
  'ssh.exp.action.logged-in': 'سجّل عميل SSH على {actor} الدخول باسم {user}.',
  'ssh.exp.action.sent': 'يعلم {program} على {actor} أن {file} وصل كاملًا.',
  'ssh.exp.action.stored': 'كتب {actor} الملف {file} على قرصه.',
  'ssh.exp.action.received': 'استلم {actor} الملف {file} وحفظه.',
  'ssh.exp.action.failed': 'يتخلى {program} على {actor} عن {file}.',
  'ssh.note.key-exchange':
    'ينتقل الشرح المبسّط من الاتصال مباشرة إلى كلمة المرور. أما في الواقع فيتبادل الطرفان أولًا سطري الإصدار ويجريان تبادل مفاتيح (KEXINIT، ECDH، NEWKEYS)؛ تعرض الخطوة {step} هذه الحزم مع كلمة المرور، ويرويها مستوى الخبير واحدةً واحدة.',
  'ssh.note.clear-part':
    'يقول الشرح المبسّط إن كل شيء مشفّر. لكن سطري الإصدار وتبادل المفاتيح يمرّان دون تشفير، ولا بد من ذلك: فالمفاتيح لم توجد بعد. كل ما بعد NEWKEYS (الدخول والأوامر والملف) مشفّر، فلا يرى المتنصّت إلا أحجام الحزم وتوقيتها.',
  'ssh.note.none-probe':
    'يحاول OpenSSH أولًا الدخول بالطريقة «none»؛ فيجيب الخادم بالطرق التي يقبلها، وعندها فقط تُرسَل كلمة المرور.',
  'ssh.note.answer-flags':
    'في الشرح المبسّط يرد المستلم على الملف بـ (ACK) مجرد. أما المستلم الحقيقي فيرد برسائل SSH ‏(SFTP STATUS، أو البايتات الصفرية في scp) تحمل الإقرار معها؛ لذلك تُظهر الخطوة {step} ‏PSH,ACK.',
  'ssh.note.session-end':
    'قبل الخطوة {step} ينهي الحاسوب الجلسة داخل SSH ‏(CHANNEL_EOF، CHANNEL_CLOSE، DISCONNECT)، ويبلغ الخادم عن حالة خروج البرنامج الذي شغّله؛ يُغفل الشرح المبسّط ذلك، وتمر هذه الحزم في الخلفية.',
  'ssh.note.scp-legacy':
    'يستخدم scp هنا بروتوكول scp التقليدي (scp -O؛ ويشغّل الخادم scp -t أو scp -f). ومنذ OpenSSH 9.0 يستخدم scp بروتوكول SFTP من الداخل ما لم يُطلب غير ذلك.',

  'icmp.echo-request': 'طلب صدى',
  'icmp.echo-reply': 'رد صدى',
  'icmp.source-quench': 'إخماد المصدر',
  'icmp.redirect': 'إعادة توجيه',
  'icmp.router-advertisement': 'إعلان الموجّه',
  'icmp.router-solicitation': 'التماس الموجّه',
  'icmp.parameter-problem': 'مشكلة في المعاملات',
  'icmp.timestamp-request': 'طلب طابع زمني',
  'icmp.timestamp-reply': 'رد طابع زمني',
  'icmp.packet-too-big': 'الحزمة كبيرة جدًا',
  'icmp.mld-query': 'استعلام مستمع البث المتعدد',
  'icmp.mld-report': 'تقرير مستمع البث المتعدد',
  'icmp.mld-done': 'انتهاء مستمع البث المتعدد',
  'icmp.mld-report-v2': 'تقرير مستمع البث المتعدد (الإصدار 2)',
  'icmp.neighbor-solicitation': 'التماس الجار',
  'icmp.neighbor-advertisement': 'إعلان الجار',
  'icmp.unreachable': 'الوجهة غير قابلة للوصول (الرمز {code})',
  'icmp.unreachable.net': 'الوجهة غير قابلة للوصول (الشبكة غير قابلة للوصول)',
  'icmp.unreachable.host': 'الوجهة غير قابلة للوصول (المضيف غير قابل للوصول)',
  'icmp.unreachable.protocol': 'الوجهة غير قابلة للوصول (البروتوكول غير قابل للوصول)',
  'icmp.unreachable.port': 'الوجهة غير قابلة للوصول (المنفذ غير قابل للوصول)',
  'icmp.unreachable.fragmentation': 'الوجهة غير قابلة للوصول (التجزئة مطلوبة)',
  'icmp.unreachable.source-route': 'الوجهة غير قابلة للوصول (فشل توجيه المصدر)',
  'icmp.unreachable.net-unknown': 'الوجهة غير قابلة للوصول (شبكة الوجهة مجهولة)',
  'icmp.unreachable.host-unknown': 'الوجهة غير قابلة للوصول (مضيف الوجهة مجهول)',
  'icmp.unreachable.net-prohibited': 'الوجهة غير قابلة للوصول (الشبكة محظورة إداريًا)',
  'icmp.unreachable.host-prohibited': 'الوجهة غير قابلة للوصول (المضيف محظور إداريًا)',
  'icmp.unreachable.admin': 'الوجهة غير قابلة للوصول (الاتصال محظور إداريًا)',
  'icmp.unreachable.no-route': 'الوجهة غير قابلة للوصول (لا يوجد مسار إلى الوجهة)',
  'icmp.unreachable.beyond-scope': 'الوجهة غير قابلة للوصول (خارج نطاق عنوان المصدر)',
  'icmp.unreachable.source-policy': 'الوجهة غير قابلة للوصول (عنوان المصدر مرفوض وفق السياسة)',
  'icmp.unreachable.reject-route': 'الوجهة غير قابلة للوصول (المسار إلى الوجهة مرفوض)',
  'icmp.time-exceeded': 'تجاوز الوقت (الرمز {code})',
  'icmp.time-exceeded.ttl': 'تجاوز الوقت (انتهاء TTL أثناء العبور)',
  'icmp.time-exceeded.hop-limit': 'تجاوز الوقت (انتهاء حد القفزات أثناء العبور)',
  'icmp.time-exceeded.reassembly': 'تجاوز الوقت (تجاوز وقت إعادة تجميع الأجزاء)',
  'icmp.unknown.v4': 'ICMP من النوع {type} بالرمز {code}',
  'icmp.unknown.v6': 'ICMPv6 من النوع {type} بالرمز {code}',
};
