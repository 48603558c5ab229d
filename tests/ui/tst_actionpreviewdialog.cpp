// ActionPreviewDialog under every Confirmation level: what it shows of an Actions::ActionPreview
// (count, domains, senders, sample, exact command, warnings, excluded, unavailable), the typed
// confirmation (run button disabled until the exact token is typed), the alternatives, and the
// choice it finishes with. Previews are built by hand: the dialog must show whatever it is given.
#include "dialogs/actionpreviewdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using Actions::ActionPreview;
using Actions::QueueActionKind;

namespace {

Postfix::QueuedMessage message(int i, const QString &sender = u"news@shop.example"_s)
{
    Postfix::QueuedMessage m;
    m.queueName = Postfix::QueueName::Deferred;
    m.queueId = u"4F2A3B1C%1"_s.arg(i, 2, 16, QLatin1Char('0')).toUpper();
    m.arrivalTime = 1785400000 + i * 60;
    m.sender = sender;
    m.recipients = {{u"user%1@oldcorp.example"_s.arg(i), {}, u"connect timed out"_s, {}}};
    return m;
}

ActionPreview preview(QueueActionKind kind, int count, ActionPreview::Confirmation confirmation,
                      const QString &token = {})
{
    ActionPreview p;
    p.kind = kind;
    for (int i = 0; i < count; ++i)
        p.messages << message(i);
    p.count = count;
    p.recipientDomains = {{u"oldcorp.example"_s, count}};
    p.senders = {{u"news@shop.example"_s, count}};
    p.sample = p.messages.mid(0, 10);
    p.command = u"/usr/sbin/postsuper -%1 - deferred   (%2 queue IDs on stdin)"_s
                    .arg(kind == QueueActionKind::Delete ? u"d"_s : u"h"_s)
                    .arg(count);
    p.confirmation = confirmation;
    p.confirmationToken = token;
    return p;
}

template <typename T>
T *find(QWidget *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

} // namespace

class TestActionPreviewDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simpleNeedsNoTyping();
    void typedCountEnablesRun();
    void serverNameEnablesRun();
    void alternativesFinishWithTheirKind();
    void unavailableNeverRuns();
    void showsEverythingOfThePreview();
    void cancelRejects();
    void renderToPng();
};

void TestActionPreviewDialog::simpleNeedsNoTyping()
{
    Ui::ActionPreviewDialog dialog(preview(QueueActionKind::Hold, 3, ActionPreview::Confirmation::Simple),
                               u"mx1.example"_s);
    QVERIFY(!find<QLineEdit>(&dialog, u"confirmationEdit"_s));
    QPushButton *run = find<QPushButton>(&dialog, u"previewRunButton"_s);
    QVERIFY(run);
    QVERIFY(run->isEnabled());
    QCOMPARE(run->text(), u"Put 3 messages on hold"_s);
    QVERIFY(dialog.canConfirm());
    QSignalSpy finished(&dialog, &QDialog::finished);
    run->click();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));
}

void TestActionPreviewDialog::typedCountEnablesRun()
{
    Ui::ActionPreviewDialog dialog(preview(QueueActionKind::Delete, 12, ActionPreview::Confirmation::Typed, u"12"_s),
                                   u"mx1.example"_s);
    auto *edit = find<QLineEdit>(&dialog, u"confirmationEdit"_s);
    QVERIFY(edit);
    QPushButton *run = dialog.runButton();
    QCOMPARE(run->text(), u"Delete 12 messages"_s);
    QVERIFY(!run->isEnabled());
    QVERIFY(find<QLabel>(&dialog, u"previewConfirmLabel"_s)->text().contains(u"12"_s));

    QSignalSpy finished(&dialog, &QDialog::finished);
    run->click(); // disabled: nothing happens
    QCOMPARE(finished.size(), 0);
    QTest::keyClicks(edit, u"11"_s);
    QVERIFY(!run->isEnabled());
    edit->clear();
    QTest::keyClicks(edit, u" 12 "_s); // surrounding blanks are forgiven, the number is not
    QVERIFY(run->isEnabled());
    // Destructive: Enter before typing would have hit Cancel; now the token is typed, Run is default.
    QVERIFY(run->isDefault());
    run->click();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));
}

void TestActionPreviewDialog::serverNameEnablesRun()
{
    Ui::ActionPreviewDialog dialog(preview(QueueActionKind::Delete, 1500, ActionPreview::Confirmation::Server,
                                           u"mx1 Frankfurt"_s),
                                   u"mx1 Frankfurt"_s);
    QPushButton *run = dialog.runButton();
    QCOMPARE(run->text(), u"Delete 1500 messages"_s);
    QVERIFY(find<QLabel>(&dialog, u"previewConfirmLabel"_s)->text().contains(u"mx1 Frankfurt"_s));
    dialog.setTypedConfirmation(u"1500"_s); // the count is not the token here
    QVERIFY(!run->isEnabled());
    dialog.setTypedConfirmation(u"mx1 frankfurt"_s); // exact, case included
    QVERIFY(!run->isEnabled());
    dialog.setTypedConfirmation(u"mx1 Frankfurt"_s);
    QVERIFY(run->isEnabled());
    QVERIFY(dialog.canConfirm());
    // The sample is at most what the preview holds (10), and says so.
    QCOMPARE(find<QTableWidget>(&dialog, u"previewSample"_s)->rowCount(), 10);
}

