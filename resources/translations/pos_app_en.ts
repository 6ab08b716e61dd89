<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>UnfinishedNote</name>
    <message numerus="yes">
        <location filename="../../pos_app/qt/reports_note.py" line="23"/>
        <source>%n receipt(s) for {amount} ₽ not fiscalized yet and not in this report</source>
        <translation>
            <numerusform>%n receipt for {amount} ₽ is not fiscalized yet and not in this report</numerusform>
            <numerusform>%n receipts for {amount} ₽ are not fiscalized yet and not in this report</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_app/qt/reports_note.py" line="28"/>
        <source>{head}; waiting for a person&apos;s decision (F8).</source>
        <translation>
            <numerusform>{head}; it waits for a person&apos;s decision (F8).</numerusform>
            <numerusform>{head}; they wait for a person&apos;s decision (F8).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_app/qt/reports_note.py" line="32"/>
        <source>{head}; %n of them wait(s) for a person&apos;s decision (F8).</source>
        <translation>
            <numerusform>{head}; %n of them waits for a person&apos;s decision (F8).</numerusform>
            <numerusform>{head}; %n of them wait for a person&apos;s decision (F8).</numerusform>
        </translation>
    </message>
</context>
</TS>
