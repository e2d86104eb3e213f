// The timeline as a picture: the painter renders the article's gather and wait_for
// examples and a TaskGroup whose child fails, and the lanes, the labels of what each
// task awaits, the arrows and the brackets are found in what it drew and in the pixels.
#include "recording.h"

#include "timelinepainter.h"

#include <QGuiApplication>
#include <QImage>
#include <QtTest>

using namespace loopscope;

namespace {

// A TaskGroup whose second child fails: its siblings and its body are cancelled.
const QByteArray kFailingGroup = corpusProgram(QStringLiteral("conformance/tasks/taskgroup_child_fails.py"));

struct Picture {
    QImage image;
    ui::PaintReport report;
    double cursorX = 0;
    QRectF rows[8];
};

Picture render(const std::shared_ptr<const trace::Trace>& trace, const ui::TimelineTheme& theme,
               trace::EventId cursor, ui::TimeAxis::Scale scale = ui::TimeAxis::Scale::Time)
{
    const ui::TimelineModel model(trace);
    const ui::TimeAxis axis(*trace, scale);
    ui::PaintOptions options;
    options.title = QStringLiteral("test");
    options.legend = true;
    const QRectF bounds(0, ui::TimelinePainter::titleHeight(options), 1200, 260);
    const ui::TimelineLayout layout(&model, &axis, bounds, false);
    ui::TimelineViewport view;
    view.from = 0;
    view.to = axis.length() * 1.02;
    view.cursor = cursor;
    Picture picture;
    picture.image = QImage(1200, int(bounds.bottom() + ui::TimelinePainter(theme).legendHeight(options, 1200)),
                           QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&picture.image);
    picture.report = ui::TimelinePainter(theme).paint(painter, layout, view, options);
    picture.cursorX = layout.xOf(axis.positionOf(cursor), view);
    for (int row = 0; row < 8 && row < int(layout.rows().size()); ++row)
        picture.rows[row] = layout.rowRect(row, view).intersected(layout.lanesRect());
    return picture;
}

// Pixels of `rect` within a small distance of `color`.
int pixelsNear(const QImage& image, const QRectF& rect, const QColor& color)
{
    int count = 0;
    const QRect area = rect.toAlignedRect().intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - color.red()) + std::abs(pixel.green() - color.green()) +
                    std::abs(pixel.blue() - color.blue()) < 24)
                ++count;
        }
    }
    return count;
}

} // namespace

class tst_TimelinePainter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void gatherShowsEveryChildAndWhatMainAwaits();
    void waitForShowsTheTimeoutsCancel();
    void taskGroupShowsItsBracketAndAbort();
    void cursorIsDrawnWhereItIs();
    void darkThemePaintsDark();
    void stepsScaleDrawsTheSameLanes();

private:
    python::Worker worker_;
    std::shared_ptr<const trace::Trace> gather_, waitFor_, group_;
};

void tst_TimelinePainter::initTestCase()
{
    std::string error;
    QVERIFY2(worker_.start(&error), error.c_str());
    gather_ = recordProgram(worker_, corpusProgram(QStringLiteral("conformance/article/article_4_gather.py"))).trace;
    waitFor_ = recordProgram(worker_, corpusProgram(QStringLiteral("conformance/article/article_2_wait_for.py"))).trace;
    group_ = recordProgram(worker_, kFailingGroup).trace;
    QVERIFY(!gather_->empty() && !waitFor_->empty() && !group_->empty());
}

