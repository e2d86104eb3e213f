// The native loop's scheduling rules, driven from C++ through the embedded interpreter:
// the ready queue's FIFO order and iteration boundary, lazy removal of cancelled timers
// (from the heap's head only) and the rebuild when more than half of over 100 timers are
// cancelled (base_events.py: _MIN_SCHEDULED_TIMER_HANDLES, ..._FRACTION), the clock's
// jumps, the run limits and the deadlock report.
#include "loop/pyref.h"
#include "loop/runlimits.h"
#include "loop/virtualclock.h"
#include "python/interpreter.h"

#include <Python.h>

#include <QTest>

using namespace loopscope;

class tst_NativeLoop : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void asyncioUsesTheNativeLoop();
    void readyQueueIsFifoPerIteration();
    void cancelledTimersLeaveFromTheHeadOnly();
    void rebuildNeedsMoreThanHalfOfOverHundred_data();
    void rebuildNeedsMoreThanHalfOfOverHundred();
    void clockJumpsToTheNextDeadline();
    void clockStepsAtMostADay();
    void eventLimitStopsTheLoop();
    void deadlockStopsTheLoop();
    void timeModuleReadsTheClock();

private:
    // Runs `code` in a fresh namespace with `loop` = a new native loop; returns the
    // value of `result` (as str), or the error.
    QString run(const char* code);
};

void tst_NativeLoop::initTestCase()
{
    std::string error;
    QVERIFY2(python::Interpreter::initialize(&error), error.c_str());
}

void tst_NativeLoop::init()
{
    loop::VirtualClock::instance().reset();
    loop::RunGuard::instance().reset({});
    loop::RunGuard::instance().setStopHandler(nullptr);
}

QString tst_NativeLoop::run(const char* code)
{
    PyRef globals(PyDict_New());
    PyDict_SetItemString(globals.get(), "__builtins__", PyEval_GetBuiltins());
    PyRef setup(PyRun_String("import asyncio\nloop = asyncio.new_event_loop()\n", Py_file_input,
                             globals.get(), globals.get()));
    PyRef done(setup ? PyRun_String(code, Py_file_input, globals.get(), globals.get()) : nullptr);
    if (!done) {
        PyObject *type, *value, *traceback;
        PyErr_Fetch(&type, &value, &traceback);
        PyRef text(PyObject_Str(value));
        QString message = QStringLiteral("error: ") + QString::fromUtf8(PyUnicode_AsUTF8(text.get()));
        Py_XDECREF(type);
        Py_XDECREF(value);
        Py_XDECREF(traceback);
        return message;
    }
    PyRef closed(PyRun_String("loop.close()\n", Py_file_input, globals.get(), globals.get()));
    PyObject* result = PyDict_GetItemString(globals.get(), "result");
    PyRef text(result ? PyObject_Str(result) : nullptr);
    return text ? QString::fromUtf8(PyUnicode_AsUTF8(text.get())) : QStringLiteral("<no result>");
}

void tst_NativeLoop::asyncioUsesTheNativeLoop()
{
    QCOMPARE(run("import _loopscope\n"
                 "result = (isinstance(loop, _loopscope.NativeLoop), type(loop).__name__,\n"
                 "          asyncio.run(asyncio.sleep(0, 'ran')))\n"),
             QStringLiteral("(True, '_UnixSelectorEventLoop', 'ran')"));
}

void tst_NativeLoop::readyQueueIsFifoPerIteration()
{
    QCOMPARE(run("order = []\n"
                 "def later(n):\n"
                 "    order.append(f'later{n}')\n"
                 "def first(n):\n"
                 "    order.append(f'first{n}')\n"
                 "    loop.call_soon(later, n)\n"
                 "for n in range(3):\n"
                 "    loop.call_soon(first, n)\n"
                 "loop._run_once()\n"
                 "result = order[:]\n"
                 "loop._run_once()\n"
                 "result = (result, order[3:])\n"),
             QStringLiteral("(['first0', 'first1', 'first2'], ['later0', 'later1', 'later2'])"));
}

void tst_NativeLoop::cancelledTimersLeaveFromTheHeadOnly()
{
    // Ten timers, the earliest and a middle one cancelled: only the head leaves, lowering
    // the count; the middle one waits until it reaches the head.
    QCOMPARE(run("timers = [loop.call_later(i + 1, print) for i in range(10)]\n"
                 "timers[0].cancel(); timers[5].cancel()\n"
                 "before = (len(loop._scheduled), loop._timer_cancelled_count)\n"
                 "loop.call_soon(lambda: None)\n"
                 "loop._run_once()\n"
                 "result = (before, len(loop._scheduled), loop._timer_cancelled_count)\n"),
             QStringLiteral("((10, 2), 9, 1)"));
}

