<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
  <context>
    <name>app</name>
    <message>
      <source>Opening the household…</source>
      <translation>家族のデータを開いています…</translation>
    </message>
    <message>
      <source>familycare hit a problem</source>
      <translation>familycare で問題が起きました</translation>
    </message>
    <message>
      <source>Something unexpected happened. Your saved data is safe. A report without personal secrets was written to:
{report}</source>
      <translation>思いがけない問題が起きました。保存済みのデータは無事です。個人の秘密を含まない報告をここに書きました:
{report}</translation>
    </message>
    <message>
      <source>Household not opened</source>
      <translation>世帯を開けませんでした</translation>
    </message>
  </context>
  <context>
    <name>audit</name>
    <message>
      <source>Member</source>
      <translation>家族</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>カード</translation>
    </message>
    <message>
      <source>PIN</source>
      <translation>暗証番号</translation>
    </message>
    <message>
      <source>Insurance</source>
      <translation>保険</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>書類</translation>
    </message>
    <message>
      <source>Lost card</source>
      <translation>カードの紛失</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>メモ</translation>
    </message>
    <message>
      <source>Visit</source>
      <translation>受診</translation>
    </message>
    <message>
      <source>Proxy permission</source>
      <translation>代理の許可</translation>
    </message>
    <message>
      <source>Acting for the member</source>
      <translation>代理での手続き</translation>
    </message>
    <message>
      <source>Clinic or pharmacy</source>
      <translation>医療機関・薬局</translation>
    </message>
    <message>
      <source>Setting</source>
      <translation>設定</translation>
    </message>
    <message>
      <source>To-do</source>
      <translation>やること</translation>
    </message>
    <message>
      <source>Family role</source>
      <translation>家族の担当</translation>
    </message>
    <message>
      <source>added</source>
      <translation>追加しました</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>変更しました</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>削除しました</translation>
    </message>
    <message>
      <source>reissued</source>
      <translation>再発行しました</translation>
    </message>
    <message>
      <source>ended</source>
      <translation>終了しました</translation>
    </message>
    <message>
      <source>status changed</source>
      <translation>状態を変更しました</translation>
    </message>
    <message>
      <source>wrong entry recorded</source>
      <translation>間違えた入力を記録しました</translation>
    </message>
    <message>
      <source>correct entry recorded</source>
      <translation>正しい入力を記録しました</translation>
    </message>
    <message>
      <source>reset</source>
      <translation>リセットしました</translation>
    </message>
    <message>
      <source>signing certificate revoked by an address or name change</source>
      <translation>住所・氏名の変更で署名用電子証明書が失効しました</translation>
    </message>
    <message>
      <source>moved home</source>
      <translation>引っ越しました</translation>
    </message>
    <message>
      <source>changed job</source>
      <translation>転職</translation>
    </message>
    <message>
      <source>retired</source>
      <translation>退職</translation>
    </message>
    <message>
      <source>became a dependent</source>
      <translation>扶養に入りました</translation>
    </message>
    <message>
      <source>no longer a dependent</source>
      <translation>扶養から外れました</translation>
    </message>
    <message>
      <source>late-elderly insurance confirmed</source>
      <translation>後期高齢者医療制度への加入を確認しました</translation>
    </message>
    <message>
      <source>reported lost</source>
      <translation>紛失を届けました</translation>
    </message>
    <message>
      <source>step done</source>
      <translation>手順を済ませました</translation>
    </message>
    <message>
      <source>step undone</source>
      <translation>手順を未済に戻しました</translation>
    </message>
    <message>
      <source>found again</source>
      <translation>見つかりました</translation>
    </message>
    <message>
      <source>plan updated</source>
      <translation>受診の計画を更新しました</translation>
    </message>
    <message>
      <source>visit card printed</source>
      <translation>受診カードを印刷しました</translation>
    </message>
    <message>
      <source>reviewed</source>
      <translation>確認しました</translation>
    </message>
    <message>
      <source>set</source>
      <translation>設定しました</translation>
    </message>
    <message>
      <source>done</source>
      <translation>済ませました</translation>
    </message>
    <message>
      <source>postponed</source>
      <translation>後回しにしました</translation>
    </message>
    <message>
      <source>undone</source>
      <translation>元に戻しました</translation>
    </message>
    <message>
      <source>started</source>
      <translation>始めました</translation>
    </message>
    <message>
      <source>card activated</source>
      <translation>カードを使える状態にしました</translation>
    </message>
    <message>
      <source>wrong PIN entered</source>
      <translation>暗証番号を間違えました</translation>
    </message>
    <message>
      <source>PIN accepted</source>
      <translation>暗証番号が通りました</translation>
    </message>
    <message>
      <source>PIN now locked</source>
      <translation>暗証番号がロックされました</translation>
    </message>
    <message>
      <source>one PIN attempt left</source>
      <translation>暗証番号の入力はあと1回です</translation>
    </message>
    <message>
      <source>closing</source>
      <translation>終了の手続き中です</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>取り消しました</translation>
    </message>
    <message>
      <source>left to nobody</source>
      <translation>担当なしにしました</translation>
    </message>
    <message>
      <source>assigned</source>
      <translation>担当を決めました</translation>
    </message>
    <message>
      <source>no longer assigned</source>
      <translation>担当を外しました</translation>
    </message>
  </context>
  <context>
    <name>backup</name>
    <message>
      <source>Daily copy</source>
      <translation>毎日のコピー</translation>
    </message>
    <message>
      <source>Before an update</source>
      <translation>更新の前</translation>
    </message>
    <message>
      <source>Saved on</source>
      <translation>保存日時</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>種類</translation>
    </message>
    <message>
      <source>Family members</source>
      <translation>家族の人数</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状態</translation>
    </message>
    <message>
      <source>Good</source>
      <translation>正常</translation>
    </message>
    <message>
      <source>Damaged: cannot be restored</source>
      <translation>壊れています(戻せません)</translation>
    </message>
    <message>
      <source>Restore this copy?</source>
      <translation>このコピーに戻しますか?</translation>
    </message>
    <message>
      <source>The household will go back to the copy from {when} ({count} family members). Changes made since then will not be shown.

Your current file is not deleted: it is kept in the household folder under a name with today's date.</source>
      <translation>世帯を {when} のコピー(家族 {count} 人)に戻します。それ以降に行った変更は表示されなくなります。

