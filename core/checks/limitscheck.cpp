#include "limitscheck.h"

#include "diagnosis/limitsnapshot.h"
#include "remote/servicecommands.h"

namespace Checks {

using Diagnosis::Verdict;

struct LimitsCheck::Gathered
{
    Remote::CommandResult all, explicitOnly;
    int waiting = 0;
};

LimitsCheck::LimitsCheck(Remote::ServerSession *session, const CheckOptions &options, QObject *parent)
    : Check(Diagnosis::CheckId::Limits, session, options, parent)
    , m(std::make_unique<Gathered>())
{
}

LimitsCheck::~LimitsCheck() = default;

void LimitsCheck::run()
{
    *m = Gathered();
    const Remote::ServiceCommands commands(capabilities());
    setProgress(tr("Reading the retry and limit settings (postconf)…"));
    m->waiting = 2;
    const auto collect = [this](Remote::CommandResult *slot) {
        return [this, slot](const Remote::CommandResult &r) {
            *slot = r;
            if (--m->waiting == 0)
                evaluate();
        };
    };
    runner().run(commands.postconfAll(), collect(&m->all));
    runner().run(commands.postconfExplicit(), collect(&m->explicitOnly));
}

void LimitsCheck::evaluate()
{
    Diagnosis::CheckResult r;
    r.commands = runner().sentCommands();
    if (!m->all.ok()) {
        r.verdict = Verdict::Unknown;
        r.summary = tr("The Postfix settings could not be read.");
        r.evidence << Remote::ServiceCommands::failureText(m->all, QStringLiteral("postconf"));
        report(r);
        done();
        return;
    }
    const auto all = Diagnosis::PostconfOutput::parse(m->all.stdOut);
    const auto explicitOnly = m->explicitOnly.ok() ? Diagnosis::PostconfOutput::parse(m->explicitOnly.stdOut)
                                                   : Diagnosis::PostconfOutput();
    const auto snapshot = Diagnosis::LimitSnapshot::fromPostconf(all, explicitOnly);
    if (snapshot.settings().isEmpty()) {
        r.verdict = Verdict::Unknown;
        r.summary = tr("postconf printed none of the retry and limit settings.");
        r.evidence = all.issues().isEmpty() ? QStringList{} : QStringList{all.issues().first().message};
        report(r);
        done();
        return;
    }
    const QStringList warnings = snapshot.warnings();
    r.evidence << warnings;
    for (const auto &s : snapshot.settings())
        r.evidence << s.line();
    if (!snapshot.missing().isEmpty())
        r.evidence << tr("not printed by postconf: %1").arg(snapshot.missing().join(QStringLiteral(", ")));
    if (!m->explicitOnly.ok())
        r.evidence << tr("Which values are set in main.cf is unknown: %1")
                              .arg(Remote::ServiceCommands::failureText(m->explicitOnly, QStringLiteral("postconf -n")));
    const QString tuning = tr("Change retry and concurrency settings with a tuning preset (Fixes → Tuning). As "
                              "Postfix's TUNING_README says, fix the cause of the deferrals rather than retrying "
                              "faster.");
    if (warnings.isEmpty()) {
        const auto lifetime = snapshot.setting(QStringLiteral("maximal_queue_lifetime"));
        const auto minBackoff = snapshot.setting(QStringLiteral("minimal_backoff_time"));
        const auto maxBackoff = snapshot.setting(QStringLiteral("maximal_backoff_time"));
        r.verdict = Verdict::Ok;
        r.summary = tr("Retry and limit settings look sane (queue lifetime %1, backoff %2 to %3).")
                            .arg(lifetime ? lifetime->effective : QStringLiteral("?"),
                                 minBackoff ? minBackoff->effective : QStringLiteral("?"),
                                 maxBackoff ? maxBackoff->effective : QStringLiteral("?"));
        r.advice = tuning;
    } else {
        r.verdict = Verdict::Warning;
        r.summary = warnings.size() == 1 ? warnings.first()
                                         : tr("%1 (and %n more)", nullptr, int(warnings.size() - 1)).arg(warnings.first());
        r.advice = tuning;
    }
    report(r);
    done();
}

} // namespace Checks
