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
</TS>