今のファイルは削除しません。今日の日付を付けた名前で、世帯のフォルダーに残します。</translation>
    </message>
    <message>
      <source>Restore from backup</source>
      <translation>バックアップから戻す</translation>
    </message>
    <message>
      <source>familycare keeps a copy of your household every day and before every update. Choose the copy to go back to.</source>
      <translation>familycare は毎日と、更新の前ごとに世帯のコピーを保存しています。戻したいコピーを選んでください。</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>バックアップの一覧</translation>
    </message>
    <message>
      <source>There is no backup yet.</source>
      <translation>まだバックアップはありません。</translation>
    </message>
    <message>
      <source>Restore this copy</source>
      <translation>このコピーに戻す</translation>
    </message>
    <message>
      <source>Not restored</source>
      <translation>戻せませんでした</translation>
    </message>
    <message>
      <source>The Family tab has changes that are not saved yet. Restoring the copy now discards them. Restore anyway?</source>
      <translation>「家族」タブに、まだ保存していない変更があります。いまコピーを復元すると、その変更は消えます。復元しますか?</translation>
    </message>
    <message>
      <source>This household is kept on a database server. Its backups are made there, not by familycare.</source>
      <translation>この世帯はデータベースサーバーに保存されています。バックアップは familycare ではなく、サーバー側で作られます。</translation>
    </message>
    <message>
      <source>Restored</source>
      <translation>戻しました</translation>
    </message>
    <message>
      <source>The household was restored. The file you had before is kept as:
{file}</source>
      <translation>世帯を戻しました。それまでのファイルは次の名前で残してあります:
{file}</translation>
    </message>
  </context>
  <context>
    <name>changes</name>
    <message>
      <source>The household database cannot be reached right now. Changes from other computers appear when it answers again.</source>
      <translation>いま世帯のデータベースにつながりません。つながりしだい、ほかのコンピューターでの変更が表示されます。</translation>
    </message>
  </context>
  <context>
    <name>colours</name>
    <message>
      <source>Orange</source>
      <translation>オレンジ</translation>
    </message>
    <message>
      <source>Sky blue</source>
      <translation>空色</translation>
    </message>
    <message>
      <source>Bluish green</source>
      <translation>青緑</translation>
    </message>
    <message>
      <source>Yellow</source>
      <translation>黄色</translation>
    </message>
    <message>
      <source>Blue</source>
      <translation>青</translation>
    </message>
    <message>
      <source>Vermillion</source>
      <translation>朱色</translation>
    </message>
    <message>
      <source>Reddish purple</source>
      <translation>赤紫</translation>
    </message>
    <message>
      <source>Grey</source>
      <translation>灰色</translation>
    </message>
  </context>
  <context>
    <name>conflict</name>
    <message>
      <source>(empty)</source>
      <translation>（空欄）</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <source>No</source>
      <translation>いいえ</translation>
    </message>
    <message>
      <source>Changed on another computer</source>
      <translation>別のコンピューターで変更されました</translation>
    </message>
    <message>
      <source>{what} was changed on another computer while you were editing. Nothing has been overwritten yet. Choose which version to keep.</source>
      <translation>あなたが編集している間に、{what}が別のコンピューターで変更されました。まだ何も上書きしていません。どちらの内容を残すか選んでください。</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>項目</translation>
    </message>
    <message>
      <source>Your version</source>
      <translation>あなたの内容</translation>
    </message>
    <message>
      <source>Saved on the other computer</source>
      <translation>別のコンピューターで保存された内容</translation>
    </message>
    <message>
      <source>Your version and the other computer's, field by field</source>
      <translation>項目ごとの、あなたの内容と別のコンピューターの内容</translation>
    </message>
    <message>
      <source>Your changes do not clash with theirs.</source>
      <translation>あなたの変更と別のコンピューターの変更はぶつかっていません。</translation>
    </message>
    <message>
      <source>Also changed on the other computer, and kept whatever you choose: {fields}.</source>
      <translation>別のコンピューターでは次の項目も変更されています。どちらを選んでもこの変更は残ります：{fields}。</translation>
    </message>
    <message>
      <source>&amp;Keep mine (save over theirs)</source>
      <translation>自分の内容を残す（上書き保存）(&amp;K)</translation>
    </message>
    <message>
      <source>&amp;Take theirs (discard my changes)</source>
      <translation>相手の内容にする（自分の変更は捨てる）(&amp;T)</translation>
    </message>
    <message>
      <source>Decide &amp;later</source>
      <translation>あとで決める(&amp;L)</translation>
    </message>
  </context>
  <context>
    <name>connection</name>
    <message>
      <source>The database server did not answer. Check that it is switched on and that this PC is on the same network (or VPN), then try again.</source>
      <translation>データベースのサーバーから応答がありません。サーバーの電源が入っていて、このパソコンが同じネットワーク（または VPN）につながっているか確かめてから、もう一度お試しください。</translation>
    </message>
    <message>
      <source>The server refused the user name or password. Check both and enter the password again in Settings → Shared database….</source>
      <translation>サーバーがユーザー名またはパスワードを受け付けませんでした。両方を確かめて、「設定 → 共有データベース…」でパスワードを入れ直してください。</translation>
    </message>
    <message>
      <source>No password for this database is saved on this computer. Enter it in Settings → Shared database…; it is kept only in the keyring.</source>
      <translation>このデータベースのパスワードは、このコンピューターに保存されていません。「設定 → 共有データベース…」で入力してください。パスワードはキーリングにだけ保存されます。</translation>
    </message>
    <message>
      <source>The server has no database with this name. Check the name, or ask whoever runs the server to create it.</source>
      <translation>サーバーにこの名前のデータベースがありません。名前を確かめるか、サーバーの管理者に作成を頼んでください。</translation>
    </message>
    <message>
      <source>The server does not let this user open this database. Ask whoever runs the server to give this user access.</source>
      <translation>このユーザーはこのデータベースを開く権限がありません。サーバーの管理者に権限を付けてもらってください。</translation>
    </message>
    <message>
      <source>The server accepts only encrypted (TLS) connections. Set Encryption to "Required" and try again.</source>
      <translation>このサーバーは暗号化（TLS）された接続しか受け付けません。「暗号化」を「必須」にして、もう一度お試しください。</translation>
    </message>
    <message>
      <source>This PC asked for an encrypted (TLS) connection, but the server does not offer one. Ask whoever runs the server to switch TLS on.</source>
      <translation>このパソコンは暗号化（TLS）された接続を求めましたが、サーバーが対応していません。サーバーの管理者に TLS を有効にしてもらってください。</translation>
    </message>
    <message>
      <source>The connection is encrypted, but the server's certificate could not be checked. Ask whoever runs the server for its certificate, or choose "Required" instead.</source>
      <translation>接続は暗号化されていますが、サーバーの証明書を確認できませんでした。サーバーの管理者に証明書をもらうか、「必須」を選んでください。</translation>
    </message>
    <message>
      <source>This copy of familycare cannot reach a database server: the PostgreSQL client library (libpq) is not installed. On Debian or Ubuntu install the package libpq5; on Windows or macOS install the PostgreSQL client. Then try again.</source>
      <translation>この familycare はデータベースサーバーにつなげません。PostgreSQL のクライアントライブラリ(libpq)が入っていないためです。Debian や Ubuntu ではパッケージ libpq5 を、Windows や macOS では PostgreSQL のクライアントを入れてから、もう一度お試しください。</translation>
    </message>
    <message>
      <source>This shared household was saved by a newer version of familycare. Nothing was changed. Install the newer version on this PC.</source>
      <translation>この共有の世帯は、新しいバージョンの familycare で保存されています。何も変更していません。このパソコンにも新しいバージョンを入れてください。</translation>
    </message>
    <message>
      <source>This database holds other data, not a familycare household. Nothing was changed. Choose an empty database or another one.</source>
      <translation>このデータベースには familycare の世帯ではない別のデータが入っています。何も変更していません。空のデータベースか、別のデータベースを選んでください。</translation>
    </message>
    <message>
      <source>The keyring is locked, so the database password cannot be read. Unlock your keyring and try again; the password is never kept anywhere else.</source>
      <translation>キーリングがロックされているため、データベースのパスワードを読み出せません。キーリングのロックを解除してから、もう一度お試しください。パスワードをほかの場所に保存することはありません。</translation>
    </message>
    <message>
      <source>There is no usable keyring on this computer, so the database password cannot be kept. familycare never stores it anywhere else; set up the system keyring first.</source>
      <translation>このコンピューターには使えるキーリングがないため、データベースのパスワードを保存できません。familycare はほかの場所には保存しません。先にシステムのキーリングを使えるようにしてください。</translation>
    </message>
    <message>
      <source>The database could not be opened ({detail}). Check the settings in Settings → Shared database… and try again.</source>
      <translation>データベースを開けませんでした（{detail}）。「設定 → 共有データベース…」で設定を確かめて、もう一度お試しください。</translation>
    </message>
    <message>
      <source>Please enter the server's name or address (e.g. nas.local).</source>
      <translation>サーバーの名前かアドレスを入力してください（例：nas.local）。</translation>
    </message>
    <message>
      <source>Please enter the name of the household's database.</source>
      <translation>世帯のデータベースの名前を入力してください。</translation>
    </message>
    <message>
      <source>Please enter the user name.</source>
      <translation>ユーザー名を入力してください。</translation>
    </message>
    <message>
      <source>The port must be a number from 1 to 65535.</source>
      <translation>ポートは 1 から 65535 までの数字で入力してください。</translation>
    </message>
    <message>
      <source>Connected. The database is empty: using it creates the household there.</source>
      <translation>接続できました。データベースは空です。使い始めると、そこに世帯が作られます。</translation>
    </message>
    <message>
      <source>Connected. It holds a familycare household with {members} members.</source>
      <translation>接続できました。家族 {members} 人の familycare の世帯が入っています。</translation>
    </message>
    <message>
      <source>Connected. It holds a household saved by an older familycare; using it upgrades it for every computer.</source>
      <translation>接続できました。古いバージョンの familycare で保存された世帯が入っています。使い始めると、すべてのコンピューター向けに更新されます。</translation>
    </message>
    <message>
      <source>The connection is encrypted.</source>
      <translation>接続は暗号化されています。</translation>
    </message>
    <message>
      <source>The connection is NOT encrypted: use it only on a home network you trust.</source>
      <translation>接続は暗号化されていません。信頼できる家庭内のネットワークでだけ使ってください。</translation>
    </message>
  </context>
  <context>
    <name>dashboard</name>
    <message>
      <source>Member</source>
      <translation>家族</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>年齢</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状態</translation>
    </message>
    <message>
      <source>What to do next</source>
      <translation>次にやること</translation>
    </message>
    <message>
      <source>Next deadline</source>
      <translation>次の期限</translation>
    </message>
    <message>
      <source>Next visit</source>
      <translation>次の受診</translation>
    </message>
    <message>
      <source>Family at a glance</source>
      <translation>家族の状態一覧</translation>
    </message>
    <message>
      <source>&amp;Open this member</source>
      <translation>この人を開く(&amp;O)</translation>
    </message>
    <message>
      <source>See the whole &amp;to-do list</source>
      <translation>やることをすべて見る(&amp;T)</translation>
    </message>
    <message>
      <source>No family members yet. Add them on the Family tab.</source>
      <translation>まだ家族が登録されていません。「家族」タブで追加してください。</translation>
    </message>
    <message>
      <source>Everyone is fine. Nothing to do right now.</source>
      <translation>全員問題ありません。今やることはありません。</translation>
    </message>
    <message>
      <source>Need action now: {count}</source>
      <translation>すぐ対応が必要:{count}人</translation>
    </message>
    <message>
      <source>Need attention soon: {count}</source>
      <translation>近いうちに確認:{count}人</translation>
    </message>
    <message>
      <source>  ·  </source>
      <translation>  ・  </translation>
    </message>
  </context>
  <context>
    <name>dates</name>
    <message>
      <source>Please type a date, for example 2026-12-01 or 令和8年12月1日.</source>
      <translation>日付を入力してください。例: 2026-12-01、令和8年12月1日</translation>
    </message>
    <message>
      <source>“{input}” is not a date we can read. Type it like 2026-12-01, 2026年12月1日, 昭和25年3月14日 or S25.3.14.</source>
      <translation>「{input}」は日付として読み取れません。2026-12-01、2026年12月1日、昭和25年3月14日、S25.3.14 のように入力してください。</translation>
    </message>
    <message>
      <source>“{era}” is not an era letter. Use M (明治), T (大正), S (昭和), H (平成) or R (令和).</source>
      <translation>「{era}」は元号の記号ではありません。M(明治)、T(大正)、S(昭和)、H(平成)、R(令和)のどれかを使ってください。</translation>
    </message>
    <message>
      <source>{era} has no year 0: its first year is 元年, which you can also type as 1 ({era_kanji}元年 or {era_kanji}1年).</source>
      <translation>{era_kanji}0年はありません。最初の年は元年で、1年と入力することもできます({era_kanji}元年 または {era_kanji}1年)。</translation>
    </message>
    <message>
      <source>“{input}” is not a day on the calendar. Check the month (1 to 12) and the day (February has 28 or 29 days).</source>
      <translation>「{input}」という日はカレンダーにありません。月(1〜12)と日(2月は28日か29日まで)を確かめてください。</translation>
    </message>
    <message>
      <source>{era} ended on {last_day} ({last_day_wareki}); from {next_first_day} use {next_era} ({next_first_day_wareki}).</source>
      <translation>{era_kanji}は{last_day_wareki}({last_day})で終わりました。{next_first_day}からは{next_era_kanji}({next_first_day_wareki})を使ってください。</translation>
    </message>
    <message>
      <source>{era} began on {first_day} ({first_day_wareki}); for earlier days use {previous_era} (up to {previous_last_day_wareki}).</source>
      <translation>{era_kanji}は{first_day_wareki}({first_day})に始まりました。それより前の日は{previous_era_kanji}({previous_last_day_wareki}まで)で入力してください。</translation>
    </message>
    <message>
      <source>Era dates start on {first_day} ({first_day_wareki}). For earlier days, type the Western date, for example 1867-12-31.</source>
      <translation>元号で入力できるのは{first_day_wareki}({first_day})からです。それより前の日は西暦で入力してください(例: 1867-12-31)。</translation>
    </message>
    <message>
      <source>The era year in brackets does not match the date: {day} is {day_wareki}.</source>
      <translation>かっこ内の元号の年が日付と合っていません。{day}は{day_wareki}です。</translation>
    </message>
    <message>
      <source>The municipal office is closed on Saturdays and Sundays.</source>
      <translation>市区町村の窓口は土曜日と日曜日はお休みです。</translation>
    </message>
    <message>
      <source>The municipal office is closed on public holidays.</source>
      <translation>市区町村の窓口は祝日はお休みです。</translation>
    </message>
    <message>
      <source>The municipal office is closed for the New Year holidays (29 December to 3 January).</source>
      <translation>市区町村の窓口は年末年始(12月29日〜1月3日)はお休みです。</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Something went wrong and the change was not saved. Please try again.</source>
      <translation>うまくいかず、変更は保存されませんでした。もう一度お試しください。</translation>
    </message>
  </context>
  <context>
    <name>facilities</name>
    <message>
      <source>available</source>
      <translation>あり</translation>
    </message>
    <message>
      <source>not available</source>
      <translation>なし</translation>
    </message>
    <message>
      <source>not known</source>
      <translation>不明</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名前</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>種類</translation>
    </message>
    <message>
      <source>Online eligibility check</source>
      <translation>オンライン資格確認</translation>
    </message>
    <message>
      <source>Face-recognition card reader</source>
      <translation>顔認証付きカードリーダー</translation>
    </message>
    <message>
      <source>Smartphone reader</source>
      <translation>スマホ読み取り</translation>
    </message>
    <message>
      <source>Clinics and pharmacies</source>
      <translation>医療機関・薬局</translation>
    </message>
    <message>
      <source>Saved clinics and pharmacies</source>
      <translation>登録済みの医療機関・薬局</translation>
    </message>
    <message>
      <source>Choose "not known" if you are not sure: the visit plan then prepares for the worse case.</source>
      <translation>わからないときは「不明」を選んでください。受診の計画は、うまくいかない場合に備えた内容になります。</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>名前(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Kind</source>
      <translation>種類(&amp;K)</translation>
    </message>
    <message>
      <source>&amp;Online eligibility check</source>
      <translation>オンライン資格確認(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Face-recognition card reader</source>
      <translation>顔認証付きカードリーダー(&amp;F)</translation>
    </message>
    <message>
      <source>Sm&amp;artphone reader</source>
      <translation>スマホ読み取り(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Memo</source>
      <translation>メモ(&amp;M)</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>新規(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation>削除(&amp;D)…</translation>
    </message>
    <message>
      <source>New clinic or pharmacy</source>
      <translation>新しい医療機関・薬局</translation>
    </message>
    <message>
      <source>{name} saved.</source>
      <translation>{name}を保存しました。</translation>
    </message>
    <message>
      <source>Delete {name}? Saved visits there keep their date but no longer show the clinic or pharmacy.</source>
      <translation>{name}を削除しますか?保存済みの受診予定は日付が残りますが、医療機関・薬局は表示されなくなります。</translation>
    </message>
    <message>
      <source>Delete clinic or pharmacy</source>
      <translation>医療機関・薬局の削除</translation>
    </message>
    <message>
      <source>{name} deleted.</source>
      <translation>{name}を削除しました。</translation>
    </message>
  </context>
  <context>
    <name>first_start</name>
    <message>
      <source>Welcome to familycare</source>
      <translation>familycare へようこそ</translation>
    </message>
    <message>
      <source>Two choices before you start. You can change both later under Settings.</source>
      <translation>始める前に2つだけ選んでください。どちらも後から「設定」で変えられます。</translation>
    </message>
    <message>
      <source>Language / 言語</source>
      <translation>言語 / Language</translation>
    </message>
    <message>
      <source>Text size</source>
      <translation>文字の大きさ</translation>
    </message>
    <message>
      <source>Normal (100 %)</source>
      <translation>標準(100 %)</translation>
    </message>
    <message>
      <source>Large (150 %)</source>
      <translation>大きい(150 %)</translation>
    </message>
    <message>
      <source>Very large (200 %)</source>
      <translation>とても大きい(200 %)</translation>
    </message>
  </context>
  <context>
    <name>history</name>
    <message>
      <source>{entity}: {action}</source>
      <translation>{entity}:{action}</translation>
    </message>
    <message>
      <source>When</source>
      <translation>日時</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>操作した人</translation>
    </message>
    <message>
      <source>What</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>詳細</translation>
    </message>
    <message>
      <source>(name not set)</source>
      <translation>(名前の設定なし)</translation>
    </message>
    <message>
      <source>Change history</source>
      <translation>変更の履歴</translation>
    </message>
    <message>
      <source>Every saved change for this member, newest first.</source>
      <translation>この方について保存した変更を、新しい順にすべて表示します。</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状態</translation>
    </message>
    <message>
      <source>Lost outside the home</source>
      <translation>家の外でなくした</translation>
    </message>
    <message>
      <source>Agent</source>
      <translation>代理人</translation>
    </message>
    <message>
      <source>Scopes</source>
      <translation>範囲</translation>
    </message>
    <message>
      <source>Moved on</source>
      <translation>引っ越した日</translation>
    </message>
    <message>
      <source>Found on</source>
      <translation>見つかった日</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>家族</translation>
    </message>
    <message>
      <source>in hand</source>
      <translation>手元にある</translation>
    </message>
    <message>
      <source>applied for</source>
      <translation>申請中</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <source>no</source>
      <translation>いいえ</translation>
    </message>
    <message>
      <source>no current card</source>
      <translation>今のカードなし</translation>
    </message>
    <message>
      <source>no change</source>
      <translation>変更なし</translation>
    </message>
    <message>
      <source>dependent</source>
      <translation>扶養</translation>
    </message>
    <message>
      <source>{pin}: {count} of {limit} wrong entries</source>
      <translation>{pin}:{limit}回中{count}回まちがえた</translation>
    </message>
    <message>
      <source>{step}: {date}</source>
      <translation>{step}:{date}</translation>
    </message>
    <message>
      <source>{kind}; the previous card ended</source>
      <translation>{kind}(前のカードは終了)</translation>
    </message>
    <message>
      <source>from {since}</source>
      <translation>{since}から</translation>
    </message>
    <message>
      <source>{since} to {until}</source>
      <translation>{since}から{until}まで</translation>
    </message>
    <message>
      <source>{key}: {value}</source>
      <translation>{key}:{value}</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>{role}: {before} → {after}</source>
      <translation>{role}:{before} → {after}</translation>
    </message>
    <message>
      <source>to-do item of {date}</source>
      <translation>{date}のやること</translation>
    </message>
    <message>
      <source>to-do item</source>
      <translation>やること</translation>
    </message>
    <message>
      <source>{item} → {name}</source>
      <translation>{item} → {name}</translation>
    </message>
  </context>
  <context>
    <name>keyboard</name>
    <message>
      <source>Go to the Home tab</source>
      <translation>「ホーム」タブを開きます</translation>
    </message>
    <message>
      <source>Go to the Family tab</source>
      <translation>「家族」タブを開きます</translation>
    </message>
    <message>
      <source>Go to the To-do tab</source>
      <translation>「やること」タブを開きます</translation>
    </message>
    <message>
      <source>Go to the Visits tab</source>
      <translation>「受診」タブを開きます</translation>
    </message>
    <message>
      <source>Go to the Proxies tab</source>
      <translation>「代理人」タブを開きます</translation>
    </message>
    <message>
      <source>Go to the Timeline tab</source>
      <translation>「タイムライン」タブを開きます</translation>
    </message>
    <message>
      <source>New member (on the Family tab)</source>
      <translation>家族を追加します(「家族」タブで)</translation>
    </message>
    <message>
      <source>Save the member's details (on the Family tab)</source>
      <translation>家族の基本情報を保存します(「家族」タブで)</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts…</source>
      <translation>キーボード操作(&amp;K)…</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>キーボード操作</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>キー</translation>
    </message>
    <message>
      <source>What it does</source>
      <translation>できること</translation>
    </message>
    <message>
      <source>Everywhere else: Tab and Shift+Tab move between fields, Space or Enter presses the chosen button, and Alt with the underlined letter of a label or button goes straight to it.</source>
      <translation>ほかの画面でも使えます: Tab と Shift+Tab で入力欄を移動します。Space か Enter で選んでいるボタンを押します。Alt と、項目名やボタンの下線の付いた文字を押すと、その場所へすぐ移動します。</translation>
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>Family</source>
      <translation>家族</translation>
    </message>
    <message>
      <source>Visits</source>
      <translation>受診</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>タイムライン</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;New household…</source>
      <translation>新しい世帯(&amp;N)…</translation>
    </message>
    <message>
      <source>&amp;Open household…</source>
      <translation>世帯を開く(&amp;O)…</translation>
    </message>
    <message>
      <source>&amp;Recent households</source>
      <translation>最近の世帯(&amp;R)</translation>
    </message>
    <message>
      <source>Restore from &amp;backup…</source>
      <translation>バックアップから戻す(&amp;B)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>終了(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Settings</source>
      <translation>設定(&amp;S)</translation>
    </message>
    <message>
      <source>Your &amp;name…</source>
      <translation>あなたの名前(&amp;N)…</translation>
    </message>
    <message>
      <source>&amp;Rules and sources…</source>
      <translation>ルールと出典(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Clinics and pharmacies…</source>
      <translation>医療機関・薬局(&amp;C)…</translation>
    </message>
    <message>
      <source>Shared &amp;database…</source>
      <translation>共有データベース(&amp;D)…</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>言語(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Text size</source>
      <translation>文字の大きさ(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Normal (100 %)</source>
      <translation>標準(100 %)(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Large (150 %)</source>
      <translation>大きい(150 %)(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Very large (200 %)</source>
      <translation>とても大きい(200 %)(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
      <source>Where are the &amp;logs?</source>
      <translation>ログの場所(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;About familycare</source>
      <translation>familycare について(&amp;A)</translation>
    </message>
    <message>
      <source>familycare — {household}</source>
      <translation>familycare — {household}</translation>
    </message>
    <message>
      <source>Choose an empty folder for the new household</source>
      <translation>新しい世帯のための空のフォルダーを選んでください</translation>
    </message>
    <message>
      <source>Choose the folder of a household</source>
      <translation>世帯のフォルダーを選んでください</translation>
    </message>
    <message>
      <source>Household already there</source>
      <translation>すでに世帯があります</translation>
    </message>
    <message>
      <source>This folder already holds a household. It will be opened.</source>
      <translation>このフォルダーにはすでに世帯があります。その世帯を開きます。</translation>
    </message>
    <message>
      <source>No household here</source>
      <translation>ここには世帯がありません</translation>
    </message>
    <message>
      <source>This folder holds no household yet. Start a new one here?</source>
      <translation>このフォルダーにはまだ世帯がありません。ここで新しく始めますか?</translation>
    </message>
    <message>
      <source>The Family tab has changes that are not saved yet. Opening another household now discards them. Open it anyway?</source>
      <translation>「家族」タブに、まだ保存していない変更があります。いま別の世帯を開くと、その変更は消えます。開きますか?</translation>
    </message>
    <message>
      <source>Household not opened</source>
      <translation>世帯を開けませんでした</translation>
    </message>
    <message>
      <source>Back up to a &amp;file for a new PC…</source>
      <translation>新しいパソコン用にファイルへバックアップ(&amp;F)…</translation>
    </message>
    <message>
      <source>Restore from a backup fi&amp;le…</source>
      <translation>バックアップファイルから復元(&amp;L)…</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Import from JSON…</source>
      <translation>JSON から取り込む(&amp;I)…</translation>
    </message>
    <message>
      <source>Home</source>
      <translation>ホーム</translation>
    </message>
    <message>
      <source>To-do</source>
      <translation>やること</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>あなたの名前</translation>
    </message>
    <message>
      <source>Your name is written next to every change you make:</source>
      <translation>あなたが行った変更には、この名前が記録されます:</translation>
    </message>
    <message>
      <source>Changes not saved</source>
      <translation>保存していない変更があります</translation>
    </message>
    <message>
      <source>The Family tab has changes that are not saved yet. Changing the language or text size now discards them. Change anyway?</source>
      <translation>「家族」タブに、まだ保存していない変更があります。いま言語や文字の大きさを変えると、その変更は消えます。変えますか?</translation>
    </message>
    <message>
      <source>Logs</source>
      <translation>ログ</translation>
    </message>
    <message>
      <source>The log and any crash reports are in:
{folder}

They never contain PINs, My Numbers or note texts.</source>
      <translation>ログと問題の報告はここにあります:
{folder}

暗証番号、マイナンバー、メモの本文は含まれません。</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>フォルダーを開く</translation>
    </message>
    <message>
      <source>About familycare</source>
      <translation>familycare について</translation>
    </message>
    <message>
      <source>familycare {version}
Helps you look after the My Number insurance cards of your whole family.</source>
      <translation>familycare {version}
家族みんなのマイナ保険証の管理を手伝います。</translation>
    </message>
    <message>
      <source>Proxies</source>
      <translation>代理人</translation>
    </message>
  </context>
  <context>
    <name>member_form</name>
    <message>
      <source>e.g. 1950-03-14 or S25.3.14</source>
      <translation>例: 1950-03-14 または S25.3.14</translation>
    </message>
    <message>
      <source>Not for secrets: no PINs, no My Number.</source>
      <translation>秘密は書かないでください(暗証番号やマイナンバーは不可)。</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名前</translation>
    </message>
    <message>
      <source>Kana reading</source>
      <translation>ふりがな</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>生年月日</translation>
    </message>
    <message>
      <source>Relationship</source>
      <translation>続柄</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>色</translation>
    </message>
    <message>
      <source>Memo</source>
      <translation>メモ</translation>
    </message>
  </context>
  <context>
    <name>member_ui</name>
    <message>
      <source>No card</source>
      <translation>カードなし</translation>
    </message>
    <message>
      <source>Renewed while less than three months were left</source>
      <translation>残り3か月を切ってから更新しました</translation>
    </message>
    <message>
      <source>Registered for use as the insurance card</source>
      <translation>健康保険証として利用登録しています</translation>
    </message>
    <message>
      <source>Set up on a smartphone as the insurance card</source>
      <translation>スマートフォンに保険証として登録しています</translation>
    </message>
    <message>
      <source>Kind of card</source>
      <translation>カードの種類</translation>
    </message>
    <message>
      <source>Where the card is</source>
      <translation>カードの状態</translation>
    </message>
    <message>
      <source>Applied on</source>
      <translation>申請日</translation>
    </message>
    <message>
      <source>Issued on</source>
      <translation>発行日</translation>
    </message>
    <message>
      <source>The day the card was made (on the card), not the day you collected it.</source>
      <translation>カードが作られた日(カードに書かれています)です。受け取った日ではありません。</translation>
    </message>
    <message>
      <source>Expiry printed on the card</source>
      <translation>カードに書かれた有効期限</translation>
    </message>
    <message>
      <source>Optional. If you enter it, this date is used.</source>
      <translation>入力は任意です。入力すると、この日付を使います。</translation>
    </message>
    <message>
      <source>Certificate issued on</source>
      <translation>電子証明書の発行日</translation>
    </message>
    <message>
      <source>The certificate is the part inside the card with its own expiry. Empty: same day as the card.</source>
      <translation>電子証明書は、カードの中にある、別の有効期限を持つ部分です。空欄ならカードと同じ日とします。</translation>
    </message>
    <message>
      <source>Certificate expiry from the notice</source>
      <translation>通知書に書かれた電子証明書の有効期限</translation>
    </message>
    <message>
      <source>Optional: the date on the expiry notice (有効期限通知書). If you enter it, it is used.</source>
      <translation>任意です。有効期限通知書に書かれた日付です。入力すると、この日付を使います。</translation>
    </message>
    <message>
      <source>Checked in マイナポータル on</source>
      <translation>マイナポータルで確認した日</translation>
    </message>
    <message>
      <source>Many people only believe they registered. Look it up in マイナポータル (Mynaportal, the government's online service) and enter the day you checked.</source>
      <translation>登録したつもりでも、実はできていないことがよくあります。マイナポータルで確かめて、確認した日を入力してください。</translation>
    </message>
    <message>
      <source>Save card</source>
      <translation>カードを保存</translation>
    </message>
    <message>
      <source>Save as a new card (reissue)…</source>
      <translation>新しいカードとして保存(再交付・更新)…</translation>
    </message>
    <message>
      <source>Earlier cards kept in the history: {count}</source>
      <translation>履歴にある以前のカード:{count}枚</translation>
    </message>
    <message>
      <source>No card is recorded.</source>
      <translation>カードが記録されていません。</translation>
    </message>
    <message>
      <source>Without a card, the qualification certificate from the insurer is the proof of insurance.</source>
      <translation>カードがない場合は、保険者から届く資格確認書が保険の証明になります。</translation>
    </message>
    <message>
      <source>Applied for on {date}. Enter the issue date when the card arrives.</source>
      <translation>{date}に申請しました。カードが届いたら発行日を入力してください。</translation>
    </message>
    <message>
      <source>Card valid until</source>
      <translation>カードの有効期限</translation>
    </message>
    <message>
      <source>Certificate valid until</source>
      <translation>電子証明書の有効期限</translation>
    </message>
    <message>
      <source>Certificate renewal (at the municipal office)</source>
      <translation>電子証明書の更新(市区町村の窓口)</translation>
    </message>
    <message>
      <source>Card renewal</source>
      <translation>カードの更新</translation>
    </message>
    <message>
      <source>possible now (since {date})</source>
      <translation>今できます({date}から)</translation>
    </message>
    <message>
      <source>possible from {date}</source>
      <translation>{date}からできます</translation>
    </message>
    <message>
      <source>Works as the insurance card until: &lt;b&gt;{date}&lt;/b&gt; (including the grace period after expiry)</source>
      <translation>保険証として使えるのは&lt;b&gt;{date}&lt;/b&gt;までです(期限切れ後の猶予期間を含みます)</translation>
    </message>
    <message>
      <source>The expiry printed on the card ({printed}) differs from the computed date ({computed}). The printed date is used; please check you typed it exactly.</source>
      <translation>カードに書かれた有効期限({printed})が、計算した日付({computed})と違います。カードの日付を使います。入力に間違いがないか確かめてください。</translation>
    </message>
    <message>
      <source>The certificate expiry from the notice ({notified}) differs from the computed date ({computed}). The notice's date is used; please check it.</source>
      <translation>通知書の電子証明書の有効期限({notified})が、計算した日付({computed})と違います。通知書の日付を使います。念のため確かめてください。</translation>
    </message>
    <message>
      <source>Not registered as the insurance card. Register it at a clinic's card reader or in マイナポータル.</source>
      <translation>健康保険証として利用登録されていません。医療機関のカードリーダーかマイナポータルで登録してください。</translation>
    </message>
    <message>
      <source>Registration not checked yet. People often only believe they registered: check it in マイナポータル.</source>
      <translation>利用登録をまだ確認していません。登録したつもりでもできていないことがよくあります。マイナポータルで確かめてください。</translation>
    </message>
    <message>
      <source>computed — please compare with the printed date</source>
      <translation>計算した日付です。カードに書かれた日付と見比べてください</translation>
    </message>
    <message>
      <source>as printed or notified</source>
      <translation>カード・通知書の日付</translation>
    </message>
    <message>
      <source>The card was saved.</source>
      <translation>カードを保存しました。</translation>
    </message>
    <message>
      <source>The card of {name}</source>
      <translation>{name}さんのカード</translation>
    </message>
    <message>
      <source>The version saved on the other computer is shown.</source>
      <translation>別のコンピューターで保存された内容を表示しています。</translation>
    </message>
    <message>
      <source>Not saved yet: your changes are still in the form.</source>
      <translation>まだ保存していません。あなたの変更は入力欄に残っています。</translation>
    </message>
    <message>
      <source>Record the details above as a new card for {name}? The current card is kept in the history, and an open lost-card case is closed.</source>
      <translation>上の内容を{name}さんの新しいカードとして記録しますか?今のカードは履歴に残り、紛失の手続き中であればそれも終わります。</translation>
    </message>
    <message>
      <source>New card</source>
      <translation>新しいカード</translation>
    </message>
    <message>
      <source>The new card was saved. The old one is in the history.</source>
      <translation>新しいカードを保存しました。前のカードは履歴にあります。</translation>
    </message>
    <message>
      <source>Record that {name} has no card any more (returned or given up)? The card stays in the history.</source>
      <translation>{name}さんはカードを持っていない(返納した・やめた)と記録しますか?カードは履歴に残ります。</translation>
    </message>
    <message>
      <source>Recorded: no card.</source>
      <translation>「カードなし」と記録しました。</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>保存できませんでした</translation>
    </message>
    <message>
      <source>Confirm and name the insurer…</source>
      <translation>確認して保険者を入力…</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>種類</translation>
    </message>
    <message>
      <source>Insurer</source>
      <translation>保険者</translation>
    </message>
    <message>
      <source>From</source>
      <translation>開始日</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>終了日</translation>
    </message>
    <message>
      <source>Dependent of</source>
      <translation>扶養者</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation>確認済み</translation>
    </message>
    <message>
      <source>Insurance periods</source>
      <translation>保険の期間</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>追加…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>編集…</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>削除…</translation>
    </message>
    <message>
      <source>Something changed? Record it in one step:</source>
      <translation>何か変わりましたか?ここからまとめて記録できます:</translation>
    </message>
    <message>
      <source>Changed job…</source>
      <translation>転職した…</translation>
    </message>
    <message>
      <source>Left work…</source>
      <translation>退職した…</translation>
    </message>
    <message>
      <source>Moved…</source>
      <translation>引っ越した…</translation>
    </message>
    <message>
      <source>Became a dependent…</source>
      <translation>扶養に入った…</translation>
    </message>
    <message>
      <source>No longer a dependent…</source>
      <translation>扶養から外れた…</translation>
    </message>
    <message>
      <source>not entered</source>
      <translation>未入力</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>still runs</source>
      <translation>継続中</translation>
    </message>
    <message>
      <source>own insurance</source>
      <translation>本人</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <source>not yet</source>
      <translation>まだ</translation>
    </message>
    <message>
      <source>From the 75th birthday, {date}, {name} is insured by late-elderly medical care, with no application. The current insurance ends on {end}. When the papers arrive, confirm it and name the insurer.</source>
      <translation>{name}さんは75歳の誕生日({date})から、手続きなしで後期高齢者医療制度に入ります。今の保険は{end}で終わります。書類が届いたら、確認して保険者を入力してください。</translation>
    </message>
    <message>
      <source>Choose a period in the table first.</source>
      <translation>先に表から期間を選んでください。</translation>
    </message>
    <message>
      <source>The insurance period was saved.</source>
      <translation>保険の期間を保存しました。</translation>
    </message>
    <message>
      <source>Delete the period {kind} from {since} for {name}? Use this only for a period entered by mistake; for a change, use the buttons below.</source>
      <translation>{name}さんの{since}からの{kind}の期間を削除しますか?まちがえて入力した期間だけに使ってください。変更があったときは下のボタンを使います。</translation>
    </message>
    <message>
      <source>Delete insurance period</source>
      <translation>保険の期間を削除</translation>
    </message>
    <message>
      <source>The period was deleted.</source>
      <translation>期間を削除しました。</translation>
    </message>
    <message>
      <source>The insurance was updated.</source>
      <translation>保険を更新しました。</translation>
    </message>
    <message>
      <source>today</source>
      <translation>今日</translation>
    </message>
    <message>
      <source>{days} days left</source>
      <translation>あと{days}日</translation>
    </message>
    <message>
      <source>{days} days ago</source>
      <translation>{days}日前</translation>
    </message>
    <message>
      <source>資格確認書: a paper from the insurer that works like the old insurance card. Show it instead of the card.</source>
      <translation>資格確認書:保険者から届く、これまでの保険証のように使える書類です。カードの代わりに見せます。</translation>
    </message>
    <message>
      <source>資格情報のお知らせ: a paper listing the insurance. Shown together with the card where the card cannot be read.</source>
      <translation>資格情報のお知らせ:加入している保険が書かれた書類です。カードが読み取れない医療機関では、カードと一緒に見せます。</translation>
    </message>
    <message>
      <source>限度額: the certificate (or the consent given at the card reader) that caps high medical bills.</source>
      <translation>限度額:高額な医療費の支払いを上限までにする証明書(またはカードリーダーでの同意)です。</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>書類</translation>
    </message>
    <message>
      <source>e.g. the insurer's name</source>
      <translation>例:保険者の名前</translation>
    </message>
    <message>
      <source>We have it</source>
      <translation>手元にある</translation>
    </message>
    <message>
      <source>Which paper</source>
      <translation>書類の種類</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>発行元</translation>
    </message>
    <message>
      <source>Applied for on</source>
      <translation>申請日</translation>
    </message>
    <message>
      <source>If you do not have it yet.</source>
      <translation>まだ手元にない場合に入力します。</translation>
    </message>
    <message>
      <source>Date on the paper</source>
      <translation>書類の日付</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>有効期限</translation>
    </message>
    <message>
      <source>Memo</source>
      <translation>メモ</translation>
    </message>
    <message>
      <source>Papers that prove the insurance besides the card. Take them along when the card cannot be used.</source>
      <translation>カード以外に保険を証明する書類です。カードが使えないときに持って行きます。</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>書類</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状態</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>書類</translation>
    </message>
    <message>
      <source>held</source>
      <translation>手元にある</translation>
    </message>
    <message>
      <source>applied for on {date}</source>
      <translation>{date}に申請</translation>
    </message>
    <message>
      <source>expired on {date}</source>
      <translation>{date}で期限切れ</translation>
    </message>
    <message>
      <source>Choose a paper in the table first.</source>
      <translation>先に表から書類を選んでください。</translation>
    </message>
    <message>
      <source>The paper was saved.</source>
      <translation>書類を保存しました。</translation>
    </message>
    <message>
      <source>Delete the {paper} of {name}?</source>
      <translation>{name}さんの{paper}を削除しますか?</translation>
    </message>
    <message>
      <source>Delete paper</source>
      <translation>書類を削除</translation>
    </message>
    <message>
      <source>Not deleted</source>
      <translation>削除できませんでした</translation>
    </message>
    <message>
      <source>The paper was deleted.</source>
      <translation>書類を削除しました。</translation>
    </message>
    <message>
      <source>Insurance period</source>
      <translation>保険の期間</translation>
    </message>
    <message>
      <source>e.g. 協会けんぽ 東京支部, ○○市国民健康保険</source>
      <translation>例:協会けんぽ 東京支部、○○市国民健康保険</translation>
    </message>
    <message>
      <source>Insured as a dependent</source>
      <translation>扶養に入っている</translation>
    </message>
    <message>
      <source>Confirmed (papers from the insurer seen)</source>
      <translation>確認済み(保険者からの書類を見た)</translation>
    </message>
    <message>
      <source>Kind of insurance</source>
      <translation>保険の種類</translation>
    </message>
    <message>
      <source>Empty while it still runs.</source>
      <translation>続いている間は空欄にします。</translation>
    </message>
    <message>
      <source>Changed job</source>
      <translation>転職した</translation>
    </message>
    <message>
      <source>Left work</source>
      <translation>退職した</translation>
    </message>
    <message>
      <source>Moved to another town</source>
      <translation>別の市区町村へ引っ越した</translation>
    </message>
    <message>
      <source>Became a dependent</source>
      <translation>扶養に入った</translation>
    </message>
    <message>
      <source>No longer a dependent</source>
      <translation>扶養から外れた</translation>
    </message>
    <message>
      <source>Late-elderly medical care from the 75th birthday</source>
      <translation>75歳の誕生日からの後期高齢者医療</translation>
    </message>
    <message>
      <source>The family's dependents move to the new insurance too</source>
      <translation>家族の扶養の人も新しい保険に移ります</translation>
    </message>
    <message>
      <source>First day at the new employer</source>
      <translation>新しい勤め先での初日</translation>
    </message>
    <message>
      <source>New insurer</source>
      <translation>新しい保険者</translation>
    </message>
    <message>
      <source>The employer reports the change within 5 days. Until the new data shows, the card may read "no record" at reception: take the qualification notice, or fill in a self-declaration there.</source>
      <translation>勤め先は5日以内に届け出ます。新しい情報が反映されるまでは、受付でカードが「資格なし」と出ることがあります。資格情報のお知らせを持って行くか、受付で申立書を書いてください。</translation>
    </message>
    <message>
      <source>First day without the old insurance</source>
      <translation>前の保険がなくなった最初の日</translation>
    </message>
    <message>
      <source>Usually the day after the last working day.</source>
      <translation>ふつうは最後の勤務日の翌日です。</translation>
    </message>
    <message>
      <source>Next insurance</source>
      <translation>次の保険</translation>
    </message>
    <message>
      <source>National health insurance: apply at the municipal office within 14 days. Voluntary continuation (up to 2 years, under 75): apply to the old insurer within 20 days. National health insurance has no dependents: each person joins in their own name.</source>
      <translation>国民健康保険:14日以内に市区町村の窓口で手続きします。任意継続(最長2年、75歳未満):20日以内に前の保険者へ申し込みます。国民健康保険には扶養がないので、家族も一人ひとり加入します。</translation>
    </message>
    <message>
      <source>Moved in on</source>
      <translation>転入日</translation>
    </message>
    <message>
      <source>New town's national health insurance</source>
      <translation>新しい市区町村の国民健康保険</translation>
    </message>
    <message>
      <source>Moving cancels the signing certificate (the part used for e-Tax and online applications). Have it issued again at the new municipal office when you report the move.</source>
      <translation>引っ越すと署名用電子証明書(e-Taxやオンライン申請に使う部分)が失効します。転入届のときに、新しい市区町村の窓口で発行し直してもらってください。</translation>
    </message>
    <message>
      <source>National health insurance belongs to the town, so the insurer changes: join at the new office within 14 days.</source>
      <translation>国民健康保険は市区町村ごとなので、保険者が変わります。14日以内に新しい窓口で加入してください。</translation>
    </message>
    <message>
      <source>The dependent is insured with the same insurer as the family member named here. The current insurance ends the day before.</source>
      <translation>扶養に入る人は、ここで選んだ家族と同じ保険者の保険に入ります。今の保険は前日で終わります。</translation>
    </message>
    <message>
      <source>Own insurance from</source>
      <translation>自分の保険の開始日</translation>
    </message>
    <message>
      <source>Insurer (広域連合)</source>
      <translation>保険者(広域連合)</translation>
    </message>
    <message>
      <source>e.g. 東京都後期高齢者医療広域連合</source>
      <translation>例:東京都後期高齢者医療広域連合</translation>
    </message>
    <message>
      <source>Late-elderly medical care starts on the 75th birthday, {date}, with no application. The insurance before it ends the day before. Enter the insurer named on the papers that arrive.</source>
      <translation>後期高齢者医療は75歳の誕生日({date})から、手続きなしで始まります。それまでの保険は前日で終わります。届いた書類に書かれた保険者を入力してください。</translation>
    </message>
    <message>
      <source>Card lost — {name}</source>
      <translation>カードの紛失 — {name}</translation>
    </message>
    <message>
      <source>Lost outside the home (or stolen)</source>
      <translation>家の外でなくした(または盗まれた)</translation>
    </message>
    <message>
      <source>Missing since</source>
      <translation>なくした日</translation>
    </message>
    <message>
      <source>Then a police report is needed too.</source>
      <translation>その場合は警察への届け出も必要です。</translation>
    </message>
    <message>
      <source>First phone {phone} (free, 24 hours) to stop the card being used.</source>
      <translation>まず{phone}(無料・24時間)に電話して、カードを使えないように止めてください。</translation>
    </message>
    <message>
      <source>Card found</source>
      <translation>カードが見つかった</translation>
    </message>
    <message>
      <source>Found on</source>
      <translation>見つかった日</translation>
    </message>
    <message>
      <source>Change date</source>
      <translation>日付を変更</translation>
    </message>
    <message>
      <source>Date: {step}</source>
      <translation>日付: {step}</translation>
    </message>
    <message>
      <source>Change date: {step}</source>
      <translation>日付を変更: {step}</translation>
    </message>
    <message>
      <source>Lost or stolen? Phone at once to stop the card (free, 24 hours):</source>
      <translation>なくした・盗まれたときは、すぐに電話してカードを止めてください(無料・24時間):</translation>
    </message>
    <message>
      <source>Phone number to stop the card</source>
      <translation>カードを止める電話番号</translation>
    </message>
    <message>
      <source>Card lost…</source>
      <translation>カードをなくした…</translation>
    </message>
    <message>
      <source>Card found…</source>
      <translation>カードが見つかった…</translation>
    </message>
    <message>
      <source>Asked for express issuance</source>
      <translation>特急発行を申し込んだ</translation>
    </message>
    <message>
      <source>When the new card arrives, enter it on the Card tab with "Save as a new card": that closes this list.</source>
      <translation>新しいカードが届いたら、「カード」タブの「新しいカードとして保存」で入力してください。この一覧はそこで終わります。</translation>
    </message>
    <message>
      <source>The card is not marked as lost. If it goes missing, press "Card lost…" to get the list of what to do.</source>
      <translation>カードは紛失として記録されていません。なくしたときは「カードをなくした…」を押すと、することの一覧が出ます。</translation>
    </message>
    <message>
      <source>outside the home</source>
      <translation>家の外</translation>
    </message>
    <message>
      <source>at home</source>
      <translation>家の中</translation>
    </message>
    <message>
      <source>Card lost on {date} ({where}). Steps still to do: {count}.</source>
      <translation>{date}にカードをなくしました({where})。残りの手続き:{count}件。</translation>
    </message>
    <message>
      <source>Or the card call centre: {phone}</source>
      <translation>または個人番号カードコールセンター:{phone}</translation>
    </message>
    <message>
      <source>A new card costs ¥{fee} and takes 1–2 months. Express issuance: about {days} days, ¥{express_fee}.</source>
      <translation>再発行は{fee}円で、1〜2か月かかります。特急発行は約{days}日、{express_fee}円です。</translation>
    </message>
    <message>
      <source>Ask for it by {date}.</source>
      <translation>{date}までに申し込んでください。</translation>
    </message>
    <message>
      <source>Ask for it within 30 days of the loss report.</source>
      <translation>紛失届から30日以内に申し込んでください。</translation>
    </message>
    <message>
      <source>The card is marked as lost. Work through the list below.</source>
      <translation>カードを紛失として記録しました。下の一覧の順に進めてください。</translation>
    </message>
    <message>
      <source>Good news: the card is in hand again.</source>
      <translation>よかったです。カードが手元に戻りました。</translation>
    </message>
    <message>
      <source>It was stopped by phone, so take it to the municipal office to have it working again, and ask about the signing certificate.</source>
      <translation>電話で利用を止めているので、市区町村の窓口で再開の手続きをしてください。署名用電子証明書についても窓口で確かめてください。</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>保存しました。</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>カード</translation>
    </message>
    <message>
      <source>PINs</source>
      <translation>暗証番号</translation>
    </message>
    <message>
      <source>Insurance</source>
      <translation>保険</translation>
    </message>
    <message>
      <source>Lost card</source>
      <translation>紛失</translation>
    </message>
    <message>
      <source>Family roles</source>
      <translation>家族の担当</translation>
    </message>
    <message>
      <source>History</source>
      <translation>履歴</translation>
    </message>
    <message>
      <source>Next visit plan</source>
      <translation>次の受診の方法</translation>
    </message>
    <message>
      <source>If {name} went to a clinic today (its card reader not known):</source>
      <translation>{name}さんが今日受診するとしたら(医療機関のカードリーダーは不明として):</translation>
    </message>
    <message>
      <source>…and {count} more on the Visits tab.</source>
      <translation>…ほか{count}件は「受診」タブで確認できます。</translation>
    </message>
    <message>
      <source>Locked after {limit} wrong entries. It cannot be used until it is reset.</source>
      <translation>{limit}回まちがえたためロックされています。再設定するまで使えません。</translation>
    </message>
    <message>
      <source>{failures} wrong entries so far — only 1 try left. Do NOT try this PIN again unless you are sure: one more mistake locks it.</source>
      <translation>これまでに{failures}回まちがえました。残りはあと1回です。確かでなければ、この暗証番号を入力しないでください。もう1回まちがえるとロックされます。</translation>
    </message>
    <message>
      <source>1 wrong entry so far. {remaining} tries left before it locks.</source>
      <translation>これまでに1回まちがえました。ロックまであと{remaining}回です。</translation>
    </message>
    <message>
      <source>No wrong entries. {remaining} tries left.</source>
      <translation>まちがいはありません。あと{remaining}回試せます。</translation>
    </message>
    <message>
      <source>{failures} wrong entries so far. {remaining} tries left before it locks.</source>
      <translation>これまでに{failures}回まちがえました。ロックまであと{remaining}回です。</translation>
    </message>
    <message>
      <source>What to do: have it reset at the municipal office. Take the card and an ID. If someone goes on the person's behalf, the office sends a form first, so it takes two visits.</source>
      <translation>すること:市区町村の窓口で暗証番号を初期化(再設定)してもらいます。カードと本人確認書類を持って行きます。代理の人が行く場合は、まず照会書が送られてくるので、2回行くことになります。</translation>
    </message>
    <message>
      <source>Or reset it at a convenience store: reserve in the JPKI PIN reset app (with a face match), then finish at the store's machine within 24 hours (6:30–23:00, free). You need the other certificate's PIN.</source>
      <translation>コンビニでも再設定できます:JPKI暗証番号リセットアプリで(顔認証をして)予約し、24時間以内にコンビニの端末で手続きします(6:30〜23:00、無料)。もう一方の電子証明書の暗証番号が必要です。</translation>
    </message>
    <message>
      <source>Until then, at a clinic with a face-recognition card reader choose face recognition, or ask the staff to check the face by sight.</source>
      <translation>それまでは、顔認証付きカードリーダーのある医療機関で顔認証を選ぶか、受付の人に目で本人確認してもらってください。</translation>
    </message>
    <message>
      <source>Failed once more…</source>
      <translation>もう1回まちがえた…</translation>
    </message>
    <message>
      <source>Entered correctly</source>
      <translation>正しく入力できた</translation>
    </message>
    <message>
      <source>Was reset</source>
      <translation>再設定した</translation>
    </message>
    <message>
      <source>This app never asks for a PIN and never stores one. Record only whether an entry was wrong or right, so you know how many tries are left.</source>
      <translation>このアプリは暗証番号をたずねることも、保存することもありません。あと何回試せるか分かるように、まちがえたか・正しかったかだけを記録してください。</translation>
    </message>
    <message>
      <source>No card is recorded, so there are no PINs.</source>
      <translation>カードが記録されていないので、暗証番号はありません。</translation>
    </message>
    <message>
      <source>The card has not been issued yet.</source>
      <translation>カードはまだ発行されていません。</translation>
    </message>
    <message>
      <source>A face-authentication card has no PINs. At the clinic the card reader matches the face, or the staff check it by sight.</source>
      <translation>顔認証マイナンバーカードには暗証番号がありません。医療機関ではカードリーダーの顔認証か、受付の人の目視で本人確認をします。</translation>
    </message>
    <message>
      <source>No signing password: children under 15 do not get one. The 4-digit PINs were set by a parent.</source>
      <translation>署名用パスワードはありません(15歳未満の子どもには発行されません)。4桁の暗証番号は親が設定しています。</translation>
    </message>
    <message>
      <source>The three 4-digit PINs lock after 3 wrong entries in a row, the signing password after 5. A correct entry starts the count again.</source>
      <translation>4桁の暗証番号3つは続けて3回、署名用パスワードは5回まちがえるとロックされます。正しく入力すると回数は0に戻ります。</translation>
    </message>
    <message>
      <source>Record one more wrong entry of the {pin} for {name}? That was the last try: the PIN is now locked.</source>
      <translation>{name}さんの{pin}をまちがえたと記録しますか?最後の1回だったので、暗証番号はロックされました。</translation>
    </message>
    <message>
      <source>Record one more wrong entry of the {pin} for {name}? {left} tries will be left.</source>
      <translation>{name}さんの{pin}をまちがえたと記録しますか?残りはあと{left}回になります。</translation>
    </message>
    <message>
      <source>Wrong PIN entry</source>
      <translation>暗証番号の入力まちがい</translation>
    </message>
    <message>
      <source>&amp;Save roles</source>
      <translation>担当を保存(&amp;R)</translation>
    </message>
    <message>
      <source>Save roles</source>
      <translation>担当を保存</translation>
    </message>
    <message>
      <source>Who in the family helps {name}? Each role shows on the Home tab; the contact when stuck is printed on the visit card.</source>
      <translation>{name}さんを家族のだれが手伝いますか。担当は「ホーム」に表示され、困った時の連絡先は受診カードに印刷されます。</translation>
    </message>
    <message>
      <source>Nobody</source>
      <translation>なし</translation>
    </message>
    <message>
      <source>{name} helps others:</source>
      <translation>{name}さんがほかの人のために担当していること:</translation>
    </message>
    <message>
      <source>{name} holds no role for others.</source>
      <translation>{name}さんは、ほかの人の担当をしていません。</translation>
    </message>
    <message>
      <source>The roles were saved.</source>
      <translation>担当を保存しました。</translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>変更はありませんでした。</translation>
    </message>
  </context>
  <context>
    <name>members</name>
    <message>
      <source>{age} yrs</source>
      <translation>{age}歳</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名前</translation>
    </message>
    <message>
      <source>Relationship</source>
      <translation>続柄</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>年齢</translation>
    </message>
    <message>
      <source>Family members</source>
      <translation>家族の一覧</translation>
    </message>
    <message>
      <source>&amp;New member</source>
      <translation>家族を追加(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation>削除(&amp;D)…</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>基本情報</translation>
    </message>
    <message>
      <source>New member</source>
      <translation>新しい家族</translation>
    </message>
    <message>
      <source>{name} was added.</source>
      <translation>{name}さんを追加しました。</translation>
    </message>
    <message>
      <source>{name} was saved.</source>
      <translation>{name}さんを保存しました。</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>保存されませんでした</translation>
    </message>
    <message>
      <source>{name} was deleted on another computer. Your changes were not saved.</source>
      <translation>{name}さんは別のコンピューターで削除されました。あなたの変更は保存されていません。</translation>
    </message>
    <message>
      <source>The version saved on the other computer is shown.</source>
      <translation>別のコンピューターで保存された内容を表示しています。</translation>
    </message>
    <message>
      <source>Not saved yet: your changes are still in the form.</source>
      <translation>まだ保存していません。あなたの変更は入力欄に残っています。</translation>
    </message>
    <message>
      <source>Not deleted</source>
      <translation>削除されませんでした</translation>
    </message>
    <message>
      <source>Delete {name}? Their details and {count} related records (cards, insurance, documents, visits, notes) will be removed. The change history is kept.</source>
      <translation>{name}さんを削除しますか?本人の情報と、関連する記録 {count} 件(カード、保険、書類、受診、メモ)も消えます。変更の履歴は残ります。</translation>
    </message>
    <message>
      <source>Delete member</source>
      <translation>家族を削除</translation>
    </message>
    <message>
      <source>{name} was deleted.</source>
      <translation>{name}さんを削除しました。</translation>
    </message>
    <message>
      <source>{name} will then have nobody as: {role}.</source>
      <translation>{name}さんの「{role}」はいなくなります。</translation>
    </message>
    <message>
      <source>To-do items they took on: {count} (they go back to nobody).</source>
      <translation>この人が担当していたやること:{count}件(担当なしに戻ります)。</translation>
    </message>
  </context>
  <context>
    <name>notes</name>
    <message>
      <source>Please enter a title.</source>
      <translation>タイトルを入力してください。</translation>
    </message>
    <message>
      <source>This person already has a note called {title}. Use another title.</source>
      <translation>この方には「{title}」というメモがすでにあります。別のタイトルにしてください。</translation>
    </message>
    <message>
      <source>The title is too long (at most {max} characters).</source>
      <translation>タイトルが長すぎます（{max}文字まで）。</translation>
    </message>
    <message>
      <source>Please write the note.</source>
      <translation>メモの内容を入力してください。</translation>
    </message>
    <message>
      <source>The note is too long ({length} characters). The keyring holds at most {max} characters per note.</source>
      <translation>メモが長すぎます（{length}文字）。キーリングに保存できるのは1件あたり{max}文字までです。</translation>
    </message>
    <message>
      <source>The title looks like a My Number (12 digits). Titles are not secret: put the number in the note itself.</source>
      <translation>タイトルがマイナンバー（12桁）のようです。タイトルは秘密として扱われません。番号はメモの本文に書いてください。</translation>
    </message>
    <message>
      <source>The keyring is locked, so notes stay locked. Unlock your keyring (パスワードとキー) and try again.</source>
      <translation>キーリングがロックされているため、メモは開けません。キーリング（パスワードとキー）のロックを解除してから、もう一度お試しください。</translation>
    </message>
    <message>
      <source>No keyring found on this computer: notes stay locked; nothing is written elsewhere.</source>
      <translation>このコンピューターにキーリングが見つかりません。メモは開けません。ほかの場所には何も書き込みません。</translation>
    </message>
    <message>
      <source>The only keyring on this computer stores text unencrypted, so familycare does not use it. Notes stay locked; nothing is written elsewhere.</source>
      <translation>このコンピューターのキーリングは暗号化せずに保存する方式のため、familycare では使いません。メモは開けません。ほかの場所には何も書き込みません。</translation>
    </message>
    <message>
      <source>The keyring did not answer. Notes stay locked; nothing was written elsewhere. Try again, or restart the computer.</source>
      <translation>キーリングから応答がありません。メモは開けません。ほかの場所には何も書き込んでいません。もう一度お試しいただくか、コンピューターを再起動してください。</translation>
    </message>
    <message>
      <source>The note is too long for the keyring (at most 1000 characters).</source>
      <translation>メモが長すぎてキーリングに保存できません（1000文字まで）。</translation>
    </message>
    <message>
      <source>This note was written on another computer and its text is kept only there.</source>
      <translation>このメモは別のコンピューターで書かれたもので、本文はそのコンピューターにだけ保存されています。</translation>
    </message>
    <message>
      <source>The text of this note is no longer in the keyring. Edit the note to write it again, or delete it.</source>
      <translation>このメモの本文がキーリングにもうありません。編集して書き直すか、削除してください。</translation>
    </message>
    <message>
      <source>The passphrase is too short (at least {min} characters).</source>
      <translation>パスフレーズが短すぎます（{min}文字以上にしてください）。</translation>
    </message>
    <message>
      <source>The two passphrases are not the same. Nothing was written.</source>
      <translation>2回入力したパスフレーズが一致しません。何も書き込んでいません。</translation>
    </message>
    <message>
      <source>{path} already exists. Choose a new file name; nothing was written.</source>
      <translation>{path} はすでにあります。新しいファイル名を指定してください。何も書き込んでいません。</translation>
    </message>
    <message>
      <source>This file is not a familycare backup. Nothing was changed.</source>
      <translation>このファイルは familycare のバックアップではありません。何も変更していません。</translation>
    </message>
    <message>
      <source>This backup was made by a newer version of familycare. Nothing was changed.</source>
      <translation>このバックアップは新しいバージョンの familycare で作られています。何も変更していません。</translation>
    </message>
    <message>
      <source>The backup file is damaged or incomplete. Nothing was changed.</source>
      <translation>バックアップファイルが壊れているか、途中で切れています。何も変更していません。</translation>
    </message>
    <message>
      <source>Wrong passphrase, or the backup file is damaged. Nothing was changed.</source>
      <translation>パスフレーズが違うか、バックアップファイルが壊れています。何も変更していません。</translation>
    </message>
    <message>
      <source>This file is too large to be a familycare backup. Nothing was changed.</source>
      <translation>familycare のバックアップとしては大きすぎるファイルです。何も変更していません。</translation>
    </message>
    <message>
      <source>The file could not be read. Nothing was changed.</source>
      <translation>ファイルを読み込めませんでした。何も変更していません。</translation>
    </message>
    <message>
      <source>The target household is not empty. Restore and import only fill a new, empty data folder; nothing was changed.</source>
      <translation>復元先の世帯が空ではありません。復元と取り込みは、新しい空のデータフォルダーにだけ行えます。何も変更していません。</translation>
    </message>
    <message>
      <source>The file is too large (at most {max_mb} MB). Nothing was changed.</source>
      <translation>ファイルが大きすぎます（{max_mb} MB まで）。何も変更していません。</translation>
    </message>
    <message>
      <source>The file is not valid JSON. Nothing was changed.</source>
      <translation>ファイルが正しい JSON ではありません。何も変更していません。</translation>
    </message>
    <message>
      <source>The file is not a familycare JSON export. Nothing was changed.</source>
      <translation>このファイルは familycare の JSON 書き出しではありません。何も変更していません。</translation>
    </message>
    <message>
      <source>This export was made by a newer version of familycare. Nothing was changed.</source>
      <translation>この書き出しは新しいバージョンの familycare で作られています。何も変更していません。</translation>
    </message>
    <message>
      <source>The household data in the file is not in a known format. Nothing was changed.</source>
      <translation>ファイル内の世帯データが既知の形式ではありません。何も変更していません。</translation>
    </message>
    <message>
      <source>The household data was written by a newer version of familycare. Nothing was changed.</source>
      <translation>世帯データは新しいバージョンの familycare で書かれています。何も変更していません。</translation>
    </message>
    <message>
      <source>The household data was written by an older version of familycare that this version cannot read back yet. Nothing was changed.</source>
      <translation>世帯データは古いバージョンの familycare で書かれており、このバージョンではまだ読み込めません。何も変更していません。</translation>
    </message>
    <message>
      <source>The household data in the file is damaged. Nothing was changed.</source>
      <translation>ファイル内の世帯データが壊れています。何も変更していません。</translation>
    </message>
    <message>
      <source>Not every record could be loaded, so nothing was kept.</source>
      <translation>一部の記録を読み込めなかったため、何も保存していません。</translation>
    </message>
    <message>
      <source>The target database has another schema version. Nothing was changed.</source>
      <translation>復元先のデータベースはスキーマのバージョンが異なります。何も変更していません。</translation>
    </message>
    <message>
      <source>The target is not a familycare database. Nothing was changed.</source>
      <translation>復元先は familycare のデータベースではありません。何も変更していません。</translation>
    </message>
    <message>
      <source>Something went wrong. Nothing was changed.</source>
      <translation>問題が起きました。何も変更していません。</translation>
    </message>
    <message>
      <source>The text is kept only in this computer's keyring.</source>
      <translation>本文はこのコンピューターのキーリングにだけ保存されます。</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>タイトル</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>本文</translation>
    </message>
    <message>
      <source>{count} / {max} characters</source>
      <translation>{count} / {max} 文字</translation>
    </message>
    <message>
      <source>Sensitive notes</source>
      <translation>大切なメモ</translation>
    </message>
    <message>
      <source>Note titles</source>
      <translation>メモのタイトル</translation>
    </message>
    <message>
      <source>S&amp;how</source>
      <translation>表示(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Add note…</source>
      <translation>メモを追加(&amp;A)…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>編集(&amp;E)…</translation>
    </message>
    <message>
      <source>De&amp;lete note…</source>
      <translation>メモを削除(&amp;L)…</translation>
    </message>
    <message>
      <source>H&amp;ide</source>
      <translation>隠す(&amp;I)</translation>
    </message>
    <message>
      <source>Note text</source>
      <translation>メモの本文</translation>
    </message>
    <message>
      <source>A note's text stays in the keyring of the computer it was written on. The household's database only knows that the note exists and on which computer its text is.</source>
      <translation>メモの本文は、書いたコンピューターのキーリングにだけ保存されます。世帯のデータベースが知っているのは、メモがあることと、本文がどのコンピューターにあるかだけです。</translation>
    </message>
    <message>
      <source>{title} (text kept on {device})</source>
      <translation>{title}（本文は「{device}」に保存）</translation>
    </message>
    <message>
      <source>{title} (kept on another computer)</source>
      <translation>{title}（別のコンピューターに保存）</translation>
    </message>
    <message>
      <source>{title}, changed {date}</source>
      <translation>{title}（{date} 更新）</translation>
    </message>
    <message>
      <source>The text of this note is kept only on the computer "{device}" and cannot be opened here. Open it on that computer.</source>
      <translation>このメモの本文はコンピューター「{device}」にだけ保存されているため、ここでは開けません。そのコンピューターで開いてください。</translation>
    </message>
    <message>
      <source>New note</source>
      <translation>新しいメモ</translation>
    </message>
    <message>
      <source>Replace note</source>
      <translation>メモを置き換える</translation>
    </message>
    <message>
      <source>Edit note</source>
      <translation>メモを編集</translation>
    </message>
    <message>
      <source>Note {title} was saved.</source>
      <translation>メモ「{title}」を保存しました。</translation>
    </message>
    <message>
      <source>Delete the note {title}? Its text is removed from the keyring too.</source>
      <translation>メモ「{title}」を削除しますか？ 本文もキーリングから削除されます。</translation>
    </message>
    <message>
      <source>Delete note</source>
      <translation>メモを削除</translation>
    </message>
    <message>
      <source>Note {title} was deleted.</source>
      <translation>メモ「{title}」を削除しました。</translation>
    </message>
    <message>
      <source>🔒 Notes are locked. {why}</source>
      <translation>🔒 メモは開けません。{why}</translation>
    </message>
  </context>
  <context>
    <name>plan</name>
    <message>
      <source>The My Number Card is not at hand (lost, suspended, being reissued or returned).</source>
      <translation>マイナンバーカードが手元にありません(紛失・利用停止・再交付中・返納のいずれかです)。</translation>
    </message>
    <message>
      <source>The card is not registered for use as an insurance card.</source>
      <translation>カードが保険証として利用登録されていません。</translation>
    </message>
    <message>
      <source>The card's certificate has expired. The card still works as an insurance card until {grace_until}, but only eligibility is checked.</source>
      <translation>カードの電子証明書の有効期限が切れています。{grace_until}までは保険証として使えますが、確認できるのは資格だけです。</translation>
    </message>
    <message>
      <source>The card's certificate has expired and the grace period is over.</source>
      <translation>カードの電子証明書の有効期限が切れ、猶予期間も終わっています。</translation>
    </message>
    <message>
      <source>The card's certificate expires within three months.</source>
      <translation>カードの電子証明書の有効期限まで3か月を切っています。</translation>
    </message>
    <message>
      <source>The My Number Card itself has expired.</source>
      <translation>マイナンバーカード自体の有効期限が切れています。</translation>
    </message>
    <message>
      <source>This clinic cannot check eligibility online, so the card cannot be read.</source>
      <translation>この医療機関ではオンライン資格確認ができないため、カードを読み取れません。</translation>
    </message>
    <message>
      <source>The card must be shown with the qualification notice, and none is on record.</source>
      <translation>カードと一緒に資格情報のお知らせを見せる必要がありますが、お知らせの記録がありません。</translation>
    </message>
    <message>
      <source>The certificate PIN is locked.</source>
      <translation>電子証明書の暗証番号がロックされています。</translation>
    </message>
    <message>
      <source>One more wrong PIN will lock the card's certificate PIN.</source>
      <translation>あと1回暗証番号を間違えると、電子証明書の暗証番号がロックされます。</translation>
    </message>
    <message>
      <source>The qualification certificate has expired.</source>
      <translation>資格確認書の有効期限が切れています。</translation>
    </message>
    <message>
      <source>There is no valid proof of insurance for this visit.</source>
      <translation>この受診で使える有効な保険の証明がありません。</translation>
    </message>
    <message>
      <source>The insurance changed recently. The new insurer's data may not show yet at reception.</source>
      <translation>最近保険が変わりました。受付で新しい保険の情報がまだ表示されないことがあります。</translation>
    </message>
    <message>
      <source>Aged 75 or over: late-elderly medical care applies from the 75th birthday, but the insurance on record is not late-elderly.</source>
      <translation>75歳以上です。75歳の誕生日から後期高齢者医療制度の対象ですが、記録されている保険が後期高齢者医療になっていません。</translation>
    </message>
    <message>
      <source>It is not known what this clinic's card reader can do. The plan assumes the worst.</source>
      <translation>この医療機関のカードリーダーで何ができるか分かりません。いちばん厳しい場合を想定して計画しています。</translation>
    </message>
    <message>
      <source>Take the qualification certificate, or apply to the insurer for one.</source>
      <translation>資格確認書を持って行ってください。ない場合は保険者に申請してください。</translation>
    </message>
    <message>
      <source>Register the card as an insurance card at the clinic's card reader.</source>
      <translation>医療機関のカードリーダーで保険証の利用登録をしてください。</translation>
    </message>
    <message>
      <source>Renew the certificate at the municipal office before {grace_until}.</source>
      <translation>{grace_until}までに市区町村の窓口で電子証明書を更新してください。</translation>
    </message>
    <message>
      <source>Renew the certificate at the municipal office, then register the card again as an insurance card.</source>
      <translation>市区町村の窓口で電子証明書を更新し、もう一度保険証の利用登録をしてください。</translation>
    </message>
    <message>
      <source>Renew the certificate at the municipal office before it expires.</source>
      <translation>有効期限が切れる前に市区町村の窓口で電子証明書を更新してください。</translation>
    </message>
    <message>
      <source>Apply for a new card (online, by post or at a photo booth).</source>
      <translation>新しいカードを申請してください(オンライン・郵送・証明写真機で申請できます)。</translation>
    </message>
    <message>
      <source>Show the card together with the qualification notice.</source>
      <translation>カードと資格情報のお知らせを一緒に見せてください。</translation>
    </message>
    <message>
      <source>Print the qualification screen from Mynaportal, or show it on a smartphone, and take it along.</source>
      <translation>マイナポータルの資格情報の画面を印刷するか、スマートフォンで表示できるようにして持って行ってください。</translation>
    </message>
    <message>
      <source>Have the PIN reset at the municipal office.</source>
      <translation>市区町村の窓口で暗証番号の再設定をしてください。</translation>
    </message>
    <message>
      <source>Do not try the PIN. Use face recognition if the card reader has it; otherwise show the card together with the qualification notice.</source>
      <translation>暗証番号は入力しないでください。カードリーダーに顔認証があれば顔認証を使い、なければカードと資格情報のお知らせを一緒に見せてください。</translation>
    </message>
    <message>
      <source>Ask the insurer for a new qualification certificate.</source>
      <translation>保険者に新しい資格確認書を申請してください。</translation>
    </message>
    <message>
      <source>Fill in the self-declaration of eligibility at reception and pay the normal share.</source>
      <translation>受付で被保険者資格申立書を記入し、通常の自己負担分を支払ってください。</translation>
    </message>
    <message>
      <source>Tell reception first that the insurance has just changed.</source>
      <translation>受付で最初に、保険が切り替わったばかりだと伝えてください。</translation>
    </message>
    <message>
      <source>Record the late-elderly insurance and check that its documents have arrived.</source>
      <translation>後期高齢者医療の保険を記録し、書類が届いているか確認してください。</translation>
    </message>
    <message>
      <source>Ask the clinic, or check for the sticker at the entrance, and record the answer.</source>
      <translation>医療機関に問い合わせるか入口のステッカーを確認して、結果を記録してください。</translation>
    </message>
    <message>
      <source>Use the My Number insurance card at the card reader</source>
      <translation>カードリーダーでマイナ保険証を使います</translation>
    </message>
    <message>
      <source>Show the card together with the qualification notice</source>
      <translation>カードと資格情報のお知らせを一緒に見せます</translation>
    </message>
    <message>
      <source>Show the qualification certificate</source>
      <translation>資格確認書を見せます</translation>
    </message>
    <message>
      <source>Fill in the self-declaration of eligibility at reception</source>
      <translation>受付で被保険者資格申立書を記入します</translation>
    </message>
    <message>
      <source>Use the smartphone as the insurance card</source>
      <translation>スマートフォンを保険証として使います</translation>
    </message>
    <message>
      <source>Face recognition at the card reader</source>
      <translation>カードリーダーでの顔認証</translation>
    </message>
    <message>
      <source>Enter the 4-digit PIN</source>
      <translation>4桁の暗証番号を入力します</translation>
    </message>
    <message>
      <source>My Number Card</source>
      <translation>マイナンバーカード</translation>
    </message>
    <message>
      <source>Smartphone set up as the insurance card</source>
      <translation>保険証として設定したスマートフォン</translation>
    </message>
    <message>
      <source>Qualification notice</source>
      <translation>資格情報のお知らせ</translation>
    </message>
    <message>
      <source>Mynaportal qualification screen (printed or on a smartphone)</source>
      <translation>マイナポータルの資格情報の画面(印刷したもの、またはスマートフォンで表示)</translation>
    </message>
    <message>
      <source>Qualification certificate</source>
      <translation>資格確認書</translation>
    </message>
    <message>
      <source>Wrong entries before the signing password locks</source>
      <translation>署名用パスワードがロックされるまでの誤入力回数</translation>
    </message>
    <message>
      <source>Wrong entries before a 4-digit PIN locks</source>
      <translation>4桁の暗証番号がロックされるまでの誤入力回数</translation>
    </message>
    <message>
      <source>Failed face matches before face recognition locks</source>
      <translation>顔認証がロックされるまでの失敗回数</translation>
    </message>
    <message>
      <source>Age from which a signing certificate is issued</source>
      <translation>署名用電子証明書が発行される年齢</translation>
    </message>
    <message>
      <source>Age for the 10-year card</source>
      <translation>10年有効のカードになる年齢</translation>
    </message>
    <message>
      <source>Card validity (adults), in years</source>
      <translation>カードの有効期間(成人、年)</translation>
    </message>
    <message>
      <source>Card validity (minors), in years</source>
      <translation>カードの有効期間(未成年、年)</translation>
    </message>
    <message>
      <source>Certificate validity, in years</source>
      <translation>電子証明書の有効期間(年)</translation>
    </message>
    <message>
      <source>Certificate validity when renewed in its last three months, in years</source>
      <translation>残り3か月以内に更新した電子証明書の有効期間(年)</translation>
    </message>
    <message>
      <source>Months before expiry when renewal opens</source>
      <translation>有効期限の何か月前から更新できるか</translation>
    </message>
    <message>
      <source>Months the card still works as an insurance card after expiry</source>
      <translation>有効期限後も保険証として使える月数</translation>
    </message>
    <message>
      <source>How the grace period is counted</source>
      <translation>猶予期間の数え方</translation>
    </message>
    <message>
      <source>Days after an insurance change when the card may read as no record</source>
      <translation>保険の切り替え後、カードで資格が確認できないことがある日数</translation>
    </message>
    <message>
      <source>Age when late-elderly medical care starts</source>
      <translation>後期高齢者医療が始まる年齢</translation>
    </message>
    <message>
      <source>Qualification certificate sent to everyone aged 75 or over</source>
      <translation>75歳以上の全員に資格確認書を送るか</translation>
    </message>
    <message>
      <source>Age from which a qualification certificate is sent automatically</source>
      <translation>資格確認書が自動で送られる年齢</translation>
    </message>
    <message>
      <source>Last day of paper insurance cards</source>
      <translation>紙の保険証の最終有効日</translation>
    </message>
    <message>
      <source>Last day expired paper insurance cards were accepted</source>
      <translation>期限切れの紙の保険証が受け付けられた最終日</translation>
    </message>
    <message>
      <source>First day smartphones were accepted at clinics</source>
      <translation>医療機関でスマートフォンが使えるようになった日</translation>
    </message>
    <message>
      <source>My Number free dial (suspend a lost card, 24 hours)</source>
      <translation>マイナンバー総合フリーダイヤル(紛失したカードの利用停止・24時間)</translation>
    </message>
    <message>
      <source>My Number Card call centre (suspend a lost card, 24 hours)</source>
      <translation>個人番号カードコールセンター(紛失したカードの利用停止・24時間)</translation>
    </message>
    <message>
      <source>Reissue fee, in yen</source>
      <translation>再交付手数料(円)</translation>
    </message>
    <message>
      <source>Express reissue fee, in yen</source>
      <translation>特急発行の手数料(円)</translation>
    </message>
    <message>
      <source>Express reissue fee without certificates, in yen</source>
      <translation>電子証明書なしの特急発行の手数料(円)</translation>
    </message>
    <message>
      <source>Days an express reissue takes (about)</source>
      <translation>特急発行にかかる日数(目安)</translation>
    </message>
    <message>
      <source>Days after the loss report within which express reissue can be asked for</source>
      <translation>紛失届から特急発行を申請できる日数</translation>
    </message>
    <message>
      <source>Months a normal reissue takes (shortest)</source>
      <translation>通常の再交付にかかる月数(最短)</translation>
    </message>
    <message>
      <source>Months a normal reissue takes (longest)</source>
      <translation>通常の再交付にかかる月数(最長)</translation>
    </message>
    <message>
      <source>must be a JSON object ({detail})</source>
      <translation>JSONのオブジェクトである必要があります({detail})</translation>
    </message>
    <message>
      <source>unknown field ({detail})</source>
      <translation>不明な項目です({detail})</translation>
    </message>
    <message>
      <source>missing ({detail})</source>
      <translation>項目がありません({detail})</translation>
    </message>
    <message>
      <source>wrong type ({detail})</source>
      <translation>値の型が違います({detail})</translation>
    </message>
    <message>
      <source>not a valid date ({detail})</source>
      <translation>正しい日付ではありません({detail})</translation>
    </message>
    <message>
      <source>not an allowed value ({detail})</source>
      <translation>使える値ではありません({detail})</translation>
    </message>
    <message>
      <source>must not be negative ({detail})</source>
      <translation>負の数は使えません({detail})</translation>
    </message>
    <message>
      <source>the card cannot be issued before the birth date ({detail})</source>
      <translation>カードの交付日が生年月日より前になっています({detail})</translation>
    </message>
    <message>
      <source>the application cannot be after the issue date ({detail})</source>
      <translation>申請日が交付日より後になっています({detail})</translation>
    </message>
  </context>
  <context>
    <name>proxies</name>
    <message>
      <source>Portal proxy (voluntary agent)</source>
      <translation>マイナポータルの代理人(任意代理人)</translation>
    </message>
    <message>
      <source>Legal representative of a minor</source>
      <translation>未成年の子の法定代理人</translation>
    </message>
    <message>
      <source>Adult guardian</source>
      <translation>成年後見人</translation>
    </message>
    <message>
      <source>Letter of attorney</source>
      <translation>委任状</translation>
    </message>
    <message>
      <source>Medical information</source>
      <translation>医療費・診療情報</translation>
    </message>
    <message>
      <source>Insurance details</source>
      <translation>健康保険証の情報</translation>
    </message>
    <message>
      <source>Medicine history</source>
      <translation>薬剤情報</translation>
    </message>
    <message>
      <source>Health checkups</source>
      <translation>健診情報</translation>
    </message>
    <message>
      <source>Tax</source>
      <translation>税(確定申告)</translation>
    </message>
    <message>
      <source>Pension</source>
      <translation>年金</translation>
    </message>
    <message>
      <source>Benefits</source>
      <translation>給付・手当</translation>
    </message>
    <message>
      <source>Other (describe below)</source>
      <translation>その他(下に記入)</translation>
    </message>
    <message>
      <source>Check the insurance registration</source>
      <translation>保険証の登録を確認する</translation>
    </message>
    <message>
      <source>Medical expense deduction</source>
      <translation>医療費控除</translation>
    </message>
    <message>
      <source>See past medicines</source>
      <translation>これまでの薬を見る</translation>
    </message>
    <message>
      <source>See checkup results</source>
      <translation>健診の結果を見る</translation>
    </message>
    <message>
      <source>High-cost care cap</source>
      <translation>限度額(高額療養費)</translation>
    </message>
    <message>
      <source>Choose the person who is represented.</source>
      <translation>代理される人を選んでください。</translation>
    </message>
    <message>
      <source>Choose the person who acts for them.</source>
      <translation>代わりに操作する人を選んでください。</translation>
    </message>
    <message>
      <source>A person cannot be their own agent. Choose someone else.</source>
      <translation>本人を自分の代理人にはできません。別の人を選んでください。</translation>
    </message>
    <message>
      <source>Enter the day it started.</source>
      <translation>始まった日を入力してください。</translation>
    </message>
    <message>
      <source>The start is before the person was born. Check the date.</source>
      <translation>始まりの日が生年月日より前です。日付を確かめてください。</translation>
    </message>
    <message>
      <source>The end is before the start.</source>
      <translation>終わりの日が始まりの日より前です。</translation>
    </message>
    <message>
      <source>The review date is before the start.</source>
      <translation>見直しの日が始まりの日より前です。</translation>
    </message>
    <message>
      <source>The agent is {age} on that day. An agent of this kind must be 18 or over (from {adult_on}).</source>
      <translation>代理人はその日 {age} 歳です。この種類の代理人は18歳以上でなければなりません({adult_on}から)。</translation>
    </message>
    <message>
      <source>A legal representative is only for a child under 18; this person was {age} on that day. Choose a portal proxy or a letter of attorney instead.</source>
      <translation>法定代理人は18歳未満の子どものためのものです。この人はその日 {age} 歳でした。マイナポータルの代理人か委任状を選んでください。</translation>
    </message>
    <message>
      <source>A legal representative's authority ends when the child turns 18 ({adult_on}). Choose an earlier end, or leave it empty.</source>
      <translation>法定代理人の権限は、子どもが18歳になる日({adult_on})に終わります。それより前の終わりの日にするか、空欄にしてください。</translation>
    </message>
    <message>
      <source>This person has a face-authentication card, which cannot log in to マイナポータル, so a new portal proxy cannot be registered for them there. Use a letter of attorney, or switch to a standard card at the municipal office first.</source>
      <translation>この人は顔認証マイナンバーカードなので、マイナポータルにログインできません。そのため、マイナポータルで新しい代理人を登録することはできません。委任状を使うか、先に市区町村の窓口で通常のカードに切り替えてください。</translation>
    </message>
    <message>
      <source>The agent has a face-authentication card, which cannot log in to マイナポータル. The agent needs a standard card to be registered there.</source>
      <translation>代理人が顔認証マイナンバーカードなので、マイナポータルにログインできません。代理人として登録するには、通常のカードが必要です。</translation>
    </message>
    <message>
      <source>You chose “Other”: write in a few words what it covers.</source>
      <translation>「その他」を選びました。どんな内容か、短く書いてください。</translation>
    </message>
    <message>
      <source>Too long (at most {max} characters).</source>
      <translation>長すぎます({max}文字まで)。</translation>
    </message>
    <message>
      <source>Turns 15 on {birthday}: from then on the parent can no longer register proxies alone; the child takes part.</source>
      <translation>{birthday}に15歳になります。それからは、親だけでは代理人を登録できず、本人も手続きに加わります。</translation>
    </message>
    <message>
      <source>Turns 18 on {birthday}: the legal representative's authority ends that day. If help is still needed, the child registers a portal proxy.</source>
      <translation>{birthday}に18歳になります。その日で法定代理人の権限は終わります。引き続き手伝いが必要なら、本人がマイナポータルで代理人を登録します。</translation>
    </message>
    <message>
      <source>Ended on {birthday} when the child turned 18.</source>
      <translation>{birthday}に18歳になったので終わりました。</translation>
    </message>
    <message>
      <source>Ends on {until}.</source>
      <translation>{until}に終わります。</translation>
    </message>
    <message>
      <source>Review due on {review_due}.</source>
      <translation>{review_due}に見直しの予定です。</translation>
    </message>
    <message>
      <source>Face-authentication card: the portal cannot be used with it, and no new portal proxy can be registered.</source>
      <translation>顔認証マイナンバーカード:マイナポータルは使えず、新しい代理人も登録できません。</translation>
    </message>
    <message>
      <source>{name}'s card was lost on {on}.</source>
      <translation>{name}さんのカードを{on}に紛失しました。</translation>
    </message>
    <message>
      <source>{name}'s card was suspended on {on}.</source>
      <translation>{name}さんのカードを{on}に一時利用停止しました。</translation>
    </message>
    <message>
      <source>{name}'s card was reissued on {on}.</source>
      <translation>{name}さんのカードを{on}に再交付しました。</translation>
    </message>
    <message>
      <source>Delegations stay registered after a card is lost, suspended or reissued. Check in マイナポータル that this one is still right, then mark it reviewed.</source>
      <translation>カードを紛失・一時停止・再交付しても、代理人の登録は残ります。マイナポータルでこの登録が今も正しいか確かめてから、「見直し済み」にしてください。</translation>
    </message>
    <message>
      <source>The card in hand is {name}'s own: check the name printed on it.</source>
      <translation>手元のカードは{name}さんのものです(券面の氏名を確認)。</translation>
    </message>
    <message>
      <source>{name}'s PIN (user certificate) still has attempts left.</source>
      <translation>{name}さんの暗証番号(利用者証明用)は、まだ入力できる回数が残っています。</translation>
    </message>
    <message>
      <source>The previous person is logged out of マイナポータル and their card removed.</source>
      <translation>前の人はマイナポータルからログアウトし、カードも抜いてあります。</translation>
    </message>
    <message>
      <source>Logged out of マイナポータル.</source>
      <translation>マイナポータルからログアウトしました。</translation>
    </message>
    <message>
      <source>{name}'s card is out of the reader (or away from the phone).</source>
      <translation>{name}さんのカードをカードリーダーから抜きました(またはスマホから離しました)。</translation>
    </message>
    <message>
      <source>The browser tab or app is closed.</source>
      <translation>ブラウザのタブまたはアプリを閉じました。</translation>
    </message>
    <message>
      <source>Nothing of {name}'s is left on screen, printed or downloaded in view.</source>
      <translation>{name}さんの情報は、画面にも、印刷物やダウンロードしたファイルにも、見える所に残っていません。</translation>
    </message>
    <message>
      <source>{name}'s session on this device is not finished yet. Log {name} out, remove the card and finish that session first.</source>
      <translation>この端末では{name}さんの代理操作がまだ終わっていません。{name}さんをログアウトし、カードを抜いて、先にその操作を終えてください。</translation>
    </message>
    <message>
      <source>{name} has no issued card recorded, so there is nothing to log in with.</source>
      <translation>{name}さんの交付済みのカードが記録されていないため、ログインに使えるものがありません。</translation>
    </message>
    <message>
      <source>{name}'s card is recorded as lost, suspended or being reissued. It cannot be used until it is back in hand.</source>
      <translation>{name}さんのカードは紛失・一時停止・再交付中と記録されています。手元に戻るまで使えません。</translation>
    </message>
    <message>
      <source>{name} has a face-authentication card. It cannot log in to マイナポータル, so there is no session to start.</source>
      <translation>{name}さんは顔認証マイナンバーカードです。マイナポータルにログインできないので、代理操作は始められません。</translation>
    </message>
    <message>
      <source>{name}'s PIN (user certificate) is locked after {failures} wrong entries. Do not try again: it must be reset at the municipal office (or at a convenience store with the JPKI app, if the signing password works).</source>
      <translation>{name}さんの暗証番号(利用者証明用)は、{failures}回まちがえたためロックされています。もう入力しないでください。市区町村の窓口で初期化が必要です(署名用のパスワードが使えれば、JPKIアプリとコンビニでもできます)。</translation>
    </message>
    <message>
      <source>Only one attempt is left. Tick “I understand” before you go on.</source>
      <translation>入力できるのはあと1回だけです。先に進む前に「わかりました」にチェックを入れてください。</translation>
    </message>
    <message>
      <source>This session has moved on already (another window?). Look at it again.</source>
      <translation>この操作はすでに先に進んでいます(別のウィンドウ?)。もう一度確かめてください。</translation>
    </message>
    <message>
      <source>This step belongs to the other checklist.</source>
      <translation>この項目はもう一方のチェックリストのものです。</translation>
    </message>
    <message>
      <source>Some steps are not ticked yet. Please check each one.</source>
      <translation>まだチェックしていない項目があります。一つずつ確かめてください。</translation>
    </message>
    <message>
      <source>Only ONE attempt is left on {name}'s PIN. One more wrong entry locks it and means a trip to the municipal office. If you are not sure of the PIN, do not try it.</source>
      <translation>{name}さんの暗証番号は、あと1回しか入力できません。もう1回まちがえるとロックされ、市区町村の窓口に行く必要があります。暗証番号に自信がなければ、入力しないでください。</translation>
    </message>
    <message>
      <source>{name}'s PIN was entered wrongly {failures} time(s) before: {remaining} attempts left. Failures count across days.</source>
      <translation>{name}さんの暗証番号は、これまでに{failures}回まちがえています。残りは{remaining}回です。まちがえた回数は日をまたいでも数えられます。</translation>
    </message>
    <message>
      <source>Wrong PIN recorded for {name}: {remaining} attempts left.</source>
      <translation>{name}さんの暗証番号のまちがいを記録しました。残りは{remaining}回です。</translation>
    </message>
    <message>
      <source>Only one attempt left for {name}. Stop here unless you are sure of the PIN.</source>
      <translation>{name}さんの暗証番号は、あと1回しか入力できません。確かでなければ、ここでやめてください。</translation>
    </message>
    <message>
      <source>{name}'s PIN is now locked. Do not try again: it must be reset at the municipal office.</source>
      <translation>{name}さんの暗証番号はロックされました。もう入力しないでください。市区町村の窓口で初期化が必要です。</translation>
    </message>
    <message>
      <source>PIN accepted for {name}: the count of wrong entries is back to 0.</source>
      <translation>{name}さんの暗証番号が通りました。まちがえた回数は0に戻りました。</translation>
    </message>
    <message>
      <source>That did not work. Nothing was changed.</source>
      <translation>うまくいきませんでした。何も変更していません。</translation>
    </message>
    <message>
      <source>Edit delegation</source>
      <translation>代理人の記録を編集</translation>
    </message>
    <message>
      <source>New delegation</source>
      <translation>新しい代理人の記録</translation>
    </message>
    <message>
      <source>Suggest scopes for a purpose…</source>
      <translation>目的から範囲を提案…</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>開始日</translation>
    </message>
    <message>
      <source>Until (empty: open)</source>
      <translation>終了日(空欄なら期限なし)</translation>
    </message>
    <message>
      <source>Review on</source>
      <translation>見直す日</translation>
    </message>
    <message>
      <source>Not for secrets: no PINs, no My Number.</source>
      <translation>秘密は書かないでください(暗証番号やマイナンバーは不可)。</translation>
    </message>
    <message>
      <source>&amp;Represented person:</source>
      <translation>代理される人(&amp;R):</translation>
    </message>
    <message>
      <source>&amp;Agent (acts for them):</source>
      <translation>代理人(代わりに操作する人)(&amp;A):</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>種類(&amp;K):</translation>
    </message>
    <message>
      <source>&amp;Scopes:</source>
      <translation>範囲(&amp;S):</translation>
    </message>
    <message>
      <source>Scope &amp;details:</source>
      <translation>範囲の詳しい内容(&amp;D):</translation>
    </message>
    <message>
      <source>S&amp;ince:</source>
      <translation>開始日(&amp;I):</translation>
    </message>
    <message>
      <source>&amp;Until (empty: open):</source>
      <translation>終了日(空欄なら期限なし)(&amp;U):</translation>
    </message>
    <message>
      <source>&amp;Review on:</source>
      <translation>見直す日(&amp;R):</translation>
    </message>
    <message>
      <source>&amp;Memo:</source>
      <translation>メモ(&amp;M):</translation>
    </message>
    <message>
      <source>Family members</source>
      <translation>家族</translation>
    </message>
    <message>
      <source>Who may act for this member</source>
      <translation>この人の代わりに操作できる人</translation>
    </message>
    <message>
      <source>Whom this member acts for</source>
      <translation>この人が代わりに操作する相手</translation>
    </message>
    <message>
      <source>&amp;Add…</source>
      <translation>追加(&amp;A)…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>編集(&amp;E)…</translation>
    </message>
    <message>
      <source>E&amp;nd today</source>
      <translation>今日で終える(&amp;N)</translation>
    </message>
    <message>
      <source>Mark &amp;reviewed</source>
      <translation>見直し済みにする(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation>削除(&amp;D)…</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>相手</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>種類</translation>
    </message>
    <message>
      <source>Scopes</source>
      <translation>範囲</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>期間</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状態</translation>
    </message>
    <message>
      <source>No family members yet.</source>
      <translation>まだ家族が登録されていません。</translation>
    </message>
    <message>
      <source>Who may act for {name}</source>
      <translation>{name}さんの代わりに操作できる人</translation>
    </message>
    <message>
      <source>{name} acts for</source>
      <translation>{name}さんが代わりに操作する相手</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>✔ Active</source>
      <translation>✔ 有効</translation>
    </message>
    <message>
      <source>✖ Not active</source>
      <translation>✖ 無効</translation>
    </message>
    <message>
      <source>⚠ Review needed</source>
      <translation>⚠ 見直しが必要</translation>
    </message>
    <message>
      <source>Act for {name} on this device (guarded session)…</source>
      <translation>この端末で{name}さんとして操作する(代理操作モード)…</translation>
    </message>
    <message>
      <source>Delete the record that {agent} acts for {principal}? This does not cancel it in マイナポータル.</source>
      <translation>{agent}さんが{principal}さんの代理人であるという記録を削除しますか?マイナポータルでの登録は取り消されません。</translation>
    </message>
    <message>
      <source>Delete delegation</source>
      <translation>代理人の記録を削除</translation>
    </message>
    <message>
      <source>PIN &amp;failed</source>
      <translation>暗証番号をまちがえた(&amp;F)</translation>
    </message>
    <message>
      <source>PIN &amp;accepted</source>
      <translation>暗証番号が通った(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;End session…</source>
      <translation>代理操作を終える(&amp;E)…</translation>
    </message>
    <message>
      <source>⚠ Acting for {name}</source>
      <translation>⚠ {name}さんとして操作中</translation>
    </message>
    <message>
      <source>Everything done in マイナポータル (Mynaportal) now is done as {name}. Only {name}'s card in the reader. End the session before the next person.</source>
      <translation>いまマイナポータルで行うことは、すべて{name}さんとしての操作になります。カードリーダーには{name}さんのカードだけを入れてください。次の人の前に、必ず代理操作を終えてください。</translation>
    </message>
    <message>
      <source>⚠ {name}'s session is not finished</source>
      <translation>⚠ {name}さんの代理操作が終わっていません</translation>
    </message>
    <message>
      <source>Go through the after-checklist: log out, remove the card, close the tab, clear the screen.</source>
      <translation>終わりのチェックをしてください:ログアウト、カードを抜く、タブを閉じる、画面を片付ける。</translation>
    </message>
    <message>
      <source>&amp;After-checklist…</source>
      <translation>終わりのチェック(&amp;A)…</translation>
    </message>
    <message>
      <source>Record a wrong PIN?</source>
      <translation>暗証番号のまちがいを記録しますか?</translation>
    </message>
    <message>
      <source>Record that {name}'s PIN (user certificate) was entered wrongly just now? It counts towards the lock.</source>
      <translation>いま{name}さんの暗証番号(利用者証明用)をまちがえたことを記録しますか?ロックまでの回数に数えられます。</translation>
    </message>
    <message>
      <source>Guarded session</source>
      <translation>代理操作モード</translation>
    </message>
    <message>
      <source>End the guarded session</source>
      <translation>代理操作を終える</translation>
    </message>
    <message>
      <source>{name}'s last session was not confirmed as logged out.</source>
      <translation>前回の{name}さんの操作がログアウト確認されていません。</translation>
    </message>
    <message>
      <source>familycare was closed while acting for this person. Check each point now, before anyone else uses this device.</source>
      <translation>この人の代わりに操作している途中で familycare が終了しました。ほかの人がこの端末を使う前に、いま一つずつ確かめてください。</translation>
    </message>
    <message>
      <source>Finish acting for {name}</source>
      <translation>{name}さんの代理操作を終える</translation>
    </message>
    <message>
      <source>Check each point, then finish the session.</source>
      <translation>一つずつ確かめてから、代理操作を終えてください。</translation>
    </message>
    <message>
      <source>&amp;Finish session</source>
      <translation>代理操作を終える(&amp;F)</translation>
    </message>
    <message>
      <source>Not yet</source>
      <translation>あとで</translation>
    </message>
    <message>
      <source>Act for a family member</source>
      <translation>家族の代わりに操作する</translation>
    </message>
    <message>
      <source>Person you act for</source>
      <translation>代わりに操作する相手</translation>
    </message>
    <message>
      <source>I understand: one more wrong entry locks the PIN.</source>
      <translation>わかりました:もう1回まちがえると暗証番号がロックされます。</translation>
    </message>
    <message>
      <source>&amp;Person:</source>
      <translation>相手(&amp;P):</translation>
    </message>
    <message>
      <source>Before you start, check each point:</source>
      <translation>始める前に、一つずつ確かめてください:</translation>
    </message>
    <message>
      <source>&amp;Start acting for this person</source>
      <translation>この人として操作を始める(&amp;S)</translation>
    </message>
    <message>
      <source>Act for {name}</source>
      <translation>{name}さんとして操作する</translation>
    </message>
  </context>
  <context>
    <name>records</name>
    <message>
      <source>This date is before the date of birth.</source>
      <translation>生年月日より前の日付です。</translation>
    </message>
    <message>
      <source>This date is in the future. Please check it.</source>
      <translation>未来の日付になっています。確かめてください。</translation>
    </message>
    <message>
      <source>This date is before the card was issued.</source>
      <translation>カードの発行日より前の日付です。</translation>
    </message>
    <message>
      <source>This date is before the card was lost.</source>
      <translation>カードをなくした日より前の日付です。</translation>
    </message>
    <message>
      <source>Please enter the date the card was issued.</source>
      <translation>カードの発行日を入力してください。</translation>
    </message>
    <message>
      <source>Please enter the date you applied for the card.</source>
      <translation>カードを申請した日を入力してください。</translation>
    </message>
    <message>
      <source>The application date cannot be after the issue date.</source>
      <translation>申請日を発行日より後にすることはできません。</translation>
    </message>
    <message>
      <source>The expiry date must be after the issue date.</source>
      <translation>有効期限は発行日より後の日付にしてください。</translation>
    </message>
    <message>
      <source>The certificate cannot be issued before the card.</source>
      <translation>電子証明書の発行日をカードの発行日より前にすることはできません。</translation>
    </message>
    <message>
      <source>The certificate cannot last longer than the card.</source>
      <translation>電子証明書の有効期限はカードの有効期限を超えられません。</translation>
    </message>
    <message>
      <source>A face-authentication card cannot be set up on a smartphone (it has no signing certificate).</source>
      <translation>顔認証マイナンバーカードはスマートフォンに登録できません(署名用電子証明書がないためです)。</translation>
    </message>
    <message>
      <source>No card is recorded for this person.</source>
      <translation>この方のカードは記録されていません。</translation>
    </message>
    <message>
      <source>This card does not have that PIN.</source>
      <translation>このカードにはその暗証番号はありません。</translation>
    </message>
    <message>
      <source>This PIN is already locked after {limit} wrong entries. Have it reset at the municipal office.</source>
      <translation>この暗証番号は{limit}回まちがえたため、すでにロックされています。市区町村の窓口で初期化してもらってください。</translation>
    </message>
    <message>
      <source>This PIN is locked, so it cannot have been entered correctly. Record the reset first.</source>
      <translation>この暗証番号はロックされているため、正しく入力できたはずがありません。先に初期化したことを記録してください。</translation>
    </message>
    <message>
      <source>The end date is before the start date.</source>
      <translation>終了日が開始日より前になっています。</translation>
    </message>
    <message>
      <source>This overlaps another insurance period ({since} to {until}). End that one first.</source>
      <translation>ほかの保険の期間({since}〜{until})と重なっています。先にそちらを終了してください。</translation>
    </message>
    <message>
      <source>National health insurance and late-elderly care have no dependents: each person is insured on their own.</source>
      <translation>国民健康保険と後期高齢者医療には扶養がありません。一人ひとりが加入します。</translation>
    </message>
    <message>
      <source>A person cannot be their own dependent.</source>
      <translation>自分自身を扶養者にすることはできません。</translation>
    </message>
    <message>
      <source>Please choose the insured person from the family.</source>
      <translation>被保険者を家族の中から選んでください。</translation>
    </message>
    <message>
      <source>The insured person has no own insurance on record for that date.</source>
      <translation>その日付に、被保険者本人の保険が記録されていません。</translation>
    </message>
    <message>
      <source>This person is not insured as a dependent.</source>
      <translation>この方は扶養として加入していません。</translation>
    </message>
    <message>
      <source>After leaving work choose voluntary continuation or national health insurance.</source>
      <translation>退職後は任意継続か国民健康保険を選んでください。</translation>
    </message>
    <message>
      <source>Voluntary continuation is only possible under 75.</source>
      <translation>任意継続は75歳未満の方だけが利用できます。</translation>
    </message>
    <message>
      <source>Late-elderly medical care is already recorded from the 75th birthday.</source>
      <translation>75歳の誕生日からの後期高齢者医療は、すでに記録されています。</translation>
    </message>
    <message>
      <source>Please enter the valid-until date printed on the qualification certificate.</source>
      <translation>資格確認書に書かれている有効期限を入力してください。</translation>
    </message>
    <message>
      <source>Tick "held", or enter the date you applied for it.</source>
      <translation>「手元にある」にチェックを入れるか、申請した日を入力してください。</translation>
    </message>
    <message>
      <source>A clinic or pharmacy called {name} is already saved. Use another name.</source>
      <translation>「{name}」という医療機関・薬局はすでに登録されています。別の名前にしてください。</translation>
    </message>
    <message>
      <source>A face-recognition card reader always checks eligibility online.</source>
      <translation>顔認証つきカードリーダーのある医療機関では、必ずオンライン資格確認ができます。</translation>
    </message>
    <message>
      <source>This card is already marked as lost.</source>
      <translation>このカードは、すでに紛失として記録されています。</translation>
    </message>
    <message>
      <source>This lost-card case is already closed.</source>
      <translation>この紛失の手続きは、すでに終わっています。</translation>
    </message>
    <message>
      <source>Express issuance only applies to the reissue application.</source>
      <translation>特急発行は再発行の申請のときだけ選べます。</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>カード</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>種類</translation>
    </message>
    <message>
      <source>Issue date</source>
      <translation>発行日</translation>
    </message>
    <message>
      <source>Application date</source>
      <translation>申請日</translation>
    </message>
    <message>
      <source>Expiry printed on the card</source>
      <translation>カードに書かれた有効期限</translation>
    </message>
    <message>
      <source>Certificate issue date</source>
      <translation>電子証明書の発行日</translation>
    </message>
    <message>
      <source>Notified certificate expiry</source>
      <translation>通知された電子証明書の有効期限</translation>
    </message>
    <message>
      <source>Registration checked on</source>
      <translation>利用登録を確認した日</translation>
    </message>
    <message>
      <source>Smartphone set up</source>
      <translation>スマートフォンに登録済み</translation>
    </message>
    <message>
      <source>PIN</source>
      <translation>暗証番号</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日付</translation>
    </message>
    <message>
      <source>From</source>
      <translation>開始日</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>終了日</translation>
    </message>
    <message>
      <source>Insurer</source>
      <translation>保険者</translation>
    </message>
    <message>
      <source>Dependent</source>
      <translation>扶養</translation>
    </message>
    <message>
      <source>Insured person</source>
      <translation>被保険者</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>発行元</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>有効期限</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>手元にある</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名前</translation>
    </message>
    <message>
      <source>Face-recognition card reader</source>
      <translation>顔認証つきカードリーダー</translation>
    </message>
    <message>
      <source>Lost on</source>
      <translation>なくした日</translation>
    </message>
    <message>
      <source>Lost-card case</source>
      <translation>カード紛失の手続き</translation>
    </message>
    <message>
      <source>Express issuance</source>
      <translation>特急発行</translation>
    </message>
    <message>
      <source>Memo</source>
      <translation>メモ</translation>
    </message>
    <message>
      <source>My Number Card</source>
      <translation>マイナンバーカード</translation>
    </message>
    <message>
      <source>Face-authentication My Number Card</source>
      <translation>顔認証マイナンバーカード</translation>
    </message>
    <message>
      <source>Applied for, not yet issued</source>
      <translation>申請中(まだ発行されていません)</translation>
    </message>
    <message>
      <source>In hand</source>
      <translation>手元にある</translation>
    </message>
    <message>
      <source>Lost</source>
      <translation>紛失</translation>
    </message>
    <message>
      <source>Suspended</source>
      <translation>一時停止中</translation>
    </message>
    <message>
      <source>Being reissued</source>
      <translation>再発行中</translation>
    </message>
    <message>
      <source>Returned</source>
      <translation>返納済み</translation>
    </message>
    <message>
      <source>User-certificate PIN (4 digits)</source>
      <translation>利用者証明用電子証明書の暗証番号(数字4桁)</translation>
    </message>
    <message>
      <source>Signing password (6 to 16 characters)</source>
      <translation>署名用電子証明書のパスワード(6〜16文字)</translation>
    </message>
    <message>
      <source>Card-information PIN (4 digits)</source>
      <translation>券面事項入力補助用の暗証番号(数字4桁)</translation>
    </message>
    <message>
      <source>Resident-registry PIN (4 digits)</source>
      <translation>住民基本台帳用の暗証番号(数字4桁)</translation>
    </message>
    <message>
      <source>Municipal office</source>
      <translation>市区町村の窓口</translation>
    </message>
    <message>
      <source>Convenience store (reserve in the JPKI PIN reset app first)</source>
      <translation>コンビニ(先にJPKI暗証番号リセットアプリで予約します)</translation>
    </message>
    <message>
      <source>Employee health insurance</source>
      <translation>健康保険(会社員など)</translation>
    </message>
    <message>
      <source>Voluntary continuation</source>
      <translation>任意継続</translation>
    </message>
    <message>
      <source>National health insurance</source>
      <translation>国民健康保険</translation>
    </message>
    <message>
      <source>Mutual aid association</source>
      <translation>共済組合</translation>
    </message>
    <message>
      <source>Late-elderly medical care</source>
      <translation>後期高齢者医療</translation>
    </message>
    <message>
      <source>Qualification certificate</source>
      <translation>資格確認書</translation>
    </message>
    <message>
      <source>Qualification notice</source>
      <translation>資格情報のお知らせ</translation>
    </message>
    <message>
      <source>Cost-cap certificate</source>
      <translation>限度額適用認定証</translation>
    </message>
    <message>
      <source>Clinic</source>
      <translation>診療所</translation>
    </message>
    <message>
      <source>Hospital</source>
      <translation>病院</translation>
    </message>
    <message>
      <source>Pharmacy</source>
      <translation>薬局</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>あり</translation>
    </message>
    <message>
      <source>no</source>
      <translation>なし</translation>
    </message>
    <message>
      <source>not known</source>
      <translation>わからない</translation>
    </message>
    <message>
      <source>Phone to suspend the card (24 hours)</source>
      <translation>電話でカードを一時停止する(24時間受付)</translation>
    </message>
    <message>
      <source>Report the loss to the police</source>
      <translation>警察に遺失届を出す</translation>
    </message>
    <message>
      <source>Report the loss at the municipal office</source>
      <translation>市区町村の窓口に紛失を届け出る</translation>
    </message>
    <message>
      <source>Apply for a new card</source>
      <translation>カードの再発行を申請する</translation>
    </message>
    <message>
      <source>Ask the insurer for a qualification certificate</source>
      <translation>保険者に資格確認書を申請する</translation>
    </message>
    <message>
      <source>The move revoked the signing certificate. Have it issued again at the municipal office.</source>
      <translation>引っ越しで署名用電子証明書が失効しました。市区町村の窓口で発行し直してもらってください。</translation>
    </message>
    <message>
      <source>{dependent} is a dependent of {holder}, who turns 75 on {date}. {dependent} must join national health insurance or another scheme from that day.</source>
      <translation>{dependent}さんは{holder}さんの扶養に入っています。{holder}さんは{date}に75歳になります。その日から{dependent}さんは国民健康保険などに加入する必要があります。</translation>
    </message>
    <message>
      <source>{member} turns 75 on {date}: late-elderly medical care starts that day. Record the new insurance when its papers arrive.</source>
      <translation>{member}さんは{date}に75歳になり、その日から後期高齢者医療に切り替わります。書類が届いたら新しい保険を記録してください。</translation>
    </message>
    <message>
      <source>{dependent} now has national health insurance in their own name from {date}.</source>
      <translation>{dependent}さんは{date}から本人名義の国民健康保険に加入しています。</translation>
    </message>
    <message>
      <source>How to show insurance</source>
      <translation>保険の示し方</translation>
    </message>
    <message>
      <source>How to confirm identity</source>
      <translation>本人確認の方法</translation>
    </message>
    <message>
      <source>If that does not work</source>
      <translation>うまくいかないとき</translation>
    </message>
    <message>
      <source>Take along</source>
      <translation>持ち物</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>注意</translation>
    </message>
    <message>
      <source>What to do</source>
      <translation>すること</translation>
    </message>
    <message>
      <source>Say at reception</source>
      <translation>受付で言うこと</translation>
    </message>
    <message>
      <source>Visit plan for {member} on {date}</source>
      <translation>{member}さんの受診プラン({date})</translation>
    </message>
    <message>
      <source>At {facility}</source>
      <translation>受診先: {facility}</translation>
    </message>
    <message>
      <source>No clinic chosen: planned for a clinic whose card reader is not known.</source>
      <translation>受診先が選ばれていません。カードリーダーの種類がわからない医療機関として計画しています。</translation>
    </message>
    <message>
      <source>Card valid until {date}</source>
      <translation>カードの有効期限: {date}</translation>
    </message>
    <message>
      <source>Certificate valid until {date}</source>
      <translation>電子証明書の有効期限: {date}</translation>
    </message>
    <message>
      <source>Rules version {version}</source>
      <translation>ルールの版: {version}</translation>
    </message>
    <message>
      <source>none</source>
      <translation>なし</translation>
    </message>
    <message>
      <source>No clinics or pharmacies saved yet.</source>
      <translation>医療機関・薬局はまだ登録されていません。</translation>
    </message>
  </context>
  <context>
    <name>recovery</name>
    <message>
      <source>The household could not be opened</source>
      <translation>世帯を開けませんでした</translation>
    </message>
    <message>
      <source>Start a new, empty household (the damaged file is kept)</source>
      <translation>新しい空の世帯を始める(壊れたファイルは残します)</translation>
    </message>
    <message>
      <source>Quit without changing anything</source>
      <translation>何も変えずに終了する</translation>
    </message>
    <message>
      <source>The file is:
{file}</source>
      <translation>ファイルの場所:
{file}</translation>
    </message>
    <message>
      <source>No good backup was found in the backup folder.</source>
      <translation>バックアップのフォルダーに、使えるバックアップが見つかりませんでした。</translation>
    </message>
    <message>
      <source>Restore the newest good backup (none found)</source>
      <translation>いちばん新しい正常なバックアップに戻す(見つかりません)</translation>
    </message>
    <message>
      <source>Restore the newest good backup, from {when} ({count} family members)</source>
      <translation>いちばん新しい正常なバックアップ({when}、家族 {count} 人)に戻す</translation>
    </message>
    <message>
      <source>Nothing was changed</source>
      <translation>何も変更していません</translation>
    </message>
    <message>
      <source>familycare is already open for this household in another window. Use that window: two windows on one household could overwrite each other's changes.</source>
      <translation>この世帯は、別のウィンドウですでに familycare で開いています。そちらのウィンドウを使ってください。1つの世帯を2つのウィンドウで開くと、お互いの変更を上書きしてしまうおそれがあります。</translation>
    </message>
    <message>
      <source>Already open</source>
      <translation>すでに開いています</translation>
    </message>
    <message>
      <source>Today's automatic backup could not be written (is the disk full?). Your household itself is fine.</source>
      <translation>今日の自動バックアップを保存できませんでした(ディスクがいっぱいかもしれません)。世帯のデータ自体は無事です。</translation>
    </message>
  </context>
  <context>
    <name>relationship</name>
    <message>
      <source>Me</source>
      <translation>本人</translation>
    </message>
    <message>
      <source>Parent</source>
      <translation>親</translation>
    </message>
    <message>
      <source>Spouse</source>
      <translation>配偶者</translation>
    </message>
    <message>
      <source>Child</source>
      <translation>子</translation>
    </message>
    <message>
      <source>Grandparent</source>
      <translation>祖父母</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>その他</translation>
    </message>
  </context>
  <context>
    <name>roles</name>
    <message>
      <source>Goes along on visit days</source>
      <translation>受診の付き添い</translation>
    </message>
    <message>
      <source>Contact when stuck</source>
      <translation>困った時の連絡先</translation>
    </message>
    <message>
      <source>Registers proxies in Mynaportal</source>
      <translation>マイナポータルの代理人登録</translation>
    </message>
    <message>
      <source>Sets up and reviews who may act for them in マイナポータル (Mynaportal, the government's online service). Must be 18 or over.</source>
      <translation>マイナポータルで代理人を登録し、見直す人です(18歳以上の人に限ります)。</translation>
    </message>
    <message>
      <source>Goes with them to the clinic or pharmacy and helps at reception.</source>
      <translation>病院や薬局にいっしょに行き、受付で手伝う人です。</translation>
    </message>
    <message>
      <source>Printed on the visit card: the person to call when the card does not work.</source>
      <translation>受診カードに印刷されます。カードが使えなかった時に電話する人です。</translation>
    </message>
    <message>
      <source>Proxies: {name}</source>
      <translation>代理人登録:{name}</translation>
    </message>
    <message>
      <source>Goes along: {name}</source>
      <translation>付き添い:{name}</translation>
    </message>
    <message>
      <source>Contact: {name}</source>
      <translation>連絡先:{name}</translation>
    </message>
    <message>
      <source>Choose someone other than {name}: a role is someone else helping them.</source>
      <translation>{name}さん本人以外の人を選んでください。担当は、ほかの家族が手伝う役割です。</translation>
    </message>
    <message>
      <source>{name} is under {age}. Registering proxies needs an adult; choose someone else.</source>
      <translation>{name}さんは{age}歳未満です。代理人の登録は大人しかできません。別の人を選んでください。</translation>
    </message>
  </context>
  <context>
    <name>rules</name>
    <message>
      <source>{value} (your household's choice)</source>
      <translation>{value}(この世帯の選択)</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>ルール</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>値</translation>
    </message>
    <message>
      <source>In force since</source>
      <translation>適用開始日</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>確かさ</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>出典</translation>
    </message>
    <message>
      <source>Rules and sources</source>
      <translation>ルールと出典</translation>
    </message>
    <message>
      <source>Official</source>
      <translation>公式</translation>
    </message>
    <message>
      <source>Secondary source only</source>
      <translation>公式以外の情報のみ</translation>
    </message>
    <message>
      <source>Sources disagree</source>
      <translation>情報源によって異なる</translation>
    </message>
    <message>
      <source>Rule set {version}. Dates shown are those in force on {today}.</source>
      <translation>ルールの版: {version}。{today}時点で有効な値を表示しています。</translation>
    </message>
    <message>
      <source>Rules in force</source>
      <translation>有効なルール</translation>
    </message>
    <message>
      <source>Shipped rule (to the end of the month)</source>
      <translation>標準のルール(月末まで)</translation>
    </message>
    <message>
      <source>To the end of the third month after the month of expiry</source>
      <translation>有効期限の月の3か月後の月末まで</translation>
    </message>
    <message>
      <source>Three months from the exact expiry date (one insurer's reading)</source>
      <translation>有効期限の日からちょうど3か月(一部の保険者の数え方)</translation>
    </message>
    <message>
      <source>Grace period counting</source>
      <translation>猶予期間の数え方</translation>
    </message>
    <message>
      <source>Shipped rule ({days} days)</source>
      <translation>標準のルール({days}日)</translation>
    </message>
    <message>
      <source> days</source>
      <translation> 日</translation>
    </message>
    <message>
      <source>Switch-lag days</source>
      <translation>切り替え直後とみなす日数</translation>
    </message>
    <message>
      <source>Your household's choice where sources disagree</source>
      <translation>情報源によって異なるルールについての、この世帯の選択</translation>
    </message>
    <message>
      <source>Every plan and to-do that your choice changes says so next to the result.</source>
      <translation>この選択で結果が変わる計画ややることには、そのことが表示されます。</translation>
    </message>
    <message>
      <source>{english}</source>
      <translation>{japanese}</translation>
    </message>
  </context>
  <context>
    <name>shared_db</name>
    <message>
      <source>Shared database</source>
      <translation>共有データベース</translation>
    </message>
    <message>
      <source>This PC now uses: {where}.</source>
      <translation>このパソコンが今使っているもの：{where}。</translation>
    </message>
    <message>
      <source>the household file on this PC</source>
      <translation>このパソコンの世帯ファイル</translation>
    </message>
    <message>
      <source>Two homes, or a care office, can keep one family's household on a PostgreSQL server and open it from several computers. Ask whoever runs the server for these details.</source>
      <translation>離れて暮らす家族や介護事業所が、1つの家族の世帯を PostgreSQL サーバーに置いて、複数のコンピューターから開けます。下の内容はサーバーの管理者に聞いてください。</translation>
    </message>
    <message>
      <source>Sensitive notes stay on each computer: the shared database only knows that a note exists and on which computer its text is.</source>
      <translation>秘密のメモはそれぞれのコンピューターに残ります。共有データベースが知っているのは、メモがあることと、本文がどのコンピューターにあるかだけです。</translation>
    </message>
    <message>
      <source>Empty: use the password saved in the keyring</source>
      <translation>空欄：キーリングに保存したパスワードを使います</translation>
    </message>
    <message>
      <source>Required (recommended)</source>
      <translation>必須（おすすめ）</translation>
    </message>
    <message>
      <source>Required, and check the server's certificate</source>
      <translation>必須、サーバーの証明書も確認する</translation>
    </message>
    <message>
      <source>If the server offers it</source>
      <translation>サーバーが対応していれば使う</translation>
    </message>
    <message>
      <source>Off (only on a home network you trust)</source>
      <translation>使わない（信頼できる家庭内のネットワークだけ）</translation>
    </message>
    <message>
      <source>&amp;Server</source>
      <translation>サーバー(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Port</source>
      <translation>ポート(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Database</source>
      <translation>データベース(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;User</source>
      <translation>ユーザー名(&amp;U)</translation>
    </message>
    <message>
      <source>Pass&amp;word</source>
      <translation>パスワード(&amp;W)</translation>
    </message>
    <message>
      <source>&amp;Encryption</source>
      <translation>暗号化(&amp;E)</translation>
    </message>
    <message>
      <source>The password is kept only in this computer's keyring, never in a file.</source>
      <translation>パスワードはこのコンピューターのキーリングにだけ保存し、ファイルには書きません。</translation>
    </message>
    <message>
      <source>&amp;Test connection</source>
      <translation>接続を試す(&amp;T)</translation>
    </message>
    <message>
      <source>Use this database on this &amp;PC</source>
      <translation>このパソコンでこのデータベースを使う(&amp;P)</translation>
    </message>
    <message>
      <source>Go back to the household &amp;file on this PC</source>
      <translation>このパソコンの世帯ファイルに戻す(&amp;F)</translation>
    </message>
    <message>
      <source>Testing the connection…</source>
      <translation>接続を試しています…</translation>
    </message>
    <message>
      <source>Connecting…</source>
      <translation>接続しています…</translation>
    </message>
    <message>
      <source>Opening the household file…</source>
      <translation>世帯ファイルを開いています…</translation>
    </message>
    <message>
      <source>The shared household could not be opened</source>
      <translation>共有の世帯を開けませんでした</translation>
    </message>
    <message>
      <source>Shared database settings…</source>
      <translation>共有データベースの設定…</translation>
    </message>
    <message>
      <source>Open the household file on this PC this time</source>
      <translation>今回はこのパソコンの世帯ファイルを開く</translation>
    </message>
  </context>
  <context>
    <name>storage</name>
    <message>
      <source>This household was saved by a newer version of familycare. It was not changed. Please install the newer version to open it.</source>
      <translation>この世帯は新しい版の familycare で保存されています。変更はしていません。開くには新しい版を入れてください。</translation>
    </message>
    <message>
      <source>This file is not a familycare household. It was not changed. Choose another folder.</source>
      <translation>このファイルは familycare の世帯ではありません。変更はしていません。別のフォルダーを選んでください。</translation>
    </message>
    <message>
      <source>The household file is damaged and cannot be read. It was not changed. Restore a backup or start a new household.</source>
      <translation>世帯のファイルが壊れていて読めません。変更はしていません。バックアップから戻すか、新しい世帯を始めてください。</translation>
    </message>
    <message>
      <source>The household could not be opened ({detail}). Check that the folder or server is reachable and try again.</source>
      <translation>世帯を開けませんでした({detail})。フォルダーやサーバーにつながるか確かめて、もう一度お試しください。</translation>
    </message>
    <message>
      <source>Someone else changed this record after you opened it. Your change was not saved; the latest version is shown.</source>
      <translation>開いたあとに、ほかの人がこの記録を変更しました。あなたの変更は保存されていません。最新の内容を表示しています。</translation>
    </message>
    <message>
      <source>That record no longer exists.</source>
      <translation>その記録はもうありません。</translation>
    </message>
    <message>
      <source>The household is busy: another familycare window or command is saving. Nothing was changed. Wait a moment and try again.</source>
      <translation>世帯のファイルが使用中です。別の familycare のウィンドウかコマンドが保存しています。何も変更していません。少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
      <source>The disk is full, so this change was not saved. Everything saved before is safe. Free some space and try again.</source>
      <translation>ディスクがいっぱいのため、この変更は保存されませんでした。それまでに保存した内容は無事です。空き容量を作ってから、もう一度お試しください。</translation>
    </message>
  </context>
  <context>
    <name>timeline</name>
    <message>
      <source>If it is not renewed, after {expires_on} {member}'s card works as an insurance card only until {grace_until} (the grace period).</source>
      <translation>更新しないと、{member}さんのカードは{expires_on}のあと、{grace_until}までしか保険証として使えません(猶予期間)。</translation>
    </message>
    <message>
      <source>If nothing is renewed, {member}'s card stops working as an insurance card after {grace_until}.</source>
      <translation>何も更新しないと、{member}さんのカードは{grace_until}を過ぎると保険証として使えなくなります。</translation>
    </message>
    <message>
      <source>{member}'s card stopped working as an insurance card after {grace_until}. Renew it at the municipal office and register it for insurance again; meanwhile use the qualification certificate.</source>
      <translation>{member}さんのカードは{grace_until}を過ぎて保険証として使えなくなりました。市区町村の窓口で更新し、もう一度保険証として登録してください。それまでは資格確認書を使います。</translation>
    </message>
    <message>
      <source>{member}'s My Number Card is valid until {valid_until}.</source>
      <translation>{member}さんのマイナンバーカードは{valid_until}まで有効です。</translation>
    </message>
    <message>
      <source>{member}'s certificate (the dated part inside the card) is valid until {valid_until}.</source>
      <translation>{member}さんの電子証明書(カードの中の有効期限のある部分)は{valid_until}まで有効です。</translation>
    </message>
    <message>
      <source>{member}'s My Number Card expires on {expires_on}. From {opens_on} a new card can be applied for online, by post or at a photo booth.</source>
      <translation>{member}さんのマイナンバーカードは{expires_on}に切れます。{opens_on}から、オンライン・郵送・証明写真機で新しいカードを申請できます。</translation>
    </message>
    <message>
      <source>{member}'s My Number Card expires on {expires_on} ({countdown}). A new card can be applied for now: online, by post or at a photo booth.</source>
      <translation>{member}さんのマイナンバーカードは{expires_on}に切れます({countdown})。新しいカードは今から申請できます(オンライン・郵送・証明写真機)。</translation>
    </message>
    <message>
      <source>A new card for {member} could be applied for from {opens_on} to {expires_on}.</source>
      <translation>{member}さんの新しいカードは{opens_on}から{expires_on}まで申請できました。</translation>
    </message>
    <message>
      <source>{member}'s certificate (the dated part inside the card) expires on {expires_on}. Renewal at the municipal office opens on {opens_on}.</source>
      <translation>{member}さんの電子証明書(カードの中の有効期限のある部分)は{expires_on}に切れます。市区町村の窓口での更新は{opens_on}から受け付けます。</translation>
    </message>
    <message>
      <source>{member}'s certificate (the dated part inside the card) expires on {expires_on} ({countdown}). Renewal is open now at the municipal office.</source>
      <translation>{member}さんの電子証明書(カードの中の有効期限のある部分)は{expires_on}に切れます({countdown})。更新は今から市区町村の窓口で受け付けています。</translation>
    </message>
    <message>
      <source>{member}'s certificate could be renewed from {opens_on} to {expires_on}.</source>
      <translation>{member}さんの電子証明書は{opens_on}から{expires_on}まで更新できました。</translation>
    </message>
    <message>
      <source>{member}'s My Number Card expired on {expires_on}. It works as an insurance card only until {grace_until} ({countdown}): apply for a new card before then.</source>
      <translation>{member}さんのマイナンバーカードは{expires_on}に切れました。保険証として使えるのは{grace_until}までです({countdown})。それまでに新しいカードを申請してください。</translation>
    </message>
    <message>
      <source>{member}'s certificate expired on {expires_on}. The card works as an insurance card only until {grace_until} ({countdown}): renew the certificate at the municipal office before then.</source>
      <translation>{member}さんの電子証明書は{expires_on}に切れました。カードを保険証として使えるのは{grace_until}までです({countdown})。それまでに市区町村の窓口で電子証明書を更新してください。</translation>
    </message>
    <message>
      <source>The grace period after {member}'s card expired ended on {grace_until}.</source>
      <translation>{member}さんのカードが切れたあとの猶予期間は{grace_until}で終わりました。</translation>
    </message>
    <message>
      <source>The grace period after {member}'s certificate expired ended on {grace_until}.</source>
      <translation>{member}さんの電子証明書が切れたあとの猶予期間は{grace_until}で終わりました。</translation>
    </message>
    <message>
      <source>{member}'s card is lost. Follow the lost-card steps on the To-do tab; meanwhile a qualification certificate works at clinics.</source>
      <translation>{member}さんのカードは紛失中です。「やること」タブの紛失の手順を進めてください。その間、医療機関では資格確認書が使えます。</translation>
    </message>
    <message>
      <source>{member}'s card is suspended. Follow the lost-card steps on the To-do tab; meanwhile a qualification certificate works at clinics.</source>
      <translation>{member}さんのカードは利用停止中です。「やること」タブの紛失の手順を進めてください。その間、医療機関では資格確認書が使えます。</translation>
    </message>
    <message>
      <source>A new card for {member} is being made. Meanwhile a qualification certificate works at clinics.</source>
      <translation>{member}さんの新しいカードを作っているところです。その間、医療機関では資格確認書が使えます。</translation>
    </message>
    <message>
      <source>{member}'s card was given back to the municipal office.</source>
      <translation>{member}さんのカードは市区町村に返納しました。</translation>
    </message>
    <message>
      <source>{member}'s qualification certificate (資格確認書) is valid until {valid_until} ({countdown}). Check that a new one arrives before then.</source>
      <translation>{member}さんの資格確認書は{valid_until}まで有効です({countdown})。それまでに新しいものが届くか確かめてください。</translation>
    </message>
    <message>
      <source>{member}'s qualification certificate (資格確認書) was valid until {valid_until}.</source>
      <translation>{member}さんの資格確認書は{valid_until}まで有効でした。</translation>
    </message>
    <message>
      <source>{member} turns 75 on {birthday} ({countdown}): late-elderly medical care (75+) starts that day without any application.</source>
      <translation>{member}さんは{birthday}に75歳になります({countdown})。その日から後期高齢者医療制度に切り替わります(申請はいりません)。</translation>
    </message>
    <message>
      <source>{member} turned 75 on {birthday}: in late-elderly medical care (75+) since then.</source>
      <translation>{member}さんは{birthday}に75歳になり、それから後期高齢者医療制度に入っています。</translation>
    </message>
    <message>
      <source>{member} has a visit on {visit_on} ({countdown}) {facility}</source>
      <translation>{member}さんは{visit_on}に受診の予定があります({countdown}) {facility}</translation>
    </message>
    <message>
      <source>{member} had a visit on {visit_on} {facility}</source>
      <translation>{member}さんは{visit_on}に受診しました {facility}</translation>
    </message>
    <message>
      <source>Born on 29 February: in a year without one, the birthday counts on 28 February.</source>
      <translation>2月29日生まれのため、2月29日がない年は2月28日を誕生日として数えます。</translation>
    </message>
    <message>
      <source>This date is worked out from the birth and issue dates: check it on the card or the notice.</source>
      <translation>この日付は生年月日と発行日から計算したものです。カードや通知で確かめてください。</translation>
    </message>
    <message>
      <source>This is the family's next problem.</source>
      <translation>家族の中で、次に対応が必要なことです。</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>有効</translation>
    </message>
    <message>
      <source>Renewal open</source>
      <translation>更新受付中</translation>
    </message>
    <message>
      <source>Grace period</source>
      <translation>猶予期間</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>期限切れ</translation>
    </message>
    <message>
      <source>Card not at hand</source>
      <translation>カードが手元にありません</translation>
    </message>
    <message>
      <source>Qualification certificate</source>
      <translation>資格確認書</translation>
    </message>
    <message>
      <source>75th birthday</source>
      <translation>75歳の誕生日</translation>
    </message>
    <message>
      <source>Visit</source>
      <translation>受診</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>カード</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>電子証明書</translation>
    </message>
    <message>
      <source>Papers, visits</source>
      <translation>書類・受診</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>今日</translation>
    </message>
    <message>
      <source>Next problem</source>
      <translation>次に対応</translation>
    </message>
    <message>
      <source>{year} ({era})</source>
      <translation>{year}年({era_kanji})</translation>
    </message>
    <message>
      <source>Jan</source>
      <translation>1月</translation>
    </message>
    <message>
      <source>Feb</source>
      <translation>2月</translation>
    </message>
    <message>
      <source>Mar</source>
      <translation>3月</translation>
    </message>
    <message>
      <source>Apr</source>
      <translation>4月</translation>
    </message>
    <message>
      <source>May</source>
      <translation>5月</translation>
    </message>
    <message>
      <source>Jun</source>
      <translation>6月</translation>
    </message>
    <message>
      <source>Jul</source>
      <translation>7月</translation>
    </message>
    <message>
      <source>Aug</source>
      <translation>8月</translation>
    </message>
    <message>
      <source>Sep</source>
      <translation>9月</translation>
    </message>
    <message>
      <source>Oct</source>
      <translation>10月</translation>
    </message>
    <message>
      <source>Nov</source>
      <translation>11月</translation>
    </message>
    <message>
      <source>Dec</source>
      <translation>12月</translation>
    </message>
    <message>
      <source>Family timeline on {today}</source>
      <translation>家族のタイムライン {today}現在</translation>
    </message>
    <message>
      <source>Key to the timeline</source>
      <translation>タイムラインの見方</translation>
    </message>
    <message>
      <source>About the chosen bar</source>
      <translation>選んだ帯の説明</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
      <source>Print the timeline</source>
      <translation>タイムラインを印刷</translation>
    </message>
    <message>
      <source>{first} to {last}. Click a bar or use the arrow keys to read about it; the thick outline is the family's next problem.</source>
      <translation>{first}から{last}まで。帯をクリックするか矢印キーで選ぶと、下に説明が出ます。太い枠は、家族の中で次に対応が必要なことです。</translation>
    </message>
    <message>
      <source>No family members yet.</source>
      <translation>まだ家族が登録されていません。</translation>
    </message>
    <message>
      <source>Nothing needs doing in these months. Choose a bar to read about it.</source>
      <translation>この期間にすることはありません。帯を選ぶと説明が出ます。</translation>
    </message>
    <message>
      <source>Not printed</source>
      <translation>印刷できませんでした</translation>
    </message>
    <message>
      <source>The printer or the file could not be opened. Check that the printer is on, or choose another file name.</source>
      <translation>プリンターまたはファイルを開けませんでした。プリンターの電源を確かめるか、別のファイル名を選んでください。</translation>
    </message>
    <message>
      <source>Family timeline</source>
      <translation>家族のタイムライン</translation>
    </message>
    <message>
      <source>One lane per family member: card, certificate, and papers and visits, over the months. Arrow keys move between bars; the explanation is shown below.</source>
      <translation>家族ひとりにつき1段で、カード・電子証明書・書類と受診を月ごとに示します。矢印キーで帯を移ると、下に説明が出ます。</translation>
    </message>
  </context>
  <context>
    <name>todo</name>
    <message>
      <source>Card renewal opens on {opens_on}</source>
      <translation>カードの更新手続きは{opens_on}からできます</translation>
    </message>
    <message>
      <source>Certificate renewal opens on {opens_on}</source>
      <translation>電子証明書の更新は{opens_on}からできます</translation>
    </message>
    <message>
      <source>My Number Card expires on {expires_on}</source>
      <translation>マイナンバーカードの有効期限は{expires_on}です</translation>
    </message>
    <message>
      <source>Certificate (the dated part inside the card) expires on {expires_on}</source>
      <translation>電子証明書(カードの中の有効期限のある部分)の有効期限は{expires_on}です</translation>
    </message>
    <message>
      <source>Expired: the card works as an insurance card only until {grace_until}</source>
      <translation>期限切れです。保険証として使えるのは{grace_until}までです</translation>
    </message>
    <message>
      <source>The card stopped working as an insurance card after {grace_until}</source>
      <translation>{grace_until}を過ぎたため、保険証として使えなくなりました</translation>
    </message>
    <message>
      <source>{pin} is locked</source>
      <translation>{pin}がロックされています</translation>
    </message>
    <message>
      <source>{pin}: only one try left</source>
      <translation>{pin}:あと1回まちがえるとロックされます</translation>
    </message>
    <message>
      <source>Turns 75 on {birthday}: late-elderly medical care (75+) starts</source>
      <translation>{birthday}に75歳になります。後期高齢者医療制度に切り替わります</translation>
    </message>
    <message>
      <source>A dependent spouse under 75 needs new insurance by {due}</source>
      <translation>扶養されている75歳未満の配偶者は{due}までに新しい保険が必要です</translation>
    </message>
    <message>
      <source>Qualification certificate valid until {valid_until}</source>
      <translation>資格確認書の有効期限は{valid_until}です</translation>
    </message>
    <message>
      <source>Card not confirmed as registered for insurance</source>
      <translation>保険証としての利用登録が確認できていません</translation>
    </message>
    <message>
      <source>Turns 15 on {birthday}</source>
      <translation>{birthday}に15歳になります</translation>
    </message>
    <message>
      <source>Turns 18 on {birthday}</source>
      <translation>{birthday}に18歳になります</translation>
    </message>
    <message>
      <source>Lost card: suspend it by phone</source>
      <translation>カード紛失:電話で利用を止めてください</translation>
    </message>
    <message>
      <source>Lost card: report it to the police</source>
      <translation>カード紛失:警察に届け出てください</translation>
    </message>
    <message>
      <source>Lost card: report the loss at the municipal office</source>
      <translation>カード紛失:市区町村の窓口に紛失届を出してください</translation>
    </message>
    <message>
      <source>Lost card: apply for a new card</source>
      <translation>カード紛失:再交付を申請してください</translation>
    </message>
    <message>
      <source>Lost card: ask for a qualification certificate</source>
      <translation>カード紛失:資格確認書を申請してください</translation>
    </message>
    <message>
      <source>Qualification notice not received yet (insurance changed on {since})</source>
      <translation>資格情報のお知らせがまだ届いていません({since}に保険が変わりました)</translation>
    </message>
    <message>
      <source>Insurance just changed (on {since})</source>
      <translation>保険が変わったばかりです({since}から)</translation>
    </message>
    <message>
      <source>Visit on {visit_on} {facility}</source>
      <translation>{visit_on} {facility}を受診します</translation>
    </message>
    <message>
      <source>Visit card for {visit_on} is out of date</source>
      <translation>{visit_on}の受診メモが古くなっています</translation>
    </message>
    <message>
      <source>From {opens_on} you can apply for a new card online, by post or at a photo booth.</source>
      <translation>{opens_on}から、新しいカードをオンライン・郵送・証明写真機で申請できます。</translation>
    </message>
    <message>
      <source>From {opens_on} the certificate can be renewed at the municipal office. Renewing early loses nothing.</source>
      <translation>{opens_on}から、市区町村の窓口で電子証明書を更新できます。早めに更新しても損はありません。</translation>
    </message>
    <message>
      <source>Apply for a new card now (online, by post or at a photo booth) and collect it at the municipal office.</source>
      <translation>今すぐ新しいカードを申請してください(オンライン・郵送・証明写真機)。受け取りは市区町村の窓口です。</translation>
    </message>
    <message>
      <source>Renew the certificate at the municipal office. A family member can go with the inquiry-and-answer form (照会書兼回答書).</source>
      <translation>市区町村の窓口で電子証明書を更新してください。家族が照会書兼回答書を持って代わりに行くこともできます。</translation>
    </message>
    <message>
      <source>Renew it at the municipal office before {grace_until}. Until then clinics can only check eligibility.</source>
      <translation>{grace_until}までに市区町村の窓口で更新してください。それまで医療機関では資格の確認だけができます。</translation>
    </message>
    <message>
      <source>Renew it at the municipal office, then register the card for insurance again. Meanwhile use the qualification certificate from the insurer.</source>
      <translation>市区町村の窓口で更新し、もう一度保険証の利用登録をしてください。それまでは保険者から届く資格確認書を使います。</translation>
    </message>
    <message>
      <source>Reset it at the municipal office (open {office_days}). Face recognition at the clinic still works.</source>
      <translation>市区町村の窓口で再設定してください(開いている日:{office_days})。医療機関の顔認証は今も使えます。</translation>
    </message>
    <message>
      <source>Do not type this PIN: one more mistake locks it. Use face recognition where the card reader has it; otherwise hand the card to the staff.</source>
      <translation>この暗証番号は入力しないでください。あと1回まちがえるとロックされます。カードリーダーに顔認証があれば顔認証を使い、なければカードを職員に渡してください。</translation>
    </message>
    <message>
      <source>It starts on the birthday without any application. Confirm the new insurance and add the insurer when the papers arrive.</source>
      <translation>申請しなくても誕生日から切り替わります。新しい保険を確認し、書類が届いたら保険者を入力してください。</translation>
    </message>
    <message>
      <source>If a spouse under 75 is a dependent on this insurance, they must join National Health Insurance (国保) or another scheme within 14 days.</source>
      <translation>75歳未満の配偶者がこの保険の扶養に入っている場合は、14日以内に国民健康保険(国保)などに加入する必要があります。</translation>
    </message>
    <message>
      <source>Check that a new one has arrived. If not, ask the insurer.</source>
      <translation>新しいものが届いているか確認してください。届いていなければ保険者に問い合わせてください。</translation>
    </message>
    <message>
      <source>A face-authentication card can only be registered at a clinic's card reader: do it at the next visit.</source>
      <translation>顔認証マイナンバーカードの利用登録は、医療機関のカードリーダーでしかできません。次の受診のときに登録してください。</translation>
    </message>
    <message>
      <source>From 15 the child sets their own PIN and can get a signing certificate; a parent can no longer register as their agent alone.</source>
      <translation>15歳からは本人が暗証番号を設定し、署名用電子証明書も持てます。親だけで代理人の登録はできなくなります。</translation>
    </message>
    <message>
      <source>From 18, a new card is valid for 10 years instead of 5.</source>
      <translation>18歳からは、新しいカードの有効期間が5年から10年になります。</translation>
    </message>
    <message>
      <source>Call {free_dial} (free, 24 hours) or {call_center} to suspend the card.</source>
      <translation>{free_dial}(無料・24時間)または{call_center}に電話して、カードの利用を止めてください。</translation>
    </message>
    <message>
      <source>Report the loss at a police station and write down the report number.</source>
      <translation>警察署に紛失を届け出て、受理番号を書きとめてください。</translation>
    </message>
    <message>
      <source>Report the loss at the municipal office (open {office_days}).</source>
      <translation>市区町村の窓口に紛失届を出してください(開いている日:{office_days})。</translation>
    </message>
    <message>
      <source>Apply for a new card (¥{fee}). Express issuance (about {express_days} days, ¥{express_fee}) is possible until {due}.</source>
      <translation>新しいカードを申請してください({fee}円)。特急発行(約{express_days}日、{express_fee}円)は{due}まで申し込めます。</translation>
    </message>
    <message>
      <source>Ask the insurer for a qualification certificate to use at clinics meanwhile.</source>
      <translation>それまで医療機関で使えるよう、保険者に資格確認書を申請してください。</translation>
    </message>
    <message>
      <source>Ask the new insurer for the qualification notice, or print the qualification screen from マイナポータル.</source>
      <translation>新しい保険者に資格情報のお知らせを頼むか、マイナポータルの資格情報画面を印刷してください。</translation>
    </message>
    <message>
      <source>Check in マイナポータル (Mynaportal, the government's online service) or at a clinic's card reader that the card is registered as an insurance card.</source>
      <translation>マイナポータルか医療機関のカードリーダーで、保険証として登録されているか確認してください。</translation>
    </message>
    <message>
      <source>No card to show and no qualification certificate on record</source>
      <translation>見せられるカードがなく、資格確認書の記録もありません</translation>
    </message>
    <message>
      <source>No card to show, and the qualification certificate ran out on {expired_on}</source>
      <translation>見せられるカードがなく、資格確認書は{expired_on}で期限が切れています</translation>
    </message>
    <message>
      <source>Without a My Number insurance card, clinics need a qualification certificate. If one has arrived, record it under Documents; if not, ask the insurer to send one.</source>
      <translation>マイナ保険証がないときは、医療機関で資格確認書が必要です。届いていれば「書類」に記録してください。届いていなければ、保険者に送ってもらうよう頼んでください。</translation>
    </message>
    <message>
      <source>Until {until}, say 「保険が切り替わった直後です」 (“my insurance has just changed”) at reception. If the card shows no record, fill in the self-declaration.</source>
      <translation>{until}までは、受付で「保険が切り替わった直後です」と伝えてください。カードで確認できないときは被保険者資格申立書を書きます。</translation>
    </message>
    <message>
      <source>Look at the visit card: what to bring and what to say.</source>
      <translation>受診メモで、持ち物と受付で言うことを確認してください。</translation>
    </message>
    <message>
      <source>Something changed since the visit card was printed. Print it again.</source>
      <translation>受診メモを印刷した後に内容が変わりました。もう一度印刷してください。</translation>
    </message>
    <message>
      <source>Card OK</source>
      <translation>カードOK</translation>
    </message>
    <message>
      <source>Renewal open</source>
      <translation>更新できます</translation>
    </message>
    <message>
      <source>Expired, works until {grace_until}</source>
      <translation>期限切れ・{grace_until}まで使えます</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>期限切れ</translation>
    </message>
    <message>
      <source>Card lost</source>
      <translation>カード紛失</translation>
    </message>
    <message>
      <source>Card not at hand</source>
      <translation>カードが手元にありません</translation>
    </message>
    <message>
      <source>No card</source>
      <translation>カードなし</translation>
    </message>
    <message>
      <source>Not registered</source>
      <translation>利用登録なし</translation>
    </message>
    <message>
      <source>PIN locked</source>
      <translation>暗証番号ロック</translation>
    </message>
    <message>
      <source>PIN: 1 try left</source>
      <translation>暗証番号:あと1回</translation>
    </message>
    <message>
      <source>Insurer just changed</source>
      <translation>保険が変わったばかり</translation>
    </message>
    <message>
      <source>Turns 75 soon</source>
      <translation>もうすぐ75歳</translation>
    </message>
    <message>
      <source>75+: confirm insurance</source>
      <translation>75歳以上:保険を確認</translation>
    </message>
    <message>
      <source>Certificate PIN (4 digits)</source>
      <translation>利用者証明用の暗証番号(4桁)</translation>
    </message>
    <message>
      <source>Signing password</source>
      <translation>署名用のパスワード</translation>
    </message>
    <message>
      <source>Card-info PIN (4 digits)</source>
      <translation>券面事項入力補助用の暗証番号(4桁)</translation>
    </message>
    <message>
      <source>Resident-registry PIN (4 digits)</source>
      <translation>住民基本台帳用の暗証番号(4桁)</translation>
    </message>
    <message>
      <source>today</source>
      <translation>今日</translation>
    </message>
    <message>
      <source>tomorrow</source>
      <translation>明日</translation>
    </message>
    <message>
      <source>{days} days left</source>
      <translation>あと{days}日</translation>
    </message>
    <message>
      <source>{days} days late</source>
      <translation>{days}日過ぎています</translation>
    </message>
    <message>
      <source>now</source>
      <translation>今すぐ</translation>
    </message>
    <message>
      <source>Route: My Number card</source>
      <translation>方法:マイナ保険証</translation>
    </message>
    <message>
      <source>Route: card + qualification notice</source>
      <translation>方法:カード+資格情報のお知らせ</translation>
    </message>
    <message>
      <source>Route: qualification certificate</source>
      <translation>方法:資格確認書</translation>
    </message>
    <message>
      <source>Route: self-declaration</source>
      <translation>方法:被保険者資格申立書</translation>
    </message>
    <message>
      <source>Route: smartphone</source>
      <translation>方法:スマートフォン</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>問題なし</translation>
    </message>
    <message>
      <source>For information</source>
      <translation>お知らせ</translation>
    </message>
    <message>
      <source>Needs attention</source>
      <translation>注意</translation>
    </message>
    <message>
      <source>Urgent</source>
      <translation>急ぎ</translation>
    </message>
    <message>
      <source>{iso} ({wareki_short})</source>
      <translation>{japanese}</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>Municipal office open on: {office_days}</source>
      <translation>市区町村の窓口が開いている日:{office_days}</translation>
    </message>
    <message>
      <source>{weekday} {iso}</source>
      <translation>{japanese}({weekday})</translation>
    </message>
    <message>
      <source>Mon</source>
      <translation>月</translation>
    </message>
    <message>
      <source>Tue</source>
      <translation>火</translation>
    </message>
    <message>
      <source>Wed</source>
      <translation>水</translation>
    </message>
    <message>
      <source>Thu</source>
      <translation>木</translation>
    </message>
    <message>
      <source>Fri</source>
      <translation>金</translation>
    </message>
    <message>
      <source>Sat</source>
      <translation>土</translation>
    </message>
    <message>
      <source>Sun</source>
      <translation>日</translation>
    </message>
  </context>
  <context>
    <name>todo_page</name>
    <message>
      <source>Who</source>
      <translation>だれ</translation>
    </message>
    <message>
      <source>What</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>What to do</source>
      <translation>やること</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状態</translation>
    </message>
    <message>
      <source>To-do list</source>
      <translation>やることリスト</translation>
    </message>
    <message>
      <source>Show &amp;done and snoozed items</source>
      <translation>済み・後回しにしたものも表示(&amp;D)</translation>
    </message>
    <message>
      <source>Mark &amp;done</source>
      <translation>済みにする(&amp;D)</translation>
    </message>
    <message>
      <source>Snooze until</source>
      <translation>後回しにする日</translation>
    </message>
    <message>
      <source>&amp;Snooze until</source>
      <translation>次の日まで後回し(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Who takes it on:</source>
      <translation>担当する人(&amp;W):</translation>
    </message>
    <message>
      <source>Who takes it on</source>
      <translation>担当する人</translation>
    </message>
    <message>
      <source>&amp;Assign</source>
      <translation>担当を決める(&amp;A)</translation>
    </message>
    <message>
      <source>Assign</source>
      <translation>担当を決める</translation>
    </message>
    <message>
      <source>Nothing to do right now.</source>
      <translation>今やることはありません。</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>今すぐ</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>済み</translation>
    </message>
    <message>
      <source>Snoozed until {date}</source>
      <translation>{date}まで後回し</translation>
    </message>
    <message>
      <source>Nobody</source>
      <translation>なし</translation>
    </message>
    <message>
      <source>{name} ({roles})</source>
      <translation>{name}({roles})</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>Marked done: {what}</source>
      <translation>済みにしました:{what}</translation>
    </message>
    <message>
      <source>Hidden until {date}: {what}</source>
      <translation>{date}まで表示しません:{what}</translation>
    </message>
    <message>
      <source>Back on the list: {what}</source>
      <translation>リストに戻しました:{what}</translation>
    </message>
    <message>
      <source>Nobody takes on: {what}</source>
      <translation>担当なしにしました:{what}</translation>
    </message>
    <message>
      <source>{name} takes on: {what}</source>
      <translation>{name}さんの担当にしました:{what}</translation>
    </message>
    <message>
      <source>Not changed</source>
      <translation>変更されませんでした</translation>
    </message>
    <message>
      <source>Choose a day after today.</source>
      <translation>明日以降の日を選んでください。</translation>
    </message>
    <message>
      <source>Taken on by {name}</source>
      <translation>担当:{name}</translation>
    </message>
  </context>
  <context>
    <name>transfer</name>
    <message>
      <source>The file could not be written or read ({reason}). Nothing was changed.</source>
      <translation>ファイルを書き込めないか、読み込めませんでした ({reason})。何も変更していません。</translation>
    </message>
    <message>
      <source>Please wait</source>
      <translation>お待ちください</translation>
    </message>
    <message>
      <source>Save the backup for a new PC as</source>
      <translation>新しいパソコン用のバックアップの保存先</translation>
    </message>
    <message>
      <source>familycare backups (*.fcbackup)</source>
      <translation>familycare のバックアップ (*.fcbackup)</translation>
    </message>
    <message>
      <source>Backup not made</source>
      <translation>バックアップを作れませんでした</translation>
    </message>
    <message>
      <source>Locking the backup with your passphrase…</source>
      <translation>パスフレーズでバックアップに鍵をかけています…</translation>
    </message>
    <message>
      <source>The backup was saved as:
{path}

It holds {members} family member(s) and {notes} note(s) of this computer. Keep the passphrase: the file cannot be opened without it.</source>
      <translation>バックアップを保存しました:
{path}

家族 {members} 人と、このパソコンのメモ {notes} 件が入っています。パスフレーズは大切に控えておいてください。パスフレーズがないとこのファイルは開けません。</translation>
    </message>
    <message>
      <source>{count} note(s) had no text in the keyring any more; only their titles are in the backup.</source>
      <translation>メモ {count} 件は、キーリングに本文が残っていなかったため、題名だけがバックアップに入っています。</translation>
    </message>
    <message>
      <source>Backup saved</source>
      <translation>バックアップを保存しました</translation>
    </message>
    <message>
      <source>The backup needs the notes of this computer from the keyring, and the keyring could not be read. Nothing was written.</source>
      <translation>バックアップには、このパソコンのメモをキーリングから読み出す必要がありますが、キーリングを読めませんでした。何も書き込んでいません。</translation>
    </message>
    <message>
      <source>Choose the backup file</source>
      <translation>バックアップファイルを選んでください</translation>
    </message>
    <message>
      <source>familycare backups (*.fcbackup);;All files (*)</source>
      <translation>familycare のバックアップ (*.fcbackup);;すべてのファイル (*)</translation>
    </message>
    <message>
      <source>Choose an empty folder for the restored household</source>
      <translation>復元する世帯を入れる空のフォルダーを選んでください</translation>
    </message>
    <message>
      <source>Not restored</source>
      <translation>復元できませんでした</translation>
    </message>
    <message>
      <source>Unlocking and restoring the backup…</source>
      <translation>バックアップの鍵を開けて復元しています…</translation>
    </message>
    <message>
      <source>The folder {folder} is not empty. A household can only be restored or imported into an empty folder, so nothing is mixed or overwritten. Make a new folder and choose it. Nothing was changed.</source>
      <translation>フォルダー {folder} は空ではありません。ほかのファイルと混ざったり上書きしたりしないよう、世帯の復元や取り込みは空のフォルダーにしかできません。新しいフォルダーを作って選んでください。何も変更していません。</translation>
    </message>
    <message>
      <source>The household was restored into:
{folder}

{members} family member(s), {notes} note(s) back in this computer's keyring.</source>
      <translation>世帯を次の場所に復元しました:
{folder}

家族 {members} 人。メモ {notes} 件をこのパソコンのキーリングに戻しました。</translation>
    </message>
    <message>
      <source>These notes had no text in the backup: {titles}</source>
      <translation>次のメモはバックアップに本文がありませんでした: {titles}</translation>
    </message>
    <message>
      <source>Restored</source>
      <translation>復元しました</translation>
    </message>
    <message>
      <source>Open this household now?</source>
      <translation>この世帯をいま開きますか?</translation>
    </message>
    <message>
      <source>Export the household data as</source>
      <translation>世帯のデータの保存先</translation>
    </message>
    <message>
      <source>JSON files (*.json)</source>
      <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>エクスポートしています…</translation>
    </message>
    <message>
      <source>Export the calendar as</source>
      <translation>カレンダーの保存先</translation>
    </message>
    <message>
      <source>Calendar files (*.ics)</source>
      <translation>カレンダーファイル (*.ics)</translation>
    </message>
    <message>
      <source>Exported</source>
      <translation>エクスポートしました</translation>
    </message>
    <message>
      <source>The household data was saved as:
{path}

It holds {members} family member(s). It does not hold the text of any sensitive note, and it is not encrypted: keep it somewhere private.</source>
      <translation>世帯のデータを保存しました:
{path}

家族 {members} 人分が入っています。大切なメモの本文は含まれませんが、暗号化されていないので、ほかの人に見られない場所に保管してください。</translation>
    </message>
    <message>
      <source>The calendar was saved as:
{path}

Open it with your calendar app.</source>
      <translation>カレンダーを保存しました:
{path}

カレンダーアプリで開いてください。</translation>
    </message>
    <message>
      <source>Not exported</source>
      <translation>エクスポートできませんでした</translation>
    </message>
    <message>
      <source>Choose the JSON export</source>
      <translation>JSON のエクスポートファイルを選んでください</translation>
    </message>
    <message>
      <source>JSON files (*.json);;All files (*)</source>
      <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
      <source>Choose an empty folder for the imported household</source>
      <translation>取り込む世帯を入れる空のフォルダーを選んでください</translation>
    </message>
    <message>
      <source>Not imported</source>
      <translation>取り込めませんでした</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>取り込んでいます…</translation>
    </message>
    <message>
      <source>The household was imported into:
{folder}

{members} family member(s).</source>
      <translation>世帯を次の場所に取り込みました:
{folder}

家族 {members} 人。</translation>
    </message>
    <message>
      <source>{count} note(s) were not imported: an export holds only their titles, never their text.</source>
      <translation>メモ {count} 件は取り込んでいません。エクスポートにはメモの題名だけが入り、本文は入らないためです。</translation>
    </message>
    <message>
      <source>Imported</source>
      <translation>取り込みました</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>エクスポート</translation>
    </message>
    <message>
      <source>What do you want to export?</source>
      <translation>何をエクスポートしますか?</translation>
    </message>
    <message>
      <source>Household data (JSON): the family, cards, visits and settings, readable by other programs. It holds NO sensitive note texts and no passphrase protects it.

Calendar (.ics): the deadlines, for any calendar app.</source>
      <translation>世帯のデータ (JSON): 家族、カード、受診、設定を、ほかのプログラムでも読める形で保存します。大切なメモの本文は含まれません。また、パスフレーズによる保護もありません。

カレンダー (.ics): 期限を、カレンダーアプリ用に保存します。</translation>
    </message>
    <message>
      <source>Household data (JSON)</source>
      <translation>世帯のデータ (JSON)</translation>
    </message>
    <message>
      <source>Calendar (.ics)</source>
      <translation>カレンダー (.ics)</translation>
    </message>
    <message>
      <source>Backup passphrase</source>
      <translation>バックアップのパスフレーズ</translation>
    </message>
    <message>
      <source>Choose a passphrase of at least {min} characters and keep it somewhere safe. The backup holds the sensitive notes of this computer, so it is locked with this passphrase: without it, nobody can open the file — not even you.</source>
      <translation>{min}文字以上のパスフレーズを決めて、安全な場所に控えておいてください。バックアップにはこのパソコンの大切なメモが入るため、このパスフレーズで鍵をかけます。パスフレーズがないと、あなた自身も含めて誰もこのファイルを開けません。</translation>
    </message>
    <message>
      <source>Enter the passphrase that was chosen for this backup.</source>
      <translation>このバックアップを作ったときに決めたパスフレーズを入力してください。</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>パスフレーズ:</translation>
    </message>
    <message>
      <source>Once more:</source>
      <translation>もう一度:</translation>
    </message>
    <message>
      <source>At least {min} characters, please.</source>
      <translation>{min}文字以上にしてください。</translation>
    </message>
    <message>
      <source>The two passphrases are not the same.</source>
      <translation>2つのパスフレーズが一致しません。</translation>
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <source>Please enter a name.</source>
      <translation>名前を入力してください。</translation>
    </message>
    <message>
      <source>Someone in this family is already called {name}. Use another name.</source>
      <translation>この家族にはすでに「{name}」さんがいます。別の名前にしてください。</translation>
    </message>
    <message>
      <source>This is too long (at most {max} characters).</source>
      <translation>長すぎます({max}文字まで)。</translation>
    </message>
    <message>
      <source>Please enter the date of birth.</source>
      <translation>生年月日を入力してください。</translation>
    </message>
    <message>
      <source>The date of birth is in the future. Please check it.</source>
      <translation>生年月日が未来の日付です。確かめてください。</translation>
    </message>
    <message>
      <source>The date of birth is before 1900. Please check it.</source>
      <translation>生年月日が1900年より前です。確かめてください。</translation>
    </message>
    <message>
      <source>Please choose a colour from the list.</source>
      <translation>一覧から色を選んでください。</translation>
    </message>
    <message>
      <source>This looks like a My Number (12 digits). Do not type it here: this field is not secret. Keep it as a sensitive note instead.</source>
      <translation>マイナンバー(12けた)のようです。この欄は秘密を守れないので、ここには入力しないでください。秘密のメモに保存してください。</translation>
    </message>
    <message>
      <source>Please enter a date such as 2026-12-01 or R8.12.1.</source>
      <translation>2026-12-01 や R8.12.1 のように日付を入力してください。</translation>
    </message>
    <message>
      <source>Please choose a relationship from the list.</source>
      <translation>一覧から続柄を選んでください。</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名前</translation>
    </message>
    <message>
      <source>Kana reading</source>
      <translation>ふりがな</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>生年月日</translation>
    </message>
    <message>
      <source>Relationship</source>
      <translation>続柄</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>色</translation>
    </message>
    <message>
      <source>Memo</source>
      <translation>メモ</translation>
    </message>
    <message>
      <source>Who holds the role</source>
      <translation>担当する人</translation>
    </message>
  </context>
  <context>
    <name>visits</name>
    <message>
      <source>Put the My Number Card on the card reader and look at the camera.</source>
      <translation>マイナンバーカードをカードリーダーに置いて、カメラを見てください(顔認証)。</translation>
    </message>
    <message>
      <source>Put the My Number Card on the card reader and enter the 4-digit PIN.</source>
      <translation>マイナンバーカードをカードリーダーに置いて、4けたの暗証番号を入れてください。</translation>
    </message>
    <message>
      <source>Put the My Number Card on the card reader.</source>
      <translation>マイナンバーカードをカードリーダーに置いてください。</translation>
    </message>
    <message>
      <source>Hand the My Number Card to reception together with the qualification notice.</source>
      <translation>マイナンバーカードと資格情報のお知らせを、いっしょに受付に渡してください。</translation>
    </message>
    <message>
      <source>Hand the qualification certificate to reception.</source>
      <translation>資格確認書を受付に渡してください。</translation>
    </message>
    <message>
      <source>Tell reception there is no valid proof of insurance and fill in the self-declaration form.</source>
      <translation>使える保険の証明がないことを受付に伝えて、被保険者資格申立書に記入してください。</translation>
    </message>
    <message>
      <source>(My insurance has just changed.)</source>
      <translation>(保険が切り替わったばかりです。)</translation>
    </message>
    <message>
      <source>(Can you check my eligibility another way?)</source>
      <translation>(別の方法で資格を確認できますか?)</translation>
    </message>
    <message>
      <source>High-cost care cap: agree to share it on the card reader screen; no cap certificate is needed.</source>
      <translation>限度額(高額療養費):カードリーダーの画面で情報の提供に同意してください。限度額適用認定証はいりません。</translation>
    </message>
    <message>
      <source>High-cost care cap: the cap class can be printed on the qualification certificate (ask the insurer); show it.</source>
      <translation>限度額(高額療養費):資格確認書に限度額の区分を書いてもらえます(保険者に申し出ます)。それを見せてください。</translation>
    </message>
    <message>
      <source>High-cost care cap: it cannot be applied automatically here. Keep the receipt and claim the amount above the cap from the insurer.</source>
      <translation>限度額(高額療養費):ここでは自動で適用されません。領収書をとっておき、限度額をこえた分を保険者に申請してください。</translation>
    </message>
    <message>
      <source>clinic</source>
      <translation>診療所</translation>
    </message>
    <message>
      <source>hospital</source>
      <translation>病院</translation>
    </message>
    <message>
      <source>pharmacy</source>
      <translation>薬局</translation>
    </message>
    <message>
      <source>dental clinic</source>
      <translation>歯科</translation>
    </message>
    <message>
      <source>Visit card</source>
      <translation>受診カード</translation>
    </message>
    <message>
      <source>At reception</source>
      <translation>受付で</translation>
    </message>
    <message>
      <source>Bring</source>
      <translation>持ち物</translation>
    </message>
    <message>
      <source>If the reader fails, show this:</source>
      <translation>読み取れないときは、これを見せてください:</translation>
    </message>
    <message>
      <source>Then, in this order</source>
      <translation>それでもだめなら、この順に</translation>
    </message>
    <message>
      <source>Take care</source>
      <translation>気をつけること</translation>
    </message>
    <message>
      <source>DO NOT enter the PIN: one more wrong try locks it. Use face recognition, or hand the card to staff.</source>
      <translation>暗証番号は入れないでください。あと1回まちがえるとロックされます。顔認証を使うか、カードを職員に渡してください。</translation>
    </message>
    <message>
      <source>DO NOT enter the PIN: it is locked. Use face recognition, or hand the card to staff.</source>
      <translation>暗証番号は入れないでください。ロックされています。顔認証を使うか、カードを職員に渡してください。</translation>
    </message>
    <message>
      <source>Card lost or stolen? Call {phone} (free, 24 hours) to stop it.</source>
      <translation>カードをなくしたり盗まれたりしたら、{phone}(無料・24時間)に電話して止めてください。</translation>
    </message>
    <message>
      <source>Or {phone}.</source>
      <translation>または {phone}。</translation>
    </message>
    <message>
      <source>Family contact: {name}</source>
      <translation>家族の連絡先:{name}</translation>
    </message>
    <message>
      <source>Family contact: {name}, {phone}</source>
      <translation>家族の連絡先:{name}({phone})</translation>
    </message>
    <message>
      <source>If you are stuck, call: {name}</source>
      <translation>困った時の連絡先:{name}</translation>
    </message>
    <message>
      <source>If you are stuck, call: {name}, {phone}</source>
      <translation>困った時の連絡先:{name}({phone})</translation>
    </message>
    <message>
      <source>Clinic or pharmacy not chosen</source>
      <translation>医療機関・薬局は未選択です</translation>
    </message>
    <message>
      <source>Rules {version} · made {made}</source>
      <translation>ルール {version}・作成日 {made}</translation>
    </message>
    <message>
      <source>The visit date {date} is in the past. Choose today or a later day.</source>
      <translation>受診日 {date} は過ぎています。今日以降の日を選んでください。</translation>
    </message>
    <message>
      <source>No family member is called {name}. See 'familycare member list'.</source>
      <translation>{name} という家族はいません。「familycare member list」で確かめてください。</translation>
    </message>
    <message>
      <source>No clinic or pharmacy is called {name}. Check the name in the Visits tab.</source>
      <translation>{name} という医療機関・薬局はありません。「受診」タブで名前を確かめてください。</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>フォルダー {folder} がありません。</translation>
    </message>
    <message>
      <source>The output file must end in .pdf ({path}).</source>
      <translation>保存するファイル名は .pdf で終わるようにしてください({path})。</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>{path} に書き込めません:{reason}</translation>
    </message>
    <message>
      <source>Visit card for {name} on {date} written to {path}</source>
      <translation>{name} さんの {date} の受診カードを {path} に保存しました</translation>
    </message>
    <message>
      <source>Save visit card as PDF</source>
      <translation>受診カードをPDFで保存</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
      <source>C&amp;linics and pharmacies…</source>
      <translation>医療機関・薬局(&amp;L)…</translation>
    </message>
    <message>
      <source>Show &amp;plan</source>
      <translation>計画を表示(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Save visit</source>
      <translation>受診を保存(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
      <source>Save as P&amp;DF…</source>
      <translation>PDFで保存(&amp;D)…</translation>
    </message>
    <message>
      <source>Visit plan</source>
      <translation>受診の計画</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>だれ</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>どこ</translation>
    </message>
    <message>
      <source>How</source>
      <translation>方法</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>カード</translation>
    </message>
    <message>
      <source>Family visits on this day</source>
      <translation>この日の家族の受診</translation>
    </message>
    <message>
      <source>&amp;Delete visit</source>
      <translation>受診を削除(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Who</source>
      <translation>だれ(&amp;W)</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>日付(&amp;D)</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日付</translation>
    </message>
    <message>
      <source>&amp;Clinic or pharmacy</source>
      <translation>医療機関・薬局(&amp;C)</translation>
    </message>
    <message>
      <source>(not chosen: the plan assumes the worst)</source>
      <translation>(未選択:いちばん悪い場合で計画します)</translation>
    </message>
    <message>
      <source>Add a family member on the Family tab first.</source>
      <translation>先に「家族」タブで家族を追加してください。</translation>
    </message>
    <message>
      <source>Enter the day of the visit, e.g. 2026-12-01 or R8.12.1.</source>
      <translation>受診日を入れてください(例:2026-12-01、R8.12.1)。</translation>
    </message>
    <message>
      <source>This plan is not saved yet.</source>
      <translation>この計画はまだ保存されていません。</translation>
    </message>
    <message>
      <source>Visit of {name} saved.</source>
      <translation>{name} さんの受診を保存しました。</translation>
    </message>
    <message>
      <source>Visit card not saved</source>
      <translation>受診カードを保存できませんでした</translation>
    </message>
    <message>
      <source>Visit card saved to {path}.</source>
      <translation>受診カードを {path} に保存しました。</translation>
    </message>
    <message>
      <source>Visit card of {name} sent to the printer.</source>
      <translation>{name} さんの受診カードをプリンターに送りました。</translation>
    </message>
    <message>
      <source>Delete the visit of {name} on {date}?</source>
      <translation>{name} さんの {date} の受診を削除しますか?</translation>
    </message>
    <message>
      <source>Delete visit</source>
      <translation>受診の削除</translation>
    </message>
    <message>
      <source>Family visits on {date}</source>
      <translation>{date} の家族の受診</translation>
    </message>
    <message>
      <source>(not chosen)</source>
      <translation>(未選択)</translation>
    </message>
    <message>
      <source>⚠ Reprint: the plan changed</source>
      <translation>⚠ 印刷しなおし:計画が変わりました</translation>
    </message>
    <message>
      <source>✓ Printed</source>
      <translation>✓ 印刷ずみ</translation>
    </message>
    <message>
      <source>Not printed</source>
      <translation>未印刷</translation>
    </message>
    <message>
      <source>What to do:</source>
      <translation>すること:</translation>
    </message>
    <message>
      <source>to the end of the month</source>
      <translation>月末まで</translation>
    </message>
    <message>
      <source>to the same date</source>
      <translation>同じ日付まで</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <source>no</source>
      <translation>いいえ</translation>
    </message>
    <message>
      <source>Basis: {rule} ({value}, from {since}, {source})</source>
      <translation>根拠: {rule}({value}、{since}から、{source})</translation>
    </message>
    <message>
      <source>Changed by this household's settings: {rule} ({default} → {value})</source>
      <translation>この世帯の設定で変更: {rule}({default} → {value})</translation>
    </message>
  </context>
</TS>