void tst_TimelinePainter::gatherShowsEveryChildAndWhatMainAwaits()
{
    const ui::TimelineTheme theme = ui::TimelineTheme::light();
    const Picture picture = render(gather_, theme, 0);
    QCOMPARE(picture.report.laneLabels,
             QStringList({QStringLiteral("Task-1"), QStringLiteral("Task-2"), QStringLiteral("Task-3"),
                          QStringLiteral("Task-4"), QStringLiteral("event loop")}));
    QVERIFY2(picture.report.segmentLabels.contains(QStringLiteral("gather(Task-2, Task-3, Task-4)")),
             qPrintable(picture.report.segmentLabels.join(QLatin1Char('|'))));
    int sleeps = 0;
    for (const QString& label : picture.report.segmentLabels)
        sleeps += label.startsWith(QLatin1String("sleep until "));
    QCOMPARE(sleeps, 3);
    QCOMPARE(picture.report.createArrows, 3);
    QVERIFY(picture.report.wakeArrows >= 4);
    QCOMPARE(picture.report.cancelArrows, 0);
    // Every task ran: the running colour is in each of the four task rows, and each
    // ended with the "returned" mark's colour.
    for (int row = 0; row < 4; ++row) {
        QVERIFY2(pixelsNear(picture.image, picture.rows[row], theme.running) > 20, qPrintable(QString::number(row)));
        QVERIFY2(pixelsNear(picture.image, picture.rows[row], theme.done) > 10, qPrintable(QString::number(row)));
    }
}

void tst_TimelinePainter::waitForShowsTheTimeoutsCancel()
{
    const ui::TimelineTheme theme = ui::TimelineTheme::light();
    const Picture picture = render(waitFor_, theme, 0);
    QCOMPARE(picture.report.laneLabels.mid(0, 2), QStringList({QStringLiteral("Task-1"), QStringLiteral("Task-2")}));
    QVERIFY2(picture.report.segmentLabels.contains(QStringLiteral("wait_for(Task-2, timeout 2)")),
             qPrintable(picture.report.segmentLabels.join(QLatin1Char('|'))));
    QCOMPARE(picture.report.cancelArrows, 1);
    // Task-2 ends cancelled: the cancelled colour in its row, no "returned" mark.
    QVERIFY(pixelsNear(picture.image, picture.rows[1], theme.cancelled) > 10);
    QCOMPARE(pixelsNear(picture.image, picture.rows[1], theme.done), 0);
}

void tst_TimelinePainter::taskGroupShowsItsBracketAndAbort()
{
    const ui::TimelineTheme theme = ui::TimelineTheme::light();
    const Picture picture = render(group_, theme, 0);
    QCOMPARE(picture.report.groupBrackets, 1);
    QCOMPARE(picture.report.cancelArrows, 3); // from the failed child: its two siblings and the body
    QVERIFY2(picture.report.segmentLabels.contains(QStringLiteral("TaskGroup(Task-2, Task-3, Task-4)")),
             qPrintable(picture.report.segmentLabels.join(QLatin1Char('|'))));
    // The failed child is marked in the failure colour; its siblings in the cancelled one.
    QVERIFY(pixelsNear(picture.image, picture.rows[2], theme.failed) > 10);
    QVERIFY(pixelsNear(picture.image, picture.rows[1], theme.cancelled) > 10);
    QVERIFY(pixelsNear(picture.image, picture.rows[3], theme.cancelled) > 10);
}

void tst_TimelinePainter::cursorIsDrawnWhereItIs()
{
    const ui::TimelineTheme theme = ui::TimelineTheme::light();
    const trace::EventId cursor = trace::EventId(gather_->size() * 2 / 3);
    const Picture picture = render(gather_, theme, cursor);
    const QRectF column(picture.cursorX - 1, picture.rows[0].top(), 3, picture.rows[4].bottom() - picture.rows[0].top());
    QVERIFY(pixelsNear(picture.image, column, theme.cursor) > 40);
}

void tst_TimelinePainter::darkThemePaintsDark()
{
    const ui::TimelineTheme theme = ui::TimelineTheme::dark();
    const Picture picture = render(gather_, theme, 0);
    QVERIFY(picture.image.pixelColor(picture.image.width() - 3, int(picture.rows[0].center().y())).lightness() < 80);
}

void tst_TimelinePainter::stepsScaleDrawsTheSameLanes()
{
    const Picture time = render(group_, ui::TimelineTheme::light(), 0);
    const Picture steps = render(group_, ui::TimelineTheme::light(), 0, ui::TimeAxis::Scale::Steps);
    QCOMPARE(steps.report.laneLabels, time.report.laneLabels);
    QCOMPARE(steps.report.cancelArrows, time.report.cancelArrows);
}

QTEST_MAIN(tst_TimelinePainter)
#include "tst_timelinepainter.moc"
