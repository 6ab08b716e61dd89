<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="73"/>
        <source> — sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="78"/>
        <source>&amp;Fiscalize  (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="79"/>
        <source>New receipt  (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="80"/>
        <source>Not in the account: send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="81"/>
        <source>Found in the account: enter its document id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="101"/>
        <source>SANDBOX — training: receipts go to the local emulator with demo credentials; nothing is fiscalized for real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="137"/>
        <source>Last receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="144"/>
        <source>No receipt yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="166"/>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="196"/>
        <source>Receipt {id}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="203"/>
        <source>FN {fn}, FD {fd}, FP {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="210"/>
        <source>Copy to {phone}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="230"/>
        <source>Outbox: {count} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="234"/>
        <source>Outbox: nothing waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="236"/>
        <source>{count} need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="255"/>
        <source>Send receipt {id} again? Do it only after checking that the IntellectMoney account does not have it: otherwise the customer gets two fiscal receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/main_window.py" line="270"/>
        <source>The receipt&apos;s document id in the IntellectMoney account:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <location filename="../../pos_app/qt/positions_model.py" line="79"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/positions_model.py" line="80"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/positions_model.py" line="81"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/positions_model.py" line="82"/>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/positions_model.py" line="83"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptEditor</name>
    <message>
        <location filename="../../pos_app/qt/receipt_editor.py" line="221"/>
        <source>{rate}: {vat} ₽ on {base} ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_editor.py" line="228"/>
        <source>No positions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="13"/>
        <source>Receipt &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="20"/>
        <source>Ta&amp;xation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="34"/>
        <source>New position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="38"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="44"/>
        <source>&amp;Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="50"/>
        <source>&amp;Price, ₽</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="56"/>
        <source>&amp;VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="62"/>
        <source>S&amp;ubject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="68"/>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="74"/>
        <source>What is sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="99"/>
        <source>&amp;Add  (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="121"/>
        <source>Customer&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="125"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="131"/>
        <source>buyer@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="136"/>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="142"/>
        <source>+998 90 123-45-67</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="155"/>
        <source>VAT breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="167"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="171"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="181"/>
        <source>&amp;Cash given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="192"/>
        <source>Card / e&amp;lectronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/receipt_editor.ui" line="203"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>codes</name>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="6"/>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="7"/>
        <source>Agent fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="8"/>
        <source>Agricultural tax (ESHN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="9"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="10"/>
        <source>Cash out by a bank payment agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="11"/>
        <source>Casino payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="12"/>
        <source>Counter-provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="13"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="14"/>
        <source>Credit payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="15"/>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="16"/>
        <source>Electronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="17"/>
        <source>Excise goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="18"/>
        <source>Excise goods with a marking code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="19"/>
        <source>Excise goods without a marking code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="20"/>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="21"/>
        <source>Expense refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="22"/>
        <source>Full payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="23"/>
        <source>Full prepayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="24"/>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="25"/>
        <source>Gambling bet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="26"/>
        <source>Gambling win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="27"/>
        <source>Gcal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="28"/>
        <source>General (OSN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="29"/>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="30"/>
        <source>Goods with a marking code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="31"/>
        <source>Goods without a marking code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="32"/>
        <source>Imputed income (ENVD, historical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="33"/>
        <source>Intellectual property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="34"/>
        <source>KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="35"/>
        <source>Lottery ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="36"/>
        <source>Lottery win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="37"/>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="38"/>
        <source>Medical contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="39"/>
        <source>Medical contributions (self-employed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="40"/>
        <source>No VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="41"/>
        <source>Non-operating income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="42"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="43"/>
        <source>Other payments and contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="44"/>
        <source>Partial payment and credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="45"/>
        <source>Partial prepayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="46"/>
        <source>Patent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="47"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="48"/>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="49"/>
        <source>Pension contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="50"/>
        <source>Pension contributions (self-employed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="51"/>
        <source>Postpayment (credit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="52"/>
        <source>Prepayment (advance offset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="53"/>
        <source>Property right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="54"/>
        <source>Resort fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="55"/>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="56"/>
        <source>Sale refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="57"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="58"/>
        <source>Simplified, income (USN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="59"/>
        <source>Simplified, income minus expense (USN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="60"/>
        <source>Social insurance contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="61"/>
        <source>TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="62"/>
        <source>Trade fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="63"/>
        <source>VAT 0%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="64"/>
        <source>VAT 10%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="65"/>
        <source>VAT 10/110</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="66"/>
        <source>VAT 20%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="67"/>
        <source>VAT 20/120</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="68"/>
        <source>VAT 22%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="69"/>
        <source>VAT 22/122</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="70"/>
        <source>VAT 5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="71"/>
        <source>VAT 5/105</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="72"/>
        <source>VAT 7%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="73"/>
        <source>VAT 7/107</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="74"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="75"/>
        <source>cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="76"/>
        <source>cu m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="77"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="78"/>
        <source>dm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="79"/>
        <source>g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="80"/>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="81"/>
        <source>kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="82"/>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="83"/>
        <source>l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="84"/>
        <source>m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="85"/>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="86"/>
        <source>ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="87"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="88"/>
        <source>pcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="89"/>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="90"/>
        <source>sq cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="91"/>
        <source>sq dm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="92"/>
        <source>sq m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="93"/>
        <source>t</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credentials</name>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="94"/>
        <source>Checker.uz token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="95"/>
        <source>IntellectMoney API token (Bearer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="96"/>
        <source>IntellectMoney signature secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="97"/>
        <source>IntellectMoney user token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="98"/>
        <source>No OS keyring is available to keep pos-app&apos;s credentials ({backend}), and pos-app never keeps them in a plain file. On Linux install and start a Secret Service keyring (gnome-keyring, or KWallet) and unlock it, e.g. by logging in to the desktop; on a server run it inside a D-Bus session. On Windows the Credential Manager and on macOS the Keychain are built in. A keyring chosen with PYTHON_KEYRING_BACKEND or keyring&apos;s keyringrc.cfg is used as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="99"/>
        <source>The IntellectMoney credentials are not all set ({names} missing). Set them in Settings, or with: pos-app credentials set NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="100"/>
        <source>The OS keyring could not {action} {name}: {problem} ({backend}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="101"/>
        <source>The OS keyring is locked. Unlock it (log in to the desktop session, or unlock the “Login” keyring in Passwords and Keys) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="102"/>
        <source>The only keyring found ({backend}) keeps credentials in a file, which pos-app refuses. Install and unlock a Secret Service keyring (gnome-keyring, or KWallet), or remove the keyrings.alt package; to use that file keyring anyway, choose it explicitly with PYTHON_KEYRING_BACKEND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="103"/>
        <source>inshopper e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="104"/>
        <source>inshopper password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="105"/>
        <source>inshopper token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="106"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="107"/>
        <source>Being checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="108"/>
        <source>Being recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="109"/>
        <source>Being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="110"/>
        <source>Copy could not be delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="111"/>
        <source>Copy delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="112"/>
        <source>Copy waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="113"/>
        <source>Fiscalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="114"/>
        <source>Needs attention: outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="115"/>
        <source>No copy needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="116"/>
        <source>Not accepted for checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="117"/>
        <source>Receipt {id} is not fiscalized yet ({state}); its copy cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="118"/>
        <source>Receipt {id} is not fiscalized yet ({state}); only a fiscalized receipt can be submitted to a campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="119"/>
        <source>Receipt {id}: only a person can move “{state}” to “{target}”; the app never does it on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="120"/>
        <source>Receipt {id}: “{state}” cannot become “{target}”; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="121"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="122"/>
        <source>Rejected by the cashbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="123"/>
        <source>Sent, waiting for the fiscal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="124"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="125"/>
        <source>The QR code {qr} is not built from these fiscal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="126"/>
        <source>The journal has no promo submission {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="127"/>
        <source>The journal has no receipt {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="128"/>
        <source>The journal was written by a newer pos-app (journal version {found}, this pos-app knows up to {latest}); update pos-app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="129"/>
        <source>The journal {path} cannot be opened: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="130"/>
        <source>The promo submission {id} is already settled ({state}); it cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="131"/>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="132"/>
        <source>a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="133"/>
        <source>the app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="134"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="135"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="136"/>
        <source>By VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="137"/>
        <source>By payment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="138"/>
        <source>By receipt type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="139"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="140"/>
        <source>Expenses less expense refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="141"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="142"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="143"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="144"/>
        <source>Receipt type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="145"/>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="146"/>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="147"/>
        <source>Sales less sale refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="148"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="149"/>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="150"/>
        <source>Checker.uz could not reach Telegram ({detail}). The copy will be sent again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="151"/>
        <source>Checker.uz could not read the receipt ({detail}). Check the customer&apos;s phone; if it is right, tell the support team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="152"/>
        <source>Checker.uz does not accept the token. Enter the right Checker.uz token in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="153"/>
        <source>Checker.uz had an unexpected error ({detail}). The copy will be sent again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="154"/>
        <source>Checker.uz has no customer with this phone. Check the number with the customer, or give the receipt on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="155"/>
        <source>Telegram refused the message (the customer may have blocked the Checker.uz bot). Give the receipt on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="156"/>
        <source>The Checker.uz token is blocked. Ask Checker.uz for a new token and enter it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="157"/>
        <source>The Checker.uz token was deleted. Ask Checker.uz for a new token and enter it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="158"/>
        <source>The campaign&apos;s conditions are not met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="159"/>
        <source>The campaign&apos;s limit is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="160"/>
        <source>The cashbox refused the receipt: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="161"/>
        <source>The image is not a receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="162"/>
        <source>The photo does not show the whole receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="163"/>
        <source>The photo shows more than one receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="164"/>
        <source>The purchase is outside the campaign&apos;s period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="165"/>
        <source>The receipt cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="166"/>
        <source>The receipt has no fiscal sign (common for card payments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="167"/>
        <source>The receipt has no goods taking part in the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="168"/>
        <source>The receipt is not valid (it looks altered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="169"/>
        <source>The receipt&apos;s fiscal sign did not pass the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="170"/>
        <source>This receipt was already submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="171"/>
        <source>This shop does not take part in the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="172"/>
        <source>{service} answered with an error (HTTP {status}) after taking the receipt; whether it was fiscalized is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="173"/>
        <source>{service} answered with an error (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="174"/>
        <source>{service} cannot be reached ({problem}). Check the internet connection; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="175"/>
        <source>{service} did not answer ({problem}); it will be asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="176"/>
        <source>{service} did not take the receipt for checking (wrong campaign, QR code or photo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="177"/>
        <source>{service} does not accept the credentials ({reason}). Check the token, the signature key and the user token in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="178"/>
        <source>{service} does not accept the token (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="179"/>
        <source>{service} does not accept the token. Enter the account again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="180"/>
        <source>{service} does not accept this e-mail and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="181"/>
        <source>{service} gave an answer pos-app cannot read ({problem}): {excerpt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="182"/>
        <source>{service} got the request but its answer was lost ({problem}); whether it was done is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="183"/>
        <source>{service} has no receipt {id} in campaign {campaign}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="184"/>
        <source>{service} has no such receipt: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="185"/>
        <source>{service} has no token yet; enter the account in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="186"/>
        <source>{service} is not available now (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="187"/>
        <source>{service} is not available now (HTTP {status}); it will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="188"/>
        <source>{service} refused the copy (error {code}): {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="189"/>
        <source>{service} refused the request: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../pos_app/core/money.py" line="33"/>
        <location filename="../../pos_app/qt/core_texts.py" line="198"/>
        <source>Must be a number written as text, e.g. 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/core/money.py" line="41"/>
        <location filename="../../pos_app/core/money.py" line="47"/>
        <location filename="../../pos_app/qt/core_texts.py" line="244"/>
        <source>“{value}” is not a number; type digits, e.g. 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/core/money.py" line="67"/>
        <location filename="../../pos_app/qt/core_texts.py" line="237"/>
        <source>{value} has more than 2 decimal places; amounts are in rubles and kopecks, e.g. 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/core/money.py" line="77"/>
        <location filename="../../pos_app/qt/core_texts.py" line="201"/>
        <source>Must be more than zero; {value} is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/core/money.py" line="83"/>
        <location filename="../../pos_app/qt/core_texts.py" line="239"/>
        <source>{value} is more than the cashbox accepts (99 999 999.99).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/core/money.py" line="98"/>
        <location filename="../../pos_app/qt/core_texts.py" line="238"/>
        <source>{value} has more than 6 decimal places; round the quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/core/money.py" line="106"/>
        <location filename="../../pos_app/qt/core_texts.py" line="205"/>
        <source>Quantity must be more than zero; {value} is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/core/money.py" line="112"/>
        <location filename="../../pos_app/qt/core_texts.py" line="206"/>
        <source>Quantity {value} is more than the cashbox accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="190"/>
        <source>A copy needs the customer&apos;s phone or Checker.uz code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="191"/>
        <source>A refund pays back exactly {total}; payments come to {paid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="192"/>
        <source>INN {value} has a wrong check digit; compare it with the registration papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="193"/>
        <source>INN {value} must be 10 or 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="194"/>
        <source>Must be a JSON list [...].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="195"/>
        <source>Must be a JSON object {{...}}; check the file against the example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="196"/>
        <source>Must be a VAT code written as a whole number, one of {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="197"/>
        <source>Must be a code written as a whole number, one of {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="199"/>
        <source>Must be a whole number above zero; {value} is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="200"/>
        <source>Must be an e-mail, a phone as +digits, or “none” (1 to 64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="202"/>
        <source>Must be text in quotes; check the file against the example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="203"/>
        <source>Non-cash payments come to {not_cash}, more than the total {total}; only cash can be more (the change is given back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="204"/>
        <source>Payments come to {paid} of {total}; {missing} is still to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="207"/>
        <source>The INN must be text in quotes, e.g. “7743736523”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="208"/>
        <source>The QR code gives {key} twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="209"/>
        <source>The QR code has no {key}; it is not a fiscal receipt code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="210"/>
        <source>The cashbox group is empty; copy it from the cashbox settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="211"/>
        <source>The cashbox group is longer than 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="212"/>
        <source>The cashbox&apos;s document id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="213"/>
        <source>The e-mail is longer than the cashbox accepts (64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="214"/>
        <source>The invoice number “{value}” must be 10 digits starting with 3, as IntellectMoney gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="215"/>
        <source>The line comes to {total}, more than the cashbox accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="216"/>
        <source>The name has {length} characters; the cashbox prints at most 128, shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="217"/>
        <source>The name holds a line break or a control character; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="218"/>
        <source>The name is empty; type what is being sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="219"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="220"/>
        <source>The photo is {size} MB; at most 10 MB is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="221"/>
        <source>The photo is {width}x{height} pixels; at least 600x600 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="222"/>
        <source>The photo must be a JPEG picture (.jpg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="223"/>
        <source>The photo {path} cannot be read: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="224"/>
        <source>The receipt has no payment; add how it is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="225"/>
        <source>The receipt has no positions; add at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="226"/>
        <source>The receipt type n must be one of {known}; “{value}” is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="227"/>
        <source>The shop&apos;s INN is missing; enter its 10 or 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="228"/>
        <source>The time “{value}” must look like 20250211T1214.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="229"/>
        <source>The total {total} is more than the cashbox accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="230"/>
        <source>The value is empty; paste the whole {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="231"/>
        <source>This field is required and is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="232"/>
        <source>This is not valid JSON ({problem}); check the file&apos;s syntax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="233"/>
        <source>Unknown field; the cashbox does not take it (check its spelling and case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="234"/>
        <source>{code} is not a VAT code the cashbox knows; use one of {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="235"/>
        <source>{name} must be exactly {longest} digits; “{value}” is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="236"/>
        <source>{name} must be {shortest} to {longest} digits; “{value}” is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="240"/>
        <source>{value} is not a known code here; use one of {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="241"/>
        <source>{value} is not a valid phone number; check the digits and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="242"/>
        <source>“{part}” is not part of a fiscal QR code; scan the code on the receipt again, it should look like t=…&amp;s=…&amp;fn=…&amp;i=…&amp;fp=….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="243"/>
        <source>“{value}” is not a credential pos-app keeps; use one of {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="245"/>
        <source>“{value}” is not a phone number; type it with the country code, e.g. +998 90 123 45 67.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="246"/>
        <source>“{value}” is not a web address; write it like https://host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="247"/>
        <source>“{value}” is not an e-mail address; it should look like name@example.ru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="248"/>
        <source>“{value}” is plain http to another computer; credentials would travel unencrypted. Use https (plain http is allowed only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="249"/>
        <source>“{value}” must be a plain base address (no user, password, query or #part).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_app/qt/receipt_editor.py" line="260"/>
        <source>Enter how it is paid: the cash given, the card amount, or both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>workflow</name>
    <message>
        <location filename="../../pos_app/qt/core_texts.py" line="250"/>
        <source>The Checker.uz token is not set, so the customer&apos;s copy waits. Enter it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
