#include "welcomepage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *text = new QLabel(tr("Postdesk shows the mail queues of your Postfix servers over SSH.\n"
                               "Add your first server to begin."), this);
    text->setTextFormat(Qt::PlainText);
    text->setAlignment(Qt::AlignCenter);
    QFont larger = text->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.25);
    text->setFont(larger);
    auto *title = new QLabel(tr("Welcome to Postdesk"), this);
    title->setTextFormat(Qt::PlainText);
    title->setAlignment(Qt::AlignCenter);
    QFont titleFont = larger;
    titleFont.setPointSizeF(larger.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *addButton = new QPushButton(tr("Add server…"), this);
    addButton->setObjectName(QStringLiteral("addServerButton"));
    addButton->setDefault(true);
    connect(addButton, &QPushButton::clicked, this, &WelcomePage::addServerRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addWidget(addButton, 0, Qt::AlignHCenter);
    layout->addStretch();
}

WelcomePage::~WelcomePage() = default;

} // namespace Ui
