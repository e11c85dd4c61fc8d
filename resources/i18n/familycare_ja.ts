<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
  <context>
    <name>app</name>
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
    <message>
      <source>Language</source>
      <translation>言語</translation>
    </message>
    <message>
      <source>The new language is used from the next start of familycare.</source>
      <translation>新しい言語は、次に familycare を起動したときから使われます。</translation>
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
    <name>dashboard</name>
    <message>
      <source>Member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Age</source>
      <translation type="unfinished">年齢</translation>
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What to do next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next deadline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next visit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Family at a glance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Open this member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>See the whole &amp;to-do list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No family members yet. Add them on the Family tab.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everyone is fine. Nothing to do right now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Need action now: {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Need attention soon: {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>  ·  </source>
      <translation type="unfinished" />
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
      <source>&amp;Language</source>
      <translation>言語(&amp;L)</translation>
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
      <source>Household not opened</source>
      <translation>世帯を開けませんでした</translation>
    </message>
    <message>
      <source>Home</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To-do</source>
      <translation type="unfinished" />
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
      <source>{title} (kept on another computer)</source>
      <translation>{title}（別のコンピューターに保存）</translation>
    </message>
    <message>
      <source>{title}, changed {date}</source>
      <translation>{title}（{date} 更新）</translation>
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
      <translation>75歳以上の全員に資格確認書を送る期間</translation>
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
    <name>rules</name>
    <message>
      <source>official</source>
      <translation>公式</translation>
    </message>
    <message>
      <source>secondary source only</source>
      <translation>公式以外の情報のみ</translation>
    </message>
    <message>
      <source>sources disagree</source>
      <translation>情報源によって異なる</translation>
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
      <source>Rules as of {version}. Dates shown are those in force on {today}.</source>
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
  </context>
  <context>
    <name>todo</name>
    <message>
      <source>Card renewal opens on {opens_on}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificate renewal opens on {opens_on}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>My Number Card expires on {expires_on}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificate (the dated part inside the card) expires on {expires_on}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expired: the card works as an insurance card only until {grace_until}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The card stopped working as an insurance card after {grace_until}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{pin} is locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{pin}: only one try left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Turns 75 on {birthday}: late-elderly medical care (75+) starts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A dependent spouse under 75 needs new insurance by {due}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Qualification certificate valid until {valid_until}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Card not confirmed as registered for insurance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Turns 15 on {birthday}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Turns 18 on {birthday}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lost card: suspend it by phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lost card: report it to the police</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lost card: report the loss at the municipal office</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lost card: apply for a new card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lost card: ask for a qualification certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Qualification notice not received yet (insurance changed on {since})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Insurance just changed (on {since})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Visit on {visit_on} {facility}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Visit card for {visit_on} is out of date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From {opens_on} you can apply for a new card online, by post or at a photo booth.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From {opens_on} the certificate can be renewed at the municipal office. Renewing early loses nothing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Apply for a new card now (online, by post or at a photo booth) and collect it at the municipal office.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renew the certificate at the municipal office. A family member can go with the inquiry-and-answer form (照会書兼回答書).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renew it at the municipal office before {grace_until}. Until then clinics can only check eligibility.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renew it at the municipal office, then register the card for insurance again. Meanwhile use the qualification certificate from the insurer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reset it at the municipal office (open {office_days}). Face recognition at the clinic still works.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Do not type this PIN: one more mistake locks it. Use face recognition at the clinic.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>It starts on the birthday without any application. Confirm the new insurance and add the insurer when the papers arrive.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>If a spouse under 75 is a dependent on this insurance, they must join National Health Insurance (国保) or another scheme within 14 days.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check that a new one has arrived. If not, ask the insurer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A face-authentication card can only be registered at a clinic's card reader: do it at the next visit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check in マイナポータル or at a clinic's card reader that the card is registered as an insurance card.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From 15 the child sets their own PIN and can get a signing certificate; a parent can no longer register as their agent alone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From 18, a new card is valid for 10 years instead of 5.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Call {free_dial} (free, 24 hours) or {call_center} to suspend the card.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Report the loss at a police station and write down the report number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Report the loss at the municipal office (open {office_days}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Apply for a new card (¥{fee}). Express issuance (about {express_days} days, ¥{express_fee}) is possible until {due}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ask the insurer for a qualification certificate to use at clinics meanwhile.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ask the new insurer for the qualification notice, or print the qualification screen from マイナポータル.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Until {until}, say 「保険が切り替わった直後です」 at reception. If the card shows no record, fill in the self-declaration.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Look at the visit card: what to bring and what to say.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something changed since the visit card was printed. Print it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Card OK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renewal open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expired, works until {grace_until}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Card lost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Card not at hand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not registered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PIN locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PIN: 1 try left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Insurer just changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Turns 75 soon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>75+: confirm insurance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificate PIN (4 digits)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Signing password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Card-info PIN (4 digits)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resident-registry PIN (4 digits)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tomorrow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{days} days left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{days} days late</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Route: My Number card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Route: card + qualification notice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Route: qualification certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Route: self-declaration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Route: smartphone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>OK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For information</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Needs attention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Urgent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{iso} ({wareki_short})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>, </source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>todo_page</name>
    <message>
      <source>Who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What to do</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To-do list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show &amp;done and snoozed items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark &amp;done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Snooze until</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Snooze until</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing to do right now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Snoozed until {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Marked done: {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hidden until {date}: {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back on the list: {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a day after today.</source>
      <translation type="unfinished" />
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
  </context>
</TS>