void tst_NativeLoop::rebuildNeedsMoreThanHalfOfOverHundred_data()
{
    QTest::addColumn<int>("timers");
    QTest::addColumn<int>("cancelled");
    QTest::addColumn<int>("remaining");
    // Cancelled timers are the latest ones, so none is at the head: only a rebuild drops them.
    QTest::newRow("100 timers, 60 cancelled: not over 100") << 100 << 60 << 100;
    QTest::newRow("101 timers, 50 cancelled: not over half") << 101 << 50 << 101;
    QTest::newRow("101 timers, 51 cancelled: rebuilt") << 101 << 51 << 50;
    QTest::newRow("300 timers, 151 cancelled: rebuilt") << 300 << 151 << 149;
}

void tst_NativeLoop::rebuildNeedsMoreThanHalfOfOverHundred()
{
    QFETCH(int, timers);
    QFETCH(int, cancelled);
    QFETCH(int, remaining);
    const QByteArray code = QStringLiteral(
        "timers = [loop.call_later(i + 1, print) for i in range(%1)]\n"
        "for t in timers[%1 - %2:]:\n"
        "    t.cancel()\n"
        "loop.call_soon(lambda: None)\n"
        "loop._run_once()\n"
        "result = (len(loop._scheduled), loop._timer_cancelled_count,\n"
        "          all(not t._scheduled for t in timers if t.cancelled()) == (%3 < %1))\n")
        .arg(timers).arg(cancelled).arg(remaining).toUtf8();
    const int count = remaining == timers ? cancelled : 0;
    QCOMPARE(run(code.constData()), QStringLiteral("(%1, %2, True)").arg(remaining).arg(count));
}

void tst_NativeLoop::clockJumpsToTheNextDeadline()
{
    QCOMPARE(run("seen = []\n"
                 "loop.call_later(2.5, lambda: seen.append(loop.time()))\n"
                 "loop.call_later(0.25, lambda: seen.append(loop.time()))\n"
                 "loop.call_later(2.5, loop.stop)\n"
                 "loop.run_forever()\n"
                 "result = seen\n"),
             QStringLiteral("[0.25, 2.5]"));
}

void tst_NativeLoop::clockStepsAtMostADay()
{
    QCOMPARE(run("loop.call_later(200000, loop.stop)\n"
                 "times = []\n"
                 "while loop.time() < 200000:\n"
                 "    loop._run_once()\n"
                 "    times.append(loop.time())\n"
                 "result = times\n"),
             QStringLiteral("[86400.0, 172800.0, 200000.0]"));
}

void tst_NativeLoop::eventLimitStopsTheLoop()
{
    loop::RunLimits limits;
    limits.maxEvents = 5;
    loop::RunGuard::instance().reset(limits);
    QCOMPARE(run("count = []\n"
                 "def again():\n"
                 "    count.append(1)\n"
                 "    loop.call_soon(again)\n"
                 "loop.call_soon(again)\n"
                 "try:\n"
                 "    loop.run_forever()\n"
                 "except RuntimeError as error:\n"
                 "    result = (len(count), str(error))\n"),
             QStringLiteral("(5, 'the loop ran more callbacks than its limit allows')"));
}

void tst_NativeLoop::deadlockStopsTheLoop()
{
    QCOMPARE(run("try:\n"
                 "    loop.run_until_complete(loop.create_future())\n"
                 "except RuntimeError as error:\n"
                 "    result = str(error)\n"),
             QStringLiteral("deadlock: nothing is ready to run and no timer is set"));
}

void tst_NativeLoop::timeModuleReadsTheClock()
{
    QCOMPARE(run("import time\n"
                 "start = (time.time(), time.monotonic(), time.perf_counter())\n"
                 "time.sleep(1.5)\n"
                 "result = (start, time.monotonic_ns(), loop.time(), time.strftime('%X'))\n"),
             QStringLiteral("((0.0, 0.0, 0.0), 1500000000, 1.5, '00:00:01')"));
}

QTEST_GUILESS_MAIN(tst_NativeLoop)
#include "tst_nativeloop.moc"
