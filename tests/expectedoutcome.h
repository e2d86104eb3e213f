// A conformance program's expected outcome, as scripts/gen-expected.py wrote it from
// CPython: one or more variants (several where CPython's own order follows addresses),
// each an exit status, stdout and stderr. Also the normalisation both sides share.
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

// What gen-expected.py does to output: the program's path becomes <program>; in stderr,
// long hexadecimal addresses become 0x?.
QByteArray normaliseOutput(const QByteArray& output, const QByteArray& programPath);
QByteArray normaliseError(const QByteArray& output, const QByteArray& programPath);

// The first line where two texts differ, for a failure message a person can read.
QString firstDifference(const QByteArray& expected, const QByteArray& actual);
