/**
 * The story in Japanese (です/ます). Node parameters (`{actor}`, `{peer}`, `{owner}`, `{from}`, `{to}`) become
 * the `who.*` phrases below; Japanese has a single plural form, so every plural message has only `other`.
 */
import type { StoryCatalog } from '../index.ts';

export const story: StoryCatalog = {
  'who.pc': 'PC',
  'who.server': 'サーバー',
  'who.router': 'ルーター',
  'who.firewall': 'ファイアウォール',
  'who.network': 'インターネット',
  'who.named': '{name}',
  'actor.pc': 'PC',
  'actor.server': 'サーバー',
  'actor.router': 'ルーター',
  'actor.firewall': 'ファイアウォール',
  'actor.network': 'インターネット',

  'title.ftp.active': {
    plural: 'count',
    other: 'FTPのアクティブモードで{count}個のファイルをダウンロードする',
  },
  'title.ftp.passive': {
    plural: 'count',
    other: 'FTPのパッシブモードで{count}個のファイルをダウンロードする',
  },
  'title.generic': 'ネットワークを流れるもの',

  'std.intro.active': {
    plural: 'count',
    other: '{actor}は、FTPのアクティブモードで{peer}から{count}個のファイルを取得しようとしています。',
  },
  'std.intro.passive': {
    plural: 'count',
    other: '{actor}は、FTPのパッシブモードで{peer}から{count}個のファイルを取得しようとしています。',
  },
  'std.control.syn': '{actor}は{peer}に、ポート{port}でFTPの制御コネクションを開くよう求めます。',
  'std.control.synack': '{actor}はこれを受け入れ、自分の側からもコネクションを開くよう求めます。',
  'std.control.ack': '{actor}も受け入れます。これで制御コネクションが開きました。',
  'std.login.active':
    '{actor}はユーザー{user}としてパスワードでログインし、バイナリモードを指定し、待ち受けるポートを伝え（PORT）、{file}を要求します（RETR）。',
  'std.login.passive':
    '{actor}はユーザー{user}としてパスワードでログインし、バイナリモードを指定し、データ用のポートを開くよう{peer}に求めます（PASV）。',
  'std.login.user': '{actor}はユーザー{user}としてログインし、コマンドを送ります：{commands}。',
  'std.login.other': '{actor}はコマンドを送ります：{commands}。',
  'std.replies.active':
    '{actor}は各コマンドに応答します（{codes}）。ログインは受け付けられました。ファイルを送るには、{peer}への2本目のコネクションを開く必要があります。',
  'std.replies.passive':
    '{actor}は各コマンドに応答します（{codes}）。ログインは受け付けられました。ファイルを運ぶ2本目のコネクションを、ポート{port}で待ち受けます。',
  'std.replies.other': '{actor}は各コマンドに応答します（{codes}）。',
  'std.data.syn.to-send':
    '{actor}は{file}を送るために、{peer}のポート{port}へのFTPデータコネクションを開くよう求めます。',
  'std.data.syn.to-fetch':
    '{actor}は{file}を取得するために、{peer}のポート{port}へのFTPデータコネクションを開くよう求めます。',
  'std.data.syn.to-send.next':
    '{actor}は、{peer}が今要求した次のファイル{file}を送るために、新しいデータコネクションを開きます。',
  'std.data.syn.to-fetch.next':
    '{actor}は次のファイル{file}を取得するために、{peer}のポート{port}への新しいデータコネクションを開くよう求めます。',
  'std.data.syn.again': '{actor}はもう一度データコネクションを求め、今度は要求が通ります。',
  'std.data.synack': '{actor}はこれを受け入れ、自分の側からもデータコネクションを開くよう求めます。',
  'std.data.ack': '{actor}も受け入れます。これでデータコネクションが開きました。',
  'std.data.send': {
    plural: 'count',
    other: '{actor}はデータコネクションで{file}（{count}バイト）を送ります。',
  },
  'std.data.received': '{actor}は{file}を受け取ったことを確認します。',
  'std.close.fin': '{actor}はもう送るデータがないので、データコネクションを閉じます。',
  'std.close.fin-ack': '{actor}は切断を確認します。',
  'std.close.fin2': '{actor}も自分の側からデータコネクションを閉じます。',
  'std.close.fin2-ack': '{actor}が確認します。これで{file}のデータコネクションは閉じました。',
  'std.tcp.syn': '{actor}は{peer}に、ポート{port}へのコネクションを開くよう求めます。',
  'std.tcp.synack': '{actor}はこれを受け入れ、自分の側からもコネクションを開くよう求めます。',
  'std.tcp.ack': '{actor}も受け入れます。これでコネクションが開きました。',
  'std.tcp.send': {
    plural: 'count',
    other: '{actor}は{peer}に{count}バイトを送ります。',
  },
  'std.tcp.close.fin': '{actor}はもう送るデータがないので、コネクションを閉じます。',
  'std.tcp.close.fin-ack': '{actor}は切断を確認します。',
  'std.tcp.close.fin2': '{actor}も自分の側からコネクションを閉じます。',
  'std.tcp.close.fin2-ack': '{actor}が確認します。これでコネクションは閉じました。',
  'std.no-answer': {
    plural: 'count',
    other: '{count}回試しても{peer}からの応答が{actor}に届かないため、{actor}はコネクションをあきらめます。',
  },
  'std.rst': '{actor}はコネクションをただちに打ち切ります（RST）。',
  'std.icmp': '{actor}は{peer}にICMPメッセージを送ります：{icmp}。',
  'std.icmp.error': '{actor}はICMPメッセージで{peer}に問題を知らせます：{icmp}。',
  'std.fw.blocks':
    '{owner}のファイアウォール（OSの機能またはウイルス対策ソフトの一部）が、{peer}からの接続要求をブロックします。',
  'std.fw.must-change':
    'ファイルを通すには、このコネクションを許可するようにファイアウォールの設定を変える必要があります。',
  'std.fw.changed': 'ユーザーが設定を変え、ファイアウォールはこの要求を通すようになります。',
  'std.fw.never-changed': 'ファイアウォールの設定を誰も変えないので、その後の試みもすべてブロックされます。',
  'std.reply.425': '{actor}はデータコネクションをあきらめ、制御コネクションでそれを伝えます：「{reply}」',
  'std.reply.error': '{actor}は制御コネクションでエラーを伝えます：「{reply}」',
  'std.failed': '{actor}は{file}をあきらめ、FTPセッションを終了します（QUIT）。',
  'std.extra.resent': {
    plural: 'count',
    other: 'このうち{count}個のパケットは、確認応答が時間内に返ってこなかったため再送されました。',
  },
  'std.extra.tries': {
    plural: 'count',
    other: '全部で{count}回試みます。',
  },
  'std.extra.outgoing-passes':
    '要求は{owner}から外へ出ていくものなので、{owner}のファイアウォールはこれを通します。',
  'std.extra.outgoing-would-pass':
    '要求は{owner}から外へ出ていくものなので、{owner}にファイアウォールがあってもこれを通します。',

  'ele.intro.active': {
    plural: 'count',
    other:
      '{actor}は、FTP（アクティブモード）で{peer}から{count}個のファイルをダウンロードしたいと考えています。',
  },
  'ele.intro.passive': {
    plural: 'count',
    other:
      '{actor}は、FTP（パッシブモード）で{peer}から{count}個のファイルをダウンロードしたいと考えています。',
  },
  'ele.control.ask': '{actor}は{peer}に、やり取りのためのコネクションを求めます。',
  'ele.control.ready': '{actor}は「はい」と答えます。コネクションの準備ができました。',
  'ele.login': '{actor}はユーザー名とパスワードでログインし、ダウンロードの準備をします。',
  'ele.data.ask.to-send': '{actor}は{file}を送るために、{peer}に2本目のコネクションを求めます。',
  'ele.data.ask.to-fetch': '{actor}は{file}を取得するために、{peer}に2本目のコネクションを求めます。',
  'ele.fw.blocks': '{owner}のファイアウォールが要求をブロックします。',
  'ele.fw.changed': 'ユーザーがファイアウォールの設定を変えたので、次の要求は通ります。',
  'ele.fw.never': 'ファイアウォールの設定を誰も変えないので、要求はすべてブロックされます。',
  'ele.data.ready': '{actor}は「はい」と答えます。{file}のためのコネクションの準備ができました。',
  'ele.data.send': '{actor}は{file}を送ります。',
  'ele.data.done': '{actor}は{file}を受け取りました。{file}用のコネクションは閉じられました。',
  'ele.data.closed': '{file}のためのコネクションは閉じられました。',
  'ele.failed.server':
    '{actor}はあきらめます。ファイル用のコネクションを開けなかったので、そのことを{peer}に伝えます。',
  'ele.failed.pc': '{actor}はあきらめます。{file}はダウンロードできませんでした。',
  'ele.tcp.ask': '{actor}は{peer}にコネクションを求めます。',
  'ele.tcp.ready': '{actor}は「はい」と答えます。コネクションの準備ができました。',
  'ele.tcp.send': '{actor}は{peer}にデータを送ります。',
  'ele.tcp.done': 'コネクションは閉じられました。',
  'ele.no-answer': '{peer}から応答が届かないので、{actor}はあきらめます。',
  'ele.rst': '{actor}はコネクションを突然打ち切ります。',
  'ele.icmp': '{actor}は{peer}に短い制御メッセージを送ります。',
  'ele.icmp.error': '{actor}は{peer}に、何か問題が起きたことを伝えます。',
  'ele.other': 'ネットワーク上で何かが起きています。',
  'ele.done': {
    plural: 'count',
    other: '{actor}があいさつをしてセッションが終わります。ダウンロードしたファイルは{count}個です。',
  },

  // FTPS (FTP over TLS, RFC 4217): what TLS adds to the FTP story, at every level.
  'title.ftps.active': {
    plural: 'count',
    other: 'FTPSのアクティブモードで{count}個のファイルをダウンロードする（TLS {version}）',
  },
  'title.ftps.passive': {
    plural: 'count',
    other: 'FTPSのパッシブモードで{count}個のファイルをダウンロードする（TLS {version}）',
  },
  'std.ftps.intro.active': {
    plural: 'count',
    other:
      '{actor}は、FTPS（TLS {version}上のFTP）のアクティブモードで{peer}から{count}個のファイルを取得しようとしています。',
  },
  'std.ftps.intro.passive': {
    plural: 'count',
    other:
      '{actor}は、FTPS（TLS {version}上のFTP）のパッシブモードで{peer}から{count}個のファイルを取得しようとしています。',
  },
  'std.ftps.auth':
    '{actor}はまだ平文のままAUTH {mechanism}を送り、制御コネクションをTLSで保護するよう{peer}に求めます。',
  'std.ftps.auth-ok':
    '{actor}は応答{code}で同意します。これも平文です。ここから先、両者はこのコネクション上でTLSを使います。',
  'std.tls.client-hello':
    '{actor}はTLSハンドシェイクを始めます（{records}）。対応するTLSのバージョンと暗号スイートを列挙します。',
  'std.tls.hello-retry':
    '{actor}は{records}で応答します。HelloRetryRequestは、サーバーが受け付ける別のグループの鍵共有（key share）を求めます。',
  'std.tls.client-hello.again':
    '{actor}は{records}を送ります。同じ提案をもう一度、今度はサーバーが受け付ける鍵共有を付けて送ります。',
  'std.tls12.server-hello':
    '{actor}は{records}で応答します。TLS {version}と暗号スイートを選び、証明書を示し、鍵交換の自分の分に署名します。',
  'std.tls12.client-keys':
    '{actor}は{records}を送ります。鍵交換の自分の分に続けてChangeCipherSpecを送り、そこから先は暗号化します。Finishedは、両者が同じ鍵を計算したことを証明します。',
  'std.tls12.server-finished':
    '{actor}は{records}を送ります。こちらも暗号化に切り替え、Finishedでハンドシェイクを完了します。',
  'std.tls13.server-hello':
    '{actor}は{records}で応答します。回線上で読めるのはサーバーの鍵共有を運ぶServerHelloだけで、その後ろは証明書も含めてすでに暗号化されています。',
  'std.tls13.client-finished':
    '{actor}は{records}を暗号化して送ります。Finishedでハンドシェイクが完了します。',
  'std.tls.tickets':
    '{actor}は{records}を暗号化して送ります。後のコネクションがハンドシェイクの一部を省けるようにするセッションチケットです。',
  'std.tls.other': '{actor}はTLSレコードを送ります：{records}。',
  'std.tls.close-notify':
    '{actor}は暗号化されたclose_notifyアラートを送ります。このコネクションでは、もうTLSで何も送りません。',
  'std.ftps.login':
    '{actor}はTLSの中でコマンドを送ります：{commands}。回線上では、両端だけが読める暗号化されたレコードです。',
  'std.ftps.login.prot':
    '{actor}はTLSの中でログインし、ダウンロードの準備をします：{commands}。PBSZ 0とPROT Pは、データコネクションもTLSで保護するよう求めます。回線上では、これらのコマンドは両端だけが読める暗号化されたレコードです。',
  'std.ftps.replies.passive':
    '{actor}はTLSの中で各コマンドに応答し（{codes}）、ポート{port}でデータコネクションを待ち受けます。',
  'std.ftps.replies.active':
    '{actor}はTLSの中で各コマンドに応答します（{codes}）。ファイルを送るために、{peer}が指定したポートへコネクションを開きます。',
  'std.ftps.replies.other': '{actor}はTLSの中で各コマンドに応答します（{codes}）。',
  'std.ftps.transfer-complete':
    '{actor}は制御コネクション上で、TLSの中で、{file}の転送が完了したことを知らせます（{code}）。',
  'std.ftps.extra.data-tls':
    'データコネクションには独自のTLSハンドシェイクがあり、どちらがコネクションを開いたかにかかわらず、そこでのTLSクライアントは{actor}です。',
  'std.ftps.extra.encrypted-file':
    'ファイルは暗号化されたTLSレコードで運ばれます。回線上で見えるのはその大きさだけです。',
  'std.ftps.extra.tickets-first':
    'これらのレコードの最初のものはセッションチケット（NewSessionTicket）で、ファイルより先に届きます。',
  'ele.ftps.intro.active': {
    plural: 'count',
    other:
      '{actor}は、FTPS（TLSで守られたFTP）のアクティブモードで、{peer}から{count}個のファイルをダウンロードしようとしています。',
  },
  'ele.ftps.intro.passive': {
    plural: 'count',
    other:
      '{actor}は、FTPS（TLSで守られたFTP）のパッシブモードで、{peer}から{count}個のファイルをダウンロードしようとしています。',
  },
  'ele.ftps.control.ready':
    '{actor}は「はい」と答え、両者は秘密の鍵を取り決めます。これからこのコネクションで話すことはすべて暗号化されます。',
  'ele.ftps.login':
    '{actor}はユーザー名とパスワードでログインし（途中では誰にも読めません）、ダウンロードの準備をします。',
  'ele.ftps.data.ready':
    '{actor}は「はい」と答え、両者はこのコネクションの鍵も取り決めます。{file}は暗号化されて運ばれます。',
  'ele.ftps.data.keys':
    '{actor}と{peer}は{file}のコネクションの鍵を取り決めます。これで{file}は暗号化されて運ばれます。',
  'ele.ftps.data.send': '{actor}は{file}を暗号化して送ります。',
  'exp.extra.tls': 'これらのバイトはTLSレコードです：{text}。',
  'exp.extra.tls.command': 'これらのバイトは暗号化されたTLSレコード（{text}）で、中身はコマンド{inner}です。',
  'exp.extra.tls.reply': 'これらのバイトは暗号化されたTLSレコード（{text}）で、中身は応答「{inner}」です。',
  'exp.extra.tls.data': 'これらのバイトは暗号化されたTLSレコード（{text}）で、中身は{file}の一部です。',
  'exp.extra.tls.inner': 'これらのバイトはTLSレコード（{text}）で、復号すると次のとおりです：{inner}。',
  'exp.extra.ftps-start': 'ログインの前に、クライアントはサーバーにTLS（最大でTLS {version}）を求めます。',
  'note.ftps.ssl':
    '原案はSSLと言っています。今日のFTPSはTLSの上で動きます（ここではTLS {version}）。SSL 3.0はRFC 7568で禁止されており、RFC 4217は制御コネクション上でAUTH TLSによってTLSを始めます。',
  'note.ftps.encrypted':
    '応答234以降、制御コネクションの内容は回線上では読めません。キャプチャに見えるのはTLSレコードとその大きさだけです。各ステップは、レコードが運ぶコマンドと応答を、両端が復号して知っている形で示しています。',
  'note.ftps.passive-accept':
    '原案はステップ{step}をPCのものとしています（「FTPS data connection OK」）。パッシブモードではデータコネクションを求めるのはPCで、受け入れるのはサーバーなので、このステップの主体はサーバーです。',
  'note.ftps.nat-port':
    'PORTコマンドはPCのプライベートアドレス{address}を伝えます。このアドレスはTLSの中を通るため、ルーターのNATはFTPヘルパーがあっても読むことも書き換えることもできません。そのためサーバーはこれを拒否し（応答{code}）、このNATの内側ではアクティブモードのFTPSは失敗します。',
  'exp.syn':
    '{actor}は{peer}にコネクションを求めます：ポート{sport}からポート{dport}への{flags}（シーケンス番号{seq}）。',
  'exp.synack':
    '{actor}は受け入れ、自分からも求めます：ポート{sport}からポート{dport}への{flags}（シーケンス番号{seq}、確認応答番号{ack}）。',
  'exp.rst':
    '{actor}はコネクションをリセットします：ポート{sport}からポート{dport}への{flags}（シーケンス番号{seq}、確認応答番号{ack}）。',
  'exp.command': {
    plural: 'count',
    other:
      '{actor}は{text}を送ります：ポート{sport}からポート{dport}へ（シーケンス番号{seq}、確認応答番号{ack}、{count}バイト）。',
  },
  'exp.reply': {
    plural: 'count',
    other:
      '{actor}は「{text}」と応答します：ポート{sport}からポート{dport}へ（シーケンス番号{seq}、確認応答番号{ack}、{count}バイト）。',
  },
  'exp.data': {
    plural: 'count',
    other:
      '{actor}は{file}の{count}バイトを送ります：ポート{sport}からポート{dport}へ（シーケンス番号{seq}、確認応答番号{ack}）。',
  },
  'exp.payload': {
    plural: 'count',
    other:
      '{actor}は{count}バイトを送ります：ポート{sport}からポート{dport}へ（シーケンス番号{seq}、確認応答番号{ack}）。',
  },
  'exp.fin':
    '{actor}はもう送るデータがないので、自分の側を閉じます：ポート{sport}からポート{dport}への{flags}（シーケンス番号{seq}、確認応答番号{ack}）。',
  'exp.ack.handshake':
    '{actor}は3ウェイハンドシェイクを完了します：ポート{sport}からポート{dport}への{flags}（シーケンス番号{seq}、確認応答番号{ack}）。',
  'exp.ack.fin':
    '{actor}は{peer}のFINに確認応答します：ポート{sport}からポート{dport}への{flags}（シーケンス番号{seq}、確認応答番号{ack}）。',
  'exp.ack.data':
    '{actor}は{peer}のバイトを{last}番まで受け取ったことを確認します：ポート{sport}からポート{dport}への{flags}（シーケンス番号{seq}、確認応答番号{ack}）。',
  'exp.ack.other':
    '{actor}は新たに何も確認しない確認応答を送ります：ポート{sport}からポート{dport}への{flags}（シーケンス番号{seq}、確認応答番号{ack}）。',
  'exp.udp': {
    plural: 'count',
    other: '{actor}はUDPデータグラムを送ります：ポート{sport}からポート{dport}へ（{count}バイト）。',
  },
  'exp.icmp': '{actor}はICMPメッセージを送ります：{icmp}。',
  'exp.ip': '{actor}はIPパケットを送ります（{protocol}）。',
  'exp.lost.tcp': {
    plural: 'count',
    other:
      '{actor}はポート{sport}からポート{dport}へ{flags}を送ります（{count}バイト）が、{from}と{to}の間で失われるため、キャプチャには記録されません。',
  },
  'exp.lost.other':
    '{actor}は{peer}にパケットを送りますが、{from}と{to}の間で失われるため、キャプチャには記録されません。',
  'exp.extra.fin': '同じセグメントがFINも運んでいます。{actor}にはもう送るデータがありません。',
  'exp.extra.ack-fin': '同じセグメントで{peer}のFINにも確認応答しています。',
  'exp.extra.retransmission':
    'これは再送です。{actor}は確認応答がないまま{seconds}秒たったので、もう一度送ります。',
  'exp.extra.retransmission.unseen':
    'これは再送です。最初に送ったものに時間内に確認応答が返ってきませんでした。',
  'exp.extra.nat.src': '途中で{actor}が送信元アドレスを{before}から{after}に書き換えます。',
  'exp.extra.nat.dst': '途中で{actor}が宛先アドレスを{before}から{after}に書き換えます。',
  'exp.extra.nat.payload': '途中で{actor}がメッセージの中のアドレスを{before}から{after}に書き換えます。',
  'exp.extra.lost': 'パケットは{from}と{to}の間で失われます。',
  'exp.fw.drop':
    '{owner}のファイアウォールは、ポート{sport}からポート{dport}への{flags}を破棄します（ルール：{rule}）。',
  'exp.fw.reject':
    '{owner}のファイアウォールは、ポート{sport}からポート{dport}への{flags}を拒否し、送信元にそれを知らせます（ルール：{rule}）。',
  'exp.fw.allow':
    '{owner}のファイアウォールは、ポート{sport}からポート{dport}への{flags}を通すようになりました（ルール：{rule}）。',
  'exp.fw.change': '{owner}のファイアウォールに新しい設定が入ります（ルール：{rule}）。',
  'exp.action.start.active': {
    plural: 'count',
    other:
      'ユーザーが{actor}でFTPクライアントを起動し、アクティブモードで{count}個のファイルをダウンロードします。',
  },
  'exp.action.start.passive': {
    plural: 'count',
    other:
      'ユーザーが{actor}でFTPクライアントを起動し、パッシブモードで{count}個のファイルをダウンロードします。',
  },
  'exp.action.file-received': {
    plural: 'count',
    other: '{actor}のFTPクライアントは{file}をすべて受け取りました：{count}バイト。',
  },
  'exp.action.transfer-failed': '{actor}のFTPクライアントは{file}をあきらめます。',
  'exp.action.firewall': 'ユーザーが{actor}のファイアウォールの設定を変えます。',
  'exp.action.allow-ftp-data':
    'ユーザーが{actor}のファイアウォールの設定を変えます。これで、FTPデータの送信元であるポート{port}からのコネクションを受け入れるようになります。',
  'exp.action.other': '{actor}で：{action}。',

  'note.login':
    'ステップ{step}ではログインを1つの動作として説明していますが、実際にはPCは{count}個のコマンド（{commands}）を1つずつ送り、それぞれの応答を待ちます。',
  'note.greeting':
    '制御コネクションが開くとすぐ、ログインの前にサーバーがPCにあいさつ（応答220）を送ります。原案ではこのあいさつを省いています。',
  'note.reply-flags':
    'サーバーの応答はテキストを含むので、PSH,ACKセグメントとして送られます。原案では（ACK）とだけ示しています。',
  'note.fin-early':
    'サーバーは各ファイルの最後のバイトのすぐ後にFINを送るので、PCがファイルに確認応答する時点でFINはすでに送られています。ステップは原案の順序（確認応答、次にFIN）のままです。これは原因と結果の順序であり、パケットが送り出される順序ではありません。',
  'note.control-close':
    '制御コネクションはセッションの間ずっと開いています。最後のファイルの後、PCがQUITを送り、サーバーが221と応答し、双方がFINとACKでコネクションを閉じます。原案はこれに触れていません。これらのパケットは最後のステップの間に流れます。',
  'note.next-file.active':
    '2つ目以降のファイルの前に、PCは制御コネクションでもう一度PORTとRETRを送ります。原案ではこれを省いています。これらのパケットは、サーバーが次のデータコネクションを開くステップの間に流れます。',
  'note.next-file.passive':
    '2つ目以降のファイルの前に、PCはもう一度PASVを送り、データコネクションが開いたらRETRを送ります。原案ではこれを省いています。これらのパケットは、そのファイルのステップの間に流れます。',
  'note.transfer-replies':
    '制御コネクションでは、サーバーが転送ごとに開始を知らせ（150）、完了を報告します（226）。原案ではこれらの応答を示していませんが、ファイルのステップの裏で流れます。',
  'note.background-acks':
    'ほかに何も運ばない確認応答（応答に対するPCのACK、コマンドに対するサーバーのACK）には専用のステップがありません。それらは、その後に続くステップの間に流れます。',
  'note.firewall-retries':
    'ファイアウォールにブロックされている間、サーバーはSYNを{count}回送り、試みの間に{waits}の間隔を置きます。原案では1回の試みだけを示しています。',
  'note.firewall-actor':
    'ファイアウォールはPC上のソフトウェアなので、原案ではファイアウォールのステップをPC自身の動作として説明しています。エキスパートレベルでは、ファイアウォールを動作の主体として示します。',
  'note.active-port20':
    'アクティブモードでは、サーバーは自分のポート20から、PCがPORTコマンドで指定したポートへ各データコネクションを開きます。つまり要求は外からPCに届きます。PCのファイアウォールが止めるのはこの要求です。',
  'note.passive-outgoing':
    'パッシブモードでは、PCがサーバーの指定するポートへ、すべてのコネクションを自分から開きます。そのため、PCのファイアウォールはそれらをすべて外へ通します。',
  'note.loss': {
    plural: 'count',
    other:
      '途中で{count}個のパケットが失われました。TCPは少し待ってからその内容を再送しました。再送を示すステップでは、そのことを説明しています。',
  },
  'note.shared-packet':
    'ステップ{first}と{second}は同じパケットを示しています。{actor}は1つのセグメント（{flags}）で両方を行います。',

  // SCP and SFTP: one SSH connection, encrypted from NEWKEYS on.
  'title.sftp.upload': {
    plural: 'count',
    other: 'SSH上のSFTPで{count}個のファイルをアップロード',
  },
  'title.sftp.download': {
    plural: 'count',
    other: 'SSH上のSFTPで{count}個のファイルをダウンロード',
  },
  'title.scp.upload': {
    plural: 'count',
    other: 'SSH上のscpで{count}個のファイルをアップロード',
  },
  'title.scp.download': {
    plural: 'count',
    other: 'SSH上のscpで{count}個のファイルをダウンロード',
  },
  'ssh.std.intro.upload': {
    plural: 'count',
    other:
      '{actor}は{program}で{count}個のファイルを{peer}へ送ろうとしています。すべて1本のSSHコネクションの中で行われます。',
  },
  'ssh.std.intro.download': {
    plural: 'count',
    other:
      '{actor}は{program}で{peer}から{count}個のファイルを取ってこようとしています。すべて1本のSSHコネクションの中で行われます。',
  },
  'ssh.std.encrypted':
    '{actor}のSSHプログラムは、{peer}へ送るものをすべて暗号化します：パスワードも、コマンドも、ファイルそのものも。',
  'ssh.std.decrypts':
    '{actor}のSSHプログラム（sshd、ポート22で待機）は、届いたものを{peer}と同じ鍵で読めるデータに戻します。',
  'ssh.std.left-out':
    'ここから先は、送る前に暗号化し、受け取った後に復号することを繰り返し説明しません。すべてのSSHパケットで同じことが起きています。',
  'ssh.std.login':
    'まず{actor}と{peer}はSSHのバージョンを伝え合い、鍵について合意します（KEXINIT、ECDHによる鍵交換、NEWKEYS）。NEWKEYSより後はすべて暗号化され、そこで初めて{actor}はユーザー名とパスワードを送ります。',
  'ssh.std.login-ok': '{actor}はパスワードを確認し、{peer}のログインを認めます（USERAUTH_SUCCESS）。',
  'ssh.std.session.sftp':
    '{actor}は{peer}上で作業できるようになりました。セッションチャネルを開き、SFTPサブシステムを起動して、最初のSFTP要求を送ります。',
  'ssh.std.session.scp':
    '{actor}は{peer}上で作業できるようになりました。セッションチャネルを開き、{peer}にコマンド「{command}」の実行を頼みます。',
  'ssh.std.answers.sftp':
    '{actor}はチャネルを確認し、自分のSFTPサーバーを起動して、要求の一つひとつに答えます（VERSION、次にホームディレクトリ）。',
  'ssh.std.answers.scp-sink':
    '{actor}はチャネルを確認して「{command}」を起動します。このプログラムはゼロバイトを1つ送って、受け取る準備ができたことを知らせます。',
  'ssh.std.answers.scp-source': '{actor}はチャネルを確認して「{command}」を起動します。',
  'ssh.std.put.sftp':
    '{actor}は{file}を送ります。書き込み用にファイルを開き（OPEN）、中身のバイトをWRITE要求で送り、閉じます（CLOSE）。',
  'ssh.std.put.scp':
    '{actor}は{file}を送ります。まず権限・サイズ・名前を書いた1行（C0644 …）、次にバイト列、最後にゼロバイトです。',
  'ssh.std.stored.sftp':
    '{actor}は{file}を受け取りました。要求ごとにSTATUS OKで答え、その応答がバイトの確認応答も運びます。',
  'ssh.std.stored.scp':
    '{actor}は{file}を受け取りました。scpは1行目とバイト列にそれぞれゼロバイトで答え、その応答が確認応答も運びます。',
  'ssh.std.fetch.sftp':
    '{actor}は{file}を求めます。ファイルを調べ（LSTAT、STAT）、開き（OPEN）、最後まで読み（READ）、閉じます（CLOSE）。',
  'ssh.std.fetch.scp':
    '{actor}は{file}の1行目とバイト列にそれぞれゼロバイトで答えます。ファイルが届きました。',
  'ssh.std.get.sftp': '{actor}は{file}をDATA応答で送り、{peer}からのほかの要求にも答えます。',
  'ssh.std.get.scp':
    '{actor}は{file}を送ります。権限・サイズ・名前を書いた1行（C0644 …）、次にバイト列とゼロバイトです。',
  'ssh.ele.intro.upload': {
    plural: 'count',
    other:
      '{actor}は{count}個のファイルを{peer}に置きたいと思っています。SSHの中にしっかり閉じ込めて送ります。',
  },
  'ssh.ele.intro.download': {
    plural: 'count',
    other:
      '{actor}は{peer}から{count}個のファイルを取ってきたいと思っています。SSHの中にしっかり閉じ込めて運びます。',
  },
  'ssh.ele.connect': '{actor}と{peer}がつながります。',
  'ssh.ele.login':
    '{actor}と{peer}は秘密の鍵を決めます。それから{actor}は名前とパスワードを伝えますが、ほかの人には読めません。',
  'ssh.ele.login-ok': '{actor}は{peer}を中に入れます。',
  'ssh.ele.session': '{actor}はやりたいことを伝え、{peer}は準備をします。',
  'ssh.ele.file': '{actor}が{file}を送り、{peer}は受け取ったと伝えます。',
  'ssh.ele.done': '{actor}があいさつをして、接続が終わります。',
  'ssh.exp.version':
    '{actor}は自分のSSHバージョン「{text}」を平文で知らせます：ポート{sport}からポート{dport}への{flags}（シーケンス番号{seq}、確認応答番号{ack}、長さ{count}）。',
  'ssh.exp.clear':
    '{actor}はSSHメッセージ{text}をまだ暗号化せずに送ります：ポート{sport}からポート{dport}への{flags}（シーケンス番号{seq}、確認応答番号{ack}、長さ{count}）。',
  'ssh.exp.clear-then-sealed':
    '{actor}は{text}を平文で送り、続けて暗号化されたSSHパケットを送ります。中身は両端だけが知っているもの：「{inner}」。ポート{sport}からポート{dport}への{flags}（シーケンス番号{seq}、確認応答番号{ack}、長さ{count}）。',
  'ssh.exp.sealed':
    '{actor}は暗号化されたSSHパケットを送ります。中身は両端だけが知っているもの：「{inner}」。ポート{sport}からポート{dport}への{flags}（シーケンス番号{seq}、確認応答番号{ack}、長さ{count}）。',
  'ssh.exp.more':
    '{actor}は同じSSH書き込みの続きを送ります：ポート{sport}からポート{dport}への{flags}（シーケンス番号{seq}、確認応答番号{ack}、長さ{count}）。',
  'ssh.exp.action.start.upload': '{actor}で、ユーザーがアップロードのために{program}を起動します。',
  'ssh.exp.action.start.download': '{actor}で、ユーザーがダウンロードのために{program}を起動します。',
  'ssh.exp.action.logged-in': '{actor}のSSHクライアントが{user}としてログインしました。',
  'ssh.exp.action.sent': '{actor}の{program}は、{file}がすべて届いたことを知ります。',
  'ssh.exp.action.stored': '{actor}は{file}をディスクに書き込みました。',
  'ssh.exp.action.received': '{actor}は{file}を受け取り、保存しました。',
  'ssh.exp.action.failed': '{actor}の{program}は{file}をあきらめます。',
  'ssh.note.key-exchange':
    '原案はコネクションからいきなりパスワードへ進みます。実際には、両者はまずバージョン行を交換し、鍵交換（KEXINIT、ECDH、NEWKEYS）を行います。ステップ{step}はこれらのパケットをパスワードと一緒に示し、エキスパートレベルでは一つずつ説明します。',
  'ssh.note.clear-part':
    '原案ではすべてが暗号化されるとしています。しかしバージョン行と鍵交換は平文で流れます。鍵はまだ存在しないので、そうするしかありません。NEWKEYSより後（ログイン、コマンド、ファイル）はすべて暗号化され、盗聴者に見えるのはパケットの大きさとタイミングだけです。',
  'ssh.note.none-probe':
    'OpenSSHは最初に「none」という方式でログインを試みます。サーバーが受け付ける方式を答え、その後で初めてパスワードが送られます。',
  'ssh.note.answer-flags':
    '原案では、受け手はファイルに対して単なる（ACK）で答えます。実際の受け手はSSHメッセージ（SFTP STATUS、またはscpのゼロバイト）で答え、確認応答はそれに乗って届きます。そのためステップ{step}はPSH,ACKになります。',
  'ssh.note.session-end':
    'ステップ{step}の前に、PCはSSHの中でセッションを終え（CHANNEL_EOF、CHANNEL_CLOSE、DISCONNECT）、サーバーは実行したプログラムの終了ステータスを知らせます。原案はこれを省いており、これらのパケットは背景で流れます。',
  'ssh.note.scp-legacy':
    'ここでのscpは従来のscpプロトコルを使います（scp -O。サーバーはscp -tまたはscp -fを実行します）。OpenSSH 9.0以降のscpは、特に指定しなければ内部でSFTPを使います。',

  'icmp.echo-request': 'エコー要求',
  'icmp.echo-reply': 'エコー応答',
  'icmp.source-quench': '送信元抑制',
  'icmp.redirect': 'リダイレクト',
  'icmp.router-advertisement': 'ルーター広告',
  'icmp.router-solicitation': 'ルーター要請',
  'icmp.parameter-problem': 'パラメーター異常',
  'icmp.timestamp-request': 'タイムスタンプ要求',
  'icmp.timestamp-reply': 'タイムスタンプ応答',
  'icmp.packet-too-big': 'パケット過大',
  'icmp.mld-query': 'マルチキャストリスナー照会',
  'icmp.mld-report': 'マルチキャストリスナー報告',
  'icmp.mld-done': 'マルチキャストリスナー終了',
  'icmp.mld-report-v2': 'マルチキャストリスナー報告（バージョン 2）',
  'icmp.neighbor-solicitation': '近隣要請',
  'icmp.neighbor-advertisement': '近隣広告',
  'icmp.unreachable': '宛先到達不能（コード {code}）',
  'icmp.unreachable.net': '宛先到達不能（ネットワーク到達不能）',
  'icmp.unreachable.host': '宛先到達不能（ホスト到達不能）',
  'icmp.unreachable.protocol': '宛先到達不能（プロトコル到達不能）',
  'icmp.unreachable.port': '宛先到達不能（ポート到達不能）',
  'icmp.unreachable.fragmentation': '宛先到達不能（フラグメント化が必要）',
  'icmp.unreachable.source-route': '宛先到達不能（ソースルート失敗）',
  'icmp.unreachable.net-unknown': '宛先到達不能（宛先ネットワーク不明）',
  'icmp.unreachable.host-unknown': '宛先到達不能（宛先ホスト不明）',
  'icmp.unreachable.net-prohibited': '宛先到達不能（ネットワークは管理上禁止）',
  'icmp.unreachable.host-prohibited': '宛先到達不能（ホストは管理上禁止）',
  'icmp.unreachable.admin': '宛先到達不能（通信は管理上禁止）',
  'icmp.unreachable.no-route': '宛先到達不能（宛先への経路なし）',
  'icmp.unreachable.beyond-scope': '宛先到達不能（送信元アドレスのスコープ外）',
  'icmp.unreachable.source-policy': '宛先到達不能（送信元アドレスがポリシーで拒否）',
  'icmp.unreachable.reject-route': '宛先到達不能（宛先への経路が拒否）',
  'icmp.time-exceeded': '時間超過（コード {code}）',
  'icmp.time-exceeded.ttl': '時間超過（転送中に TTL 超過）',
  'icmp.time-exceeded.hop-limit': '時間超過（転送中にホップリミット超過）',
  'icmp.time-exceeded.reassembly': '時間超過（フラグメント再構築時間超過）',
  'icmp.unknown.v4': 'ICMP タイプ {type}、コード {code}',
  'icmp.unknown.v6': 'ICMPv6 タイプ {type}、コード {code}',
};
