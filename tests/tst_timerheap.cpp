// The timer heap against Python's heapq: equal deadlines must come out in heapq's order,
// and asyncio's rebuild (drop cancelled timers, keep array order, heapify) must leave the
// same array. The scenarios come from scripts/gen-heapq-reference.py.
#include "loop/timerheap.h"

#include <QFile>
#include <QStringList>
#include <QTest>

#include <cstdlib>
#include <set>

using loopscope::loop::TimerHeap;

class tst_TimerHeap : public QObject {
    Q_OBJECT

private slots:
    void matchesHeapq_data();
    void matchesHeapq();
    void popsInDeadlineOrder();
};

void tst_TimerHeap::matchesHeapq_data()
{
    QTest::addColumn<QStringList>("lines");
    QFile file(QStringLiteral(LOOPSCOPE_SOURCE_DIR "/tests/data/heapq_reference.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList block;
    QString name;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1String("scenario "))) {
            name = line.mid(9);
            block.clear();
        } else if (line == QLatin1String("end")) {
            QTest::newRow(name.toUtf8().constData()) << block;
        } else if (!line.startsWith(QLatin1Char('#'))) {
            block << line;
        }
    }
}

void tst_TimerHeap::matchesHeapq()
{
    QFETCH(QStringList, lines);
    TimerHeap<int> heap;
    int step = 0;
    for (const QString& line : lines) {
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString op = parts.value(0);
        if (op == QLatin1String("push")) {
            heap.push(std::strtod(parts[1].toUtf8().constData(), nullptr), parts[2].toInt());
        } else if (op == QLatin1String("pop")) {
            QVERIFY2(!heap.empty(), qPrintable(QStringLiteral("step %1").arg(step)));
            const int popped = heap.pop().item;
            QVERIFY2(popped == parts[1].toInt(),
                     qPrintable(QStringLiteral("step %1: popped %2, heapq popped %3")
                                    .arg(step).arg(popped).arg(parts[1])));
        } else if (op == QLatin1String("rebuild")) {
            std::set<int> dropped;
            for (int i = 1; i < parts.size(); ++i)
                dropped.insert(parts[i].toInt());
            std::vector<int> removed;
            heap.removeIf([&](int id) { return dropped.count(id) > 0; }, removed);
            QCOMPARE(removed.size(), dropped.size());
        } else if (op == QLatin1String("array")) {
            QStringList ours;
            for (const auto& entry : heap.entries())
                ours << QString::number(entry.item);
            QCOMPARE(ours, parts.mid(1));
        }
        ++step;
    }
    QVERIFY(heap.empty());
}

void tst_TimerHeap::popsInDeadlineOrder()
{
    TimerHeap<int> heap;
    const double deadlines[] = {5, 1, 4, 2, 3, 0.5, 6};
    for (int i = 0; i < 7; ++i)
        heap.push(deadlines[i], i);
    double last = -1;
    while (!heap.empty()) {
        const double when = heap.pop().when;
        QVERIFY(when >= last);
        last = when;
    }
}

QTEST_GUILESS_MAIN(tst_TimerHeap)
#include "tst_timerheap.moc"
