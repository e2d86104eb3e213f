// A conformance program's expected outcome and event record, as scripts/gen-expected.py
// wrote them from CPython: one or more variants (several where CPython's own order
// follows addresses), each an exit status, stdout and stderr, or the lines of a trace.
// Also the normalisation both sides share.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct ExpectedVariant {
    int exitStatus = 0; // as subprocess reports it: negative for a signal
    QByteArray out;
    QByteArray err;
};

// Reads NAME.expected; false with `error` set if it is missing or malformed.
bool readExpected(const QString& file, QList<ExpectedVariant>& variants, QString& error);

// Reads NAME.trace: each variant the lines `<time> <task> <kind>` of the event record's
// create, resume, suspend, yield, cancel, done, failed and cancelled events.
bool readExpectedTrace(const QString& file, QList<QByteArray>& variants, QString& error);

// What gen-expected.py does to output: the program's path becomes <program>; in stderr,
// long hexadecimal addresses become 0x?.
QByteArray normaliseOutput(const QByteArray& output, const QByteArray& programPath);
QByteArray normaliseError(const QByteArray& output, const QByteArray& programPath);

// The first line where two texts differ, for a failure message a person can read.
QString firstDifference(const QByteArray& expected, const QByteArray& actual);
