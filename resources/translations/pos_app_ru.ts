<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AdminPinDialog</name>
    <message>
        <location filename="../../pos_app/qt/admin_gate.py" line="86"/>
        <source>{app} — Administrator</source>
        <translation>{app} — администратор</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/admin_gate.py" line="88"/>
        <source>{action} needs an administrator&apos;s PIN.</source>
        <translation>{action}: нужен ПИН администратора.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/admin_gate.py" line="102"/>
        <source>Administrator:</source>
        <translation>Администратор:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/admin_gate.py" line="103"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/admin_gate.py" line="104"/>
        <source>PIN:</source>
        <translation>ПИН:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/admin_gate.py" line="105"/>
        <source>PIN again:</source>
        <translation>ПИН ещё раз:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/admin_gate.py" line="136"/>
        <source>Roles are on and there is no administrator yet: make the first one now (a name and a PIN of 4 to 12 digits).</source>
        <translation>Роли включены, а администратора ещё нет: заведите первого сейчас (имя и ПИН из 4–12 цифр).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/admin_gate.py" line="148"/>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>ПИН-коды не совпадают; введите один и тот же ПИН дважды.</translation>
    </message>
</context>
<context>
    <name>AttentionList</name>
    <message>
        <location filename="../../pos_app/qt/attention_list.py" line="44"/>
        <source>Receipts that need a person</source>
        <translation>Чеки, которым нужен человек</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/attention_list.py" line="48"/>
        <source>Nothing needs a person now.</source>
        <translation>Сейчас ничего не ждёт решения человека.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/attention_list.py" line="49"/>
        <source>Not in the account: &amp;send again</source>
        <translation>В кабинете нет: &amp;отправить снова</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/attention_list.py" line="50"/>
        <source>Found in the account: enter its &amp;document id</source>
        <translation>Есть в кабинете: ввести номер &amp;документа</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/attention_list.py" line="51"/>
        <source>Cance&amp;l…</source>
        <translation>Отм&amp;енить…</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/attention_list.py" line="52"/>
        <source>Open as a ne&amp;w receipt</source>
        <translation>Открыть как &amp;новый чек</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/attention_list.py" line="53"/>
        <source>Close  (Esc)</source>
        <translation>Закрыть  (Esc)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/attention_list.py" line="104"/>
        <source>Receipt {id}, {total} ₽: {state}</source>
        <translation>Чек {id}, {total} ₽: {state}</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <location filename="../../pos_app/qt/catalog_model.py" line="139"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/catalog_model.py" line="140"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/catalog_model.py" line="141"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/catalog_model.py" line="142"/>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
</context>
<context>
    <name>CatalogSearch</name>
    <message>
        <location filename="../../pos_app/qt/catalog_search.py" line="65"/>
        <source>Name, code or barcode</source>
        <translation>Название, код или штрихкод</translation>
    </message>
</context>
<context>
    <name>ConnectionTests</name>
    <message>
        <location filename="../../pos_app/qt/setup_connection.py" line="123"/>
        <source>The user token was received; it is saved with the rest.</source>
        <translation>Токен пользователя получен; он сохранится вместе с остальным.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_connection.py" line="137"/>
        <source>Asking IntellectMoney…</source>
        <translation>Запрос к IntellectMoney…</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_connection.py" line="170"/>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <location filename="../../pos_app/qt/country_box.py" line="20"/>
        <source>{name} (+{calling_code})</source>
        <translation>{name} (+{calling_code})</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <location filename="../../pos_app/qt/first_run.py" line="68"/>
        <source>{app} — setting the shop up</source>
        <translation>{app} — настройка магазина</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/first_run.py" line="75"/>
        <source>Welcome to pos-app</source>
        <translation>Добро пожаловать в pos-app</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/first_run.py" line="76"/>
        <source>A few steps and the till is ready. Two facts first:</source>
        <translation>Несколько шагов — и касса готова. Сначала два важных факта:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/first_run.py" line="80"/>
        <source>The shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/first_run.py" line="81"/>
        <source>As registered with the tax service and in the cashbox&apos;s settings.</source>
        <translation>Как зарегистрировано в налоговой и в настройках кассы.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/first_run.py" line="87"/>
        <source>The cloud cashbox&apos;s personal API (access level “Basic”). Test the connection before going on: nothing is fiscalized by the test.</source>
        <translation>Личный API облачной кассы (уровень доступа «Базовый»). Проверьте связь, прежде чем идти дальше: проверка ничего не фискализирует.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/first_run.py" line="94"/>
        <location filename="../../pos_app/qt/first_run.py" line="99"/>
        <source>Optional: may be left empty and set later in Settings (Shift+F12).</source>
        <translation>Необязательно: можно оставить пустым и заполнить позже в «Настройках» (Shift+F12).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/first_run.py" line="105"/>
        <source>Optional: a one-person shop skips this step (Next). Roles can be switched on later in Settings (Shift+F12).</source>
        <translation>Необязательный шаг: магазину с одним продавцом его можно пропустить (Далее). Роли можно включить позже в настройках (Shift+F12).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/first_run.py" line="113"/>
        <source>Finish saves the settings and keeps the credentials in the OS keyring only; the till opens with them at once. Everything can be changed later in Settings (Shift+F12).</source>
        <translation>«Готово» сохраняет настройки, а ключи доступа — только в хранилище паролей системы; касса сразу открывается с ними. Всё можно изменить позже в «Настройках» (Shift+F12).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/first_run.py" line="111"/>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/first_run.py" line="161"/>
        <source>Enter the shop&apos;s INN and cashbox group and choose the taxation system.</source>
        <translation>Введите ИНН магазина и группу кассы и выберите систему налогообложения.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/first_run.py" line="174"/>
        <source>Enter the IntellectMoney invoice (СКО) number.</source>
        <translation>Введите номер счёта IntellectMoney (СКО).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/first_run.py" line="177"/>
        <source>Enter the API token, the signature key and the user token.</source>
        <translation>Введите токен API, ключ подписи и токен пользователя.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/first_run.py" line="195"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message>
        <location filename="../../pos_app/qt/reports_chart.py" line="134"/>
        <location filename="../../pos_app/qt/reports_pdf.py" line="103"/>
        <source>Sales through the day</source>
        <translation>Продажи по часам</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../pos_app/qt/journal_model.py" line="137"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/journal_model.py" line="138"/>
        <source>Made</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/journal_model.py" line="139"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/journal_model.py" line="140"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/journal_model.py" line="141"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/journal_model.py" line="142"/>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/journal_model.py" line="143"/>
        <source>FD</source>
        <translation>ФД</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../pos_app/qt/journal_view.py" line="104"/>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/journal_view.py" line="163"/>
        <source>Made from</source>
        <translation>Создан с</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/journal_view.py" line="172"/>
        <source>Any state</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/journal_view.py" line="176"/>
        <source>Any type</source>
        <translation>Любой тип</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/journal_view.py" line="177"/>
        <source>Sales and their refunds</source>
        <translation>Продажи и возвраты продаж</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/journal_view.py" line="178"/>
        <source>Expenses and their refunds</source>
        <translation>Расходы и возвраты расходов</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/journal_view.py" line="193"/>
        <source>from</source>
        <translation>от</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/journal_view.py" line="194"/>
        <location filename="../../pos_app/qt/journal_view.py" line="210"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/journal_view.py" line="195"/>
        <source>goods, invoice, document id…</source>
        <translation>товар, счёт, номер документа…</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/journal_view.py" line="196"/>
        <source>+7… or name@example.ru</source>
        <translation>+7… или name@example.ru</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/journal_view.py" line="219"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/journal_view.py" line="220"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/journal_view.py" line="221"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/journal_view.py" line="222"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/journal_view.py" line="223"/>
        <source>Phone or e-mail</source>
        <translation>Телефон или эл. почта</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/journal_view.py" line="224"/>
        <location filename="../../pos_app/qt/journal_view.py" line="259"/>
        <source>FD number</source>
        <translation>Номер ФД</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/journal_view.py" line="260"/>
        <source>The FD number is digits only, as printed after “ФД”.</source>
        <translation>Номер ФД — только цифры, как напечатано после «ФД».</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/journal_view.py" line="267"/>
        <source>Amount from</source>
        <translation>Сумма от</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/journal_view.py" line="268"/>
        <source>Amount to</source>
        <translation>Сумма до</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/journal_view.py" line="280"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/journal_view.py" line="280"/>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="165"/>
        <source> — sandbox</source>
        <translation> — песочница</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="75"/>
        <source>SANDBOX — training: receipts go to the local emulator with demo credentials; nothing is fiscalized for real.</source>
        <translation>ПЕСОЧНИЦА — обучение: чеки уходят в локальный эмулятор с демонстрационными ключами; по-настоящему ничего не фискализируется.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="214"/>
        <source>Opening the journal…</source>
        <translation>Открываем журнал…</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="80"/>
        <source>C&amp;heck again</source>
        <translation>Пров&amp;ерить снова</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="143"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="144"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="145"/>
        <source>Delete line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="146"/>
        <source>Park / bring back</source>
        <translation>Отложить / вернуть</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="147"/>
        <source>Receipt type</source>
        <translation>Тип чека</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="148"/>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="150"/>
        <source>Need a person</source>
        <translation>Нужен человек</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="152"/>
        <source>New receipt</source>
        <translation>Новый чек</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="153"/>
        <source>Print last</source>
        <translation>Печать последнего</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="154"/>
        <source>Cash, exact</source>
        <translation>Наличными без сдачи</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="155"/>
        <source>Pay</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="183"/>
        <source>Fiscalizing is not set up yet. Missing:</source>
        <translation>Фискализация ещё не настроена. Не хватает:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="186"/>
        <source>Enter them with pos-app settings set KEY VALUE and pos-app credentials set NAME, then press Check again.</source>
        <translation>Введите их командами pos-app settings set КЛЮЧ ЗНАЧЕНИЕ и pos-app credentials set ИМЯ, затем нажмите «Проверить снова».</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="191"/>
        <location filename="../../pos_app/qt/main_window.py" line="329"/>
        <source>Fiscalizing is not set up yet.</source>
        <translation>Фискализация ещё не настроена.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="200"/>
        <source>The journal could not be opened:</source>
        <translation>Не удалось открыть журнал:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="202"/>
        <source>Fix what the message says, then press Check again.</source>
        <translation>Исправьте то, о чём говорит сообщение, затем нажмите «Проверить снова».</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="205"/>
        <source>The journal is not open.</source>
        <translation>Журнал не открыт.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="249"/>
        <source>Not ready</source>
        <translation>Не готово</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="337"/>
        <source>Throw away the receipt being built and start a new one?</source>
        <translation>Выбросить набранный чек и начать новый?</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="363"/>
        <source>A receipt is being built or saved. Close anyway? What is on the receipt and not paid is lost (park it with F5 to keep it).</source>
        <translation>Чек набирается или сохраняется. Всё равно закрыть? Неоплаченный набранный чек пропадёт (чтобы сохранить, отложите его клавишей F5).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="371"/>
        <source>Closing…</source>
        <translation>Закрываемся…</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="383"/>
        <source>Closing: waiting for the receipt on its way to the cashbox, so that it is not left half-sent…</source>
        <translation>Закрываемся: ждём чек, который сейчас уходит в кассу, чтобы он не остался отправленным наполовину…</translation>
    </message>
</context>
<context>
    <name>Parking</name>
    <message>
        <location filename="../../pos_app/qt/parking.py" line="45"/>
        <source>No parked receipts.</source>
        <translation>Отложенных чеков нет.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/parking.py" line="53"/>
        <source>Bring back the receipt parked at:</source>
        <translation>Вернуть чек, отложенный в:</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../pos_app/qt/payment_dialog.py" line="57"/>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/payment_dialog.py" line="64"/>
        <source>Change</source>
        <translation>Сдача</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/payment_dialog.py" line="72"/>
        <source>New demo invoice  (F5)</source>
        <translation>Новый демо-счёт  (F5)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/payment_dialog.py" line="73"/>
        <source>Pay  (Enter)</source>
        <translation>Оплатить  (Enter)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/payment_dialog.py" line="74"/>
        <source>Back to the receipt  (Esc)</source>
        <translation>Назад к чеку  (Esc)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/payment_dialog.py" line="102"/>
        <source>Card / e&amp;lectronic</source>
        <translation>Картой / &amp;безналично</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/payment_dialog.py" line="107"/>
        <source>Customer&apos;s p&amp;hone (Checker.uz copy)</source>
        <translation>&amp;Телефон покупателя (копия через Checker.uz)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/payment_dialog.py" line="111"/>
        <source>Customer&apos;s e-&amp;mail</source>
        <translation>&amp;Эл. почта покупателя</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/payment_dialog.py" line="116"/>
        <source>&amp;Invoice (СКО)</source>
        <translation>&amp;Счёт (СКО)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/payment_dialog.py" line="171"/>
        <source>Scanned {code}: products are scanned on the receipt (Esc goes back).</source>
        <translation>Отсканировано {code}: товары сканируют в чек, а не здесь (Esc — назад к чеку).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/payment_dialog.py" line="204"/>
        <source>To refund: {total} ₽</source>
        <translation>К возврату: {total} ₽</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/payment_dialog.py" line="204"/>
        <source>To pay: {total} ₽</source>
        <translation>К оплате: {total} ₽</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/payment_dialog.py" line="207"/>
        <source>Refund in &amp;cash</source>
        <translation>Вернуть &amp;наличными</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/payment_dialog.py" line="207"/>
        <source>&amp;Cash given</source>
        <translation>&amp;Наличными получено</translation>
    </message>
</context>
<context>
    <name>PaymentSplit</name>
    <message>
        <location filename="../../pos_app/qt/reports_chart.py" line="159"/>
        <location filename="../../pos_app/qt/reports_pdf.py" line="108"/>
        <source>Sales by payment form</source>
        <translation>Продажи по формам оплаты</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../../pos_app/qt/people_section.py" line="58"/>
        <source>&amp;Add a person…</source>
        <translation>&amp;Добавить человека…</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/people_section.py" line="60"/>
        <source>Change the &amp;PIN…</source>
        <translation>Сменить &amp;ПИН…</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/people_section.py" line="62"/>
        <source>Re&amp;move</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/people_section.py" line="70"/>
        <source>With roles on, each cashier opens the shift with their name and PIN, and refunds, cancelling a receipt, taking cash out and Settings ask for an administrator&apos;s PIN. A one-person shop leaves them off.</source>
        <translation>Когда роли включены, каждый кассир открывает смену под своим именем и ПИН-кодом, а возврат, отмена чека, изъятие наличных и настройки требуют ПИН-кода администратора. Магазину с одним продавцом роли не нужны.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/people_section.py" line="86"/>
        <source>People:</source>
        <translation>Люди:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/people_section.py" line="124"/>
        <source>Roles are on: the PINs of the people below are asked.</source>
        <translation>Роли включены: у людей из списка спрашивается ПИН-код.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/people_section.py" line="125"/>
        <source>Switch roles o&amp;ff…</source>
        <translation>&amp;Выключить роли…</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/people_section.py" line="127"/>
        <source>Roles are off: nothing asks for a PIN.</source>
        <translation>Роли выключены: ПИН-код нигде не спрашивается.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/people_section.py" line="128"/>
        <source>Switch roles &amp;on…</source>
        <translation>&amp;Включить роли…</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/people_section.py" line="142"/>
        <source>Roles will be on once the settings are saved.</source>
        <translation>Роли включатся, когда настройки будут сохранены.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/people_section.py" line="144"/>
        <source>Roles will be off once the settings are saved.</source>
        <translation>Роли выключатся, когда настройки будут сохранены.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/people_section.py" line="162"/>
        <source>Add a person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/people_section.py" line="173"/>
        <source>{name}&apos;s new PIN</source>
        <translation>Новый ПИН-код: {name}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/people_section.py" line="287"/>
        <source>People and roles</source>
        <translation>Люди и роли</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../pos_app/qt/people_section.py" line="239"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/people_section.py" line="240"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/people_section.py" line="241"/>
        <source>PIN (4 to 12 digits):</source>
        <translation>ПИН-код (от 4 до 12 цифр):</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/people_section.py" line="242"/>
        <source>PIN again:</source>
        <translation>ПИН-код ещё раз:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/people_section.py" line="262"/>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>ПИН-коды не совпадают; введите один и тот же ПИН-код дважды.</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <location filename="../../pos_app/qt/positions_model.py" line="62"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/positions_model.py" line="63"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/positions_model.py" line="64"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/positions_model.py" line="65"/>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/positions_model.py" line="66"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../pos_app/qt/catalog_product_dialog.py" line="51"/>
        <source>New product</source>
        <translation>Новый товар</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/catalog_product_dialog.py" line="65"/>
        <source>pieces</source>
        <translation>штуки</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/catalog_product_dialog.py" line="66"/>
        <source>kilograms (weighed)</source>
        <translation>килограммы (весовой)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/catalog_product_dialog.py" line="74"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/catalog_product_dialog.py" line="75"/>
        <source>&amp;Code (SKU)</source>
        <translation>&amp;Код (артикул)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/catalog_product_dialog.py" line="76"/>
        <source>&amp;Barcode</source>
        <translation>&amp;Штрихкод</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/catalog_product_dialog.py" line="77"/>
        <source>&amp;Price</source>
        <translation>&amp;Цена</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/catalog_product_dialog.py" line="78"/>
        <source>&amp;VAT</source>
        <translation>НД&amp;С</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/catalog_product_dialog.py" line="79"/>
        <source>&amp;Unit</source>
        <translation>&amp;Единица</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/catalog_product_dialog.py" line="139"/>
        <source>The barcode {barcode} is already product {owner}&apos;s.</source>
        <translation>Штрихкод {barcode} уже принадлежит товару {owner}.</translation>
    </message>
