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
      <source>Do not try the PIN. Use face recognition at the card reader.</source>
      <translation>暗証番号は入力しないでください。カードリーダーで顔認証を使ってください。</translation>
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Put the My Number Card on the card reader and enter the 4-digit PIN.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Put the My Number Card on the card reader.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hand the My Number Card to reception together with the qualification notice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hand the qualification certificate to reception.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tell reception there is no valid proof of insurance and fill in the self-declaration form.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(My insurance has just changed.)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(Can you check my eligibility another way?)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>High-cost care cap: agree to share it on the card reader screen; no cap certificate is needed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>High-cost care cap: the cap class can be printed on the qualification certificate (ask the insurer); show it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>High-cost care cap: it cannot be applied automatically here. Keep the receipt and claim the amount above the cap from the insurer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>hospital</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>pharmacy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>dental clinic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Visit card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>At reception</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>If the reader fails, show this:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Then, in this order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Take care</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DO NOT enter the PIN: one more wrong try locks it. Use face recognition, or hand the card to staff.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DO NOT enter the PIN: it is locked. Use face recognition, or hand the card to staff.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Card lost or stolen? Call {phone} (free, 24 hours) to stop it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Or {phone}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Family contact: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Family contact: {name}, {phone}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clinic or pharmacy not chosen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rules {version} · made {made}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Then ask reception:</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>