/**
 * The story in Spanish. The `who.*` phrases carry their article ("el servidor"), and Spanish would fuse it
 * with "a" and "de" ("al", "del"), which a filled-in sentence cannot do; so the sentences put node
 * parameters after "con", "desde", "hacia", "en", "por", "entre" or in subject position instead.
 */
import type { StoryCatalog } from '../index.ts';

export const story: StoryCatalog = {
  'who.pc': 'el PC',
  'who.server': 'el servidor',
  'who.router': 'el router',
  'who.firewall': 'el cortafuegos',
  'who.network': 'Internet',
  'who.named': '{name}',
  'actor.pc': 'PC',
  'actor.server': 'Servidor',
  'actor.router': 'Router',
  'actor.firewall': 'Cortafuegos',
  'actor.network': 'Internet',

  'title.ftp.active': {
    plural: 'count',
    one: 'Descarga de un archivo con FTP en modo activo',
    many: 'Descarga de {count} archivos con FTP en modo activo',
    other: 'Descarga de {count} archivos con FTP en modo activo',
  },
  'title.ftp.passive': {
    plural: 'count',
    one: 'Descarga de un archivo con FTP en modo pasivo',
    many: 'Descarga de {count} archivos con FTP en modo pasivo',
    other: 'Descarga de {count} archivos con FTP en modo pasivo',
  },
  'title.generic': 'Lo que cruza la red',

  'std.intro.active': {
    plural: 'count',
    one: '{actor} va a descargar un archivo desde {peer} mediante FTP en modo activo.',
    many: '{actor} va a descargar {count} archivos desde {peer} mediante FTP en modo activo.',
    other: '{actor} va a descargar {count} archivos desde {peer} mediante FTP en modo activo.',
  },
  'std.intro.passive': {
    plural: 'count',
    one: '{actor} va a descargar un archivo desde {peer} mediante FTP en modo pasivo.',
    many: '{actor} va a descargar {count} archivos desde {peer} mediante FTP en modo pasivo.',
    other: '{actor} va a descargar {count} archivos desde {peer} mediante FTP en modo pasivo.',
  },
  'std.control.syn': '{actor} pide abrir con {peer} una conexión de control FTP en el puerto {port}.',
  'std.control.synack': '{actor} acepta y pide abrir también la conexión en su propio sentido.',
  'std.control.ack': '{actor} acepta a su vez: la conexión de control queda abierta.',
  'std.login.active':
    '{actor} inicia sesión como {user} con una contraseña, pide el modo binario, indica el puerto en el que esperará (PORT) y pide {file} (RETR).',
  'std.login.passive':
    '{actor} inicia sesión como {user} con una contraseña, pide el modo binario y pide que {peer} abra un puerto para los datos (PASV).',
  'std.login.user': '{actor} inicia sesión como {user} y envía sus comandos: {commands}.',
  'std.login.other': '{actor} envía sus comandos: {commands}.',
  'std.replies.active':
    '{actor} responde a cada comando ({codes}): el inicio de sesión se acepta y, para enviar el archivo, tiene que abrir una segunda conexión hacia {peer}.',
  'std.replies.passive':
    '{actor} responde a cada comando ({codes}): el inicio de sesión se acepta, y espera en el puerto {port} una segunda conexión que llevará el archivo.',
  'std.replies.other': '{actor} responde a cada comando ({codes}).',
  'std.data.syn.to-send':
    '{actor} pide abrir una conexión de datos FTP con {peer}, en su puerto {port}, para enviar {file}.',
  'std.data.syn.to-fetch':
    '{actor} pide abrir una conexión de datos FTP con {peer}, en su puerto {port}, para descargar {file}.',
  'std.data.syn.to-send.next':
    '{actor} abre una nueva conexión de datos para enviar el siguiente archivo, {file}, que {peer} acaba de pedir.',
  'std.data.syn.to-fetch.next':
    '{actor} pide abrir una nueva conexión de datos con {peer}, en su puerto {port}, para descargar el siguiente archivo, {file}.',
  'std.data.syn.again': '{actor} vuelve a pedir la conexión de datos, y esta vez la solicitud pasa.',
  'std.data.synack': '{actor} acepta y pide abrir también la conexión de datos en su propio sentido.',
  'std.data.ack': '{actor} acepta a su vez: la conexión de datos queda abierta.',
  'std.data.send': {
    plural: 'count',
    one: '{actor} envía {file} ({count} byte) por la conexión de datos.',
    many: '{actor} envía {file} ({count} bytes) por la conexión de datos.',
    other: '{actor} envía {file} ({count} bytes) por la conexión de datos.',
  },
  'std.data.received': '{actor} confirma que ha recibido {file}.',
  'std.close.fin': '{actor} no tiene nada más que enviar y cierra la conexión de datos.',
  'std.close.fin-ack': '{actor} confirma el cierre.',
  'std.close.fin2': '{actor} cierra también la conexión de datos por su lado.',
  'std.close.fin2-ack': '{actor} lo confirma: la conexión de datos de {file} queda cerrada.',
  'std.tcp.syn': '{actor} pide abrir una conexión con {peer} en el puerto {port}.',
  'std.tcp.synack': '{actor} acepta y pide abrir también la conexión en su propio sentido.',
  'std.tcp.ack': '{actor} acepta a su vez: la conexión queda abierta.',
  'std.tcp.send': {
    plural: 'count',
    one: '{actor} envía {count} byte hacia {peer}.',
    many: '{actor} envía {count} bytes hacia {peer}.',
    other: '{actor} envía {count} bytes hacia {peer}.',
  },
  'std.tcp.close.fin': '{actor} no tiene nada más que enviar y cierra la conexión.',
  'std.tcp.close.fin-ack': '{actor} confirma el cierre.',
  'std.tcp.close.fin2': '{actor} cierra también la conexión por su lado.',
  'std.tcp.close.fin2-ack': '{actor} lo confirma: la conexión queda cerrada.',
  'std.no-answer': {
    plural: 'count',
    one: '{actor} no recibe ninguna respuesta desde {peer}, así que abandona la conexión.',
    many: '{actor} no recibe ninguna respuesta desde {peer} tras {count} intentos, así que abandona la conexión.',
    other:
      '{actor} no recibe ninguna respuesta desde {peer} tras {count} intentos, así que abandona la conexión.',
  },
  'std.rst': '{actor} corta la conexión de inmediato (RST).',
  'std.icmp': '{actor} envía un mensaje ICMP hacia {peer}: {icmp}.',
  'std.icmp.error': '{actor} envía hacia {peer} un mensaje ICMP que avisa de un problema: {icmp}.',
  'std.fw.blocks':
    'El cortafuegos en {owner} (parte del sistema operativo o de un antivirus) bloquea la solicitud de conexión que llega desde {peer}.',
  'std.fw.must-change':
    'Para que el archivo pueda pasar, hay que cambiar la configuración del cortafuegos para que permita esta conexión.',
  'std.fw.changed': 'El usuario cambia la configuración, y ahora el cortafuegos deja entrar la solicitud.',
  'std.fw.never-changed':
    'Nadie cambia la configuración del cortafuegos, así que cada nuevo intento también queda bloqueado.',
  'std.reply.425':
    '{actor} renuncia a la conexión de datos y lo comunica por la conexión de control: "{reply}"',
  'std.reply.error': '{actor} informa de un error por la conexión de control: "{reply}"',
  'std.failed': '{actor} renuncia a {file} y termina la sesión FTP (QUIT).',
  'std.extra.resent': {
    plural: 'count',
    one: 'Uno de estos paquetes tuvo que enviarse de nuevo, porque no llegó a tiempo ningún acuse de recibo.',
    many: '{count} de estos paquetes tuvieron que enviarse de nuevo, porque no llegó a tiempo ningún acuse de recibo.',
    other:
      '{count} de estos paquetes tuvieron que enviarse de nuevo, porque no llegó a tiempo ningún acuse de recibo.',
  },
  'std.extra.tries': {
    plural: 'count',
    one: 'Lo intenta una vez.',
    many: 'Lo intenta {count} veces en total.',
    other: 'Lo intenta {count} veces en total.',
  },
  'std.extra.outgoing-passes':
    'El cortafuegos en {owner} la deja pasar, porque la solicitud sale desde {owner}.',
  'std.extra.outgoing-would-pass':
    'Incluso un cortafuegos en {owner} la dejaría pasar, porque la solicitud sale desde {owner}.',

  'ele.intro.active': {
    plural: 'count',
    one: '{actor} quiere descargar un archivo desde {peer} con FTP (modo activo).',
    many: '{actor} quiere descargar {count} archivos desde {peer} con FTP (modo activo).',
    other: '{actor} quiere descargar {count} archivos desde {peer} con FTP (modo activo).',
  },
  'ele.intro.passive': {
    plural: 'count',
    one: '{actor} quiere descargar un archivo desde {peer} con FTP (modo pasivo).',
    many: '{actor} quiere descargar {count} archivos desde {peer} con FTP (modo pasivo).',
    other: '{actor} quiere descargar {count} archivos desde {peer} con FTP (modo pasivo).',
  },
  'ele.control.ask': '{actor} pide una conexión para hablar con {peer}.',
  'ele.control.ready': '{actor} dice que sí: la conexión está lista.',
  'ele.login':
    '{actor} inicia sesión con su nombre de usuario y su contraseña, y se prepara para la descarga.',
  'ele.data.ask.to-send': '{actor} pide una segunda conexión con {peer} para enviar {file}.',
  'ele.data.ask.to-fetch': '{actor} pide una segunda conexión con {peer} para descargar {file}.',
  'ele.fw.blocks': 'El cortafuegos en {owner} bloquea la solicitud.',
  'ele.fw.changed':
    'El usuario cambia la configuración del cortafuegos, así que la siguiente solicitud sí entra.',
  'ele.fw.never':
    'Nadie cambia la configuración del cortafuegos, así que todas las solicitudes quedan bloqueadas.',
  'ele.data.ready': '{actor} dice que sí: la conexión para {file} está lista.',
  'ele.data.send': '{actor} envía {file}.',
  'ele.data.done': '{actor} ha recibido {file}, y la conexión que lo ha traído queda cerrada.',
  'ele.data.closed': 'La conexión de {file} queda cerrada.',
  'ele.failed.server':
    '{actor} se rinde: no se pudo establecer la conexión para el archivo, y envía un aviso hacia {peer}.',
  'ele.failed.pc': '{actor} se rinde: no se pudo descargar {file}.',
  'ele.tcp.ask': '{actor} pide una conexión con {peer}.',
  'ele.tcp.ready': '{actor} dice que sí: la conexión está lista.',
  'ele.tcp.send': '{actor} envía datos hacia {peer}.',
  'ele.tcp.done': 'La conexión queda cerrada.',
  'ele.no-answer': 'No llega ninguna respuesta desde {peer}, así que {actor} se rinde.',
  'ele.rst': '{actor} corta la conexión de golpe.',
  'ele.icmp': '{actor} envía un breve mensaje de control hacia {peer}.',
  'ele.icmp.error': '{actor} envía hacia {peer} un aviso de que algo ha salido mal.',
  'ele.other': 'Algo ocurre en la red.',
  'ele.done': {
    plural: 'count',
    one: '{actor} se despide y la sesión termina, con un archivo descargado.',
    many: '{actor} se despide y la sesión termina, con {count} archivos descargados.',
    other: '{actor} se despide y la sesión termina, con {count} archivos descargados.',
  },

  // FTPS (FTP over TLS, RFC 4217): what TLS adds to the FTP story, at every level.
  'title.ftps.active': {
    plural: 'count',
    one: 'Descarga de un archivo con FTPS en modo activo, TLS {version}',
    many: 'Descarga de {count} archivos con FTPS en modo activo, TLS {version}',
    other: 'Descarga de {count} archivos con FTPS en modo activo, TLS {version}',
  },
  'title.ftps.passive': {
    plural: 'count',
    one: 'Descarga de un archivo con FTPS en modo pasivo, TLS {version}',
    many: 'Descarga de {count} archivos con FTPS en modo pasivo, TLS {version}',
    other: 'Descarga de {count} archivos con FTPS en modo pasivo, TLS {version}',
  },
  'std.ftps.intro.active': {
    plural: 'count',
    one: '{actor} va a descargar un archivo desde {peer} mediante FTPS (FTP sobre TLS {version}) en modo activo.',
    many: '{actor} va a descargar {count} archivos desde {peer} mediante FTPS (FTP sobre TLS {version}) en modo activo.',
    other:
      '{actor} va a descargar {count} archivos desde {peer} mediante FTPS (FTP sobre TLS {version}) en modo activo.',
  },
  'std.ftps.intro.passive': {
    plural: 'count',
    one: '{actor} va a descargar un archivo desde {peer} mediante FTPS (FTP sobre TLS {version}) en modo pasivo.',
    many: '{actor} va a descargar {count} archivos desde {peer} mediante FTPS (FTP sobre TLS {version}) en modo pasivo.',
    other:
      '{actor} va a descargar {count} archivos desde {peer} mediante FTPS (FTP sobre TLS {version}) en modo pasivo.',
  },
  'std.ftps.auth':
    '{actor} envía AUTH {mechanism}, todavía en texto plano: pide que {peer} proteja la conexión de control con TLS.',
  'std.ftps.auth-ok':
    '{actor} acepta con la respuesta {code}, también en texto plano: a partir de aquí, los dos lados hablan TLS en esta conexión.',
  'std.tls.client-hello':
    '{actor} inicia el handshake TLS ({records}): enumera las versiones de TLS y los conjuntos de cifrado que admite.',
  'std.tls.hello-retry':
    '{actor} responde con {records}: el HelloRetryRequest pide un key share de otro grupo, uno que el servidor acepte.',
  'std.tls.client-hello.again':
    '{actor} envía {records}: la misma oferta otra vez, ahora con un key share que el servidor acepta.',
  'std.tls12.server-hello':
    '{actor} responde con {records}: elige TLS {version} y un conjunto de cifrado, muestra su certificado y firma su parte del intercambio de claves.',
  'std.tls12.client-keys':
    '{actor} envía {records}: su parte del intercambio de claves y luego ChangeCipherSpec; desde ahí cifra, y su Finished demuestra que los dos lados calcularon las mismas claves.',
  'std.tls12.server-finished':
    '{actor} envía {records}: también pasa a cifrar, y su Finished completa el handshake.',
  'std.tls13.server-hello':
    '{actor} responde con {records}. En la red solo se puede leer el ServerHello, que lleva el key share del servidor; todo lo que sigue, incluido el certificado, ya va cifrado.',
  'std.tls13.client-finished': '{actor} envía {records}, cifrados: su Finished completa el handshake.',
  'std.tls.tickets':
    '{actor} envía {records}, cifrados: tickets de sesión que permiten a una conexión posterior saltarse parte del handshake.',
  'std.tls.other': '{actor} envía registros TLS: {records}.',
  'std.tls.close-notify':
    '{actor} envía una alerta close_notify cifrada: ya no enviará nada más por TLS en esta conexión.',
  'std.ftps.login':
    '{actor} envía sus comandos dentro de TLS: {commands}. En la red son registros cifrados que solo pueden leer los dos extremos.',
  'std.ftps.login.prot':
    '{actor} inicia sesión y prepara la descarga dentro de TLS: {commands}. PBSZ 0 y PROT P piden que las conexiones de datos también se protejan con TLS. En la red, estos comandos son registros cifrados que solo pueden leer los dos extremos.',
  'std.ftps.replies.passive':
    '{actor} responde a cada comando dentro de TLS ({codes}) y espera la conexión de datos en el puerto {port}.',
  'std.ftps.replies.active':
    '{actor} responde a cada comando dentro de TLS ({codes}): para enviar el archivo, abrirá una conexión hacia el puerto que indicó {peer}.',
  'std.ftps.replies.other': '{actor} responde a cada comando dentro de TLS ({codes}).',
  'std.ftps.transfer-complete':
    '{actor} informa por la conexión de control, dentro de TLS, de que la transferencia de {file} ha terminado ({code}).',
  'std.ftps.extra.data-tls':
    'La conexión de datos tiene su propio handshake TLS, en el que {actor} es el cliente TLS, sea cual sea el lado que abrió la conexión.',
  'std.ftps.extra.encrypted-file':
    'El archivo viaja en registros TLS cifrados: en la red solo se ve su tamaño.',
  'std.ftps.extra.tickets-first':
    'Los primeros de estos registros son tickets de sesión (NewSessionTicket), que van por delante del archivo.',
  'ele.ftps.intro.active': {
    plural: 'count',
    one: '{actor} quiere descargar un archivo desde {peer} con FTPS, es decir, FTP protegido con TLS, en modo activo.',
    many: '{actor} quiere descargar {count} archivos desde {peer} con FTPS, es decir, FTP protegido con TLS, en modo activo.',
    other:
      '{actor} quiere descargar {count} archivos desde {peer} con FTPS, es decir, FTP protegido con TLS, en modo activo.',
  },
  'ele.ftps.intro.passive': {
    plural: 'count',
    one: '{actor} quiere descargar un archivo desde {peer} con FTPS, es decir, FTP protegido con TLS, en modo pasivo.',
    many: '{actor} quiere descargar {count} archivos desde {peer} con FTPS, es decir, FTP protegido con TLS, en modo pasivo.',
    other:
      '{actor} quiere descargar {count} archivos desde {peer} con FTPS, es decir, FTP protegido con TLS, en modo pasivo.',
  },
  'ele.ftps.control.ready':
    '{actor} dice que sí, y los dos acuerdan claves secretas: desde ahora, todo lo que se dicen por esta conexión va cifrado.',
  'ele.ftps.login':
    '{actor} inicia sesión con su nombre de usuario y su contraseña, que nadie puede leer por el camino, y se prepara para la descarga.',
  'ele.ftps.data.ready':
    '{actor} dice que sí, y también acuerdan claves para esta conexión: {file} viajará cifrado.',
  'ele.ftps.data.keys':
    '{actor} y {peer} acuerdan claves para la conexión de {file}, así que viajará cifrado.',
  'ele.ftps.data.send': '{actor} envía {file}, cifrado.',
  'exp.extra.tls': 'Estos bytes son registros TLS: {text}.',
  'exp.extra.tls.command': 'Estos bytes son un registro TLS cifrado ({text}); dentro va el comando {inner}.',
  'exp.extra.tls.reply':
    'Estos bytes son un registro TLS cifrado ({text}); dentro va la respuesta "{inner}".',
  'exp.extra.tls.data': 'Estos bytes son registros TLS cifrados ({text}); dentro va una parte de {file}.',
  'exp.extra.tls.inner': 'Estos bytes son registros TLS ({text}); descifrados, son: {inner}.',
  'exp.extra.ftps-start': 'Antes de iniciar sesión, el cliente pedirá TLS al servidor, hasta TLS {version}.',
  'note.ftps.ssl':
    'El guion original habla de SSL. Hoy FTPS funciona sobre TLS (aquí TLS {version}): el RFC 7568 prohíbe SSL 3.0, y el RFC 4217 arranca TLS en la conexión de control con AUTH TLS.',
  'note.ftps.encrypted':
    'A partir de la respuesta 234, nada de la conexión de control se puede leer en la red: una captura solo muestra registros TLS y sus tamaños. Los pasos dicen qué comandos y respuestas llevan los registros, tal como los conocen los dos extremos tras descifrarlos.',
  'note.ftps.passive-accept':
    'El guion original atribuye el paso {step} al PC ("FTPS data connection OK"). En modo pasivo, el PC pide la conexión de datos y el servidor la acepta, así que el actor de este paso es el servidor.',
  'note.ftps.nat-port':
    'El comando PORT indica la dirección privada del PC, {address}. El NAT del router no puede leerla ni reescribirla, ni siquiera con un ayudante FTP, porque viaja dentro de TLS; por eso el servidor la rechaza (respuesta {code}) y FTPS en modo activo falla detrás de este NAT.',
  'exp.syn':
    '{actor} pide una conexión con {peer}: {flags} del puerto {sport} al puerto {dport} (seq {seq}).',
  'exp.synack':
    '{actor} acepta y pide a su vez: {flags} del puerto {sport} al puerto {dport} (seq {seq}, ack {ack}).',
  'exp.rst':
    '{actor} restablece la conexión: {flags} del puerto {sport} al puerto {dport} (seq {seq}, ack {ack}).',
  'exp.command': {
    plural: 'count',
    one: '{actor} envía {text} del puerto {sport} al puerto {dport} (seq {seq}, ack {ack}, {count} byte).',
    many: '{actor} envía {text} del puerto {sport} al puerto {dport} (seq {seq}, ack {ack}, {count} bytes).',
    other: '{actor} envía {text} del puerto {sport} al puerto {dport} (seq {seq}, ack {ack}, {count} bytes).',
  },
  'exp.reply': {
    plural: 'count',
    one: '{actor} responde "{text}" del puerto {sport} al puerto {dport} (seq {seq}, ack {ack}, {count} byte).',
    many: '{actor} responde "{text}" del puerto {sport} al puerto {dport} (seq {seq}, ack {ack}, {count} bytes).',
    other:
      '{actor} responde "{text}" del puerto {sport} al puerto {dport} (seq {seq}, ack {ack}, {count} bytes).',
  },
  'exp.data': {
    plural: 'count',
    one: '{actor} envía {count} byte de {file} del puerto {sport} al puerto {dport} (seq {seq}, ack {ack}).',
    many: '{actor} envía {count} bytes de {file} del puerto {sport} al puerto {dport} (seq {seq}, ack {ack}).',
    other:
      '{actor} envía {count} bytes de {file} del puerto {sport} al puerto {dport} (seq {seq}, ack {ack}).',
  },
  'exp.payload': {
    plural: 'count',
    one: '{actor} envía {count} byte del puerto {sport} al puerto {dport} (seq {seq}, ack {ack}).',
    many: '{actor} envía {count} bytes del puerto {sport} al puerto {dport} (seq {seq}, ack {ack}).',
    other: '{actor} envía {count} bytes del puerto {sport} al puerto {dport} (seq {seq}, ack {ack}).',
  },
  'exp.fin':
    '{actor} no tiene nada más que enviar y cierra su lado: {flags} del puerto {sport} al puerto {dport} (seq {seq}, ack {ack}).',
  'exp.ack.handshake':
    '{actor} completa el acuerdo en tres fases: {flags} del puerto {sport} al puerto {dport} (seq {seq}, ack {ack}).',
  'exp.ack.fin':
    '{actor} confirma el FIN que envió {peer}: {flags} del puerto {sport} al puerto {dport} (seq {seq}, ack {ack}).',
  'exp.ack.data':
    '{actor} confirma que tiene los bytes enviados por {peer} hasta el número {last}: {flags} del puerto {sport} al puerto {dport} (seq {seq}, ack {ack}).',
  'exp.ack.other':
    '{actor} envía un acuse de recibo que no confirma nada nuevo: {flags} del puerto {sport} al puerto {dport} (seq {seq}, ack {ack}).',
  'exp.udp': {
    plural: 'count',
    one: '{actor} envía un datagrama UDP del puerto {sport} al puerto {dport} ({count} byte).',
    many: '{actor} envía un datagrama UDP del puerto {sport} al puerto {dport} ({count} bytes).',
    other: '{actor} envía un datagrama UDP del puerto {sport} al puerto {dport} ({count} bytes).',
  },
  'exp.icmp': '{actor} envía un mensaje ICMP: {icmp}.',
  'exp.ip': '{actor} envía un paquete IP ({protocol}).',
  'exp.lost.tcp': {
    plural: 'count',
    one: '{actor} envía {flags} del puerto {sport} al puerto {dport} ({count} byte), pero se pierde entre {from} y {to}, así que la captura nunca lo ve.',
    many: '{actor} envía {flags} del puerto {sport} al puerto {dport} ({count} bytes), pero se pierde entre {from} y {to}, así que la captura nunca lo ve.',
    other:
      '{actor} envía {flags} del puerto {sport} al puerto {dport} ({count} bytes), pero se pierde entre {from} y {to}, así que la captura nunca lo ve.',
  },
  'exp.lost.other':
    '{actor} envía un paquete hacia {peer}, pero se pierde entre {from} y {to}, así que la captura nunca lo ve.',
  'exp.extra.fin': 'El mismo segmento lleva FIN: {actor} no tiene nada más que enviar.',
  'exp.extra.ack-fin': 'El mismo segmento confirma el FIN que envió {peer}.',
  'exp.extra.retransmission':
    'Es una retransmisión: {actor} lo vuelve a enviar tras {seconds} s sin acuse de recibo.',
  'exp.extra.retransmission.unseen':
    'Es una retransmisión: la primera copia no recibió a tiempo ningún acuse de recibo.',
  'exp.extra.nat.src': 'Por el camino, {actor} cambia la dirección de origen de {before} a {after}.',
  'exp.extra.nat.dst': 'Por el camino, {actor} cambia la dirección de destino de {before} a {after}.',
  'exp.extra.nat.payload':
    'Por el camino, {actor} cambia la dirección escrita dentro del mensaje, de {before} a {after}.',
  'exp.extra.lost': 'Se pierde entre {from} y {to}.',
  'exp.fw.drop':
    'El cortafuegos en {owner} descarta el {flags} del puerto {sport} al puerto {dport} (regla {rule}).',
  'exp.fw.reject':
    'El cortafuegos en {owner} rechaza el {flags} del puerto {sport} al puerto {dport} y se lo notifica al remitente (regla {rule}).',
  'exp.fw.allow':
    'El cortafuegos en {owner} ahora deja pasar el {flags} del puerto {sport} al puerto {dport} (regla {rule}).',
  'exp.fw.change': 'El cortafuegos en {owner} recibe una nueva configuración (regla {rule}).',
  'exp.action.start.active': {
    plural: 'count',
    one: 'El usuario abre un cliente FTP en {actor} para descargar un archivo en modo activo.',
    many: 'El usuario abre un cliente FTP en {actor} para descargar {count} archivos en modo activo.',
    other: 'El usuario abre un cliente FTP en {actor} para descargar {count} archivos en modo activo.',
  },
  'exp.action.start.passive': {
    plural: 'count',
    one: 'El usuario abre un cliente FTP en {actor} para descargar un archivo en modo pasivo.',
    many: 'El usuario abre un cliente FTP en {actor} para descargar {count} archivos en modo pasivo.',
    other: 'El usuario abre un cliente FTP en {actor} para descargar {count} archivos en modo pasivo.',
  },
  'exp.action.file-received': {
    plural: 'count',
    one: 'El cliente FTP en {actor} ya tiene {file} completo: {count} byte.',
    many: 'El cliente FTP en {actor} ya tiene {file} completo: {count} bytes.',
    other: 'El cliente FTP en {actor} ya tiene {file} completo: {count} bytes.',
  },
  'exp.action.transfer-failed': 'El cliente FTP en {actor} renuncia a {file}.',
  'exp.action.firewall': 'El usuario cambia la configuración del cortafuegos en {actor}.',
  'exp.action.allow-ftp-data':
    'El usuario cambia la configuración del cortafuegos en {actor}: ahora pueden entrar las conexiones que vienen del puerto {port}, de donde salen los datos FTP.',
  'exp.action.other': 'En {actor}: {action}.',

  'note.login':
    'El paso {step} cuenta el inicio de sesión como un solo movimiento; en la red, el PC envía {count} comandos uno a uno ({commands}) y espera la respuesta a cada uno.',
  'note.greeting':
    'Justo después de abrirse la conexión de control, el servidor saluda al PC (respuesta 220) antes del inicio de sesión; el guion original omite ese saludo.',
  'note.reply-flags':
    'Las respuestas del servidor llevan texto, así que viajan en segmentos PSH,ACK; el guion original solo las marca como (ACK).',
  'note.fin-early':
    'El servidor envía su FIN justo detrás de los últimos bytes de cada archivo, así que el FIN ya está en camino cuando el PC confirma el archivo. Los pasos siguen el orden del guion original (acuse de recibo y después FIN), que es el orden de causa y efecto, no el orden en que salen los paquetes.',
  'note.control-close':
    'La conexión de control sigue abierta durante toda la sesión: tras el último archivo el PC envía QUIT, el servidor responde 221 y los dos lados cierran la conexión con FIN y ACK. El guion original no cuenta nada de esto; estos paquetes se reproducen durante el último paso.',
  'note.next-file.active':
    'Antes de cada archivo siguiente, el PC vuelve a enviar PORT y RETR por la conexión de control. El guion original lo omite; estos paquetes se reproducen durante el paso en que el servidor abre la siguiente conexión de datos.',
  'note.next-file.passive':
    'Antes de cada archivo siguiente, el PC vuelve a enviar PASV, y RETR en cuanto la conexión de datos está abierta. El guion original lo omite; estos paquetes se reproducen durante los pasos de ese archivo.',
  'note.transfer-replies':
    'Por la conexión de control, el servidor anuncia cada transferencia (150) e informa de que ha terminado (226); el guion original no muestra estas respuestas, que se reproducen en segundo plano durante los pasos del archivo.',
  'note.background-acks':
    'Los acuses de recibo que no llevan nada más (el ACK del PC a una respuesta, el ACK del servidor a un comando) no tienen paso propio; se reproducen durante el paso al que conducen.',
  'note.firewall-retries':
    'Mientras el cortafuegos lo bloquea, el servidor envía su SYN {count} veces, con pausas de {waits} entre los intentos; el guion original muestra un solo intento.',
  'note.firewall-actor':
    'El guion original cuenta los pasos del cortafuegos como si fueran del propio PC, ya que el cortafuegos es un programa del PC; el nivel experto nombra el cortafuegos como actor.',
  'note.active-port20':
    'En modo activo, el servidor abre cada conexión de datos desde su puerto 20 hacia el puerto que el PC indicó en su comando PORT, así que la solicitud llega al PC desde fuera: eso es lo que detiene un cortafuegos en el PC.',
  'note.passive-outgoing':
    'En modo pasivo, el PC abre él mismo todas las conexiones, hacia puertos que indica el servidor, así que un cortafuegos en el PC las deja salir todas.',
  'note.loss': {
    plural: 'count',
    one: 'Un paquete se perdió por el camino. TCP volvió a enviar su contenido tras una pausa, y los pasos que muestran esas retransmisiones lo indican.',
    many: '{count} paquetes se perdieron por el camino. TCP volvió a enviar su contenido tras una pausa, y los pasos que muestran esas retransmisiones lo indican.',
    other:
      '{count} paquetes se perdieron por el camino. TCP volvió a enviar su contenido tras una pausa, y los pasos que muestran esas retransmisiones lo indican.',
  },
  'note.shared-packet':
    'Los pasos {first} y {second} muestran el mismo paquete: {actor} hace ambas cosas con un solo segmento ({flags}).',

  // SCP and SFTP: one SSH connection, encrypted from NEWKEYS on.
  'title.sftp.upload': {
    plural: 'count',
    one: 'Subida de un archivo con SFTP sobre SSH',
    many: 'Subida de {count} archivos con SFTP sobre SSH',
    other: 'Subida de {count} archivos con SFTP sobre SSH',
  },
  'title.sftp.download': {
    plural: 'count',
    one: 'Descarga de un archivo con SFTP sobre SSH',
    many: 'Descarga de {count} archivos con SFTP sobre SSH',
    other: 'Descarga de {count} archivos con SFTP sobre SSH',
  },
  'title.scp.upload': {
    plural: 'count',
    one: 'Subida de un archivo con scp sobre SSH',
    many: 'Subida de {count} archivos con scp sobre SSH',
    other: 'Subida de {count} archivos con scp sobre SSH',
  },
  'title.scp.download': {
    plural: 'count',
    one: 'Descarga de un archivo con scp sobre SSH',
    many: 'Descarga de {count} archivos con scp sobre SSH',
    other: 'Descarga de {count} archivos con scp sobre SSH',
  },
  'ssh.std.intro.upload': {
    plural: 'count',
    one: '{actor} va a subir un archivo con {program}; {peer} lo recibirá, y todo viaja dentro de una conexión SSH.',
    many: '{actor} va a subir {count} archivos con {program}; {peer} los recibirá, y todo viaja dentro de una conexión SSH.',
    other:
      '{actor} va a subir {count} archivos con {program}; {peer} los recibirá, y todo viaja dentro de una conexión SSH.',
  },
  'ssh.std.intro.download': {
    plural: 'count',
    one: '{actor} va a descargar con {program} un archivo que tiene {peer}; todo viaja dentro de una conexión SSH.',
    many: '{actor} va a descargar con {program} {count} archivos que tiene {peer}; todo viaja dentro de una conexión SSH.',
    other:
      '{actor} va a descargar con {program} {count} archivos que tiene {peer}; todo viaja dentro de una conexión SSH.',
  },
  'ssh.std.encrypted':
    'El programa SSH cifra todo lo que envía {actor}: la contraseña, los comandos y el propio archivo. Solo {peer} podrá volver a leerlo.',
  'ssh.std.decrypts':
    '{actor} espera con su programa SSH (sshd, en el puerto 22) y vuelve legible lo que llega; las claves para ello solo las conocen él y {peer}.',
  'ssh.std.left-out':
    'A partir de aquí la historia ya no repite que cada lado cifra antes de enviar y descifra al recibir: ocurre con cada paquete SSH.',
  'ssh.std.login':
    'Primero {actor} y {peer} intercambian sus versiones de SSH y acuerdan unas claves (KEXINIT, un intercambio de claves ECDH, NEWKEYS). Todo lo que sigue a NEWKEYS va cifrado; solo entonces {actor} envía su nombre de usuario y su contraseña.',
  'ssh.std.login-ok':
    '{actor} comprueba la contraseña y acepta el inicio de sesión (USERAUTH_SUCCESS): {peer} ya está dentro.',
  'ssh.std.session.sftp':
    '{actor} ya puede trabajar: abre un canal de sesión, arranca el subsistema SFTP y envía sus primeras peticiones SFTP, que {peer} debe atender.',
  'ssh.std.session.scp':
    '{actor} ya puede trabajar: abre un canal de sesión y pide que {peer} ejecute el comando «{command}».',
  'ssh.std.answers.sftp':
    '{actor} confirma el canal, arranca su servidor SFTP y responde a cada petición (VERSION y después el directorio personal).',
  'ssh.std.answers.scp-sink':
    '{actor} confirma el canal y arranca «{command}», que avisa con un byte cero de que está listo para recibir.',
  'ssh.std.answers.scp-source': '{actor} confirma el canal y arranca «{command}».',
  'ssh.std.put.sftp':
    '{actor} envía {file}: abre el archivo para escribir (OPEN), manda sus bytes en peticiones WRITE y lo cierra (CLOSE).',
  'ssh.std.put.scp':
    '{actor} envía {file}: primero una línea con sus permisos, tamaño y nombre (C0644 …), luego los bytes, terminados por un byte cero.',
  'ssh.std.stored.sftp':
    '{actor} ha recibido {file}: responde a cada petición con STATUS OK, y esas respuestas llevan las confirmaciones de los bytes.',
  'ssh.std.stored.scp':
    '{actor} ha recibido {file}: scp responde a la línea y a los bytes con un byte cero cada vez, y esas respuestas llevan las confirmaciones.',
  'ssh.std.fetch.sftp':
    '{actor} pide {file}: busca el archivo (LSTAT, STAT), lo abre (OPEN), lo lee hasta el final (READ) y lo cierra (CLOSE).',
  'ssh.std.fetch.scp':
    '{actor} responde a la línea y a los bytes de {file} con un byte cero cada vez: el archivo ha llegado.',
  'ssh.std.get.sftp':
    '{actor} envía {file} en respuestas DATA y atiende las demás peticiones que hace {peer}.',
  'ssh.std.get.scp':
    '{actor} envía {file}: una línea con sus permisos, tamaño y nombre (C0644 …), luego los bytes y un byte cero.',
  'ssh.ele.intro.upload': {
    plural: 'count',
    one: '{actor} quiere dejar un archivo y {peer} debe recibirlo, bien guardado dentro de SSH.',
    many: '{actor} quiere dejar {count} archivos y {peer} debe recibirlos, bien guardados dentro de SSH.',
    other: '{actor} quiere dejar {count} archivos y {peer} debe recibirlos, bien guardados dentro de SSH.',
  },
  'ssh.ele.intro.download': {
    plural: 'count',
    one: '{actor} quiere traer un archivo que tiene {peer}, bien guardado dentro de SSH.',
    many: '{actor} quiere traer {count} archivos que tiene {peer}, bien guardados dentro de SSH.',
    other: '{actor} quiere traer {count} archivos que tiene {peer}, bien guardados dentro de SSH.',
  },
  'ssh.ele.connect': '{actor} y {peer} se conectan.',
  'ssh.ele.login':
    '{actor} y {peer} acuerdan una clave secreta; después {actor} da su nombre y su contraseña, que nadie más puede leer.',
  'ssh.ele.login-ok': '{actor} acepta, y {peer} ya está dentro.',
  'ssh.ele.session': '{actor} dice lo que quiere hacer, y {peer} se prepara.',
  'ssh.ele.file': '{actor} envía {file}, y {peer} avisa de que ya lo tiene.',
  'ssh.ele.done': '{actor} se despide y la conexión termina.',
  'ssh.exp.version':
    '{actor} anuncia en claro su versión de SSH, «{text}»: {flags} del puerto {sport} al puerto {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.clear':
    '{actor} envía el mensaje SSH {text}, todavía sin cifrar: {flags} del puerto {sport} al puerto {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.clear-then-sealed':
    '{actor} envía {text} sin cifrar y, detrás, un paquete SSH cifrado; dentro, lo que solo saben los dos extremos: «{inner}». {flags} del puerto {sport} al puerto {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.sealed':
    '{actor} envía un paquete SSH cifrado; dentro, lo que solo saben los dos extremos: «{inner}». {flags} del puerto {sport} al puerto {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.more':
    '{actor} envía el resto de la misma escritura SSH: {flags} del puerto {sport} al puerto {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.action.start.upload': 'En {actor}, el usuario inicia {program} para subir.',
  'ssh.exp.action.start.download': 'En {actor}, el usuario inicia {program} para descargar.',
  'ssh.exp.action.logged-in': 'El cliente SSH en {actor} ha iniciado sesión como {user}.',
  'ssh.exp.action.sent': '{program} en {actor} sabe ya que {file} ha llegado entero.',
  'ssh.exp.action.stored': '{actor} ha escrito {file} en su disco.',
  'ssh.exp.action.received': '{actor} ha recibido {file} y lo ha guardado.',
  'ssh.exp.action.failed': '{program} en {actor} renuncia a {file}.',
  'ssh.note.key-exchange':
    'El guion original salta de la conexión a la contraseña. En realidad, los dos lados intercambian primero sus líneas de versión y hacen un intercambio de claves (KEXINIT, ECDH, NEWKEYS); el paso {step} muestra esos paquetes junto con la contraseña, y el nivel experto cuenta cada uno.',
  'ssh.note.clear-part':
    'El guion original dice que todo va cifrado. Sin embargo, las líneas de versión y el intercambio de claves viajan en claro, y no puede ser de otro modo: las claves aún no existen. Todo lo que sigue a NEWKEYS (inicio de sesión, comandos, archivo) va cifrado; quien escuche solo ve el tamaño y el ritmo de los paquetes.',
  'ssh.note.none-probe':
    'OpenSSH intenta primero iniciar sesión con el método «none»; el servidor contesta qué métodos acepta, y solo entonces se envía la contraseña.',
  'ssh.note.answer-flags':
    'En el guion original el receptor responde al archivo con un simple (ACK). El receptor real responde con mensajes SSH (SFTP STATUS, o los bytes cero de scp) que llevan la confirmación; por eso el paso {step} muestra PSH,ACK.',
  'ssh.note.session-end':
    'Antes del paso {step} el PC cierra la sesión dentro de SSH (CHANNEL_EOF, CHANNEL_CLOSE, DISCONNECT) y el servidor comunica el código de salida del programa que ejecutó; el guion original lo omite, y estos paquetes se muestran de fondo.',
  'ssh.note.scp-legacy':
    'Aquí scp usa el protocolo scp clásico (scp -O; el servidor ejecuta scp -t o scp -f). Desde OpenSSH 9.0, scp usa SFTP por debajo salvo que se indique otra cosa.',

  'icmp.echo-request': 'solicitud de eco',
  'icmp.echo-reply': 'respuesta de eco',
  'icmp.source-quench': 'supresión de origen',
  'icmp.redirect': 'redirección',
  'icmp.router-advertisement': 'anuncio de router',
  'icmp.router-solicitation': 'solicitud de router',
  'icmp.parameter-problem': 'problema de parámetros',
  'icmp.timestamp-request': 'solicitud de marca de tiempo',
  'icmp.timestamp-reply': 'respuesta de marca de tiempo',
  'icmp.packet-too-big': 'paquete demasiado grande',
  'icmp.mld-query': 'consulta de oyente multicast',
  'icmp.mld-report': 'informe de oyente multicast',
  'icmp.mld-done': 'fin de oyente multicast',
  'icmp.mld-report-v2': 'informe de oyente multicast (versión 2)',
  'icmp.neighbor-solicitation': 'solicitud de vecino',
  'icmp.neighbor-advertisement': 'anuncio de vecino',
  'icmp.unreachable': 'destino inalcanzable (código {code})',
  'icmp.unreachable.net': 'destino inalcanzable (red inalcanzable)',
  'icmp.unreachable.host': 'destino inalcanzable (host inalcanzable)',
  'icmp.unreachable.protocol': 'destino inalcanzable (protocolo inalcanzable)',
  'icmp.unreachable.port': 'destino inalcanzable (puerto inalcanzable)',
  'icmp.unreachable.fragmentation': 'destino inalcanzable (se necesita fragmentar)',
  'icmp.unreachable.source-route': 'destino inalcanzable (falló la ruta de origen)',
  'icmp.unreachable.net-unknown': 'destino inalcanzable (red de destino desconocida)',
  'icmp.unreachable.host-unknown': 'destino inalcanzable (host de destino desconocido)',
  'icmp.unreachable.net-prohibited': 'destino inalcanzable (red prohibida administrativamente)',
  'icmp.unreachable.host-prohibited': 'destino inalcanzable (host prohibido administrativamente)',
  'icmp.unreachable.admin': 'destino inalcanzable (comunicación prohibida administrativamente)',
  'icmp.unreachable.no-route': 'destino inalcanzable (no hay ruta hacia el destino)',
  'icmp.unreachable.beyond-scope': 'destino inalcanzable (fuera del ámbito de la dirección de origen)',
  'icmp.unreachable.source-policy': 'destino inalcanzable (la dirección de origen no cumple la política)',
  'icmp.unreachable.reject-route': 'destino inalcanzable (ruta hacia el destino rechazada)',
  'icmp.time-exceeded': 'tiempo excedido (código {code})',
  'icmp.time-exceeded.ttl': 'tiempo excedido (TTL agotado en tránsito)',
  'icmp.time-exceeded.hop-limit': 'tiempo excedido (límite de saltos agotado en tránsito)',
  'icmp.time-exceeded.reassembly': 'tiempo excedido (tiempo de reensamblado de fragmentos excedido)',
  'icmp.unknown.v4': 'ICMP tipo {type}, código {code}',
  'icmp.unknown.v6': 'ICMPv6 tipo {type}, código {code}',
};