</context>
<context>
    <name>PromoDialog</name>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="72"/>
        <source>Promo campaigns</source>
        <translation>Промоакции</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="84"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="97"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="105"/>
        <source>&amp;Log in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="110"/>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="111"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="112"/>
        <source>User id:</source>
        <translation>Номер пользователя:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="120"/>
        <source>Active campaigns</source>
        <translation>Действующие акции</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="122"/>
        <location filename="../../pos_app/qt/promo_dialog.py" line="161"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="122"/>
        <location filename="../../pos_app/qt/promo_dialog.py" line="163"/>
        <source>Campaign</source>
        <translation>Акция</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="122"/>
        <source>Limit</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="127"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="138"/>
        <source>Submit</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="140"/>
        <source>optional: the customer&apos;s id at the bank</source>
        <translation>необязательно: идентификатор покупателя в банке</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="143"/>
        <source>Submit a &amp;photo…</source>
        <translation>Отправить &amp;фото…</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="146"/>
        <source>External id:</source>
        <translation>Внешний идентификатор:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="158"/>
        <source>Submissions</source>
        <translation>Отправленные чеки</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="162"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="164"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="165"/>
        <source>Why</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="170"/>
        <source>Send &amp;again</source>
        <translation>Отправить &amp;снова</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="173"/>
        <source>Only when the campaign does not show it: the service may already have it, and a second upload is rejected as a duplicate.</source>
        <translation>Только если в акции его нет: сервис мог уже получить чек, а повторная загрузка будет отклонена как дубликат.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="218"/>
        <location filename="../../pos_app/qt/promo_dialog.py" line="238"/>
        <source>Choose a campaign first.</source>
        <translation>Сначала выберите акцию.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="230"/>
        <source>A photo of the receipt</source>
        <translation>Фото чека</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="230"/>
        <source>JPEG pictures (*.jpg *.jpeg)</source>
        <translation>Изображения JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="274"/>
        <source>Logged in as {email}.</source>
        <translation>Вход выполнен: {email}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="277"/>
        <source>Not logged in.</source>
        <translation>Вход не выполнен.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="291"/>
        <source>Logged in; the token is kept in the OS keyring.</source>
        <translation>Вход выполнен; токен сохранён в хранилище паролей системы.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="308"/>
        <source>no limit</source>
        <translation>без лимита</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="314"/>
        <source>The account has no active campaigns.</source>
        <translation>У учётной записи нет действующих акций.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="330"/>
        <source>Submit the &amp;receipt (none yet)</source>
        <translation>Отправить &amp;чек (чека пока нет)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="332"/>
        <source>Submit &amp;receipt {id}</source>
        <translation>Отправить &amp;чек {id}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_dialog.py" line="338"/>
        <source>Submission {id} is in the journal; it is sent and followed.</source>
        <translation>Заявка {id} записана в журнал; она будет отправлена, её проверка отслеживается.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_submission_text.py" line="28"/>
        <source>receipt {id}</source>
        <translation>чек {id}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_submission_text.py" line="31"/>
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_submission_text.py" line="39"/>
        <source>The answer was lost: the service may have it. Send again only if the campaign does not show it.</source>
        <translation>Ответ потерян: сервис мог получить чек. Отправляйте снова, только если в акции его нет.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_submission_text.py" line="47"/>
        <source>{count} goods counted</source>
        <translation>Засчитано товаров: {count}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/promo_action.py" line="28"/>
        <source>Promo campaigns…</source>
        <translation>Промоакции…</translation>
    </message>
</context>
<context>
    <name>ReceiptActions</name>
    <message>
        <location filename="../../pos_app/qt/receipt_actions.py" line="41"/>
        <source>&amp;Reprint a copy</source>
        <translation>&amp;Печать копии</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_actions.py" line="42"/>
        <source>Send the &amp;copy again…</source>
        <translation>Отправить &amp;копию снова…</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_actions.py" line="43"/>
        <source>Open as a ne&amp;w receipt</source>
        <translation>Открыть как &amp;новый чек</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_actions.py" line="44"/>
        <source>Re&amp;fund…</source>
        <translation>&amp;Возврат…</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_actions.py" line="45"/>
        <source>Not in the account: send &amp;again…</source>
        <translation>В кабинете нет: &amp;отправить снова…</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_actions.py" line="46"/>
        <source>Found in the account: &amp;document id…</source>
        <translation>Есть в кабинете: номер &amp;документа…</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_actions.py" line="47"/>
        <source>Cance&amp;l before it is sent…</source>
        <translation>Отм&amp;енить до отправки…</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_actions.py" line="48"/>
        <source>To a &amp;promo campaign…</source>
        <translation>Отправить в &amp;акцию…</translation>
    </message>
