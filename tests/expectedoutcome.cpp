#include "expectedoutcome.h"

#include <QFile>
#include <QRegularExpression>

namespace {

bool readLine(const QByteArray& data, int& pos, QByteArray& line)
{
    const int end = data.indexOf('\n', pos);
    if (end < 0)
        return false;
    line = data.mid(pos, end - pos);
    pos = end + 1;
    return true;
}

bool readBlock(const QByteArray& data, int& pos, const char* label, QByteArray& block)
{
    QByteArray line;
    if (!readLine(data, pos, line) || !line.startsWith(label))
        return false;
    bool ok = false;
    const int size = line.mid(int(qstrlen(label)) + 1).toInt(&ok);
    if (!ok || pos + size + 1 > data.size() || data[pos + size] != '\n')
        return false;
    block = data.mid(pos, size);
    pos += size + 1;
    return true;
}

} // namespace

bool readExpected(const QString& fileName, QList<ExpectedVariant>& variants, QString& error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("no expectation %1: run scripts/gen-expected.py").arg(fileName);
        return false;
    }
    const QByteArray data = file.readAll();
    int pos = 0;
    QByteArray line;
    if (!readLine(data, pos, line) || line != "loopscope-expected 1" || !readLine(data, pos, line)) {
        error = QStringLiteral("%1 is not an expectation file").arg(fileName);
        return false;
    }
    if (!readLine(data, pos, line) || !line.startsWith("variants ")) {
        error = QStringLiteral("%1: no variant count").arg(fileName);
        return false;
    }
    const int count = line.mid(9).toInt();
    for (int i = 0; i < count; ++i) {
        ExpectedVariant variant;
        bool ok = readLine(data, pos, line) && line.startsWith("exit ");
        if (ok)
            variant.exitStatus = line.mid(5).toInt(&ok);
        if (!ok || !readBlock(data, pos, "stdout", variant.out) ||
            !readBlock(data, pos, "stderr", variant.err)) {
            error = QStringLiteral("%1: variant %2 is malformed").arg(fileName).arg(i + 1);
            return false;
        }
        variants << variant;
    }
    return count > 0;
}

bool readExpectedTrace(const QString& fileName, QList<QByteArray>& variants, QString& error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("no expected trace %1: run scripts/gen-expected.py").arg(fileName);
        return false;
    }
    const QByteArray data = file.readAll();
    int pos = 0;
    QByteArray line;
    if (!readLine(data, pos, line) || line != "loopscope-trace-expected 1" ||
        !readLine(data, pos, line) || !readLine(data, pos, line) || !line.startsWith("variants ")) {
        error = QStringLiteral("%1 is not an expected trace").arg(fileName);
        return false;
    }
    const int count = line.mid(9).toInt();
    for (int i = 0; i < count; ++i) {
        if (!readLine(data, pos, line) || !line.startsWith("lines ")) {
            error = QStringLiteral("%1: variant %2 is malformed").arg(fileName).arg(i + 1);
            return false;
        }
        const int lines = line.mid(6).toInt();
        QByteArray variant;
        for (int l = 0; l < lines; ++l) {
            if (!readLine(data, pos, line)) {
                error = QStringLiteral("%1: variant %2 is cut short").arg(fileName).arg(i + 1);
                return false;
            }
            variant += line + '\n';
        }
        variants << variant;
    }
    return count > 0;
}

QByteArray normaliseOutput(const QByteArray& output, const QByteArray& programPath)
{
    QByteArray copy = output;
    return copy.replace(programPath, "<program>");
}

QByteArray normaliseError(const QByteArray& output, const QByteArray& programPath)
{
    static const QRegularExpression address(QStringLiteral("0x[0-9a-fA-F]{6,}"));
    QString text = QString::fromUtf8(normaliseOutput(output, programPath));
    return text.replace(address, QStringLiteral("0x?")).toUtf8();
}

QString firstDifference(const QByteArray& expected, const QByteArray& actual)
{
    const QList<QByteArray> a = expected.split('\n');
    const QList<QByteArray> b = actual.split('\n');
    for (int i = 0; i < qMax(a.size(), b.size()); ++i) {
        const QByteArray x = a.value(i, "<end>");
        const QByteArray y = b.value(i, "<end>");
        if (x != y) {
            return QStringLiteral("line %1:\n    CPython:   %2\n    Loopscope: %3")
                .arg(i + 1)
                .arg(QString::fromUtf8(x), QString::fromUtf8(y));
        }
    }
    return QStringLiteral("(no difference)");
}