void TestActionPreviewDialog::alternativesFinishWithTheirKind()
{
    ActionPreview p = preview(QueueActionKind::Delete, 8, ActionPreview::Confirmation::Typed, u"8"_s);
    p.alternatives = {QueueActionKind::Hold, QueueActionKind::Expire};
    Ui::ActionPreviewDialog dialog(p, u"mx1.example"_s);
    auto *hold = find<QPushButton>(&dialog, u"alternative_hold"_s);
    auto *expire = find<QPushButton>(&dialog, u"alternative_expire"_s);
    QVERIFY(hold && expire);
    QCOMPARE(hold->text(), u"Hold instead"_s);
    QCOMPARE(expire->text(), u"Force-expire instead"_s);
    QVERIFY(hold->isEnabled()); // no typing needed to choose the safer way
    QSignalSpy finished(&dialog, &QDialog::finished);
    expire->click();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), Ui::ActionPreviewDialog::AlternativeChosen);
    QCOMPARE(dialog.alternative(), QueueActionKind::Expire);
}

void TestActionPreviewDialog::unavailableNeverRuns()
{
    ActionPreview p = preview(QueueActionKind::Expire, 2, ActionPreview::Confirmation::Simple);
    p.unavailable = u"Force-expire needs Postfix 3.5 or later; this server runs 3.4.14."_s;
    Ui::ActionPreviewDialog dialog(p, u"old.example"_s);
    QVERIFY(!dialog.runButton()->isEnabled());
    QCOMPARE(dialog.runButton()->toolTip(), p.unavailable);
    auto *why = find<QLabel>(&dialog, u"previewUnavailable"_s);
    QVERIFY(why);
    QCOMPARE(why->text(), p.unavailable);

    // Nothing to act on: also never runs, whatever the level.
    Ui::ActionPreviewDialog empty(preview(QueueActionKind::Hold, 0, ActionPreview::Confirmation::Simple),
                                  u"mx1.example"_s);
    QVERIFY(!empty.runButton()->isEnabled());
}

void TestActionPreviewDialog::showsEverythingOfThePreview()
{
    ActionPreview p = preview(QueueActionKind::Deliver, 4, ActionPreview::Confirmation::Simple);
    p.recipientDomains = {{u"oldcorp.example"_s, 3}, {u"fullbox.example"_s, 1}};
    p.otherDomains = 3;
    p.senders = {{u"news@shop.example"_s, 3}, {u"MAILER-DAEMON"_s, 1}};
    p.command = u"/bin/sh -c 'for id do /usr/sbin/postqueue -i \"$id\"; done' sh   (4 queue IDs)"_s;
    p.warnings = {u"Most of this mail waits for a destination that refuses connections: retrying now will not help."_s};
    p.excluded = {{message(9), Actions::DroppedMessage::Reason::NotApplicable, {}}};
    Ui::ActionPreviewDialog dialog(p, u"mx1.example"_s);
    dialog.show();

    QVERIFY(find<QLabel>(&dialog, u"previewHeadline"_s)->text().contains(u"4 messages"_s));
    QVERIFY(find<QLabel>(&dialog, u"previewHeadline"_s)->text().contains(u"mx1.example"_s));
    const QString domains = find<QLabel>(&dialog, u"previewDomains"_s)->text();
    QVERIFY2(domains.contains(u"oldcorp.example (3)"_s) && domains.contains(u"and 3 more"_s), qPrintable(domains));
    QVERIFY(find<QLabel>(&dialog, u"previewSenders"_s)->text().contains(u"MAILER-DAEMON (1)"_s));
    auto *command = find<QPlainTextEdit>(&dialog, u"previewCommand"_s);
    QCOMPARE(command->toPlainText(), p.command);
    QVERIFY(command->isReadOnly());
    QVERIFY(command->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(QFontInfo(command->font()).fixedPitch());
    QVERIFY(find<QLabel>(&dialog, u"previewWarnings"_s)->text().contains(u"will not help"_s));
    QVERIFY(find<QLabel>(&dialog, u"previewExcluded"_s)->text().startsWith(u"1 message of the selection"_s));
    auto *sample = find<QTableWidget>(&dialog, u"previewSample"_s);
    QCOMPARE(sample->rowCount(), 4);
    QCOMPARE(sample->item(0, 0)->text(), p.sample.first().queueId);
    QCOMPARE(dialog.runButton()->text(), u"Deliver 4 messages now"_s);
    // Not destructive: the run button is the default.
    QVERIFY(dialog.runButton()->isDefault());
}

void TestActionPreviewDialog::cancelRejects()
{
    Ui::ActionPreviewDialog dialog(preview(QueueActionKind::Delete, 2, ActionPreview::Confirmation::Typed, u"2"_s),
                                   u"mx1.example"_s);
    auto *cancel = find<QPushButton>(&dialog, u"previewCancelButton"_s);
    QVERIFY(cancel->isDefault()); // destructive: Enter cancels until the token is typed
    QSignalSpy finished(&dialog, &QDialog::finished);
    cancel->click();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), int(QDialog::Rejected));
}

void TestActionPreviewDialog::renderToPng()
{
    ActionPreview p = preview(QueueActionKind::Delete, 12, ActionPreview::Confirmation::Typed, u"12"_s);
    p.alternatives = {QueueActionKind::Hold, QueueActionKind::Expire};
    p.warnings = {u"Deleting cannot be undone: the senders are not told."_s};
    p.recipientDomains = {{u"oldcorp.example"_s, 9}, {u"fullbox.example"_s, 3}};
    Ui::ActionPreviewDialog dialog(p, u"mx1.example"_s);
    dialog.show();
    dialog.setTypedConfirmation(u"1"_s);
    QTest::qWait(50);
    const QString path = qEnvironmentVariable("POSTDESK_PREVIEW_PNG");
    if (!path.isEmpty())
        QVERIFY(dialog.grab().save(path));
    QVERIFY(!dialog.grab().isNull());
}

QTEST_MAIN(TestActionPreviewDialog)
#include "tst_actionpreviewdialog.moc"