</context>
<context>
    <name>ReceiptEditor</name>
    <message>
        <location filename="../../pos_app/qt/receipt_editor.py" line="288"/>
        <source>{type}  (F6)</source>
        <translation>{type}  (F6)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_editor.py" line="296"/>
        <source>{rate}: {vat} ₽ on {base} ₽</source>
        <translation>{rate}: {vat} ₽ с {base} ₽</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_editor.py" line="303"/>
        <source>No positions yet</source>
        <translation>Позиций ещё нет</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="24"/>
        <source>Ta&amp;xation:</source>
        <translation>&amp;Налогообложение:</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="36"/>
        <source>New position</source>
        <translation>Новая позиция</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="40"/>
        <source>&amp;Name</source>
        <translation>На&amp;именование</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="46"/>
        <source>&amp;Quantity</source>
        <translation>&amp;Количество</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="52"/>
        <source>&amp;Price, ₽</source>
        <translation>&amp;Цена, ₽</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="58"/>
        <source>&amp;VAT</source>
        <translation>Н&amp;ДС</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="64"/>
        <source>S&amp;ubject</source>
        <translation>&amp;Предмет расчёта</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="70"/>
        <source>&amp;Method</source>
        <translation>&amp;Способ расчёта</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="77"/>
        <source>Product name, barcode or code (F2)</source>
        <translation>Название товара, штрихкод или код (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="108"/>
        <source>&amp;Add  (Enter)</source>
        <translation>Доб&amp;авить  (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="130"/>
        <source>VAT breakdown</source>
        <translation>НДС по ставкам</translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="141"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>ReceiptPane</name>
    <message>
        <location filename="../../pos_app/qt/receipt_pane.py" line="58"/>
        <source>Choose a receipt to see it here.</source>
        <translation>Выберите чек, чтобы увидеть его здесь.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_pane.py" line="108"/>
        <source>Receipt {id}</source>
        <translation>Чек {id}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_pane.py" line="117"/>
        <source>Cashier: {name}</source>
        <translation>Кассир: {name}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_pane.py" line="120"/>
        <source>Refund of receipt {id}, refund number {n}</source>
        <translation>Возврат по чеку {id}, номер возврата {n}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_pane.py" line="125"/>
        <source>Refund: receipt {id}, {total}, {state}</source>
        <translation>Возврат: чек {id}, {total}, {state}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_pane.py" line="134"/>
        <source>FN {fn} · FD {fd} · FP {fp} · shift {shift}</source>
        <translation>ФН {fn} · ФД {fd} · ФП {fp} · смена {shift}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_pane.py" line="137"/>
        <source>Fiscalized {at}</source>
        <translation>Фискализирован {at}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_pane.py" line="142"/>
        <source>IntellectMoney document: {id}</source>
        <translation>Документ в кабинете IntellectMoney: {id}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_pane.py" line="146"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_pane.py" line="155"/>
        <source>approved</source>
        <translation>разрешил</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_pane.py" line="178"/>
        <source>Total: {total}</source>
        <translation>Итого: {total}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_pane.py" line="185"/>
        <source>Change: {change}</source>
        <translation>Сдача: {change}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_pane.py" line="189"/>
        <source>Customer: {contact}</source>
        <translation>Покупатель: {contact}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_pane.py" line="200"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_pane.py" line="201"/>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_pane.py" line="202"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_pane.py" line="203"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_pane.py" line="204"/>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../pos_app/qt/refund_dialog.py" line="67"/>
        <location filename="../../pos_app/qt/refund_dialog.py" line="133"/>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/refund_dialog.py" line="71"/>
        <source>Scan the QR code of the customer&apos;s receipt</source>
        <translation>Отсканируйте QR-код с чека покупателя</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/refund_dialog.py" line="73"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/refund_dialog.py" line="79"/>
        <source>No receipt chosen yet.</source>
        <translation>Чек ещё не выбран.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/refund_dialog.py" line="100"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/refund_dialog.py" line="101"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/refund_dialog.py" line="102"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/refund_dialog.py" line="103"/>
        <source>Left to refund</source>
        <translation>Можно вернуть</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/refund_dialog.py" line="104"/>
        <source>Return</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/refund_dialog.py" line="116"/>
        <source>the refund&apos;s number (InvoiceRefundId)</source>
        <translation>номер возврата (InvoiceRefundId)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/refund_dialog.py" line="118"/>
        <source>+7… for the copy (optional)</source>
        <translation>+7… для копии (необязательно)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/refund_dialog.py" line="120"/>
        <source>Refund number</source>
        <translation>Номер возврата</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/refund_dialog.py" line="121"/>
        <source>Customer&apos;s phone</source>
        <translation>Телефон покупателя</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/refund_dialog.py" line="170"/>
        <source>Receipt {id} · {type} · {total} · {when}</source>
        <translation>Чек {id} · {type} · {total} · {when}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/refund_dialog.py" line="227"/>
        <source>line {number}</source>
        <translation>строка {number}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/refund_dialog.py" line="228"/>
        <source>“{value}” is not a quantity.</source>
        <translation>«{value}» — не количество.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/refund_dialog.py" line="235"/>
        <source>Find the receipt to refund first.</source>
        <translation>Сначала найдите чек для возврата.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/refund_dialog.py" line="254"/>
        <source>To pay back: {total} ({payments})</source>
        <translation>К выплате: {total} ({payments})</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/refund_dialog.py" line="267"/>
        <source>The refund number must be a whole number above zero.</source>
        <translation>Номер возврата — целое число больше нуля.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../pos_app/qt/reports_pdf.py" line="40"/>
        <location filename="../../pos_app/qt/reports_pdf.py" line="59"/>
        <source>The PDF file cannot be written there</source>
        <translation>Туда нельзя записать PDF-файл</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/reports_pdf.py" line="45"/>
        <source>Sales report</source>
        <translation>Отчёт о продажах</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../../pos_app/qt/reports_window.py" line="99"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/reports_window.py" line="150"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/reports_window.py" line="151"/>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/reports_window.py" line="152"/>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/reports_window.py" line="153"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/reports_window.py" line="154"/>
        <source>Other days</source>
        <translation>Другие дни</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/reports_window.py" line="157"/>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/reports_window.py" line="167"/>
        <source>Export &amp;CSV…</source>
        <translation>Выгрузить в &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/reports_window.py" line="168"/>
        <source>Export P&amp;DF…</source>
        <translation>Выгрузить в P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/reports_window.py" line="205"/>
        <source>The period ends before it starts: pick the days again.</source>
        <translation>Период кончается раньше, чем начинается: выберите дни заново.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/reports_window.py" line="265"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/reports_window.py" line="270"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/reports_window.py" line="279"/>
        <source>Export the report</source>
        <translation>Выгрузить отчёт</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/reports_window.py" line="305"/>
        <source>Writing the PDF…</source>
        <translation>Записываю PDF…</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/reports_window.py" line="319"/>
        <source>Reports…</source>
        <translation>Отчёты…</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/reports_window.py" line="333"/>
        <source>Reports…  (Shift+F7)</source>
        <translation>Отчёты…  (Shift+F7)</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../pos_app/qt/result_panel.py" line="40"/>
        <source>Last receipt</source>
        <translation>Последний чек</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/result_panel.py" line="43"/>
        <source>No receipt yet</source>
        <translation>Чеков ещё нет</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/result_panel.py" line="50"/>
        <source>Decide what to do with it  (F8)</source>
        <translation>Решить, что с ним делать  (F8)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/result_panel.py" line="97"/>
        <source>Receipt {id}: {state}</source>
        <translation>Чек {id}: {state}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/result_panel.py" line="132"/>
        <source>saved</source>
        <translation>сохранён</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/result_panel.py" line="133"/>
        <source>sent</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/result_panel.py" line="134"/>
        <source>fiscal data</source>
        <translation>фискальные данные</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/result_panel.py" line="141"/>
        <source>copy</source>
        <translation>копия</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/result_panel.py" line="146"/>
        <source>{type}: {total} ₽</source>
        <translation>{type}: {total} ₽</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/result_panel.py" line="157"/>
        <source>Cash given: {cash} ₽</source>
        <translation>Получено наличными: {cash} ₽</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/result_panel.py" line="159"/>
        <source>Change: {change} ₽</source>
        <translation>Сдача: {change} ₽</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/result_panel.py" line="170"/>
        <source>FN {fn}</source>
        <translation>ФН {fn}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/result_panel.py" line="171"/>
        <source>FD {fd}, FP {fp}</source>
        <translation>ФД {fd}, ФП {fp}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/result_panel.py" line="172"/>
        <source>Shift {shift}, {time}</source>
        <translation>Смена {shift}, {time}</translation>
    </message>
</context>
<context>
    <name>ScanHandler</name>
    <message>
        <location filename="../../pos_app/qt/catalog_scan.py" line="51"/>
        <source>Unknown barcode {code}: add it to the catalog?</source>
        <translation>Неизвестный штрихкод {code}: добавить его в каталог?</translation>
    </message>
</context>
<context>
    <name>ScannerSection</name>
    <message>
        <location filename="../../pos_app/qt/scanner_section.py" line="39"/>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/scanner_section.py" line="40"/>
        <source> characters</source>
        <translation> знаков</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/scanner_section.py" line="42"/>
        <source>e.g. 20-29 or 21, 22</source>
        <translation>например, 20-29 или 21, 22</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/scanner_section.py" line="51"/>
        <source>scan a barcode or a scale label here</source>
        <translation>отсканируйте здесь штрихкод или этикетку весов</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/scanner_section.py" line="72"/>
        <source>Longest pause between a scan&apos;s keys:</source>
        <translation>Наибольшая пауза между знаками скана:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/scanner_section.py" line="73"/>
        <source>Shortest scan:</source>
        <translation>Самый короткий скан:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/scanner_section.py" line="74"/>
        <source>Scale label prefixes:</source>
        <translation>Префиксы весовых этикеток:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/scanner_section.py" line="75"/>
        <source>Weight digits:</source>
        <translation>Цифр веса:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/scanner_section.py" line="76"/>
        <source>Weight in:</source>
        <translation>Вес в:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/scanner_section.py" line="80"/>
        <source>A scanner types a code&apos;s keys a few milliseconds apart and ends with Enter; a person types slower. Scale labels are set as in the shop&apos;s back office and its scales: the prefixes, the weight&apos;s digits and unit; the item code takes the digits between them.</source>
        <translation>Сканер вводит знаки кода с интервалом в несколько миллисекунд и завершает его клавишей ввода; человек печатает медленнее. Весовые этикетки настраиваются так же, как в товароучётной программе магазина и в весах: префиксы, число цифр веса и его единица; код товара занимает цифры между ними.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/scanner_section.py" line="90"/>
        <source>Try a scan here:</source>
        <translation>Проверьте скан здесь:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/scanner_section.py" line="133"/>
        <source>A label: prefix {prefix} digits, item code {item}, weight {weight}, check digit: {total} digits.</source>
        <translation>Этикетка: цифр префикса — {prefix}, кода товара — {item}, веса — {weight}, и контрольная цифра; всего цифр — {total}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/scanner_section.py" line="144"/>
        <source>Taken as a scan: {code}.</source>
        <translation>Принято как скан: {code}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/scanner_section.py" line="151"/>
        <source>A scale label: product code {item}, weight {weight} kg.</source>
        <translation>Весовая этикетка: код товара {item}, вес {weight} кг.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/scanner_section.py" line="156"/>
        <source>Not a scale label by these settings: a barcode.</source>
        <translation>По этим настройкам не весовая этикетка: обычный штрихкод.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/scanner_section.py" line="165"/>
        <source>Taken as typing: {text}. The keys came more than {gap} ms apart, or were fewer than {length}.</source>
        <translation>Принято как ввод с клавиатуры: {text}. Знаки шли с интервалом больше {gap} мс или их было меньше {length}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/scanner_section.py" line="184"/>
        <source>Scanner and scales</source>
        <translation>Сканер и весы</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../pos_app/qt/credential_fields.py" line="36"/>
        <source>type or paste to replace</source>
        <translation>введите или вставьте, чтобы заменить</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/credential_fields.py" line="40"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/credential_fields.py" line="42"/>
        <source>Remove it from the OS keyring when saved</source>
        <translation>Удалить из хранилища паролей системы при сохранении</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/credential_fields.py" line="91"/>
        <source>will be deleted</source>
        <translation>будет удалён</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/credential_fields.py" line="94"/>
        <source>will be replaced</source>
        <translation>будет заменён</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/credential_fields.py" line="94"/>
        <source>will be set</source>
        <translation>будет задан</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/credential_fields.py" line="98"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/credential_fields.py" line="100"/>
        <source>set</source>
        <translation>задан</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/credential_fields.py" line="102"/>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../pos_app/qt/settings_dialog.py" line="51"/>
        <source>{app} — Settings</source>
        <translation>{app} — Настройки</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/settings_dialog.py" line="54"/>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/settings_dialog.py" line="58"/>
        <source>Addresses and printing</source>
        <translation>Адреса и печать</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/settings_dialog.py" line="125"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/settings_dialog.py" line="152"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/settings_dialog.py" line="165"/>
        <source>Settings…  (Shift+F12)</source>
        <translation>Настройки…  (Shift+F12)</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="92"/>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="106"/>
        <source>Get the user token</source>
        <translation>Получить токен пользователя</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="107"/>
        <location filename="../../pos_app/qt/setup_form.py" line="110"/>
        <location filename="../../pos_app/qt/setup_form.py" line="113"/>
        <source>Test the connection</source>
        <translation>Проверить связь</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="133"/>
        <source>empty: production</source>
        <translation>пусто: рабочий сервер</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="135"/>
        <source>The system&apos;s</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="140"/>
        <source>{width} mm</source>
        <translation>{width} мм</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="142"/>
        <source>empty: the system&apos;s default printer</source>
        <translation>пусто: принтер системы по умолчанию</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="145"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="151"/>
        <source>Shop&apos;s INN:</source>
        <translation>ИНН магазина:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="152"/>
        <source>Shop&apos;s name:</source>
        <translation>Название магазина:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="153"/>
        <source>Cashbox group:</source>
        <translation>Группа кассы:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="154"/>
        <source>Taxation system:</source>
        <translation>Система налогообложения:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="155"/>
        <source>Default VAT rate:</source>
        <translation>Ставка НДС по умолчанию:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="156"/>
        <source>Default payment subject:</source>
        <translation>Предмет расчёта по умолчанию:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="157"/>
        <source>Phone numbers&apos; country:</source>
        <translation>Страна телефонных номеров:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="164"/>
        <source>Invoice (СКО) number:</source>
        <translation>Номер счёта (СКО):</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="173"/>
        <source>No user token yet? IntellectMoney gives it for the personal account&apos;s login and password (the password is not kept):</source>
        <translation>Нет токена пользователя? IntellectMoney выдаст его по логину и паролю личного кабинета (пароль не сохраняется):</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="179"/>
        <source>Account login:</source>
        <translation>Логин кабинета:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="184"/>
        <source>Account password:</source>
        <translation>Пароль кабинета:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="194"/>
        <source>Checker.uz sends the customer an electronic copy of the receipt (optional).</source>
        <translation>Checker.uz отправляет покупателю электронную копию чека (необязательно).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="210"/>
        <source>check.inshopper.ru takes receipts into promo campaigns (optional). The e-mail and password give the token when the connection is tested.</source>
        <translation>check.inshopper.ru принимает чеки в промоакции (необязательно). По эл. почте и паролю токен выдаётся при проверке связи.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="231"/>
        <source>IntellectMoney address:</source>
        <translation>Адрес IntellectMoney:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="232"/>
        <source>Checker.uz address:</source>
        <translation>Адрес Checker.uz:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="233"/>
        <source>inshopper address:</source>
        <translation>Адрес inshopper:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="234"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="235"/>
        <source>Receipt width:</source>
        <translation>Ширина чека:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="236"/>
        <source>Printer:</source>
        <translation>Принтер:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="237"/>
        <source>Fiscal data late after:</source>
        <translation>Фискальные данные задерживаются через:</translation>
    </message>
</context>
<context>
    <name>ShiftActions</name>
    <message>
        <location filename="../../pos_app/qt/shift_actions.py" line="55"/>
        <source>No shift open (Shift+F2)</source>
        <translation>Смена не открыта (Shift+F2)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_actions.py" line="73"/>
        <source>Shift…</source>
        <translation>Смена…</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_actions.py" line="86"/>
        <source>Shift…  (Shift+F2)</source>
        <translation>Смена…  (Shift+F2)</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../pos_app/qt/shift_dialog.py" line="74"/>
        <source>{app} — Shift</source>
        <translation>{app} — смена</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_dialog.py" line="75"/>
        <source>Reading the shift…</source>
        <translation>Читаю смену…</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_dialog.py" line="84"/>
        <source>The shift is closed. To go on selling, open a new shift.</source>
        <translation>Смена закрыта. Чтобы продолжить продажи, откройте новую смену.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_dialog.py" line="126"/>
        <source>&amp;Open shift</source>
        <translation>&amp;Открыть смену</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_dialog.py" line="127"/>
        <source>Open a shift</source>
        <translation>Открытие смены</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_dialog.py" line="129"/>
        <source>Cashier&apos;s &amp;name:</source>
        <translation>&amp;Имя кассира:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_dialog.py" line="130"/>
        <source>&amp;PIN:</source>
        <translation>&amp;ПИН:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_dialog.py" line="131"/>
        <source>Cash in the &amp;drawer:</source>
        <translation>&amp;Наличные в ящике:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_dialog.py" line="138"/>
        <source>Cash &amp;in</source>
        <translation>&amp;Внести</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_dialog.py" line="139"/>
        <source>Cash ou&amp;t</source>
        <translation>Изъ&amp;ять</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_dialog.py" line="140"/>
        <source>Cash put in or taken out</source>
        <translation>Внесение и изъятие наличных</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_dialog.py" line="142"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_dialog.py" line="143"/>
        <source>&amp;Reason:</source>
        <translation>П&amp;ричина:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_dialog.py" line="152"/>
        <source>&amp;X-report</source>
        <translation>&amp;X-отчёт</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_dialog.py" line="153"/>
        <source>Close &amp;shift</source>
        <translation>Закрыть с&amp;мену</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_dialog.py" line="154"/>
        <source>Close the shift</source>
        <translation>Закрытие смены</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_dialog.py" line="156"/>
        <source>&amp;Counted cash:</source>
        <translation>Наличных по с&amp;чёту:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_dialog.py" line="170"/>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_dialog.py" line="171"/>
        <source>Counted</source>
        <translation>Пересчитано</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_dialog.py" line="172"/>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_dialog.py" line="273"/>
        <source>{name}&apos;s shift closed at {time}</source>
        <translation>Смена: {name}, закрыта в {time}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_dialog.py" line="278"/>
        <source>No shift is open.</source>
        <translation>Смена не открыта.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_dialog.py" line="313"/>
        <source>Shift opened by the first sale at {time} (the drawer not counted)</source>
        <translation>Смена открыта первой продажей в {time} (наличные в ящике не пересчитаны)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_dialog.py" line="317"/>
        <source>{name}&apos;s shift since {time}</source>
        <translation>Смена: {name}, с {time}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_dialog.py" line="320"/>
        <source>Left open since {day}: count the drawer and close it.</source>
        <translation>Не закрыта с {day}: пересчитайте наличные и закройте её.</translation>
    </message>
</context>
<context>
    <name>ShiftReport</name>
    <message>
        <location filename="../../pos_app/qt/shift_report_view.py" line="47"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_report_view.py" line="50"/>
        <source>Receipts</source>
        <translation>Чеки</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_report_view.py" line="51"/>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_report_view.py" line="58"/>
        <source>No receipts in this shift</source>
        <translation>В этой смене чеков нет</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_report_view.py" line="68"/>
        <source>By payment form (cash less change)</source>
        <translation>По формам оплаты (наличные за вычетом сдачи)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_report_view.py" line="84"/>
        <source>By VAT rate</source>
        <translation>По ставкам НДС</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_report_view.py" line="85"/>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_report_view.py" line="99"/>
        <source>Opening cash</source>
        <translation>Наличные на начало смены</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_report_view.py" line="104"/>
        <source>Cash from receipts</source>
        <translation>Наличные по чекам</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_report_view.py" line="120"/>
        <source>Cash in the drawer</source>
        <translation>Наличные в денежном ящике</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_report_view.py" line="126"/>
        <source>Receipts&apos; copies and what still waits</source>
        <translation>Копии чеков и что ещё ждёт</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_report_view.py" line="130"/>
        <source>Copies delivered / waiting / failed</source>
        <translation>Копии чеков: доставлено / ждут / не доставлено</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_report_view.py" line="137"/>
        <source>Receipts still on their way</source>
        <translation>Чеки ещё в пути</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_report_view.py" line="142"/>
        <source>Receipts needing a person</source>
        <translation>Чеки, ждущие решения человека</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/shift_report_view.py" line="147"/>
        <source>Rejected or cancelled (not counted)</source>
        <translation>Отклонённые и отменённые (не учтены)</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../pos_app/qt/tasks.py" line="152"/>
        <source>The computer refused: {problem}.</source>
        <translation>Компьютер отказал: {problem}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/tasks.py" line="153"/>
        <source>Something unexpected went wrong ({problem}); the log has details.</source>
        <translation>Произошёл непредвиденный сбой ({problem}); подробности в журнале работы программы.</translation>
    </message>
</context>
<context>
    <name>Till</name>
    <message>
        <location filename="../../pos_app/qt/till.py" line="80"/>
        <source>Opening the till with the new settings…</source>
        <translation>Открываем кассу с новыми настройками…</translation>
    </message>
</context>
<context>
    <name>TillScanning</name>
    <message>
        <location filename="../../pos_app/qt/till_scanning.py" line="171"/>
        <source>Scan of {code} not taken: close the dialog first.</source>
        <translation>Скан {code} не принят: сначала закройте окно.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/till_scanning.py" line="179"/>
        <source>Scanned {code}: it goes on the receipt once the journal is open.</source>
        <translation>Отсканирован {code}: товар попадёт в чек, как только откроется журнал.</translation>
    </message>
</context>
<context>
    <name>TillScreens</name>
    <message>
        <location filename="../../pos_app/qt/till_screens.py" line="91"/>
        <source>No fiscalized receipt to print yet.</source>
        <translation>Пока нет фискализированного чека для печати.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/till_screens.py" line="107"/>
        <source>Replace the receipt being built with the one from the journal?</source>
        <translation>Заменить набираемый чек чеком из журнала?</translation>
    </message>
</context>
<context>
    <name>TillStatusBar</name>
    <message>
        <location filename="../../pos_app/qt/status_bar.py" line="53"/>
        <source>Opening the journal…</source>
        <translation>Открываем журнал…</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/status_bar.py" line="71"/>
        <source>SANDBOX</source>
        <translation>ПЕСОЧНИЦА</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/status_bar.py" line="74"/>
        <source>Production</source>
        <translation>Рабочий режим</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/status_bar.py" line="99"/>
        <source>Waiting to go out: {count}</source>
        <translation>Ждут отправки: {count}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/status_bar.py" line="103"/>
        <source>Nothing waits</source>
        <translation>Ничего не ждёт</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/status_bar.py" line="106"/>
        <source>Need a person: {count}  (F8)</source>
        <translation>Нужен человек: {count}  (F8)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/status_bar.py" line="119"/>
        <source>{service}: not asked yet</source>
        <translation>{service}: ещё не спрашивали</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/status_bar.py" line="122"/>
        <source>{service}: answers</source>
        <translation>{service}: отвечает</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/status_bar.py" line="125"/>
        <source>{service}: refuses the credentials</source>
        <translation>{service}: не принимает учётные данные</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/status_bar.py" line="128"/>
        <source>{service}: not reachable</source>
        <translation>{service}: недоступен</translation>
    </message>
</context>
<context>
    <name>UnfinishedNote</name>
    <message numerus="yes">
        <location filename="../../pos_app/qt/reports_note.py" line="23"/>
        <source>%n receipt(s) for {amount} ₽ not fiscalized yet and not in this report</source>
        <translation>
            <numerusform>%n чек на {amount} ₽ ещё не фискализирован и не вошёл в отчёт</numerusform>
            <numerusform>%n чека на {amount} ₽ ещё не фискализированы и не вошли в отчёт</numerusform>
            <numerusform>%n чеков на {amount} ₽ ещё не фискализированы и не вошли в отчёт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_app/qt/reports_note.py" line="28"/>
        <source>{head}; waiting for a person&apos;s decision (F8).</source>
        <translation>
            <numerusform>{head}; он ждёт решения человека (F8).</numerusform>
            <numerusform>{head}; они ждут решения человека (F8).</numerusform>
            <numerusform>{head}; они ждут решения человека (F8).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_app/qt/reports_note.py" line="32"/>
        <source>{head}; %n of them wait(s) for a person&apos;s decision (F8).</source>
        <translation>
            <numerusform>{head}; из них %n ждёт решения человека (F8).</numerusform>
            <numerusform>{head}; из них %n ждут решения человека (F8).</numerusform>
            <numerusform>{head}; из них %n ждут решения человека (F8).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>codes</name>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="6"/>
        <source>Advance</source>
        <translation>Аванс</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="7"/>
        <source>Agent fee</source>
        <translation>Агентское вознаграждение</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="8"/>
        <source>Agricultural tax (ESHN)</source>
        <translation>ЕСХН</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="9"/>
        <source>Cash</source>
        <translation>Наличными</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="10"/>
        <source>Cash out by a bank payment agent</source>
        <translation>Выдача наличных банковским платёжным агентом</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="11"/>
        <source>Casino payment</source>
        <translation>Платёж казино</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="12"/>
        <source>Counter-provision</source>
        <translation>Встречное предоставление</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="13"/>
        <source>Credit</source>
        <translation>Передача в кредит</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="14"/>
        <source>Credit payment</source>
        <translation>Оплата кредита</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="15"/>
        <source>Deposit</source>
        <translation>Залог</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="16"/>
        <source>Electronic</source>
        <translation>Безналичными</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="17"/>
        <source>Excise goods</source>
        <translation>Подакцизный товар</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="18"/>
        <source>Excise goods with a marking code</source>
        <translation>Подакцизный товар с кодом маркировки</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="19"/>
        <source>Excise goods without a marking code</source>
        <translation>Подакцизный товар без кода маркировки</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="20"/>
        <source>Expense</source>
        <translation>Расход</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="21"/>
        <source>Expense refund</source>
        <translation>Возврат расхода</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="22"/>
        <source>Full payment</source>
        <translation>Полный расчёт</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="23"/>
        <source>Full prepayment</source>
        <translation>Предоплата 100%</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="24"/>
        <source>GB</source>
        <translation>Гбайт</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="25"/>
        <source>Gambling bet</source>
        <translation>Ставка азартной игры</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="26"/>
        <source>Gambling win</source>
        <translation>Выигрыш азартной игры</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="27"/>
        <source>Gcal</source>
        <translation>Гкал</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="28"/>
        <source>General (OSN)</source>
        <translation>Общая (ОСН)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="29"/>
        <source>Goods</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="30"/>
        <source>Goods with a marking code</source>
        <translation>Товар с кодом маркировки</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="31"/>
        <source>Goods without a marking code</source>
        <translation>Товар без кода маркировки</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="32"/>
        <source>Imputed income (ENVD, historical)</source>
        <translation>ЕНВД (больше не применяется)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="33"/>
        <source>Intellectual property</source>
        <translation>Результаты интеллектуальной деятельности</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="34"/>
        <source>KB</source>
        <translation>Кбайт</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="35"/>
        <source>Lottery ticket</source>
        <translation>Лотерейный билет</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="36"/>
        <source>Lottery win</source>
        <translation>Выигрыш лотереи</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="37"/>
        <source>MB</source>
        <translation>Мбайт</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="38"/>
        <source>Medical contributions</source>
        <translation>Взносы на ОМС</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="39"/>
        <source>Medical contributions (self-employed)</source>
        <translation>Взносы на ОМС ИП</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="40"/>
        <source>No VAT</source>
        <translation>Без НДС</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="41"/>
        <source>Non-operating income</source>
        <translation>Внереализационный доход</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="42"/>
        <source>Other</source>
        <translation>Иной предмет расчёта</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="43"/>
        <source>Other payments and contributions</source>
        <translation>Иные платежи и взносы</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="44"/>
        <source>Partial payment and credit</source>
        <translation>Частичный расчёт и кредит</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="45"/>
        <source>Partial prepayment</source>
        <translation>Частичная предоплата</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="46"/>
        <source>Patent</source>
        <translation>Патент</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="47"/>
        <source>Payment</source>
        <translation>Платёж</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="48"/>
        <source>Payout</source>
        <translation>Выплата</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="49"/>
        <source>Pension contributions</source>
        <translation>Взносы на ОПС</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="50"/>
        <source>Pension contributions (self-employed)</source>
        <translation>Взносы на ОПС ИП</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="51"/>
        <source>Postpayment (credit)</source>
        <translation>Постоплата (кредит)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="52"/>
        <source>Prepayment (advance offset)</source>
        <translation>Предоплата (зачёт аванса)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="53"/>
        <source>Property right</source>
        <translation>Имущественное право</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="54"/>
        <source>Resort fee</source>
        <translation>Курортный сбор</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="55"/>
        <source>Sale</source>
        <translation>Приход</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="56"/>
        <source>Sale refund</source>
        <translation>Возврат прихода</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="57"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="58"/>
        <source>Simplified, income (USN)</source>
        <translation>УСН доходы</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="59"/>
        <source>Simplified, income minus expense (USN)</source>
        <translation>УСН доходы минус расходы</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="60"/>
        <source>Social insurance contributions</source>
        <translation>Взносы на ОСС</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="61"/>
        <source>TB</source>
        <translation>Тбайт</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="62"/>
        <source>Trade fee</source>
        <translation>Торговый сбор</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="63"/>
        <source>VAT 0%</source>
        <translation>НДС 0%</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="64"/>
        <source>VAT 10%</source>
        <translation>НДС 10%</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="65"/>
        <source>VAT 10/110</source>
        <translation>НДС 10/110</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="66"/>
        <source>VAT 20%</source>
        <translation>НДС 20%</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="67"/>
        <source>VAT 20/120</source>
        <translation>НДС 20/120</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="68"/>
        <source>VAT 22%</source>
        <translation>НДС 22%</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="69"/>
        <source>VAT 22/122</source>
        <translation>НДС 22/122</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="70"/>
        <source>VAT 5%</source>
        <translation>НДС 5%</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="71"/>
        <source>VAT 5/105</source>
        <translation>НДС 5/105</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="72"/>
        <source>VAT 7%</source>
        <translation>НДС 7%</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="73"/>
        <source>VAT 7/107</source>
        <translation>НДС 7/107</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="74"/>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="75"/>
        <source>cm</source>
        <translation>см</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="76"/>
        <source>cu m</source>
        <translation>куб. м</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="77"/>
        <source>day</source>
        <translation>сут</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="78"/>
        <source>dm</source>
        <translation>дм</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="79"/>
        <source>g</source>
        <translation>г</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="80"/>
        <source>hour</source>
        <translation>ч</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="81"/>
        <source>kWh</source>
        <translation>кВт·ч</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="82"/>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="83"/>
        <source>l</source>
        <translation>л</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="84"/>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="85"/>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="86"/>
        <source>ml</source>
        <translation>мл</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="87"/>
        <source>other</source>
        <translation>иная</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="88"/>
        <source>pcs</source>
        <translation>шт.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="89"/>
        <source>s</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="90"/>
        <source>sq cm</source>
        <translation>кв. см</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="91"/>
        <source>sq dm</source>
        <translation>кв. дм</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="92"/>
        <source>sq m</source>
        <translation>кв. м</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="93"/>
        <source>t</source>
        <translation>т</translation>
    </message>
</context>
<context>
    <name>connection</name>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="94"/>
        <source>Checker.uz accepts the token.</source>
        <translation>Checker.uz принимает токен.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="95"/>
        <source>Enter the inshopper e-mail and password, or its token, first.</source>
        <translation>Сначала введите эл. почту и пароль inshopper или его токен.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="96"/>
        <source>Enter the personal account&apos;s login and password first.</source>
        <translation>Сначала введите логин и пароль личного кабинета.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="97"/>
        <source>Enter {names} first.</source>
        <translation>Сначала введите: {names}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="98"/>
        <source>IntellectMoney accepts the token, the signature key and the user token.</source>
        <translation>IntellectMoney принимает токен, ключ подписи и токен пользователя.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="99"/>
        <source>IntellectMoney answered, but not as expected for a test; check its address.</source>
        <translation>IntellectMoney ответил, но не так, как ожидалось при проверке; проверьте его адрес.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="100"/>
        <source>inshopper accepts the account.</source>
        <translation>inshopper принимает учётную запись.</translation>
    </message>
</context>
<context>
    <name>countries</name>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="101"/>
        <source>Armenia</source>
        <translation>Армения</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="102"/>
        <source>Azerbaijan</source>
        <translation>Азербайджан</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="103"/>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="104"/>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="105"/>
        <source>Georgia</source>
        <translation>Грузия</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="106"/>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="107"/>
        <source>Kyrgyzstan</source>
        <translation>Киргизия</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="108"/>
        <source>Moldova</source>
        <translation>Молдова</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="109"/>
        <source>Mongolia</source>
        <translation>Монголия</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="110"/>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="111"/>
        <source>Tajikistan</source>
        <translation>Таджикистан</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="112"/>
        <source>Turkey</source>
        <translation>Турция</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="113"/>
        <source>Turkmenistan</source>
        <translation>Туркменистан</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="114"/>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
</context>
<context>
    <name>credentials</name>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="115"/>
        <source>Checker.uz token</source>
        <translation>Токен Checker.uz</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="116"/>
        <source>IntellectMoney API token (Bearer)</source>
        <translation>API-токен IntellectMoney (Bearer)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="117"/>
        <source>IntellectMoney signature secret key</source>
        <translation>Секретный ключ подписи IntellectMoney</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="118"/>
        <source>IntellectMoney user token</source>
        <translation>Токен пользователя IntellectMoney</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="119"/>
        <source>No OS keyring is available to keep pos-app&apos;s credentials ({backend}), and pos-app never keeps them in a plain file. On Linux install and start a Secret Service keyring (gnome-keyring, or KWallet) and unlock it, e.g. by logging in to the desktop; on a server run it inside a D-Bus session. On Windows the Credential Manager and on macOS the Keychain are built in. A keyring chosen with PYTHON_KEYRING_BACKEND or keyring&apos;s keyringrc.cfg is used as it is.</source>
        <translation>Нет хранилища паролей ОС, где pos-app мог бы хранить ключи доступа ({backend}), а в обычном файле pos-app их никогда не хранит. В Linux установите и запустите хранилище Secret Service (gnome-keyring или KWallet) и разблокируйте его, например войдя в рабочий стол; на сервере запускайте его внутри сеанса D-Bus. В Windows есть встроенный Диспетчер учётных данных, в macOS — Связка ключей. Хранилище, выбранное через PYTHON_KEYRING_BACKEND или keyringrc.cfg библиотеки keyring, используется как есть.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="120"/>
        <source>The IntellectMoney credentials are not all set ({names} missing). Set them in Settings, or with: pos-app credentials set NAME</source>
        <translation>Заданы не все ключи доступа IntellectMoney (нет: {names}). Задайте их в «Настройках» или командой: pos-app credentials set NAME</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="121"/>
        <source>The OS keyring could not delete {name}: {problem} ({backend}).</source>
        <translation>Хранилище паролей ОС не смогло удалить {name}: {problem} ({backend}).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="122"/>
        <source>The OS keyring could not read {name}: {problem} ({backend}).</source>
        <translation>Хранилище паролей ОС не смогло прочитать {name}: {problem} ({backend}).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="123"/>
        <source>The OS keyring could not store {name}: {problem} ({backend}).</source>
        <translation>Хранилище паролей ОС не смогло сохранить {name}: {problem} ({backend}).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="124"/>
        <source>The OS keyring is locked. Unlock it (log in to the desktop session, or unlock the “Login” keyring in Passwords and Keys) and try again.</source>
        <translation>Хранилище паролей ОС заблокировано. Разблокируйте его (войдите в сеанс рабочего стола или разблокируйте связку «Вход» в «Паролях и ключах») и повторите.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="125"/>
        <source>The only keyring found ({backend}) keeps credentials in a file, which pos-app refuses. Install and unlock a Secret Service keyring (gnome-keyring, or KWallet), or remove the keyrings.alt package; to use that file keyring anyway, choose it explicitly with PYTHON_KEYRING_BACKEND.</source>
        <translation>Найдено только хранилище ({backend}), которое держит ключи в файле, а pos-app от него отказывается. Установите и разблокируйте хранилище Secret Service (gnome-keyring или KWallet) или удалите пакет keyrings.alt; чтобы всё же пользоваться файловым хранилищем, выберите его явно через PYTHON_KEYRING_BACKEND.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="126"/>
        <source>inshopper e-mail</source>
        <translation>Эл. почта inshopper</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="127"/>
        <source>inshopper password</source>
        <translation>Пароль inshopper</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="128"/>
        <source>inshopper token</source>
        <translation>Токен inshopper</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="129"/>
        <source>inshopper user id</source>
        <translation>Номер пользователя inshopper</translation>
    </message>
</context>
<context>
    <name>draft</name>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="130"/>
        <source>The file {path} is too big to be a parked receipt.</source>
        <translation>Файл {path} слишком велик для отложенного чека.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="131"/>
        <source>The parked receipt {path} cannot be read: {problem}.</source>
        <translation>Не удалось прочитать отложенный чек {path}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="132"/>
        <source>The receipt cannot be parked in {path}: {problem}.</source>
        <translation>Не удалось отложить чек в {path}: {problem}.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="133"/>
        <source>FD {fd}, FP {fp}</source>
        <translation>ФД {fd}, ФП {fp}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="134"/>
        <source>a person asked to try again</source>
        <translation>повторная отправка по решению человека</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="135"/>
        <source>a person asked to try again; copy to {phone}</source>
        <translation>повторная отправка по решению человека; копия на {phone}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="136"/>
        <source>a person asked to try again; copy to {phone} (was {old})</source>
        <translation>повторная отправка по решению человека; копия на {phone} (был {old})</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="137"/>
        <source>a person chose to send it again</source>
        <translation>человек решил отправить его ещё раз</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="138"/>
        <source>a person confirmed the customer got the copy</source>
        <translation>человек подтвердил, что покупатель получил копию</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="139"/>
        <source>a person found it in the cashbox as document {document_id}</source>
        <translation>человек нашёл его в кассе: документ {document_id}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="140"/>
        <source>added to the journal</source>
        <translation>записан в журнал</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="141"/>
        <source>copy delivered</source>
        <translation>копия доставлена</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="142"/>
        <source>document {document_id}</source>
        <translation>документ {document_id}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="143"/>
        <source>sending to the cashbox</source>
        <translation>отправляется в кассу</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="144"/>
        <source>the receipt was cancelled</source>
        <translation>чек отменён</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="145"/>
        <source>the receipt was rejected</source>
        <translation>чек отклонён</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="146"/>
        <source>{note}; copy to {phone}</source>
        <translation>{note}; копия на {phone}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="147"/>
        <source>{note}; copy to {phone} (was {old})</source>
        <translation>{note}; копия на {phone} (был {old})</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="148"/>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="149"/>
        <source>Being checked</source>
        <translation>Проверяется</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="150"/>
        <source>Being recognised</source>
        <translation>Распознаётся</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="151"/>
        <source>Being sent</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="152"/>
        <source>Cancelled before it was sent</source>
        <translation>Отменён до отправки</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="153"/>
        <source>Copy could not be delivered</source>
        <translation>Копию не удалось доставить</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="154"/>
        <source>Copy delivered</source>
        <translation>Копия доставлена</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="155"/>
        <source>Copy may have been sent: ask the customer</source>
        <translation>Копия, возможно, отправлена: спросите покупателя</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="156"/>
        <source>Copy waiting to be sent</source>
        <translation>Копия ждёт отправки</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="157"/>
        <source>Fiscalized</source>
        <translation>Фискализирован</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="158"/>
        <source>Held: refused for a reason to fix, then send again</source>
        <translation>Задержан: отклонён по причине, которую нужно устранить, затем отправить снова</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="159"/>
        <source>May have been sent: check</source>
        <translation>Возможно, отправлен: проверьте</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="160"/>
        <source>Needs attention: outcome unknown</source>
        <translation>Требует внимания: результат неизвестен</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="161"/>
        <source>No copy needed</source>
        <translation>Копия не нужна</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="162"/>
        <source>Not accepted for checking</source>
        <translation>Не принят на проверку</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="163"/>
        <source>Receipt {id} is not fiscalized yet ({state}); its copy cannot be sent.</source>
        <translation>Чек {id} ещё не фискализирован ({state}); его копию отправить нельзя.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="164"/>
        <source>Receipt {id} is not fiscalized yet ({state}); only a fiscalized receipt can be submitted to a campaign.</source>
        <translation>Чек {id} ещё не фискализирован ({state}); в акцию можно подать только фискализированный чек.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="165"/>
        <source>Receipt {id} may have reached the cashbox before (it was sent and its outcome was not certain), so it cannot be cancelled; check the IntellectMoney account.</source>
        <translation>Чек {id} мог уже дойти до кассы (он отправлялся, и результат был неизвестен), поэтому его нельзя отменить; проверьте личный кабинет IntellectMoney.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="166"/>
        <source>Receipt {id} was made without the customer&apos;s phone: give the phone the copy goes to.</source>
        <translation>Чек {id} создан без телефона покупателя: укажите телефон, на который отправить копию.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="167"/>
        <source>Receipt {id}: only a person can move “{state}” to “{target}”; the app never does it on its own.</source>
        <translation>Чек {id}: перевести «{state}» в «{target}» может только человек; программа сама этого не делает.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="168"/>
        <source>Receipt {id}: “{state}” cannot become “{target}”; nothing was changed.</source>
        <translation>Чек {id}: «{state}» не может стать «{target}»; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="169"/>
        <source>Receipt {receipt} IS FISCALIZED (cashbox document {document}), but the journal could not record its fiscal data: {problem} Do not ring it again. Once the journal&apos;s file is fixed, pos-app fetches its fiscal data again by itself.</source>
        <translation>Чек {receipt} ФИСКАЛИЗИРОВАН (документ кассы {document}), но журнал не смог записать его фискальные данные: {problem} Не пробивайте его снова. Когда файл журнала будет исправлен, pos-app сам запросит фискальные данные ещё раз.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="170"/>
        <source>Receipt {receipt} MAY BE FISCALIZED: it was sent to the cashbox, but the journal could not record the answer: {problem} Do not ring it again. Once the journal&apos;s file is fixed, the receipt needs attention: look for it in the IntellectMoney account and resolve it.</source>
        <translation>Чек {receipt} МОЖЕТ БЫТЬ ФИСКАЛИЗИРОВАН: он отправлен в кассу, но журнал не смог записать ответ: {problem} Не пробивайте его снова. Когда файл журнала будет исправлен, чек потребует внимания: найдите его в кабинете IntellectMoney и примите решение.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="171"/>
        <source>Receipt {receipt} MAY BE FISCALIZED: the cashbox took it in as document {document}, but the journal could not record that: {problem} Do not ring it again. Write down the document id; once the journal&apos;s file is fixed, the receipt needs attention: resolve it with pos-app resolve {receipt} --document-id {document}.</source>
        <translation>Чек {receipt} МОЖЕТ БЫТЬ ФИСКАЛИЗИРОВАН: касса приняла его как документ {document}, но журнал не смог это записать: {problem} Не пробивайте его снова. Запишите номер документа; когда файл журнала будет исправлен, чек потребует внимания: решите его командой pos-app resolve {receipt} --document-id {document}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="172"/>
        <source>Rejected</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="173"/>
        <source>Rejected by the cashbox</source>
        <translation>Отклонён кассой</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="174"/>
        <source>Sent, waiting for the fiscal data</source>
        <translation>Отправлен, ждёт фискальных данных</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="175"/>
        <source>Sent; the fiscal data are late</source>
        <translation>Отправлен; фискальные данные запаздывают</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="176"/>
        <source>Submitted</source>
        <translation>Подан</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="177"/>
        <source>The app stopped while sending it; whether the cashbox got it is unknown.</source>
        <translation>Программа остановилась во время отправки; получила ли касса чек — неизвестно.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="178"/>
        <source>The backup or restore in {folder} failed: {problem}. Check that the folder exists, this user may write in it and its disk has room, then try again; the journal was not changed.</source>
        <translation>Резервное копирование или восстановление в папке {folder} не удалось: {problem}. Проверьте, что папка есть, этот пользователь может в неё писать и на диске есть место, и повторите попытку; журнал не изменён.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="179"/>
        <source>The backup {file} ends at receipt {found}, but this computer&apos;s journal went up to receipt {last}: receipts {first_missing} to {last} are not in it. Choose a newer backup if there is one; to restore this one anyway, add --force (new receipts are then numbered from {next}, so no number is given twice, and the missing receipts must be looked up in the IntellectMoney account).</source>
        <translation>Резервная копия {file} заканчивается чеком {found}, а журнал этого компьютера дошёл до чека {last}: чеков с {first_missing} по {last} в ней нет. Выберите более новую копию, если она есть; чтобы всё же восстановить эту, добавьте --force (новые чеки тогда нумеруются с {next}, чтобы ни один номер не повторился, а недостающие чеки придётся найти в кабинете IntellectMoney).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="180"/>
        <source>The cashbox took it in as document {document}, but the app stopped (or the journal failed) before recording that: it is most likely fiscalized. Do not ring it again: check document {document} in the IntellectMoney account and resolve it with that document id.</source>
        <translation>Касса приняла его как документ {document}, но программа остановилась (или журнал дал сбой) раньше, чем это записала: скорее всего, чек фискализирован. Не пробивайте его снова: проверьте документ {document} в кабинете IntellectMoney и решите чек с этим номером документа.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="181"/>
        <source>The disk failed to read or write the journal {path} ({problem}). Check the disk and its connection, then try again.</source>
        <translation>Диск не смог прочитать или записать журнал {path} ({problem}). Проверьте диск и его подключение и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="182"/>
        <source>The disk holding the journal {path} is full, so nothing more can be saved. Free some space on that disk, then try again; nothing was lost.</source>
        <translation>Диск с журналом {path} заполнен, сохранить больше ничего нельзя. Освободите место на этом диске и повторите попытку; ничего не потеряно.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="183"/>
        <source>The disk is almost full: the journal&apos;s folder {folder} has {free} MB free, and pos-app needs at least {needed} MB to take a receipt safely. Nothing was written. Free some space on that disk (empty the recycle bin, remove old downloads or backups elsewhere), then try again.</source>
        <translation>Диск почти заполнен: в папке журнала {folder} свободно {free} МБ, а pos-app нужно не меньше {needed} МБ, чтобы надёжно принять чек. Ничего не записано. Освободите место на этом диске (очистите корзину, удалите старые загрузки или перенесите резервные копии) и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="184"/>
        <source>The file {file} is a backup of another journal, not of the one this computer kept (receipts up to number {last}). Choose a backup of this shop&apos;s journal; only if a person checked that this one is right, add --force.</source>
        <translation>Файл {file} — резервная копия другого журнала, а не того, что вёл этот компьютер (чеки до номера {last}). Выберите копию журнала этого магазина; только если человек проверил, что нужна именно эта, добавьте --force.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="185"/>
        <source>The file {file} is damaged or is not a pos-app journal ({findings}); nothing was changed. Choose another backup.</source>
        <translation>Файл {file} повреждён или не является журналом pos-app ({findings}); ничего не изменено. Выберите другую резервную копию.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="186"/>
        <source>The file {file} is not a pos-app journal this pos-app can read (version {version}); nothing was changed. Choose another backup, or update pos-app if the backup was made by a newer one.</source>
        <translation>Файл {file} не является журналом pos-app, который может прочитать эта версия (версия {version}); ничего не изменено. Выберите другую резервную копию или обновите pos-app, если копию сделала более новая версия.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="187"/>
        <source>The file {path} is damaged or is not a pos-app journal. Do not delete it: keep it (with its -wal file, if any), restore the journal from a backup, or ask for help.</source>
        <translation>Файл {path} повреждён или не является журналом pos-app. Не удаляйте его: сохраните его (вместе с файлом -wal, если он есть), восстановите журнал из резервной копии или обратитесь за помощью.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="188"/>
        <source>The journal has no promo submission {id}.</source>
        <translation>В журнале нет подачи в акцию {id}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="189"/>
        <source>The journal has no receipt {id}.</source>
        <translation>В журнале нет чека {id}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="190"/>
        <source>The journal was written by a newer pos-app (journal version {found}, this pos-app knows up to {latest}); update pos-app to open it.</source>
        <translation>Журнал записан более новой версией pos-app (версия журнала {found}, эта версия pos-app знает до {latest}); обновите pos-app, чтобы открыть его.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="191"/>
        <source>The journal {path} cannot be opened: it is not a file, or its folder is missing, read-only or not this user&apos;s. Check that the folder exists and this user may write in it, then start again.</source>
        <translation>Журнал {path} не открывается: это не файл, либо его папки нет, она только для чтения или принадлежит другому пользователю. Проверьте, что папка есть и этот пользователь может в неё писать, и запустите снова.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="192"/>
        <source>The journal {path} cannot be used: {problem}. Try again; if it keeps failing, keep the file and ask for help.</source>
        <translation>Журналом {path} нельзя воспользоваться: {problem}. Повторите попытку; если ошибка не проходит, сохраните файл и обратитесь за помощью.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="193"/>
        <source>The journal {path} cannot be written: the file or its folder is read-only. Allow this user to write to both, then try again.</source>
        <translation>В журнал {path} нельзя записать: файл или его папка только для чтения. Разрешите этому пользователю запись в них и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="194"/>
        <source>The journal {path} is an older copy: it ends at receipt {found}, but this computer kept receipts up to number {last}. The receipts after {found} are not in it and their numbers would be given again. Restore the latest backup (pos-app journal restore FILE; backups are in {backups}); only if a person checked that this file is the one to use, run pos-app journal adopt.</source>
        <translation>Журнал {path} — более старая копия: он заканчивается чеком {found}, а этот компьютер вёл чеки до номера {last}. Чеков после {found} в нём нет, и их номера были бы выданы снова. Восстановите последнюю резервную копию (pos-app journal restore FILE; копии лежат в {backups}); только если человек проверил, что нужен именно этот файл, выполните pos-app journal adopt.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="195"/>
        <source>The journal {path} is damaged ({findings}), so no backup was made of it and the earlier backups in {folder} were kept. Restore the latest one (pos-app journal restore FILE), or ask for help.</source>
        <translation>Журнал {path} повреждён ({findings}), поэтому резервная копия не сделана, а прежние копии в {folder} сохранены. Восстановите последнюю из них (pos-app journal restore FILE) или обратитесь за помощью.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="196"/>
        <source>The journal {path} is damaged ({findings}). No new receipt is written into it. Do not delete it: close pos-app, keep the file, and restore the latest backup (pos-app journal restore FILE), or ask for help.</source>
        <translation>Журнал {path} повреждён ({findings}). Новые чеки в него не записываются. Не удаляйте его: закройте pos-app, сохраните файл и восстановите последнюю резервную копию (pos-app journal restore FILE) или обратитесь за помощью.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="197"/>
        <source>The journal {path} is in use by another program (another pos-app, or a backup tool) and was not free after {seconds} seconds. Close that program or wait a moment, then try again; nothing was lost.</source>
        <translation>Журнал {path} занят другой программой (другим pos-app или программой резервного копирования) и не освободился за {seconds} с. Закройте ту программу или подождите немного и повторите попытку; ничего не потеряно.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="198"/>
        <source>The journal {path} is missing or empty, but this computer kept a journal with receipts up to number {last}. pos-app does not start a new journal, because receipt numbers (also the customers&apos; Checker.uz codes) would start over. Restore the journal from a backup (pos-app journal restore FILE; backups are in {backups}); only if the shop really starts a new journal, run pos-app journal adopt.</source>
        <translation>Журнала {path} нет или он пуст, а этот компьютер вёл журнал с чеками до номера {last}. pos-app не начинает новый журнал, потому что номера чеков (они же коды Checker.uz у покупателей) начались бы заново. Восстановите журнал из резервной копии (pos-app journal restore FILE; копии лежат в {backups}); только если магазин действительно начинает новый журнал, выполните pos-app journal adopt.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="199"/>
        <source>The journal {path} is not the journal this computer kept (that one held receipts up to number {last}): the file was replaced. Put the right file back or restore it from a backup (pos-app journal restore FILE; backups are in {backups}); only if a person checked that this file is the one to use, run pos-app journal adopt.</source>
        <translation>Журнал {path} — не тот журнал, который вёл этот компьютер (в том были чеки до номера {last}): файл подменён. Верните нужный файл или восстановите его из резервной копии (pos-app journal restore FILE; копии лежат в {backups}); только если человек проверил, что нужен именно этот файл, выполните pos-app journal adopt.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="200"/>
        <source>The promo submission {id} is {state} now; it cannot become {target}.</source>
        <translation>Заявка в акцию {id} сейчас в состоянии «{state}»; перейти в «{target}» она не может.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="201"/>
        <source>Waiting to be sent</source>
        <translation>Ждёт отправки</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="202"/>
        <source>a person</source>
        <translation>человек</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="203"/>
        <source>pos-app stopped while the upload was on its way; the service may have it.</source>
        <translation>pos-app остановился во время загрузки; сервис мог получить чек.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="204"/>
        <source>the app</source>
        <translation>программа</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="205"/>
        <source>the real cashbox</source>
        <translation>настоящая касса</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="206"/>
        <source>the sandbox</source>
        <translation>песочница</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="207"/>
        <source>{file} is not a file. Give the path of a backup (journal-….sqlite3).</source>
        <translation>{file} — не файл. Укажите путь к резервной копии (journal-….sqlite3).</translation>
    </message>
</context>
<context>
    <name>journal_list</name>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="208"/>
        <source>Being sent</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="209"/>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="210"/>
        <source>Fiscal data late</source>
        <translation>Данные запаздывают</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="211"/>
        <source>Fiscalized</source>
        <translation>Фискализирован</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="212"/>
        <source>Held</source>
        <translation>Задержан</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="213"/>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="214"/>
        <source>Rejected</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="215"/>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="216"/>
        <source>Waiting to be sent</source>
        <translation>Ждёт отправки</translation>
    </message>
</context>
<context>
    <name>keyring</name>
    <message>
        <location filename="../../pos_app/qt/credential_fields.py" line="110"/>
        <source>On Windows pos-app keeps credentials in the Credential Manager: make sure the Credential Manager service is running and that you are logged in as yourself (not a service account).</source>
        <translation>В Windows pos-app хранит ключи доступа в Диспетчере учётных данных: убедитесь, что служба диспетчера учётных данных запущена и вы вошли под своей учётной записью (не служебной).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/credential_fields.py" line="117"/>
        <source>On macOS pos-app keeps credentials in the Keychain: open Keychain Access, unlock the login keychain, and allow pos-app when asked.</source>
        <translation>В macOS pos-app хранит ключи доступа в Связке ключей: откройте «Связку ключей», разблокируйте связку «login» и разрешите доступ pos-app, когда спросят.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/credential_fields.py" line="124"/>
        <source>A D-Bus session is running, but no Secret Service answered on it.</source>
        <translation>Сеанс D-Bus запущен, но служба Secret Service в нём не ответила.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/credential_fields.py" line="128"/>
        <source>No D-Bus session is running (DBUS_SESSION_BUS_ADDRESS is not set).</source>
        <translation>Сеанс D-Bus не запущен (DBUS_SESSION_BUS_ADDRESS не задана).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/credential_fields.py" line="134"/>
        <source>On Linux install gnome-keyring (or KWallet), log in to a desktop session (it starts D-Bus and unlocks the keyring), and start pos-app from it.</source>
        <translation>В Linux установите gnome-keyring (или KWallet), войдите в сеанс рабочего стола (он запускает D-Bus и разблокирует хранилище) и запускайте pos-app из него.</translation>
    </message>
</context>
<context>
    <name>money</name>
    <message>
        <location filename="../../pos_app/qt/translations.py" line="92"/>
        <source>.</source>
        <comment>decimal separator of amounts</comment>
        <translation>,</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="217"/>
        <source>A refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="218"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="219"/>
        <source>Cancelling a receipt</source>
        <translation>Отмена чека</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="220"/>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="221"/>
        <source>Changing the settings</source>
        <translation>Изменение настроек</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="222"/>
        <source>Enter the PIN.</source>
        <translation>Введите ПИН.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="223"/>
        <source>Taking cash out</source>
        <translation>Изъятие наличных</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="224"/>
        <source>Taking cash out needs an administrator&apos;s PIN.</source>
        <translation>Для изъятия наличных нужен ПИН администратора.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="225"/>
        <source>Too many wrong PINs for {name}; try again in {seconds} seconds.</source>
        <translation>Слишком много неверных ПИН для {name}; попробуйте снова через {seconds} с.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="226"/>
        <source>Wrong PIN for {name}; {left} more tries before a minute&apos;s pause.</source>
        <translation>Неверный ПИН для {name}; осталось попыток до паузы на минуту: {left}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="227"/>
        <source>{name} is not an administrator; an administrator must enter it.</source>
        <translation>{name} — не администратор; ПИН должен ввести администратор.</translation>
    </message>
</context>
<context>
    <name>promo</name>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="228"/>
        <source>A person chose to send it again.</source>
        <translation>Кассир решил отправить снова.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="229"/>
        <source>Not ready yet.</source>
        <translation>Ещё не готово.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="230"/>
        <source>Promo submissions wait: log in first.</source>
        <translation>Заявки в акции ждут: сначала выполните вход.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="231"/>
        <source>Rejected: {reason}</source>
        <translation>Отклонён: {reason}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="232"/>
        <source>Taken in as {id}.</source>
        <translation>Принят под номером {id}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="233"/>
        <source>The service says: {state}.</source>
        <translation>Ответ сервиса: {state}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="234"/>
        <source>The submission has neither a QR string nor a photo to send.</source>
        <translation>В заявке нет ни строки QR-кода, ни фото для отправки.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="235"/>
        <source>The upload&apos;s answer was lost.</source>
        <translation>Ответ на загрузку потерян.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="236"/>
        <source>Waiting to be sent.</source>
        <translation>Ожидает отправки.</translation>
    </message>
</context>
<context>
    <name>receipt_decisions</name>
    <message>
        <location filename="../../pos_app/qt/receipt_decisions.py" line="64"/>
        <source>Send receipt {id} again? Do it only after checking that the IntellectMoney account does not have it (or that the cause it was held for is fixed): otherwise the customer gets two fiscal receipts.</source>
        <translation>Отправить чек {id} снова? Делайте это, только проверив, что в кабинете IntellectMoney его нет (или что причина задержки устранена): иначе у покупателя будет два фискальных чека.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_decisions.py" line="85"/>
        <source>Receipt {id}: its document id in the IntellectMoney account:</source>
        <translation>Чек {id}: номер его документа в кабинете IntellectMoney:</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_decisions.py" line="107"/>
        <source>Why is receipt {id} cancelled? (kept in its history)</source>
        <translation>Почему отменяется чек {id}? (сохранится в его истории)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_decisions.py" line="119"/>
        <source>Write the reason: it stays in the receipt&apos;s history.</source>
        <translation>Напишите причину: она останется в истории чека.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_decisions.py" line="122"/>
        <source>Cancel receipt {id}? It is never sent to the cashbox; the journal keeps it, cancelled.</source>
        <translation>Отменить чек {id}? Он не будет отправлен в кассу; в журнале он останется как отменённый.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_decisions.py" line="155"/>
        <source>Receipt {id} is still waiting to be sent. To open it as a new receipt it is cancelled first, so that it is never sent beside the new one.</source>
        <translation>Чек {id} ещё ждёт отправки. Чтобы открыть его как новый чек, сначала он отменяется — так он никогда не уйдёт в кассу вместе с новым.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_decisions.py" line="190"/>
        <source>The copy is waiting to be sent ({state}).</source>
        <translation>Копия ждёт отправки ({state}).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_decisions.py" line="197"/>
        <source>Send the Checker.uz copy of receipt {id} to the phone:</source>
        <translation>Отправить копию чека {id} в Checker.uz на телефон:</translation>
    </message>
</context>
<context>
    <name>receipt_print</name>
    <message>
        <location filename="../../pos_app/qt/receipt_print.py" line="138"/>
        <source>80 mm</source>
        <translation>80 мм</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_print.py" line="139"/>
        <source>58 mm</source>
        <translation>58 мм</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_print.py" line="141"/>
        <source>Receipt paper width:</source>
        <translation>Ширина чековой ленты:</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="237"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="238"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="239"/>
        <source>Average sale</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="240"/>
        <source>By VAT rate</source>
        <translation>По ставкам НДС</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="241"/>
        <source>By cashier</source>
        <translation>По кассирам</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="242"/>
        <source>By hour</source>
        <translation>По часам</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="243"/>
        <source>By payment form</source>
        <translation>По формам оплаты</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="244"/>
        <source>By payment type</source>
        <translation>По видам оплаты</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="245"/>
        <source>By receipt type</source>
        <translation>По типам чеков</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="246"/>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="247"/>
        <source>Change given</source>
        <translation>Сдача</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="248"/>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="249"/>
        <source>Expenses less expense refunds</source>
        <translation>Расходы за вычетом возвратов расхода</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="250"/>
        <source>Expenses, net</source>
        <translation>Расходы за вычетом возвратов</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="251"/>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="252"/>
        <source>Item</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="253"/>
        <source>Net</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="254"/>
        <source>Net VAT on sales</source>
        <translation>НДС с продаж за вычетом возвратов</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="255"/>
        <source>Net sales</source>
        <translation>Выручка за вычетом возвратов</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="256"/>
        <source>Not fiscalized yet (not counted above)</source>
        <translation>Ещё не фискализированы (не учтены выше)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="257"/>
        <source>Not recorded</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="258"/>
        <source>Payment form</source>
        <translation>Форма оплаты</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="259"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="260"/>
        <source>Receipt type</source>
        <translation>Тип чека</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="261"/>
        <source>Receipts</source>
        <translation>Чеки</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="262"/>
        <source>Refunds</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="263"/>
        <source>Sales less sale refunds</source>
        <translation>Приход за вычетом возвратов прихода</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="264"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="265"/>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="266"/>
        <source>VAT rate</source>
        <translation>Ставка НДС</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="267"/>
        <source>Waiting for a person</source>
        <translation>Ждут решения человека</translation>
    </message>
</context>
<context>
    <name>scale</name>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="268"/>
        <source>grams</source>
        <translation>граммы</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="269"/>
        <source>tens of grams</source>
        <translation>десятки граммов</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="270"/>
        <source>Check the campaign&apos;s goods; this receipt cannot take part.</source>
        <translation>Проверьте список акционных товаров; этот чек участвовать не может.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="271"/>
        <source>Check the receipt&apos;s fiscal data; the customer may ask the campaign.</source>
        <translation>Проверьте фискальные данные чека; покупатель может обратиться к организатору акции.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="272"/>
        <source>Check which shops take part; this receipt cannot take part.</source>
        <translation>Проверьте, какие магазины участвуют; этот чек участвовать не может.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="273"/>
        <source>Checker.uz could not reach Telegram ({detail}). The copy will be sent again later.</source>
        <translation>Checker.uz не смог связаться с Telegram ({detail}). Копия будет отправлена ещё раз позже.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="274"/>
        <source>Checker.uz could not read the receipt ({detail}). Check the customer&apos;s phone; if it is right, tell the support team.</source>
        <translation>Checker.uz не смог прочитать чек ({detail}). Проверьте телефон покупателя; если он верный, сообщите в поддержку.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="275"/>
        <source>Checker.uz does not accept the token. Enter the right Checker.uz token in Settings.</source>
        <translation>Checker.uz не принимает токен. Введите верный токен Checker.uz в «Настройках».</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="276"/>
        <source>Checker.uz had an unexpected error ({detail}). The copy will be sent again later.</source>
        <translation>В Checker.uz произошла непредвиденная ошибка ({detail}). Копия будет отправлена ещё раз позже.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="277"/>
        <source>Checker.uz has no customer with this phone. Check the number with the customer, or give the receipt on paper.</source>
        <translation>В Checker.uz нет покупателя с таким телефоном. Сверьте номер с покупателем или выдайте бумажный чек.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="278"/>
        <source>Nothing to do: the first submission counts.</source>
        <translation>Ничего делать не нужно: засчитывается первая отправка.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="279"/>
        <source>Nothing to resubmit: no more entries are taken in this campaign.</source>
        <translation>Отправлять снова не нужно: акция больше не принимает чеки.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="280"/>
        <source>Nothing to resubmit: the purchase is too old for the campaign.</source>
        <translation>Отправлять снова не нужно: покупка сделана вне срока акции.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="281"/>
        <source>Nothing to resubmit; the customer may ask the campaign.</source>
        <translation>Отправлять снова не нужно; покупатель может обратиться к организатору акции.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="282"/>
        <source>Photograph each receipt on its own and submit them one by one.</source>
        <translation>Сфотографируйте каждый чек отдельно и отправьте их по одному.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="283"/>
        <source>Photograph the receipt itself and submit again.</source>
        <translation>Сфотографируйте сам чек и отправьте снова.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="284"/>
        <source>Photograph the whole receipt, all four edges, and submit again.</source>
        <translation>Сфотографируйте чек целиком, со всеми четырьмя краями, и отправьте снова.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="285"/>
        <source>Read the campaign&apos;s rules and tell the customer what is missing.</source>
        <translation>Прочитайте правила акции и скажите покупателю, чего не хватает.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="286"/>
        <source>Submit a receipt that shows the fiscal sign (ФП).</source>
        <translation>Отправьте чек, на котором есть фискальный признак (ФП).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="287"/>
        <source>Take a sharper photo in good light and submit it again.</source>
        <translation>Сделайте более чёткое фото при хорошем свете и отправьте снова.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="288"/>
        <source>Telegram refused the message (the customer may have blocked the Checker.uz bot). Give the receipt on paper.</source>
        <translation>Telegram не принял сообщение (возможно, покупатель заблокировал бота Checker.uz). Выдайте бумажный чек.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="289"/>
        <source>The Checker.uz token is blocked. Ask Checker.uz for a new token and enter it in Settings.</source>
        <translation>Токен Checker.uz заблокирован. Запросите у Checker.uz новый токен и введите его в «Настройках».</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="290"/>
        <source>The Checker.uz token was deleted. Ask Checker.uz for a new token and enter it in Settings.</source>
        <translation>Токен Checker.uz удалён. Запросите у Checker.uz новый токен и введите его в «Настройках».</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="291"/>
        <source>The campaign&apos;s conditions are not met.</source>
        <translation>Условия акции не выполнены.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="292"/>
        <source>The campaign&apos;s limit is reached.</source>
        <translation>Лимит акции исчерпан.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="293"/>
        <source>The cashbox refused the receipt: {reason}</source>
        <translation>Касса отклонила чек: {reason}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="294"/>
        <source>The image is not a receipt.</source>
        <translation>На изображении не чек.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="295"/>
        <source>The photo does not show the whole receipt.</source>
        <translation>На фото чек виден не целиком.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="296"/>
        <source>The photo shows more than one receipt.</source>
        <translation>На фото больше одного чека.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="297"/>
        <source>The purchase is outside the campaign&apos;s period.</source>
        <translation>Покупка сделана вне срока акции.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="298"/>
        <source>The receipt cannot be read.</source>
        <translation>Чек не читается.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="299"/>
        <source>The receipt has no fiscal sign (common for card payments).</source>
        <translation>В чеке нет фискального признака (так бывает при оплате картой).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="300"/>
        <source>The receipt has no goods taking part in the campaign.</source>
        <translation>В чеке нет товаров, участвующих в акции.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="301"/>
        <source>The receipt is not valid (it looks altered).</source>
        <translation>Чек недействителен (похоже, он изменён).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="302"/>
        <source>The receipt&apos;s fiscal sign did not pass the check.</source>
        <translation>Фискальный признак чека не прошёл проверку.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="303"/>
        <source>This receipt was already submitted.</source>
        <translation>Этот чек уже подавали.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="304"/>
        <source>This shop does not take part in the campaign.</source>
        <translation>Этот магазин не участвует в акции.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="305"/>
        <source>{service} answered with an error (HTTP {status}) after taking the copy; whether the customer got it is unknown.</source>
        <translation>{service} ответил ошибкой (HTTP {status}) после приёма копии; получил ли её покупатель, неизвестно.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="306"/>
        <source>{service} answered with an error (HTTP {status}) after taking the receipt; whether it was fiscalized is unknown.</source>
        <translation>{service} ответил ошибкой (HTTP {status}), уже приняв чек; фискализирован ли он — неизвестно.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="307"/>
        <source>{service} answered with an error (HTTP {status}).</source>
        <translation>{service} ответил ошибкой (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="308"/>
        <source>{service} cannot be reached ({problem}). Check the internet connection; nothing was sent.</source>
        <translation>{service} недоступен ({problem}). Проверьте подключение к интернету; ничего не отправлено.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="309"/>
        <source>{service} did not answer ({problem}); it will be asked again.</source>
        <translation>{service} не ответил ({problem}); запрос будет повторён.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="310"/>
        <source>{service} did not take the receipt for checking (wrong campaign, QR code or photo).</source>
        <translation>{service} не принял чек на проверку (неверная акция, QR-код или фото).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="311"/>
        <source>{service} does not accept the credentials ({reason}). Check the token, the signature key and the user token in Settings.</source>
        <translation>{service} не принимает ключи доступа ({reason}). Проверьте токен, ключ подписи и токен пользователя в «Настройках».</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="312"/>
        <source>{service} does not accept the token (HTTP {status}).</source>
        <translation>{service} не принимает токен (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="313"/>
        <source>{service} does not accept the token. Log in again (promo panel, or pos-app promo login).</source>
        <translation>{service} не принимает токен. Войдите снова (панель промоакций или pos-app promo login).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="321"/>
        <source>{service} has no token yet; log in with the account&apos;s e-mail and password (promo panel, or pos-app promo login).</source>
        <translation>Для {service} ещё нет токена; войдите с почтой и паролем учётной записи (панель промоакций или pos-app promo login).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="314"/>
        <source>{service} does not accept this e-mail and password.</source>
        <translation>{service} не принимает эту эл. почту и пароль.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="315"/>
        <source>{service} does not accept this login and password ({reason}). Use the personal account&apos;s login and password, or paste the user token itself.</source>
        <translation>{service} не принимает этот логин и пароль ({reason}). Введите логин и пароль личного кабинета или вставьте сам токен пользователя.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="316"/>
        <source>{service} gave an answer pos-app cannot read ({problem}): {excerpt}</source>
        <translation>{service} дал ответ, который pos-app не может прочитать ({problem}): {excerpt}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="317"/>
        <source>{service} got the request but its answer was lost ({problem}); whether it was done is unknown.</source>
        <translation>{service} получил запрос, но ответ потерялся ({problem}); выполнен ли запрос — неизвестно.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="318"/>
        <source>{service} has no receipt {id} in campaign {campaign}.</source>
        <translation>В {service} нет чека {id} в акции {campaign}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="319"/>
        <source>{service} has no state for the receipt yet.</source>
        <translation>У {service} ещё нет состояния этого чека.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="320"/>
        <source>{service} has no such receipt: {reason}</source>
        <translation>В {service} нет такого чека: {reason}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="322"/>
        <source>{service} is not available now (HTTP {status}).</source>
        <translation>{service} сейчас недоступен (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="323"/>
        <source>{service} is not available now (HTTP {status}); it will be tried again.</source>
        <translation>{service} сейчас недоступен (HTTP {status}); попытка будет повторена.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="324"/>
        <source>{service} refused the copy (error {code}): {detail}</source>
        <translation>{service} отклонил копию (ошибка {code}): {detail}</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="325"/>
        <source>{service} refused the receipt for a reason pos-app does not know (code {code}: {reason}); no fiscal document was made. Fix the cause, then send it again.</source>
        <translation>{service} отклонил чек по причине, неизвестной pos-app (код {code}: {reason}); фискальный документ не создан. Устраните причину, затем отправьте чек снова.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="326"/>
        <source>{service}&apos;s certificate is not trusted ({problem}); nothing was sent. If the shop&apos;s network inspects secure connections, its CA must be trusted (REQUESTS_CA_BUNDLE names the file).</source>
        <translation>Сертификат {service} не признан доверенным ({problem}); ничего не отправлено. Если сеть магазина проверяет защищённые соединения, её удостоверяющий центр должен быть в доверенных (файл указывает REQUESTS_CA_BUNDLE).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="327"/>
        <source>{service}: a credential sent in a request header ({header}) holds a character an HTTP header cannot carry (a line break, a control character or a non-Latin letter); nothing was sent. Enter the credential again in Settings, or with pos-app credentials set NAME.</source>
        <translation>{service}: учётные данные в заголовке запроса ({header}) содержат символ, который заголовок HTTP передать не может (перевод строки, управляющий символ или нелатинскую букву); ничего не отправлено. Введите их заново в Настройках или командой pos-app credentials set NAME.</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="328"/>
        <source>Sending is not set up yet; missing: {missing}.</source>
        <translation>Отправка ещё не настроена; не хватает: {missing}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="329"/>
        <source>the IntellectMoney API token (pos-app credentials set intellectmoney.token)</source>
        <translation>токен API IntellectMoney (pos-app credentials set intellectmoney.token)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="330"/>
        <source>the IntellectMoney signature key (pos-app credentials set intellectmoney.sign_secret_key)</source>
        <translation>ключ подписи IntellectMoney (pos-app credentials set intellectmoney.sign_secret_key)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="331"/>
        <source>the IntellectMoney user token (pos-app credentials set intellectmoney.user_token)</source>
        <translation>токен пользователя IntellectMoney (pos-app credentials set intellectmoney.user_token)</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="332"/>
        <source>Checker.uz&apos;s address (empty: production)</source>
        <translation>адрес Checker.uz (пусто: рабочий)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="333"/>
        <source>IntellectMoney&apos;s address (empty: production)</source>
        <translation>адрес IntellectMoney (пусто: рабочий)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="334"/>
        <source>The settings cannot be saved to {path}: {problem}.</source>
        <translation>Не удалось сохранить настройки в {path}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="335"/>
        <source>The settings file {path} cannot be read: {problem}.</source>
        <translation>Не удалось прочитать файл настроек {path}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="336"/>
        <source>The settings file {path} is not valid JSON ({problem}); fix it or remove it and set the shop up again.</source>
        <translation>Файл настроек {path} — не корректный JSON ({problem}); исправьте его или удалите и настройте магазин заново.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="337"/>
        <source>The settings file {path} is too big to be pos-app&apos;s.</source>
        <translation>Файл настроек {path} слишком велик, это не файл pos-app.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="338"/>
        <source>cashiers and administrators with PINs: refunds, cash out and settings ask for an administrator (no: a one-person shop, nothing asked)</source>
        <translation>кассиры и администраторы с ПИН-кодами: возвраты, изъятие наличных и настройки требуют администратора (no — магазин на одного человека, ничего не спрашивается)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="339"/>
        <source>check.inshopper.ru&apos;s address (empty: production)</source>
        <translation>адрес check.inshopper.ru (пусто: рабочий)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="340"/>
        <source>minutes after which missing fiscal data are reported as late</source>
        <translation>через сколько минут отсутствие фискальных данных считается задержкой</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="341"/>
        <source>the IntellectMoney invoice (setting invoice_id)</source>
        <translation>счёт IntellectMoney (настройка invoice_id)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="342"/>
        <source>the IntellectMoney invoice (СКО) receipts are fiscalized under</source>
        <translation>счёт IntellectMoney (СКО), по которому фискализируются чеки</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="343"/>
        <source>the VAT code a new position gets</source>
        <translation>код НДС новой позиции</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="344"/>
        <source>the cashbox group (setting cashbox_group)</source>
        <translation>группа кассы (настройка cashbox_group)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="345"/>
        <source>the cashbox group, from the cashbox settings</source>
        <translation>группа кассы, из настроек кассы</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="346"/>
        <source>the country a phone without +code is read in (two letters)</source>
        <translation>страна, в которой читается телефон без +кода (две буквы)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="347"/>
        <source>the fewest characters a scan has (fewer are typing)</source>
        <translation>наименьшее число знаков в скане (меньше — ввод с клавиатуры)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="348"/>
        <source>the first digits of scale labels, e.g. 20-29 or 21, 22</source>
        <translation>первые цифры весовых этикеток, например 20-29 или 21, 22</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="349"/>
        <source>the longest pause between a scan&apos;s keys in ms (a person types slower)</source>
        <translation>наибольшая пауза между знаками скана в мс (человек печатает медленнее)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="350"/>
        <source>the payment subject code a new position gets (1 goods, 4 service…)</source>
        <translation>код предмета расчёта новой позиции (1 товар, 4 услуга…)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="351"/>
        <source>the receipt paper&apos;s width in mm: 58 or 80</source>
        <translation>ширина чековой ленты в мм: 58 или 80</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="352"/>
        <source>the receipt printer&apos;s name (empty: the system&apos;s default printer)</source>
        <translation>имя чекового принтера (пусто: принтер системы по умолчанию)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="353"/>
        <source>the scale label&apos;s weight unit: g (grams) or 10g (tens of grams)</source>
        <translation>единица веса на весовой этикетке: g (граммы) или 10g (десятки граммов)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="354"/>
        <source>the shop&apos;s INN (10 or 12 digits)</source>
        <translation>ИНН магазина (10 или 12 цифр)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="355"/>
        <source>the shop&apos;s INN (setting shop_inn)</source>
        <translation>ИНН магазина (настройка shop_inn)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="356"/>
        <source>the shop&apos;s name, as the window shows it</source>
        <translation>название магазина, как его показывает окно</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="357"/>
        <source>the taxation system (setting taxation)</source>
        <translation>система налогообложения (настройка taxation)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="358"/>
        <source>the taxation system&apos;s code (0 general, 1 USN income…)</source>
        <translation>код системы налогообложения (0 ОСН, 1 УСН доход…)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="359"/>
        <source>the weight&apos;s digits on a scale label (4 to 6; the item code takes the rest)</source>
        <translation>число цифр веса на весовой этикетке (от 4 до 6; остальные занимает код товара)</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="360"/>
        <source>the window&apos;s language: ru, en, or empty for the system&apos;s</source>
        <translation>язык окна: ru, en или пусто для языка системы</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="47"/>
        <source>Important: in the IntellectMoney account the shop&apos;s own online cashbox setting must be “Off” (Выключена). With it on, IntellectMoney makes its own receipt for every invoice and a receipt from pos-app would be a second one.</source>
        <translation>Важно: в личном кабинете IntellectMoney собственная настройка онлайн-кассы магазина должна быть «Выключена». Если она включена, IntellectMoney сам пробивает чек по каждому счёту, и чек из pos-app стал бы вторым.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/setup_form.py" line="56"/>
        <source>Where a cloud cashbox fits: every IntellectMoney receipt belongs to an IntellectMoney invoice (the payment itself went through IntellectMoney). Public guidance on 54-FZ says a cloud cashbox serves settlements made through the internet (online, courier, remote); face-to-face settlements in a shop need the shop&apos;s own registered cash register. pos-app does not give legal advice: check with your accountant which settlements you may fiscalize this way.</source>
        <translation>Где уместна облачная касса: каждый чек IntellectMoney относится к счёту IntellectMoney (сам платёж прошёл через IntellectMoney). Общедоступные разъяснения по 54-ФЗ говорят, что облачная касса обслуживает расчёты через интернет (онлайн, курьер, дистанционно); для расчётов лицом к лицу в магазине нужна собственная зарегистрированная касса магазина. pos-app не даёт юридических советов: уточните у бухгалтера, какие расчёты можно фискализировать так.</translation>
    </message>
</context>
<context>
    <name>shifts</name>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="361"/>
        <source>A shift is open already; close it before opening another.</source>
        <translation>Смена уже открыта; закройте её, прежде чем открывать другую.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="362"/>
        <source>A shift opened by itself at the first sale is open: close it by counting the drawer, then open yours.</source>
        <translation>Открыта смена, начатая первой продажей: закройте её, пересчитав наличные, затем откройте свою.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="363"/>
        <source>Cash in</source>
        <translation>Внесение</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="364"/>
        <source>Cash out</source>
        <translation>Изъятие</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="365"/>
        <source>No shift is open; open one first.</source>
        <translation>Смена не открыта; сначала откройте её.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="366"/>
        <source>The journal has no shift {id}.</source>
        <translation>В журнале нет смены {id}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="367"/>
        <source>{name}&apos;s shift is open; close it before opening another.</source>
        <translation>Открыта смена кассира {name}; закройте её, прежде чем открывать другую.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../pos_app/core/money.py" line="33"/>
        <location filename="../../pos_app/qt/core_texts.py" line="389"/>
        <source>Must be a number written as text, e.g. 12.50.</source>
        <translation>Должно быть числом, записанным как текст, например 12.50.</translation>
    </message>
    <message>
        <location filename="../../pos_app/core/money.py" line="41"/>
        <location filename="../../pos_app/core/money.py" line="47"/>
        <location filename="../../pos_app/qt/core_texts.py" line="482"/>
        <source>“{value}” is not a number; type digits, e.g. 12.50.</source>
        <translation>«{value}» — не число; введите цифры, например 12.50.</translation>
    </message>
    <message>
        <location filename="../../pos_app/core/money.py" line="67"/>
        <location filename="../../pos_app/qt/core_texts.py" line="467"/>
        <source>{value} has more than 2 decimal places; amounts are in rubles and kopecks, e.g. 12.50.</source>
        <translation>В {value} больше 2 знаков после запятой; суммы указываются в рублях и копейках, например 12.50.</translation>
    </message>
    <message>
        <location filename="../../pos_app/core/money.py" line="77"/>
        <location filename="../../pos_app/qt/core_texts.py" line="394"/>
        <source>Must be more than zero; {value} is not.</source>
        <translation>Должно быть больше нуля; {value} — нет.</translation>
    </message>
    <message>
        <location filename="../../pos_app/core/money.py" line="83"/>
        <location filename="../../pos_app/qt/core_texts.py" line="469"/>
        <source>{value} is more than the cashbox accepts (99 999 999.99).</source>
        <translation>{value} — больше, чем принимает касса (99 999 999.99).</translation>
    </message>
    <message>
        <location filename="../../pos_app/core/money.py" line="98"/>
        <location filename="../../pos_app/qt/core_texts.py" line="468"/>
        <source>{value} has more than 6 decimal places; round the quantity.</source>
        <translation>В {value} больше 6 знаков после запятой; округлите количество.</translation>
    </message>
    <message>
        <location filename="../../pos_app/core/money.py" line="106"/>
        <location filename="../../pos_app/qt/core_texts.py" line="402"/>
        <source>Quantity must be more than zero; {value} is not.</source>
        <translation>Количество должно быть больше нуля; {value} — нет.</translation>
    </message>
    <message>
        <location filename="../../pos_app/core/money.py" line="112"/>
        <location filename="../../pos_app/qt/core_texts.py" line="403"/>
        <source>Quantity {value} is more than the cashbox accepts.</source>
        <translation>Количество {value} больше, чем принимает касса.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="369"/>
        <source>A copy needs the customer&apos;s phone or Checker.uz code.</source>
        <translation>Для копии нужен телефон покупателя или его код Checker.uz.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="370"/>
        <source>A number in the file is {length} characters long; no receipt field takes more than {limit}. Check the file.</source>
        <translation>Число в файле длиной {length} символов; ни одно поле чека не принимает больше {limit}. Проверьте файл.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="371"/>
        <source>A refund pays back exactly {total}; payments come to {paid}.</source>
        <translation>Возврат выплачивает ровно {total}; а оплат на {paid}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="372"/>
        <source>A scale label is 13 digits: prefix, item code, weight and the check digit; prefixes of one length and the lengths adding up to 13.</source>
        <translation>Весовая этикетка — 13 цифр: префикс, код товара, вес и контрольная цифра; префиксы одной длины, а длины в сумме дают 13.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="373"/>
        <source>At most {limit} characters; this has {length}.</source>
        <translation>Не больше {limit} символов; здесь {length}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="375"/>
        <source>Enter the inshopper account&apos;s e-mail and password (or store them as inshopper.email and inshopper.password).</source>
        <translation>Введите почту и пароль учётной записи inshopper (или сохраните их как inshopper.email и inshopper.password).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="376"/>
        <source>Everything on receipt {id} has already been refunded.</source>
        <translation>Всё по чеку {id} уже возвращено.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="377"/>
        <source>Holds a line break or a control character; remove it.</source>
        <translation>Содержит перевод строки или управляющий символ; уберите его.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="378"/>
        <source>INN {value} has a wrong check digit; compare it with the registration papers.</source>
        <translation>В ИНН {value} неверная контрольная цифра; сверьте его с регистрационными документами.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="379"/>
        <source>INN {value} must be 10 or 12 digits.</source>
        <translation>ИНН {value} должен состоять из 10 или 12 цифр.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="380"/>
        <source>Must be a JSON list [...].</source>
        <translation>Должно быть списком JSON [...].</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="381"/>
        <source>Must be a JSON object of settings.</source>
        <translation>Должен быть JSON-объект с настройками.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="382"/>
        <source>Must be a JSON object {{...}}; check the file against the example.</source>
        <translation>Должно быть объектом JSON {{...}}; сверьте файл с примером.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="383"/>
        <source>Must be a VAT code written as a whole number, one of {known}.</source>
        <translation>Должно быть кодом НДС — целым числом, одним из {known}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="384"/>
        <source>Must be a code written as a whole number, one of {known}.</source>
        <translation>Должно быть кодом — целым числом, одним из {known}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="385"/>
        <source>Must be a list of positions.</source>
        <translation>Должен быть список позиций.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="386"/>
        <source>Must be a number of characters from 3 to 32.</source>
        <translation>Должно быть число знаков от 3 до 32.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="387"/>
        <source>Must be a number of milliseconds from 5 to 200.</source>
        <translation>Должно быть число миллисекунд от 5 до 200.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="388"/>
        <source>Must be a number of minutes from 1 to 1440.</source>
        <translation>Должно быть число минут от 1 до 1440.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="390"/>
        <source>Must be a position object.</source>
        <translation>Должен быть объект позиции.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="391"/>
        <source>Must be a whole number above zero; {value} is not.</source>
        <translation>Должно быть целым числом больше нуля; {value} — нет.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="392"/>
        <source>Must be a whole number.</source>
        <translation>Должно быть целое число.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="393"/>
        <source>Must be an e-mail, a phone (+998909998877 or 998909998877), or “none” for no contact (1 to 64 characters).</source>
        <translation>Нужен e-mail, телефон (+998909998877 или 998909998877) или «none», если контакта нет (от 1 до 64 символов).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="395"/>
        <source>Must be text in quotes.</source>
        <translation>Должен быть текст в кавычках.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="396"/>
        <source>Must be text in quotes; check the file against the example.</source>
        <translation>Должно быть текстом в кавычках; сверьте файл с примером.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="397"/>
        <source>Must be yes or no.</source>
        <translation>Должно быть yes или no.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="398"/>
        <source>No line is chosen; choose what the customer returns.</source>
        <translation>Не выбрана ни одна строка; выберите, что возвращает покупатель.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="399"/>
        <source>Nobody called “{name}” is on the list; see pos-app people list.</source>
        <translation>В списке нет никого по имени «{name}»; см. pos-app people list.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="400"/>
        <source>Non-cash payments come to {not_cash}, more than the total {total}; only cash can be more (the change is given back).</source>
        <translation>Безналичных оплат на {not_cash}, больше итога {total}; больше итога могут быть только наличные (сдача возвращается).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="401"/>
        <source>Payments come to {paid} of {total}; {missing} is still to pay.</source>
        <translation>Оплачено {paid} из {total}; осталось оплатить {missing}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="404"/>
        <source>Receipt {id} has lines 1 to {count}; there is no line {number}.</source>
        <translation>В чеке {id} строки с 1 по {count}; строки {number} нет.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="405"/>
        <source>Receipt {id} is itself a refund; a refund is made against the sale or the expense it returned.</source>
        <translation>Чек {id} сам является возвратом; возврат оформляется по чеку продажи или расхода.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="406"/>
        <source>Receipt {id} is not fiscalized ({state}); only a fiscalized receipt can be refunded.</source>
        <translation>Чек {id} не фискализирован ({state}); вернуть можно только фискализированный чек.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="407"/>
        <source>Say why the cash is put in or taken out (at most 200 characters).</source>
        <translation>Укажите, зачем вносятся или изымаются наличные (не больше 200 символов).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="408"/>
        <source>Say why the receipt is cancelled; the reason is kept.</source>
        <translation>Укажите, почему чек отменяется; причина сохраняется.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="409"/>
        <source>Scale label prefixes are 1 to 3 digits, all of one length, e.g. 20-29.</source>
        <translation>Префиксы весовых этикеток — от 1 до 3 цифр, все одной длины, например 20-29.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="410"/>
        <source>The INN must be text in quotes, e.g. “7743736523”.</source>
        <translation>ИНН должен быть текстом в кавычках, например «7743736523».</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="411"/>
        <source>The QR code gives {key} twice.</source>
        <translation>В QR-коде {key} указан дважды.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="412"/>
        <source>The QR code has no {key}; it is not a fiscal receipt code.</source>
        <translation>В QR-коде нет {key}; это не код фискального чека.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="413"/>
        <source>The barcode {barcode} is already product {owner}&apos;s.</source>
        <translation>Штрихкод {barcode} уже принадлежит товару {owner}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="414"/>
        <source>The cashbox group is empty; copy it from the cashbox settings.</source>
        <translation>Группа касс не указана; скопируйте её из настроек кассы.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="415"/>
        <source>The cashbox group is longer than 32 characters.</source>
        <translation>Группа касс длиннее 32 символов.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="416"/>
        <source>The cashbox&apos;s document id is empty.</source>
        <translation>Номер документа кассы пуст.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="417"/>
        <source>The customer&apos;s contact is missing: write their e-mail or phone, or “none” when they give neither.</source>
        <translation>Нет контакта покупателя: укажите его e-mail или телефон либо «none», если он не дал ни того, ни другого.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="418"/>
        <source>The e-mail is longer than the cashbox accepts (64 characters).</source>
        <translation>Эл. почта длиннее, чем принимает касса (64 символа).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="419"/>
        <source>The external id must be one line of at most 100 characters (the customer&apos;s id at the bank); check it and enter it again.</source>
        <translation>Внешний идентификатор — одна строка не длиннее 100 знаков (идентификатор покупателя в банке); проверьте его и введите снова.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="420"/>
        <source>The file is empty or has no header row; the first line names the columns: {columns}.</source>
        <translation>Файл пуст или без строки заголовков; первая строка называет столбцы: {columns}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="421"/>
        <source>The file {path} cannot be read: {problem}.</source>
        <translation>Файл {path} не читается: {problem}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="422"/>
        <source>The fiscal sign {fp} does not match receipt {id} (FN {fn}, FD {fd}): the code was mistyped or the paper receipt is not genuine.</source>
        <translation>Фискальный признак {fp} не совпадает с чеком {id} (ФН {fn}, ФД {fd}): код введён с ошибкой или бумажный чек не подлинный.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="423"/>
        <source>The header row has no column {missing}; it needs {required}.</source>
        <translation>В строке заголовков нет столбца {missing}; нужны {required}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="424"/>
        <source>The inshopper user id is a number (see the account&apos;s page); “{value}” is not.</source>
        <translation>Номер пользователя inshopper — это число (см. страницу учётной записи); «{value}» не число.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="425"/>
        <source>The inshopper user id is not set; enter it when logging in (it is shown on the account&apos;s page).</source>
        <translation>Номер пользователя inshopper не задан; введите его при входе (он указан на странице учётной записи).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="426"/>
        <source>The invoice number “{value}” must be 10 digits starting with 3, as IntellectMoney gives it.</source>
        <translation>Номер счёта «{value}» должен состоять из 10 цифр и начинаться с 3, как его выдаёт IntellectMoney.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="427"/>
        <source>The line comes to {total}, more than the cashbox accepts.</source>
        <translation>Сумма строки {total} больше, чем принимает касса.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="428"/>
        <source>The name has {length} characters; the cashbox prints at most 128, shorten it.</source>
        <translation>В наименовании {length} символов; касса печатает не больше 128, сократите его.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="429"/>
        <source>The name holds a line break or a control character; remove it.</source>
        <translation>В наименовании есть перевод строки или управляющий символ; удалите его.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="430"/>
        <source>The name is empty; type what is being sold.</source>
        <translation>Наименование пустое; введите, что продаётся.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="431"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Период заканчивается ({end}) раньше, чем начинается ({start}).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="432"/>
        <source>The photo is {size} MB; at most 10 MB is taken.</source>
        <translation>Фото весит {size} МБ; принимается не больше 10 МБ.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="433"/>
        <source>The photo is {width}x{height} pixels; at least 600x600 is needed.</source>
        <translation>Фото размером {width}x{height} пикселей; нужно не меньше 600x600.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="434"/>
        <source>The photo must be a JPEG picture (.jpg).</source>
        <translation>Фото должно быть в формате JPEG (.jpg).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="435"/>
        <source>The photo {path} cannot be read: {problem}.</source>
        <translation>Фото {path} не читается: {problem}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="436"/>
        <source>The printer&apos;s name must be one line of at most 256 characters.</source>
        <translation>Имя принтера — одна строка не длиннее 256 символов.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="437"/>
        <source>The product code (SKU) is empty; every product needs one.</source>
        <translation>Код товара (артикул) пуст; он нужен каждому товару.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="438"/>
        <source>The receipt has no payment; add how it is paid.</source>
        <translation>В чеке нет оплаты; укажите, как он оплачен.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="439"/>
        <source>The receipt has no positions; add at least one.</source>
        <translation>В чеке нет позиций; добавьте хотя бы одну.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="440"/>
        <source>The receipt type n must be one of {known}; “{value}” is not.</source>
        <translation>Тип чека n должен быть одним из {known}; «{value}» — нет.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="441"/>
        <source>The receipt width is 58 or 80 (mm).</source>
        <translation>Ширина чека — 58 или 80 (мм).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="442"/>
        <source>The receipt with FN {fn} and FD {fd} is not from this shop: this journal has no such receipt. A refund is made where the receipt was issued.</source>
        <translation>Чек с ФН {fn} и ФД {fd} не из этого магазина: в журнале такого чека нет. Возврат оформляется там, где чек был выдан.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="443"/>
        <source>The shop&apos;s INN is missing; enter its 10 or 12 digits.</source>
        <translation>ИНН магазина не указан; введите его 10 или 12 цифр.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="444"/>
        <source>The shop&apos;s name must be one line of at most 128 characters.</source>
        <translation>Название магазина — одна строка не длиннее 128 символов.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="445"/>
        <source>The time “{value}” must look like 20250211T1214.</source>
        <translation>Время «{value}» должно выглядеть как 20250211T1214.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="446"/>
        <source>The total {total} is more than the cashbox accepts.</source>
        <translation>Итог {total} больше, чем принимает касса.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="447"/>
        <source>The value is empty; paste the whole {label}.</source>
        <translation>Значение пустое; вставьте {label} целиком.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="448"/>
        <source>The weight takes 4, 5 or 6 digits.</source>
        <translation>Вес занимает 4, 5 или 6 цифр.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="449"/>
        <source>The weight&apos;s divisor must be above zero.</source>
        <translation>Делитель веса должен быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="450"/>
        <source>The {label} holds a line break or another control character (character {position}); a credential is one line. Paste it again. Nothing was stored.</source>
        <translation>{label}: значение содержит перевод строки или другой управляющий символ (символ {position}); учётные данные — одна строка. Вставьте их заново. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="451"/>
        <source>The {label} is sent in an HTTP header, which carries only Latin letters, digits and ASCII punctuation; character {position} is not one (a space, a non-Latin letter or a typographic sign). Copy the token again from the service&apos;s account. Nothing was stored.</source>
        <translation>{label} передаётся в заголовке HTTP, где допустимы только латинские буквы, цифры и знаки ASCII; символ {position} не такой (пробел, нелатинская буква или типографский знак). Скопируйте токен заново из личного кабинета сервиса. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="452"/>
        <source>This field is required and is missing.</source>
        <translation>Это поле обязательно, но его нет.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="453"/>
        <source>This is not a receipt parked by pos-app.</source>
        <translation>Это не чек, отложенный pos-app.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="454"/>
        <source>This is not valid JSON ({problem}); check the file&apos;s syntax.</source>
        <translation>Это не корректный JSON ({problem}); проверьте синтаксис файла.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="455"/>
        <source>Unknown field; the cashbox does not take it (check its spelling and case).</source>
        <translation>Неизвестное поле; касса его не принимает (проверьте написание и регистр букв).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="456"/>
        <source>Write the person&apos;s name: one line of at most 64 characters.</source>
        <translation>Введите имя: одна строка не длиннее 64 символов.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="457"/>
        <source>{asked} asked, but only {available} of “{text}” is left to refund (sold {sold}, returned before {returned}).</source>
        <translation>Запрошено {asked}, но вернуть можно только {available} «{text}» (продано {sold}, возвращено ранее {returned}).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="458"/>
        <source>{code} is not a VAT code the cashbox knows; use one of {known}.</source>
        <translation>{code} — не известный кассе код НДС; используйте один из {known}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="459"/>
        <source>{found} fields where the header has {expected}; a name or price holding “{delimiter}” must be in double quotes.</source>
        <translation>Полей {found}, а в заголовке {expected}; название или цену с «{delimiter}» заключите в двойные кавычки.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="460"/>
        <source>{name} is not a number JSON allows; check the file.</source>
        <translation>{name} — не число, допустимое в JSON; проверьте файл.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="461"/>
        <source>{name} is the only administrator; add another one first.</source>
        <translation>{name} — единственный администратор; сначала добавьте другого.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="462"/>
        <source>{name} must be exactly {longest} digits; “{value}” is not.</source>
        <translation>{name} должен состоять ровно из {longest} цифр; «{value}» — нет.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="463"/>
        <source>{name} must be {shortest} to {longest} digits; “{value}” is not.</source>
        <translation>{name} должен состоять из {shortest}–{longest} цифр; «{value}» — нет.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="464"/>
        <source>{path} holds more than {limit} bytes, too much for a receipt; check that it is the right file.</source>
        <translation>{path} содержит больше {limit} байт — слишком много для чека; проверьте, тот ли это файл.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="465"/>
        <source>{path} is not UTF-8 text; save the receipt as UTF-8 JSON.</source>
        <translation>{path} — не текст в UTF-8; сохраните чек как JSON в UTF-8.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="466"/>
        <source>{path} is not a regular file (a folder, a device or a pipe); give the receipt&apos;s JSON file, or - to read it from standard input.</source>
        <translation>{path} — не обычный файл (папка, устройство или канал); укажите JSON-файл чека или -, чтобы прочитать его со стандартного ввода.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="470"/>
        <source>{value} is not a known code here; use one of {known}.</source>
        <translation>{value} — здесь неизвестный код; используйте один из {known}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="471"/>
        <source>{value}: the last digit should be {digit}; check the barcode for a typo.</source>
        <translation>{value}: последняя цифра должна быть {digit}; проверьте штрихкод на опечатку.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="472"/>
        <source>“{name}” is already on the list; choose another name.</source>
        <translation>«{name}» уже есть в списке; выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="474"/>
        <source>“{path}” is not a file name.</source>
        <translation>«{path}» — не имя файла.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="475"/>
        <source>“{value}” can be read as {international} or, in the shop&apos;s country {country} (+{calling_code}), as {national}; write it with + and the country code, like {example}.</source>
        <translation>«{value}» можно прочитать как {international} или, по номерам страны магазина ({country}, +{calling_code}), как {national}; напишите номер с + и кодом страны, например {example}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="476"/>
        <source>“{value}” is not a barcode: use digits and Latin letters, at most 48.</source>
        <translation>«{value}» — не штрихкод: используйте цифры и латинские буквы, не больше 48.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="477"/>
        <source>“{value}” is not a code: write its number, e.g. 1.</source>
        <translation>«{value}» — не код: напишите его номер, например 1.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="473"/>
        <source>“{part}” is not part of a fiscal QR code; scan the code on the receipt again, it should look like t=…&amp;s=…&amp;fn=…&amp;i=…&amp;fp=….</source>
        <translation>«{part}» не относится к фискальному QR-коду; отсканируйте код на чеке ещё раз, он должен выглядеть как t=…&amp;s=…&amp;fn=…&amp;i=…&amp;fp=….</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="368"/>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>ПИН — это от 4 до 12 цифр.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="478"/>
        <source>“{value}” is not a country code phone numbers know; write two letters, e.g. RU or UZ.</source>
        <translation>«{value}» — не код страны для телефонных номеров; напишите две буквы, например RU или UZ.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="479"/>
        <source>“{value}” is not a country code; use two letters such as RU, UZ or KZ.</source>
        <translation>«{value}» — не код страны; используйте две буквы, например RU, UZ или KZ.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="480"/>
        <source>“{value}” is not a credential pos-app keeps; use one of {known}.</source>
        <translation>«{value}» — не ключ доступа, который хранит pos-app; используйте один из {known}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="481"/>
        <source>“{value}” is not a language pos-app speaks; use ru, en or empty.</source>
        <translation>«{value}» — не язык pos-app; укажите ru, en или оставьте пустым.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="483"/>
        <source>“{value}” is not a phone number: it does not start with a country code, and it is not a number of the shop&apos;s country {country} (+{calling_code}). Write it with the country code, like {example} or {digits}.</source>
        <translation>«{value}» — не номер телефона: он не начинается с кода страны и не подходит как номер страны магазина ({country}, +{calling_code}). Напишите его с кодом страны, например {example} или {digits}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="484"/>
        <source>“{value}” is not a prefix or a range of them; write e.g. 20-29 or 21, 22.</source>
        <translation>«{value}» — не префикс и не диапазон префиксов; напишите, например, 20-29 или 21, 22.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="485"/>
        <source>“{value}” is not a product code: at most 64 characters, no line breaks.</source>
        <translation>«{value}» — не код товара: не больше 64 символов, без переносов строк.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="486"/>
        <source>“{value}” is not a setting pos-app keeps; use one of {known}.</source>
        <translation>«{value}» — не настройка pos-app; используйте одну из: {known}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="487"/>
        <source>“{value}” is not a unit: write pcs or kg (шт or кг), or its code.</source>
        <translation>«{value}» — не единица измерения: напишите шт или кг (pcs или kg) либо её код.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="488"/>
        <source>“{value}” is not a valid phone number; check the digits and the country code. Write it like {example} or {digits}.</source>
        <translation>«{value}» — неверный номер телефона; проверьте цифры и код страны. Пишите так: {example} или {digits}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="489"/>
        <source>“{value}” is not a web address; write it like https://host.</source>
        <translation>«{value}» — не веб-адрес; запишите его как https://host.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="490"/>
        <source>“{value}” is not a weight unit of scale labels; use g or 10g.</source>
        <translation>«{value}» — не единица веса весовых этикеток; укажите g или 10g.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="491"/>
        <source>“{value}” is not an e-mail address; it should look like name@example.ru.</source>
        <translation>«{value}» — не адрес эл. почты; он должен выглядеть как name@example.ru.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="492"/>
        <source>“{value}” is plain http to another computer; credentials would travel unencrypted. Use https (plain http is allowed only on this computer).</source>
        <translation>«{value}» — обычный http к другому компьютеру; ключи доступа передавались бы без шифрования. Используйте https (обычный http разрешён только на этом компьютере).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="493"/>
        <source>“{value}” must be a plain base address (no user, password, query or #part).</source>
        <translation>«{value}» должен быть простым базовым адресом (без пользователя, пароля, запроса и #части).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="374"/>
        <source>Enter how it is paid: the cash given, the card amount, or both.</source>
        <translation>Укажите, как оплачено: полученные наличные, сумму по карте или и то и другое.</translation>
    </message>
</context>
<context>
    <name>workflow</name>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="494"/>
        <source>A person chose to send the customer&apos;s copy again.</source>
        <translation>Человек решил отправить копию покупателю ещё раз.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="495"/>
        <source>A person confirmed the customer got the copy.</source>
        <translation>Человек подтвердил, что покупатель получил копию.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="496"/>
        <source>A person found it in the account as document {document_id}.</source>
        <translation>Человек нашёл чек в кабинете как документ {document_id}.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="497"/>
        <source>An unexpected failure ({problem}) stopped the sending; whether the cashbox got the receipt is unknown.</source>
        <translation>Отправку прервал непредвиденный сбой ({problem}); получила ли касса чек — неизвестно.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="498"/>
        <source>Made for {target}, but pos-app now sends to {current}: the receipt waits and is never sent to another cashbox. Start pos-app for {target} to send it.</source>
        <translation>Чек сделан для кассы «{target}», а pos-app сейчас отправляет в «{current}»: чек ждёт и никогда не уходит в другую кассу. Чтобы отправить его, запустите pos-app для «{target}».</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="499"/>
        <source>Receipt {id} is a refund of receipt {original}: make the refund again from receipt {original} (Refund…), so that it is linked to what it returns.</source>
        <translation>Чек {id} — возврат по чеку {original}: оформите возврат заново из чека {original} (Возврат…), чтобы он был связан с тем, что возвращает.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="500"/>
        <source>Receipt {id} is paid partly as “{payment}”, which the receipt editor does not take: use pos-app resolve {id} --as-new-draft --out FILE and send the file with pos-app fiscalize.</source>
        <translation>Чек {id} частично оплачен как «{payment}», а редактор чека такую оплату не принимает: выполните pos-app resolve {id} --as-new-draft --out ФАЙЛ и отправьте файл командой pos-app fiscalize.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="501"/>
        <source>Receipt {id} is “{state}”; only a rejected, cancelled or still waiting receipt can be opened as a new draft (a sent one may be a fiscal document already).</source>
        <translation>Чек {id} в состоянии «{state}»; новым черновиком можно открыть только отклонённый, отменённый или ещё ожидающий отправки чек (отправленный уже может быть фискальным документом).</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="502"/>
        <source>The Checker.uz token is not set, so the customer&apos;s copy waits. Enter it in Settings.</source>
        <translation>Токен Checker.uz не задан, поэтому копия покупателю ждёт. Введите его в «Настройках».</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="503"/>
        <source>The cashbox took the receipt (document {document}) {minutes} min ago and has not given its fiscal data yet; its last answer: {known}. It is not sent again; pos-app keeps asking.</source>
        <translation>Касса приняла чек (документ {document}) {minutes} мин назад и ещё не выдала его фискальные данные; её последний ответ: {known}. Чек не отправляется повторно; pos-app продолжает запрашивать данные.</translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="504"/>
        <source>replaced by a new draft</source>
        <translation>заменён новым черновиком</translation>
    </message>
</context>
</TS>
