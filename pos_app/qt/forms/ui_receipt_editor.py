# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'receipt_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ReceiptEditor(object):
    def setupUi(self, ReceiptEditor):
        if not ReceiptEditor.objectName():
            ReceiptEditor.setObjectName(u"ReceiptEditor")
        ReceiptEditor.resize(1100, 680)
        self.mainLayout = QVBoxLayout(ReceiptEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.receiptType = QLabel(ReceiptEditor)
        self.receiptType.setObjectName(u"receiptType")
        self.receiptType.setAlignment(Qt.AlignCenter)
        self.receiptType.setMinimumWidth(260)

        self.headerLayout.addWidget(self.receiptType)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.taxationLabel = QLabel(ReceiptEditor)
        self.taxationLabel.setObjectName(u"taxationLabel")

        self.headerLayout.addWidget(self.taxationLabel)

        self.taxation = QComboBox(ReceiptEditor)
        self.taxation.setObjectName(u"taxation")
        self.taxation.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.taxation.setMinimumContentsLength(14)

        self.headerLayout.addWidget(self.taxation)


        self.mainLayout.addLayout(self.headerLayout)

        self.entryBox = QGroupBox(ReceiptEditor)
        self.entryBox.setObjectName(u"entryBox")
        self.entryLayout = QGridLayout(self.entryBox)
        self.entryLayout.setObjectName(u"entryLayout")
        self.nameLabel = QLabel(self.entryBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.entryLayout.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.quantityLabel = QLabel(self.entryBox)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.entryLayout.addWidget(self.quantityLabel, 0, 1, 1, 1)

        self.priceLabel = QLabel(self.entryBox)
        self.priceLabel.setObjectName(u"priceLabel")

        self.entryLayout.addWidget(self.priceLabel, 0, 2, 1, 1)

        self.vatLabel = QLabel(self.entryBox)
        self.vatLabel.setObjectName(u"vatLabel")

        self.entryLayout.addWidget(self.vatLabel, 0, 3, 1, 1)

        self.subjectLabel = QLabel(self.entryBox)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.entryLayout.addWidget(self.subjectLabel, 0, 4, 1, 1)

        self.methodLabel = QLabel(self.entryBox)
        self.methodLabel.setObjectName(u"methodLabel")

        self.entryLayout.addWidget(self.methodLabel, 0, 5, 1, 1)

        self.name = QLineEdit(self.entryBox)
        self.name.setObjectName(u"name")
        self.name.setMinimumWidth(220)
        self.name.setMaxLength(128)

        self.entryLayout.addWidget(self.name, 1, 0, 1, 1)

        self.quantity = QLineEdit(self.entryBox)
        self.quantity.setObjectName(u"quantity")
        self.quantity.setText(u"1")
        self.quantity.setMinimumWidth(90)
        self.quantity.setMaximumWidth(130)
        self.quantity.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.entryLayout.addWidget(self.quantity, 1, 1, 1, 1)

        self.price = QLineEdit(self.entryBox)
        self.price.setObjectName(u"price")
        self.price.setPlaceholderText(u"0.00")
        self.price.setMinimumWidth(110)
        self.price.setMaximumWidth(160)
        self.price.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.entryLayout.addWidget(self.price, 1, 2, 1, 1)

        self.vat = QComboBox(self.entryBox)
        self.vat.setObjectName(u"vat")

        self.entryLayout.addWidget(self.vat, 1, 3, 1, 1)

        self.paymentSubject = QComboBox(self.entryBox)
        self.paymentSubject.setObjectName(u"paymentSubject")
        self.paymentSubject.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.paymentSubject.setMinimumContentsLength(10)

        self.entryLayout.addWidget(self.paymentSubject, 1, 4, 1, 1)

        self.paymentMethod = QComboBox(self.entryBox)
        self.paymentMethod.setObjectName(u"paymentMethod")
        self.paymentMethod.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.paymentMethod.setMinimumContentsLength(10)

        self.entryLayout.addWidget(self.paymentMethod, 1, 5, 1, 1)

        self.addButton = QPushButton(self.entryBox)
        self.addButton.setObjectName(u"addButton")

        self.entryLayout.addWidget(self.addButton, 1, 6, 1, 1)

        self.entryLayout.setColumnStretch(0, 5)
        self.entryLayout.setColumnStretch(1, 1)
        self.entryLayout.setColumnStretch(2, 1)
        self.entryLayout.setColumnStretch(3, 1)
        self.entryLayout.setColumnStretch(4, 2)
        self.entryLayout.setColumnStretch(5, 2)

        self.mainLayout.addWidget(self.entryBox)

        self.entryError = QLabel(ReceiptEditor)
        self.entryError.setObjectName(u"entryError")
        self.entryError.setWordWrap(True)

        self.mainLayout.addWidget(self.entryError)

        self.positions = QTableView(ReceiptEditor)
        self.positions.setObjectName(u"positions")
        self.positions.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.positions.setSelectionMode(QAbstractItemView.SingleSelection)
        self.positions.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.positions)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.vatBox = QGroupBox(ReceiptEditor)
        self.vatBox.setObjectName(u"vatBox")
        self.vatLayout = QVBoxLayout(self.vatBox)
        self.vatLayout.setObjectName(u"vatLayout")
        self.vatBreakdown = QLabel(self.vatBox)
        self.vatBreakdown.setObjectName(u"vatBreakdown")
        self.vatBreakdown.setWordWrap(True)

        self.vatLayout.addWidget(self.vatBreakdown)


        self.footerLayout.addWidget(self.vatBox)

        self.totalLayout = QVBoxLayout()
        self.totalLayout.setObjectName(u"totalLayout")
        self.totalLabel = QLabel(ReceiptEditor)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.totalLayout.addWidget(self.totalLabel)

        self.total = QLabel(ReceiptEditor)
        self.total.setObjectName(u"total")
        self.total.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.totalLayout.addWidget(self.total)


        self.footerLayout.addLayout(self.totalLayout)

        self.footerLayout.setStretch(0, 3)
        self.footerLayout.setStretch(1, 2)

        self.mainLayout.addLayout(self.footerLayout)

#if QT_CONFIG(shortcut)
        self.taxationLabel.setBuddy(self.taxation)
        self.nameLabel.setBuddy(self.name)
        self.quantityLabel.setBuddy(self.quantity)
        self.priceLabel.setBuddy(self.price)
        self.vatLabel.setBuddy(self.vat)
        self.subjectLabel.setBuddy(self.paymentSubject)
        self.methodLabel.setBuddy(self.paymentMethod)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.quantity)
        QWidget.setTabOrder(self.quantity, self.price)
        QWidget.setTabOrder(self.price, self.vat)
        QWidget.setTabOrder(self.vat, self.paymentSubject)
        QWidget.setTabOrder(self.paymentSubject, self.paymentMethod)
        QWidget.setTabOrder(self.paymentMethod, self.addButton)
        QWidget.setTabOrder(self.addButton, self.positions)
        QWidget.setTabOrder(self.positions, self.taxation)

        self.retranslateUi(ReceiptEditor)

        QMetaObject.connectSlotsByName(ReceiptEditor)
    # setupUi

    def retranslateUi(self, ReceiptEditor):
        self.taxationLabel.setText(QCoreApplication.translate("ReceiptEditor", u"Ta&xation:", None))
        self.entryBox.setTitle(QCoreApplication.translate("ReceiptEditor", u"New position", None))
        self.nameLabel.setText(QCoreApplication.translate("ReceiptEditor", u"&Name", None))
        self.quantityLabel.setText(QCoreApplication.translate("ReceiptEditor", u"&Quantity", None))
        self.priceLabel.setText(QCoreApplication.translate("ReceiptEditor", u"&Price, \u20bd", None))
        self.vatLabel.setText(QCoreApplication.translate("ReceiptEditor", u"&VAT", None))
        self.subjectLabel.setText(QCoreApplication.translate("ReceiptEditor", u"S&ubject", None))
        self.methodLabel.setText(QCoreApplication.translate("ReceiptEditor", u"&Method", None))
        self.name.setPlaceholderText(QCoreApplication.translate("ReceiptEditor", u"Product name, barcode or code (F2)", None))
        self.addButton.setText(QCoreApplication.translate("ReceiptEditor", u"&Add  (Enter)", None))
        self.vatBox.setTitle(QCoreApplication.translate("ReceiptEditor", u"VAT breakdown", None))
        self.totalLabel.setText(QCoreApplication.translate("ReceiptEditor", u"Total", None))
        pass
    # retranslateUi

