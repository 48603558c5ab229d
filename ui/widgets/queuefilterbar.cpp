#include "queuefilterbar.h"

#include "diagnosis/reasonclass.h"
#include "models/queuefilterproxymodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>

namespace Ui {

using Postfix::QueueName;

namespace {
constexpr QueueName kQueueOrder[] = {QueueName::Active, QueueName::Deferred, QueueName::Hold,
                                     QueueName::Incoming, QueueName::Maildrop};
constexpr int kAllClasses = -2; // combo data; -1 is "no reason yet"
} // namespace

QueueFilterBar::QueueFilterBar(QueueFilterProxyModel *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_text(new QLineEdit(this))
    , m_queue(new QComboBox(this))
    , m_class(new QComboBox(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("queueFilterBar"));
    m_text->setObjectName(QStringLiteral("filterEdit"));
    m_text->setPlaceholderText(tr("Filter by sender, recipient, domain or reason (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_queue->setObjectName(QStringLiteral("queueFilter"));
    m_queue->addItem(tr("All queues"), -1);
    for (QueueName q : kQueueOrder)
        m_queue->addItem(Postfix::queueNameToString(q), int(q));
    m_class->setObjectName(QStringLiteral("classFilter"));
    m_class->setToolTip(tr("Show only messages whose reason is of this class"));
    m_class->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillClassCombo({});

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 3);
    layout->addWidget(m_queue);
    layout->addWidget(m_class);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &QueueFilterBar::applyText);
    connect(m_queue, &QComboBox::currentIndexChanged, this, [this] {
        const int q = m_queue->currentData().toInt();
        m_proxy->setQueueFilter(q < 0 ? std::nullopt : std::optional<QueueName>(QueueName(q)));
        Q_EMIT filtersChanged();
    });
    connect(m_class, &QComboBox::currentIndexChanged, this, [this] {
        const int c = m_class->currentData().toInt();
        m_proxy->setClassFilter(c == kAllClasses ? std::nullopt : std::optional<int>(c));
        Q_EMIT filtersChanged();
    });
}

QueueFilterBar::~QueueFilterBar() = default;

void QueueFilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void QueueFilterBar::setText(const QString &text)
{
    m_text->setText(text);
    m_debounce->stop();
    applyText();
}

void QueueFilterBar::applyText()
{
    m_proxy->setTextFilter(m_text->text());
    Q_EMIT filtersChanged();
}

void QueueFilterBar::setClassFilter(std::optional<int> cls)
{
    const int i = m_class->findData(cls ? *cls : kAllClasses);
    if (i >= 0)
        m_class->setCurrentIndex(i);
}

void QueueFilterBar::setClassCounts(const QHash<int, int> &counts)
{
    fillClassCombo(counts);
}

void QueueFilterBar::fillClassCombo(const QHash<int, int> &counts)
{
    // Keeps the selected class; the proxy's filter does not change, so no signal is needed.
    const QSignalBlocker block(m_class);
    const QVariant current = m_class->count() ? m_class->currentData() : QVariant(kAllClasses);
    m_class->clear();
    m_class->addItem(tr("All classes"), kAllClasses);
    const auto label = [&counts](const QString &title, int cls) {
        const auto it = counts.constFind(cls);
        return it == counts.constEnd() ? title : tr("%1 (%2)").arg(title).arg(*it);
    };
    for (Diagnosis::ReasonClass cls : Diagnosis::allReasonClasses())
        m_class->addItem(label(Diagnosis::reasonClassInfo(cls).title, int(cls)), int(cls));
    m_class->addItem(label(tr("No reason yet"), -1), -1);
    m_class->setCurrentIndex(qMax(0, m_class->findData(current)));
}

} // namespace Ui
