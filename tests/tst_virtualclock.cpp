// The virtual clock lands on a timer's deadline exactly, except where a double can no
// longer hold the 1e-9 s resolution (from 2**24 s on): there it lands one step past, so
// that the timer counts as due, as a real clock that overshoots would.
#include "loop/virtualclock.h"

#include <QTest>

#include <cmath>

using loopscope::loop::VirtualClock;

class tst_VirtualClock : public QObject {
    Q_OBJECT

private slots:
    void startsAtZero();
    void landsExactlyOnOrdinaryDeadlines_data();
    void landsExactlyOnOrdinaryDeadlines();
    void stepsPastDeadlinesBeyondResolution_data();
    void stepsPastDeadlinesBeyondResolution();
};

void tst_VirtualClock::startsAtZero()
{
    VirtualClock clock;
    QCOMPARE(clock.now(), 0.0);
    clock.moveTo(12.5);
    clock.reset();
    QCOMPARE(clock.now(), 0.0);
}

void tst_VirtualClock::landsExactlyOnOrdinaryDeadlines_data()
{
    QTest::addColumn<double>("deadline");
    QTest::newRow("one second") << 1.0;
    QTest::newRow("a tenth") << 0.1;
    QTest::newRow("one day") << 86400.0;
    QTest::newRow("just below 2**24") << 16777215.5;
}

void tst_VirtualClock::landsExactlyOnOrdinaryDeadlines()
{
    QFETCH(double, deadline);
    const double landing = VirtualClock::landingOn(deadline);
    QCOMPARE(landing, deadline);
    QVERIFY(deadline < landing + VirtualClock::kResolution); // due at once
}

void tst_VirtualClock::stepsPastDeadlinesBeyondResolution_data()
{
    QTest::addColumn<double>("deadline");
    QTest::newRow("2**24") << 16777216.0;
    QTest::newRow("2**25 + 0.5") << 33554432.5;
    QTest::newRow("3e7") << 3e7;
    QTest::newRow("1e12") << 1e12;
}

void tst_VirtualClock::stepsPastDeadlinesBeyondResolution()
{
    QFETCH(double, deadline);
    QCOMPARE(deadline + VirtualClock::kResolution, deadline); // the resolution is lost
    const double landing = VirtualClock::landingOn(deadline);
    QCOMPARE(landing, std::nextafter(deadline, INFINITY));
    QVERIFY(deadline < landing + VirtualClock::kResolution); // so the timer is due
}

QTEST_GUILESS_MAIN(tst_VirtualClock)
#include "tst_virtualclock.moc"
