#pragma once

#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// A strict parser of the Prometheus text exposition format 0.0.4 for tests: what a scraper (or
// node_exporter's textfile collector) would reject is an error here, with its line number.
// Checks: metric and label name syntax (no reserved "__" labels), label value escapes (only \\,
// \" and \n), one HELP and one TYPE per family and both before its first sample, known TYPEs,
// families contiguous (never resumed after another family), samples named after their family
// (histogram/summary suffixes allowed), values that parse as floats (incl. +Inf, -Inf, NaN),
// optional integer timestamps, no duplicate series, a final newline.
namespace PrometheusText {

struct Sample
{
    QString name;
    QMap<QString, QString> labels;
    double value = 0;
    std::optional<qint64> timestamp;
};

struct Family
{
    QString name;
    QString help;  // unescaped; empty when there was no HELP line
    QString type;  // "gauge", "counter", …; "untyped" when there was no TYPE line
    QList<Sample> samples;
};

struct Parsed
{
    QList<Family> families;
    QStringList errors; // "line 3: …"

    bool ok() const { return errors.isEmpty(); }
    const Family *family(const QString &name) const;
    // The sample with exactly these labels, or nullptr.
    const Sample *sample(const QString &name, const QMap<QString, QString> &labels) const;
    // Every sample of `name` whose labels include `subset`.
    QList<Sample> samples(const QString &name, const QMap<QString, QString> &subset = {}) const;
};

Parsed parse(QByteArrayView text);

} // namespace PrometheusText
