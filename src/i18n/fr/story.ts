/**
 * The story in French. Sentences never put « de » or « à » right before a node phrase (it would have to
 * contract with the article: « du serveur », « au PC »), so they use « par », « vers », « sur », « avec ».
 */
import type { StoryCatalog } from '../index.ts';

export const story: StoryCatalog = {
  'who.pc': 'le PC',
  'who.server': 'le serveur',
  'who.router': 'le routeur',
  'who.firewall': 'le pare-feu',
  'who.network': 'Internet',
  'who.named': '{name}',
  'actor.pc': 'PC',
  'actor.server': 'Serveur',
  'actor.router': 'Routeur',
  'actor.firewall': 'Pare-feu',
  'actor.network': 'Internet',

  'title.ftp.active': {
    plural: 'count',
    one: 'Télécharger un fichier par FTP en mode actif',
    many: 'Télécharger {count} de fichiers par FTP en mode actif',
    other: 'Télécharger {count} fichiers par FTP en mode actif',
  },
  'title.ftp.passive': {
    plural: 'count',
    one: 'Télécharger un fichier par FTP en mode passif',
    many: 'Télécharger {count} de fichiers par FTP en mode passif',
    other: 'Télécharger {count} fichiers par FTP en mode passif',
  },
  'title.generic': 'Ce qui circule sur le réseau',

  'std.intro.active': {
    plural: 'count',
    one: '{actor} s’apprête à récupérer un fichier sur {peer}, par FTP en mode actif.',
    many: '{actor} s’apprête à récupérer {count} de fichiers sur {peer}, par FTP en mode actif.',
    other: '{actor} s’apprête à récupérer {count} fichiers sur {peer}, par FTP en mode actif.',
  },
  'std.intro.passive': {
    plural: 'count',
    one: '{actor} s’apprête à récupérer un fichier sur {peer}, par FTP en mode passif.',
    many: '{actor} s’apprête à récupérer {count} de fichiers sur {peer}, par FTP en mode passif.',
    other: '{actor} s’apprête à récupérer {count} fichiers sur {peer}, par FTP en mode passif.',
  },
  'std.control.syn':
    '{actor} demande à ouvrir une connexion de contrôle FTP vers {peer}, sur le port {port}.',
  'std.control.synack': '{actor} accepte et demande aussi l’ouverture de la connexion dans son propre sens.',
  'std.control.ack': '{actor} accepte à son tour : la connexion de contrôle est ouverte.',
  'std.login.active':
    '{actor} s’identifie en tant que {user} avec un mot de passe, demande le mode binaire, indique le port sur lequel il attendra (PORT) et demande {file} (RETR).',
  'std.login.passive':
    '{actor} s’identifie en tant que {user} avec un mot de passe, demande le mode binaire et demande que {peer} ouvre un port pour les données (PASV).',
  'std.login.user': '{actor} s’identifie en tant que {user} et envoie ses commandes : {commands}.',
  'std.login.other': '{actor} envoie ses commandes : {commands}.',
  'std.replies.active':
    '{actor} répond à chaque commande ({codes}) : l’identification est acceptée, et pour envoyer le fichier, il doit ouvrir une seconde connexion vers {peer}.',
  'std.replies.passive':
    '{actor} répond à chaque commande ({codes}) : l’identification est acceptée, et il attend sur le port {port} une seconde connexion qui transportera le fichier.',
  'std.replies.other': '{actor} répond à chaque commande ({codes}).',
  'std.data.syn.to-send':
    '{actor} demande à ouvrir une connexion de données FTP vers {peer}, sur le port {port}, pour envoyer {file}.',
  'std.data.syn.to-fetch':
    '{actor} demande à ouvrir une connexion de données FTP vers {peer}, sur le port {port}, pour récupérer {file}.',
  'std.data.syn.to-send.next':
    '{actor} ouvre une nouvelle connexion de données pour envoyer le fichier suivant, {file}, que {peer} vient de demander.',
  'std.data.syn.to-fetch.next':
    '{actor} demande à ouvrir une nouvelle connexion de données vers {peer}, sur le port {port}, pour récupérer le fichier suivant, {file}.',
  'std.data.syn.again': '{actor} redemande la connexion de données, et cette fois la demande passe.',
  'std.data.synack':
    '{actor} accepte et demande aussi l’ouverture de la connexion de données dans son propre sens.',
  'std.data.ack': '{actor} accepte à son tour : la connexion de données est ouverte.',
  'std.data.send': {
    plural: 'count',
    one: '{actor} envoie {file} ({count} octet) sur la connexion de données.',
    many: '{actor} envoie {file} ({count} d’octets) sur la connexion de données.',
    other: '{actor} envoie {file} ({count} octets) sur la connexion de données.',
  },
  'std.data.received': '{actor} confirme avoir reçu {file}.',
  'std.close.fin': '{actor} n’a plus rien à envoyer et ferme la connexion de données.',
  'std.close.fin-ack': '{actor} acquitte la fermeture.',
  'std.close.fin2': '{actor} ferme à son tour la connexion de données de son côté.',
  'std.close.fin2-ack': '{actor} acquitte : la connexion de données pour {file} est fermée.',
  'std.tcp.syn': '{actor} demande à ouvrir une connexion vers {peer}, sur le port {port}.',
  'std.tcp.synack': '{actor} accepte et demande aussi l’ouverture de la connexion dans son propre sens.',
  'std.tcp.ack': '{actor} accepte à son tour : la connexion est ouverte.',
  'std.tcp.send': {
    plural: 'count',
    one: '{actor} envoie {count} octet vers {peer}.',
    many: '{actor} envoie {count} d’octets vers {peer}.',
    other: '{actor} envoie {count} octets vers {peer}.',
  },
  'std.tcp.close.fin': '{actor} n’a plus rien à envoyer et ferme la connexion.',
  'std.tcp.close.fin-ack': '{actor} acquitte la fermeture.',
  'std.tcp.close.fin2': '{actor} ferme à son tour la connexion de son côté.',
  'std.tcp.close.fin2-ack': '{actor} acquitte : la connexion est fermée.',
  'std.no-answer': {
    plural: 'count',
    one: 'Aucune réponse envoyée par {peer} n’atteint {actor}, qui abandonne donc la connexion.',
    many: 'Après {count} de tentatives, aucune réponse envoyée par {peer} n’a atteint {actor}, qui abandonne donc la connexion.',
    other:
      'Après {count} tentatives, aucune réponse envoyée par {peer} n’a atteint {actor}, qui abandonne donc la connexion.',
  },
  'std.rst': '{actor} coupe aussitôt la connexion (RST).',
  'std.icmp': '{actor} envoie un message ICMP vers {peer} : {icmp}.',
  'std.icmp.error': '{actor} signale un problème par un message ICMP envoyé vers {peer} : {icmp}.',
  'std.fw.blocks':
    'Le pare-feu installé sur {owner} (intégré au système d’exploitation ou à un antivirus) bloque la demande de connexion envoyée par {peer}.',
  'std.fw.must-change':
    'Pour que le fichier passe, il faut modifier le réglage du pare-feu afin qu’il autorise cette connexion.',
  'std.fw.changed': 'L’utilisateur modifie le réglage, et le pare-feu laisse désormais entrer la demande.',
  'std.fw.never-changed':
    'Personne ne modifie le réglage du pare-feu, donc chaque nouvelle tentative est bloquée elle aussi.',
  'std.reply.425':
    '{actor} renonce à la connexion de données et le signale sur la connexion de contrôle : « {reply} »',
  'std.reply.error': '{actor} signale une erreur sur la connexion de contrôle : « {reply} »',
  'std.failed': '{actor} renonce à {file} et termine la session FTP (QUIT).',
  'std.extra.resent': {
    plural: 'count',
    one: 'Un de ces paquets a dû être renvoyé, car aucun acquittement n’est revenu à temps.',
    many: '{count} de ces paquets ont dû être renvoyés, car aucun acquittement n’est revenu à temps.',
    other: '{count} de ces paquets ont dû être renvoyés, car aucun acquittement n’est revenu à temps.',
  },
  'std.extra.tries': {
    plural: 'count',
    one: 'Il essaie une seule fois.',
    many: 'Il essaie {count} de fois en tout.',
    other: 'Il essaie {count} fois en tout.',
  },
  'std.extra.outgoing-passes':
    'Le pare-feu installé sur {owner} la laisse passer, car c’est {owner} qui envoie la demande.',
  'std.extra.outgoing-would-pass':
    'Même un pare-feu installé sur {owner} la laisserait passer, car c’est {owner} qui envoie la demande.',

  'ele.intro.active': {
    plural: 'count',
    one: '{actor} veut télécharger un fichier depuis {peer} par FTP (mode actif).',
    many: '{actor} veut télécharger {count} de fichiers depuis {peer} par FTP (mode actif).',
    other: '{actor} veut télécharger {count} fichiers depuis {peer} par FTP (mode actif).',
  },
  'ele.intro.passive': {
    plural: 'count',
    one: '{actor} veut télécharger un fichier depuis {peer} par FTP (mode passif).',
    many: '{actor} veut télécharger {count} de fichiers depuis {peer} par FTP (mode passif).',
    other: '{actor} veut télécharger {count} fichiers depuis {peer} par FTP (mode passif).',
  },
  'ele.control.ask': '{actor} demande une connexion pour discuter avec {peer}.',
  'ele.control.ready': '{actor} dit oui : la connexion est prête.',
  'ele.login':
    '{actor} se connecte avec son nom d’utilisateur et son mot de passe, et se prépare au téléchargement.',
  'ele.data.ask.to-send': '{actor} demande une seconde connexion avec {peer} pour envoyer {file}.',
  'ele.data.ask.to-fetch': '{actor} demande une seconde connexion avec {peer} pour récupérer {file}.',
  'ele.fw.blocks': 'Le pare-feu installé sur {owner} bloque la demande.',
  'ele.fw.changed': 'L’utilisateur modifie le réglage du pare-feu, donc la demande suivante passe.',
  'ele.fw.never': 'Personne ne modifie le réglage du pare-feu, donc toutes les demandes sont bloquées.',
  'ele.data.ready': '{actor} dit oui : la connexion pour {file} est prête.',
  'ele.data.send': '{actor} envoie {file}.',
  'ele.data.done': '{actor} a reçu {file}, et la connexion qui le transportait est fermée.',
  'ele.data.closed': 'La connexion pour {file} est fermée.',
  'ele.failed.server':
    '{actor} abandonne : la connexion pour le fichier n’a pas pu être établie, et il en informe {peer}.',
  'ele.failed.pc': '{actor} abandonne : {file} n’a pas pu être téléchargé.',
  'ele.tcp.ask': '{actor} demande une connexion avec {peer}.',
  'ele.tcp.ready': '{actor} dit oui : la connexion est prête.',
  'ele.tcp.send': '{actor} envoie des données vers {peer}.',
  'ele.tcp.done': 'La connexion est fermée.',
  'ele.no-answer': 'Aucune réponse envoyée par {peer} n’arrive, donc {actor} abandonne.',
  'ele.rst': '{actor} coupe brusquement la connexion.',
  'ele.icmp': '{actor} envoie un court message de contrôle vers {peer}.',
  'ele.icmp.error': '{actor} prévient {peer} que quelque chose s’est mal passé.',
  'ele.other': 'Il se passe quelque chose sur le réseau.',
  'ele.done': {
    plural: 'count',
    one: '{actor} dit au revoir et la session se termine, avec un fichier téléchargé.',
    many: '{actor} dit au revoir et la session se termine, avec {count} de fichiers téléchargés.',
    other: '{actor} dit au revoir et la session se termine, avec {count} fichiers téléchargés.',
  },

  // FTPS (FTP over TLS, RFC 4217): what TLS adds to the FTP story, at every level.
  'title.ftps.active': {
    plural: 'count',
    one: 'Télécharger un fichier par FTPS en mode actif, TLS {version}',
    many: 'Télécharger {count} de fichiers par FTPS en mode actif, TLS {version}',
    other: 'Télécharger {count} fichiers par FTPS en mode actif, TLS {version}',
  },
  'title.ftps.passive': {
    plural: 'count',
    one: 'Télécharger un fichier par FTPS en mode passif, TLS {version}',
    many: 'Télécharger {count} de fichiers par FTPS en mode passif, TLS {version}',
    other: 'Télécharger {count} fichiers par FTPS en mode passif, TLS {version}',
  },
  'std.ftps.intro.active': {
    plural: 'count',
    one: '{actor} s’apprête à récupérer un fichier sur {peer}, par FTPS (FTP sur TLS {version}) en mode actif.',
    many: '{actor} s’apprête à récupérer {count} de fichiers sur {peer}, par FTPS (FTP sur TLS {version}) en mode actif.',
    other:
      '{actor} s’apprête à récupérer {count} fichiers sur {peer}, par FTPS (FTP sur TLS {version}) en mode actif.',
  },
  'std.ftps.intro.passive': {
    plural: 'count',
    one: '{actor} s’apprête à récupérer un fichier sur {peer}, par FTPS (FTP sur TLS {version}) en mode passif.',
    many: '{actor} s’apprête à récupérer {count} de fichiers sur {peer}, par FTPS (FTP sur TLS {version}) en mode passif.',
    other:
      '{actor} s’apprête à récupérer {count} fichiers sur {peer}, par FTPS (FTP sur TLS {version}) en mode passif.',
  },
  'std.ftps.auth':
    '{actor} envoie AUTH {mechanism}, encore en clair : il demande que {peer} protège la connexion de contrôle avec TLS.',
  'std.ftps.auth-ok':
    '{actor} accepte avec la réponse {code}, en clair elle aussi : désormais, les deux côtés parlent TLS sur cette connexion.',
  'std.tls.client-hello':
    '{actor} commence la négociation TLS ({records}) : il liste les versions de TLS et les suites de chiffrement qu’il prend en charge.',
  'std.tls.hello-retry':
    '{actor} répond avec {records} : le HelloRetryRequest demande une part de clé (key share) d’un autre groupe, un groupe que le serveur accepte.',
  'std.tls.client-hello.again':
    '{actor} envoie {records} : la même offre, cette fois avec une part de clé que le serveur accepte.',
  'std.tls12.server-hello':
    '{actor} répond avec {records} : il choisit TLS {version} et une suite de chiffrement, présente son certificat et signe sa part de l’échange de clés.',
  'std.tls12.client-keys':
    '{actor} envoie {records} : sa part de l’échange de clés, puis ChangeCipherSpec ; à partir de là il chiffre, et son Finished prouve que les deux côtés ont calculé les mêmes clés.',
  'std.tls12.server-finished':
    '{actor} envoie {records} : il passe lui aussi au chiffrement, et son Finished termine la négociation.',
  'std.tls13.server-hello':
    '{actor} répond avec {records}. Sur le réseau, seul le ServerHello est lisible : il porte la part de clé du serveur, et tout ce qui suit, certificat compris, est déjà chiffré.',
  'std.tls13.client-finished': '{actor} envoie {records}, chiffrés : son Finished termine la négociation.',
  'std.tls.tickets':
    '{actor} envoie {records}, chiffrés : des tickets de session qui permettront à une connexion ultérieure d’abréger la négociation.',
  'std.tls.other': '{actor} envoie des enregistrements TLS : {records}.',
  'std.tls.close-notify':
    '{actor} envoie une alerte close_notify chiffrée : il n’enverra plus rien par TLS sur cette connexion.',
  'std.ftps.login':
    '{actor} envoie ses commandes à l’intérieur de TLS : {commands}. Sur le réseau, ce sont des enregistrements chiffrés que seules les deux extrémités peuvent lire.',
  'std.ftps.login.prot':
    '{actor} s’identifie et prépare le téléchargement à l’intérieur de TLS : {commands}. PBSZ 0 et PROT P demandent que les connexions de données soient elles aussi protégées par TLS. Sur le réseau, ces commandes sont des enregistrements chiffrés que seules les deux extrémités peuvent lire.',
  'std.ftps.replies.passive':
    '{actor} répond à chaque commande à l’intérieur de TLS ({codes}) et attend la connexion de données sur le port {port}.',
  'std.ftps.replies.active':
    '{actor} répond à chaque commande à l’intérieur de TLS ({codes}) : pour envoyer le fichier, il ouvrira une connexion vers le port indiqué par {peer}.',
  'std.ftps.replies.other': '{actor} répond à chaque commande à l’intérieur de TLS ({codes}).',
  'std.ftps.transfer-complete':
    '{actor} annonce sur la connexion de contrôle, à l’intérieur de TLS, que le transfert de {file} est terminé ({code}).',
  'std.ftps.extra.data-tls':
    'La connexion de données a sa propre négociation TLS, où {actor} est le client TLS, quel que soit le côté qui a ouvert la connexion.',
  'std.ftps.extra.encrypted-file':
    'Le fichier voyage dans des enregistrements TLS chiffrés : sur le réseau, seule leur taille est visible.',
  'std.ftps.extra.tickets-first':
    'Les premiers de ces enregistrements sont des tickets de session (NewSessionTicket), envoyés avant le fichier.',
  'ele.ftps.intro.active': {
    plural: 'count',
    one: '{actor} veut télécharger un fichier depuis {peer} par FTPS, c’est-à-dire FTP protégé par TLS, en mode actif.',
    many: '{actor} veut télécharger {count} de fichiers depuis {peer} par FTPS, c’est-à-dire FTP protégé par TLS, en mode actif.',
    other:
      '{actor} veut télécharger {count} fichiers depuis {peer} par FTPS, c’est-à-dire FTP protégé par TLS, en mode actif.',
  },
  'ele.ftps.intro.passive': {
    plural: 'count',
    one: '{actor} veut télécharger un fichier depuis {peer} par FTPS, c’est-à-dire FTP protégé par TLS, en mode passif.',
    many: '{actor} veut télécharger {count} de fichiers depuis {peer} par FTPS, c’est-à-dire FTP protégé par TLS, en mode passif.',
    other:
      '{actor} veut télécharger {count} fichiers depuis {peer} par FTPS, c’est-à-dire FTP protégé par TLS, en mode passif.',
  },
  'ele.ftps.control.ready':
    '{actor} dit oui, et les deux s’accordent sur des clés secrètes : désormais, tout ce qu’ils se disent sur cette connexion est chiffré.',
  'ele.ftps.login':
    '{actor} s’identifie avec son nom d’utilisateur et son mot de passe, que personne ne peut lire en chemin, et se prépare au téléchargement.',
  'ele.ftps.data.ready':
    '{actor} dit oui, et les deux s’accordent aussi sur des clés pour cette connexion : {file} voyagera chiffré.',
  'ele.ftps.data.keys':
    '{actor} et {peer} s’accordent sur des clés pour la connexion de {file}, qui voyagera donc chiffré.',
  'ele.ftps.data.send': '{actor} envoie {file}, chiffré.',
  'exp.extra.tls': 'Ces octets sont des enregistrements TLS : {text}.',
  'exp.extra.tls.command':
    'Ces octets sont un enregistrement TLS chiffré ({text}) ; à l’intérieur se trouve la commande {inner}.',
  'exp.extra.tls.reply':
    'Ces octets sont un enregistrement TLS chiffré ({text}) ; à l’intérieur se trouve la réponse « {inner} ».',
  'exp.extra.tls.data':
    'Ces octets sont des enregistrements TLS chiffrés ({text}) ; à l’intérieur se trouve une partie de {file}.',
  'exp.extra.tls.inner':
    'Ces octets sont des enregistrements TLS ({text}) ; une fois déchiffrés, ce sont : {inner}.',
  'exp.extra.ftps-start': 'Avant de s’identifier, le client demandera TLS au serveur, jusqu’à TLS {version}.',
  'note.ftps.ssl':
    'Le récit de référence parle de SSL. Aujourd’hui, FTPS passe par TLS (ici TLS {version}) : le RFC 7568 interdit SSL 3.0, et le RFC 4217 démarre TLS sur la connexion de contrôle avec AUTH TLS.',
  'note.ftps.encrypted':
    'À partir de la réponse 234, rien de la connexion de contrôle n’est lisible sur le réseau : une capture ne montre que des enregistrements TLS et leur taille. Les étapes disent quelles commandes et réponses ces enregistrements transportent, telles que les deux extrémités les connaissent après déchiffrement.',
  'note.ftps.passive-accept':
    'Le récit de référence attribue l’étape {step} au PC (« FTPS data connection OK »). En mode passif, c’est le PC qui demande la connexion de données et le serveur qui l’accepte : l’acteur de cette étape est donc le serveur.',
  'note.ftps.nat-port':
    'La commande PORT donne l’adresse privée du PC, {address}. Le NAT du routeur ne peut ni la lire ni la réécrire, même avec un assistant FTP, car elle voyage à l’intérieur de TLS ; le serveur la refuse donc (réponse {code}), et FTPS en mode actif échoue derrière ce NAT.',
  'exp.syn':
    '{actor} demande une connexion avec {peer} : {flags} du port {sport} vers le port {dport} (seq {seq}).',
  'exp.synack':
    '{actor} accepte et demande à son tour : {flags} du port {sport} vers le port {dport} (seq {seq}, ack {ack}).',
  'exp.rst':
    '{actor} réinitialise la connexion : {flags} du port {sport} vers le port {dport} (seq {seq}, ack {ack}).',
  'exp.command': {
    plural: 'count',
    one: '{actor} envoie {text} du port {sport} vers le port {dport} (seq {seq}, ack {ack}, {count} octet).',
    many: '{actor} envoie {text} du port {sport} vers le port {dport} (seq {seq}, ack {ack}, {count} d’octets).',
    other:
      '{actor} envoie {text} du port {sport} vers le port {dport} (seq {seq}, ack {ack}, {count} octets).',
  },
  'exp.reply': {
    plural: 'count',
    one: '{actor} répond « {text} » du port {sport} vers le port {dport} (seq {seq}, ack {ack}, {count} octet).',
    many: '{actor} répond « {text} » du port {sport} vers le port {dport} (seq {seq}, ack {ack}, {count} d’octets).',
    other:
      '{actor} répond « {text} » du port {sport} vers le port {dport} (seq {seq}, ack {ack}, {count} octets).',
  },
  'exp.data': {
    plural: 'count',
    one: '{actor} envoie {count} octet de {file} du port {sport} vers le port {dport} (seq {seq}, ack {ack}).',
    many: '{actor} envoie {count} d’octets de {file} du port {sport} vers le port {dport} (seq {seq}, ack {ack}).',
    other:
      '{actor} envoie {count} octets de {file} du port {sport} vers le port {dport} (seq {seq}, ack {ack}).',
  },
  'exp.payload': {
    plural: 'count',
    one: '{actor} envoie {count} octet du port {sport} vers le port {dport} (seq {seq}, ack {ack}).',
    many: '{actor} envoie {count} d’octets du port {sport} vers le port {dport} (seq {seq}, ack {ack}).',
    other: '{actor} envoie {count} octets du port {sport} vers le port {dport} (seq {seq}, ack {ack}).',
  },
  'exp.fin':
    '{actor} n’a plus rien à envoyer et ferme son côté : {flags} du port {sport} vers le port {dport} (seq {seq}, ack {ack}).',
  'exp.ack.handshake':
    '{actor} termine la poignée de main en trois temps : {flags} du port {sport} vers le port {dport} (seq {seq}, ack {ack}).',
  'exp.ack.fin':
    '{actor} acquitte le FIN envoyé par {peer} : {flags} du port {sport} vers le port {dport} (seq {seq}, ack {ack}).',
  'exp.ack.data':
    '{actor} confirme avoir reçu les octets envoyés par {peer} jusqu’au numéro {last} : {flags} du port {sport} vers le port {dport} (seq {seq}, ack {ack}).',
  'exp.ack.other':
    '{actor} envoie un acquittement qui ne confirme rien de nouveau : {flags} du port {sport} vers le port {dport} (seq {seq}, ack {ack}).',
  'exp.udp': {
    plural: 'count',
    one: '{actor} envoie un datagramme UDP du port {sport} vers le port {dport} ({count} octet).',
    many: '{actor} envoie un datagramme UDP du port {sport} vers le port {dport} ({count} d’octets).',
    other: '{actor} envoie un datagramme UDP du port {sport} vers le port {dport} ({count} octets).',
  },
  'exp.icmp': '{actor} envoie un message ICMP : {icmp}.',
  'exp.ip': '{actor} envoie un paquet IP ({protocol}).',
  'exp.lost.tcp': {
    plural: 'count',
    one: '{actor} envoie {flags} du port {sport} vers le port {dport} ({count} octet), mais le segment se perd entre {from} et {to}, si bien que la capture ne le voit jamais.',
    many: '{actor} envoie {flags} du port {sport} vers le port {dport} ({count} d’octets), mais le segment se perd entre {from} et {to}, si bien que la capture ne le voit jamais.',
    other:
      '{actor} envoie {flags} du port {sport} vers le port {dport} ({count} octets), mais le segment se perd entre {from} et {to}, si bien que la capture ne le voit jamais.',
  },
  'exp.lost.other':
    '{actor} envoie un paquet vers {peer}, mais ce paquet se perd entre {from} et {to}, si bien que la capture ne le voit jamais.',
  'exp.extra.fin': 'Le même segment porte FIN : {actor} n’a plus rien à envoyer.',
  'exp.extra.ack-fin': 'Le même segment acquitte le FIN envoyé par {peer}.',
  'exp.extra.retransmission':
    'C’est une retransmission : {actor} le renvoie après {seconds} s sans acquittement.',
  'exp.extra.retransmission.unseen':
    'C’est une retransmission : le premier exemplaire n’a pas été acquitté à temps.',
  'exp.extra.nat.src': 'En chemin, {actor} remplace l’adresse source {before} par {after}.',
  'exp.extra.nat.dst': 'En chemin, {actor} remplace l’adresse de destination {before} par {after}.',
  'exp.extra.nat.payload':
    'En chemin, {actor} remplace l’adresse écrite dans le message, {before}, par {after}.',
  'exp.extra.lost': 'Le paquet se perd entre {from} et {to}.',
  'exp.fw.drop':
    'Le pare-feu installé sur {owner} jette le {flags} du port {sport} vers le port {dport} (règle {rule}).',
  'exp.fw.reject':
    'Le pare-feu installé sur {owner} refuse le {flags} du port {sport} vers le port {dport} et le signale à l’expéditeur (règle {rule}).',
  'exp.fw.allow':
    'Le pare-feu installé sur {owner} laisse désormais passer le {flags} du port {sport} vers le port {dport} (règle {rule}).',
  'exp.fw.change': 'Le pare-feu installé sur {owner} reçoit un nouveau réglage (règle {rule}).',
  'exp.action.start.active': {
    plural: 'count',
    one: 'L’utilisateur lance un client FTP sur {actor} pour télécharger un fichier en mode actif.',
    many: 'L’utilisateur lance un client FTP sur {actor} pour télécharger {count} de fichiers en mode actif.',
    other: 'L’utilisateur lance un client FTP sur {actor} pour télécharger {count} fichiers en mode actif.',
  },
  'exp.action.start.passive': {
    plural: 'count',
    one: 'L’utilisateur lance un client FTP sur {actor} pour télécharger un fichier en mode passif.',
    many: 'L’utilisateur lance un client FTP sur {actor} pour télécharger {count} de fichiers en mode passif.',
    other: 'L’utilisateur lance un client FTP sur {actor} pour télécharger {count} fichiers en mode passif.',
  },
  'exp.action.file-received': {
    plural: 'count',
    one: 'Le client FTP sur {actor} a reçu {file} en entier : {count} octet.',
    many: 'Le client FTP sur {actor} a reçu {file} en entier : {count} d’octets.',
    other: 'Le client FTP sur {actor} a reçu {file} en entier : {count} octets.',
  },
  'exp.action.transfer-failed': 'Le client FTP sur {actor} renonce à {file}.',
  'exp.action.firewall': 'L’utilisateur modifie le réglage du pare-feu sur {actor}.',
  'exp.action.allow-ftp-data':
    'L’utilisateur modifie le réglage du pare-feu sur {actor} : les connexions venant du port {port}, d’où partent les données FTP, peuvent désormais entrer.',
  'exp.action.other': 'Sur {actor} : {action}.',

  'note.login':
    'L’étape {step} raconte l’identification en un seul geste ; sur le réseau, le PC envoie {count} commandes l’une après l’autre ({commands}) et attend la réponse à chacune.',
  'note.greeting':
    'Juste après l’ouverture de la connexion de contrôle, le serveur salue le PC (réponse 220), avant l’identification ; le récit de référence omet ce message d’accueil.',
  'note.reply-flags':
    'Les réponses du serveur contiennent du texte, elles voyagent donc dans des segments PSH,ACK ; le récit de référence les marque seulement (ACK).',
  'note.fin-early':
    'Le serveur envoie son FIN juste derrière les derniers octets de chaque fichier : le FIN est donc déjà en route quand le PC acquitte le fichier. Les étapes gardent l’ordre du récit de référence (acquittement, puis FIN), qui est l’ordre de cause à effet, et non l’ordre dans lequel les paquets partent.',
  'note.control-close':
    'La connexion de contrôle reste ouverte pendant toute la session : après le dernier fichier, le PC envoie QUIT, le serveur répond 221, et les deux côtés ferment la connexion avec FIN et ACK. Le récit de référence n’en dit rien ; ces paquets passent pendant la dernière étape.',
  'note.next-file.active':
    'Avant chaque fichier suivant, le PC renvoie PORT et RETR sur la connexion de contrôle. Le récit de référence l’omet ; ces paquets passent pendant l’étape où le serveur ouvre la connexion de données suivante.',
  'note.next-file.passive':
    'Avant chaque fichier suivant, le PC renvoie PASV, puis RETR une fois la connexion de données ouverte. Le récit de référence l’omet ; ces paquets passent pendant les étapes de ce fichier.',
  'note.transfer-replies':
    'Sur la connexion de contrôle, le serveur annonce chaque transfert (150) et signale qu’il est terminé (226) ; le récit de référence ne montre pas ces réponses, qui passent en arrière-plan des étapes du fichier.',
  'note.background-acks':
    'Les acquittements qui ne portent rien d’autre (l’ACK du PC pour une réponse, l’ACK du serveur pour une commande) n’ont pas d’étape à eux ; ils passent pendant l’étape qu’ils préparent.',
  'note.firewall-retries':
    'Tant que le pare-feu le bloque, le serveur envoie son SYN {count} fois, avec des pauses de {waits} entre les tentatives ; le récit de référence ne montre qu’une tentative.',
  'note.firewall-actor':
    'Le récit de référence présente les étapes du pare-feu comme celles du PC, puisque le pare-feu est un logiciel du PC ; le niveau expert désigne le pare-feu comme acteur.',
  'note.active-port20':
    'En mode actif, le serveur ouvre chaque connexion de données depuis son port 20 vers le port que le PC a indiqué dans sa commande PORT : la demande arrive donc au PC depuis l’extérieur, et c’est ce qu’un pare-feu sur le PC arrête.',
  'note.passive-outgoing':
    'En mode passif, le PC ouvre lui-même chaque connexion, vers des ports indiqués par le serveur : un pare-feu sur le PC les laisse donc toutes sortir.',
  'note.loss': {
    plural: 'count',
    one: 'Un paquet s’est perdu en chemin. TCP a renvoyé son contenu après une pause, et les étapes qui montrent ces retransmissions le signalent.',
    many: '{count} de paquets se sont perdus en chemin. TCP a renvoyé leur contenu après une pause, et les étapes qui montrent ces retransmissions le signalent.',
    other:
      '{count} paquets se sont perdus en chemin. TCP a renvoyé leur contenu après une pause, et les étapes qui montrent ces retransmissions le signalent.',
  },
  'note.shared-packet':
    'Les étapes {first} et {second} montrent le même paquet : {actor} fait les deux avec un seul segment ({flags}).',

  // SCP and SFTP: one SSH connection, encrypted from NEWKEYS on.
  'title.sftp.upload': {
    plural: 'count',
    one: 'Envoyer un fichier avec SFTP sur SSH',
    many: 'Envoyer {count} fichiers avec SFTP sur SSH',
    other: 'Envoyer {count} fichiers avec SFTP sur SSH',
  },
  'title.sftp.download': {
    plural: 'count',
    one: 'Télécharger un fichier avec SFTP sur SSH',
    many: 'Télécharger {count} fichiers avec SFTP sur SSH',
    other: 'Télécharger {count} fichiers avec SFTP sur SSH',
  },
  'title.scp.upload': {
    plural: 'count',
    one: 'Envoyer un fichier avec scp sur SSH',
    many: 'Envoyer {count} fichiers avec scp sur SSH',
    other: 'Envoyer {count} fichiers avec scp sur SSH',
  },
  'title.scp.download': {
    plural: 'count',
    one: 'Télécharger un fichier avec scp sur SSH',
    many: 'Télécharger {count} fichiers avec scp sur SSH',
    other: 'Télécharger {count} fichiers avec scp sur SSH',
  },
  'ssh.std.intro.upload': {
    plural: 'count',
    one: '{actor} s’apprête à envoyer un fichier avec {program} ; {peer} le recevra, et tout passe par une connexion SSH.',
    many: '{actor} s’apprête à envoyer {count} fichiers avec {program} ; {peer} les recevra, et tout passe par une connexion SSH.',
    other:
      '{actor} s’apprête à envoyer {count} fichiers avec {program} ; {peer} les recevra, et tout passe par une connexion SSH.',
  },
  'ssh.std.intro.download': {
    plural: 'count',
    one: '{actor} s’apprête à récupérer avec {program} un fichier que {peer} détient ; tout passe par une connexion SSH.',
    many: '{actor} s’apprête à récupérer avec {program} {count} fichiers que {peer} détient ; tout passe par une connexion SSH.',
    other:
      '{actor} s’apprête à récupérer avec {program} {count} fichiers que {peer} détient ; tout passe par une connexion SSH.',
  },
  'ssh.std.encrypted':
    'Le programme SSH chiffre tout ce qu’envoie {actor} : le mot de passe, les commandes et le fichier lui-même. Seul {peer} pourra le relire.',
  'ssh.std.decrypts':
    '{actor} attend avec son programme SSH (sshd, port 22) et rend lisible ce qui arrive ; les clés nécessaires, seuls lui et {peer} les connaissent.',
  'ssh.std.left-out':
    'Désormais, le récit ne répète plus que chaque côté chiffre avant d’envoyer et déchiffre après avoir reçu : cela vaut pour chaque paquet SSH.',
  'ssh.std.login':
    'D’abord, {actor} et {peer} échangent leurs versions SSH et se mettent d’accord sur des clés (KEXINIT, un échange de clés ECDH, NEWKEYS). Tout ce qui suit NEWKEYS est chiffré ; c’est seulement ensuite que {actor} envoie son nom d’utilisateur et son mot de passe.',
  'ssh.std.login-ok':
    '{actor} vérifie le mot de passe et accepte la connexion (USERAUTH_SUCCESS) : {peer} est authentifié.',
  'ssh.std.session.sftp':
    '{actor} peut maintenant travailler : il ouvre un canal de session, démarre le sous-système SFTP et envoie ses premières requêtes SFTP, auxquelles {peer} doit répondre.',
  'ssh.std.session.scp':
    '{actor} peut maintenant travailler : il ouvre un canal de session et demande que {peer} exécute la commande « {command} ».',
  'ssh.std.answers.sftp':
    '{actor} confirme le canal, lance son serveur SFTP et répond à chaque requête (VERSION, puis le répertoire personnel).',
  'ssh.std.answers.scp-sink':
    '{actor} confirme le canal et lance « {command} », qui signale par un octet nul qu’il est prêt à recevoir.',
  'ssh.std.answers.scp-source': '{actor} confirme le canal et lance « {command} ».',
  'ssh.std.put.sftp':
    '{actor} envoie {file} : il ouvre le fichier en écriture (OPEN), envoie ses octets dans des requêtes WRITE, puis le ferme (CLOSE).',
  'ssh.std.put.scp':
    '{actor} envoie {file} : d’abord une ligne avec ses droits, sa taille et son nom (C0644 …), puis les octets, terminés par un octet nul.',
  'ssh.std.stored.sftp':
    '{actor} a reçu {file} : il répond à chaque requête par STATUS OK, et ces réponses portent les acquittements des octets.',
  'ssh.std.stored.scp':
    '{actor} a reçu {file} : scp répond à la ligne puis aux octets par un octet nul chacun, et ces réponses portent les acquittements.',
  'ssh.std.fetch.sftp':
    '{actor} demande {file} : il cherche le fichier (LSTAT, STAT), l’ouvre (OPEN), le lit jusqu’au bout (READ) et le ferme (CLOSE).',
  'ssh.std.fetch.scp':
    '{actor} répond à la ligne puis aux octets de {file} par un octet nul chacun : le fichier est arrivé.',
  'ssh.std.get.sftp':
    '{actor} envoie {file} dans des réponses DATA et répond aux autres requêtes que {peer} lui adresse.',
  'ssh.std.get.scp':
    '{actor} envoie {file} : une ligne avec ses droits, sa taille et son nom (C0644 …), puis les octets et un octet nul.',
  'ssh.ele.intro.upload': {
    plural: 'count',
    one: '{actor} veut déposer un fichier et {peer} doit le recevoir, bien à l’abri dans SSH.',
    many: '{actor} veut déposer {count} fichiers et {peer} doit les recevoir, bien à l’abri dans SSH.',
    other: '{actor} veut déposer {count} fichiers et {peer} doit les recevoir, bien à l’abri dans SSH.',
  },
  'ssh.ele.intro.download': {
    plural: 'count',
    one: '{actor} veut récupérer un fichier que {peer} possède, bien à l’abri dans SSH.',
    many: '{actor} veut récupérer {count} fichiers que {peer} possède, bien à l’abri dans SSH.',
    other: '{actor} veut récupérer {count} fichiers que {peer} possède, bien à l’abri dans SSH.',
  },
  'ssh.ele.connect': '{actor} et {peer} se connectent.',
  'ssh.ele.login':
    '{actor} et {peer} se mettent d’accord sur une clé secrète ; ensuite {actor} donne son nom et son mot de passe, que personne d’autre ne peut lire.',
  'ssh.ele.login-ok': '{actor} accepte, et {peer} est connecté.',
  'ssh.ele.session': '{actor} dit ce qu’il veut faire, et {peer} se prépare.',
  'ssh.ele.file': '{actor} envoie {file}, et {peer} confirme qu’il l’a bien reçu.',
  'ssh.ele.done': '{actor} dit au revoir et la connexion se termine.',
  'ssh.exp.version':
    '{actor} annonce en clair sa version SSH, « {text} » : {flags} du port {sport} vers le port {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.clear':
    '{actor} envoie le message SSH {text}, encore non chiffré : {flags} du port {sport} vers le port {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.clear-then-sealed':
    '{actor} envoie {text} en clair, puis un paquet SSH chiffré ; dedans, ce que seules les deux extrémités savent : « {inner} ». {flags} du port {sport} vers le port {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.sealed':
    '{actor} envoie un paquet SSH chiffré ; dedans, ce que seules les deux extrémités savent : « {inner} ». {flags} du port {sport} vers le port {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.more':
    '{actor} envoie la suite de la même écriture SSH : {flags} du port {sport} vers le port {dport} (seq {seq}, ack {ack}, len {count}).',
  'ssh.exp.action.start.upload': 'Sur {actor}, l’utilisateur lance {program} pour envoyer.',
  'ssh.exp.action.start.download': 'Sur {actor}, l’utilisateur lance {program} pour télécharger.',
  'ssh.exp.action.logged-in': 'Le client SSH sur {actor} est connecté en tant que {user}.',
  'ssh.exp.action.sent': '{program} sur {actor} apprend que {file} est arrivé en entier.',
  'ssh.exp.action.stored': '{actor} a écrit {file} sur son disque.',
  'ssh.exp.action.received': '{actor} a reçu {file} et l’a enregistré.',
  'ssh.exp.action.failed': '{program} sur {actor} renonce à {file}.',
  'ssh.note.key-exchange':
    'Le récit de référence passe directement de la connexion au mot de passe. En réalité, les deux côtés échangent d’abord des lignes de version et font un échange de clés (KEXINIT, ECDH, NEWKEYS) ; l’étape {step} montre ces paquets avec le mot de passe, et le niveau expert les raconte un par un.',
  'ssh.note.clear-part':
    'Le récit de référence dit que tout est chiffré. Les lignes de version et l’échange de clés circulent pourtant en clair, et c’est forcé : les clés n’existent pas encore. Tout ce qui suit NEWKEYS (connexion, commandes, fichier) est chiffré ; une oreille indiscrète ne voit que la taille et le rythme des paquets.',
  'ssh.note.none-probe':
    'OpenSSH essaie d’abord de se connecter avec la méthode « none » ; le serveur répond par les méthodes qu’il accepte, et c’est seulement alors que le mot de passe est envoyé.',
  'ssh.note.answer-flags':
    'Dans le récit de référence, le destinataire répond au fichier par un simple (ACK). Le vrai destinataire répond par des messages SSH (SFTP STATUS, ou les octets nuls de scp) qui portent l’acquittement ; c’est pourquoi l’étape {step} montre PSH,ACK.',
  'ssh.note.session-end':
    'Avant l’étape {step}, le PC termine la session à l’intérieur de SSH (CHANNEL_EOF, CHANNEL_CLOSE, DISCONNECT) et le serveur indique le code de sortie du programme qu’il a exécuté ; le récit de référence l’omet, et ces paquets passent en arrière-plan.',
  'ssh.note.scp-legacy':
    'Ici, scp parle le protocole scp classique (scp -O ; le serveur exécute scp -t ou scp -f). Depuis OpenSSH 9.0, scp utilise SFTP en coulisse, sauf indication contraire.',

  'icmp.echo-request': 'demande d’écho',
  'icmp.echo-reply': 'réponse d’écho',
  'icmp.source-quench': 'ralentissement de la source',
  'icmp.redirect': 'redirection',
  'icmp.router-advertisement': 'annonce de routeur',
  'icmp.router-solicitation': 'sollicitation de routeur',
  'icmp.parameter-problem': 'problème de paramètre',
  'icmp.timestamp-request': 'demande d’horodatage',
  'icmp.timestamp-reply': 'réponse d’horodatage',
  'icmp.packet-too-big': 'paquet trop grand',
  'icmp.mld-query': 'requête d’écoute multicast',
  'icmp.mld-report': 'rapport d’écoute multicast',
  'icmp.mld-done': 'fin d’écoute multicast',
  'icmp.mld-report-v2': 'rapport d’écoute multicast (version 2)',
  'icmp.neighbor-solicitation': 'sollicitation de voisin',
  'icmp.neighbor-advertisement': 'annonce de voisin',
  'icmp.unreachable': 'destination inaccessible (code {code})',
  'icmp.unreachable.net': 'destination inaccessible (réseau inaccessible)',
  'icmp.unreachable.host': 'destination inaccessible (hôte inaccessible)',
  'icmp.unreachable.protocol': 'destination inaccessible (protocole inaccessible)',
  'icmp.unreachable.port': 'destination inaccessible (port inaccessible)',
  'icmp.unreachable.fragmentation': 'destination inaccessible (fragmentation nécessaire)',
  'icmp.unreachable.source-route': 'destination inaccessible (échec du routage par la source)',
  'icmp.unreachable.net-unknown': 'destination inaccessible (réseau de destination inconnu)',
  'icmp.unreachable.host-unknown': 'destination inaccessible (hôte de destination inconnu)',
  'icmp.unreachable.net-prohibited': 'destination inaccessible (réseau interdit par l’administrateur)',
  'icmp.unreachable.host-prohibited': 'destination inaccessible (hôte interdit par l’administrateur)',
  'icmp.unreachable.admin': 'destination inaccessible (communication interdite par l’administrateur)',
  'icmp.unreachable.no-route': 'destination inaccessible (aucune route vers la destination)',
  'icmp.unreachable.beyond-scope': 'destination inaccessible (hors de la portée de l’adresse source)',
  'icmp.unreachable.source-policy': 'destination inaccessible (adresse source refusée par la politique)',
  'icmp.unreachable.reject-route': 'destination inaccessible (route de rejet vers la destination)',
  'icmp.time-exceeded': 'temps dépassé (code {code})',
  'icmp.time-exceeded.ttl': 'temps dépassé (TTL expiré en transit)',
  'icmp.time-exceeded.hop-limit': 'temps dépassé (limite de sauts atteinte en transit)',
  'icmp.time-exceeded.reassembly': 'temps dépassé (délai de réassemblage des fragments dépassé)',
  'icmp.unknown.v4': 'ICMP de type {type}, code {code}',
  'icmp.unknown.v6': 'ICMPv6 de type {type}, code {code}',
};
