// The app's window as a learner uses it, offscreen: it opens on a file and shows one
// lane per task; stepping moves the cursor and the inspector, the output and the event
// list follow; a click on the timeline selects the event there; editing re-runs the
// program; a syntax error is underlined and nothing crashes; a dropped file opens; the
// layout and the recent files are remembered.
#include "recording.h"

#include "codeeditor.h"
#include "eventlistview.h"
#include "inspectorview.h"
#include "lesson.h"
#include "lessonview.h"
#include "mainwindow.h"
#include "outputview.h"
#include "playback.h"
#include "preferencesdialog.h"
#include "runcontroller.h"
#include "timelinewidget.h"

#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace loopscope;
using ui::MainWindow;

namespace {

constexpr int kRunTimeoutMs = 15000;

QAction* action(MainWindow& window, const char* name)
{
    return window.findChild<QAction*>(QLatin1String(name));
}

// Waits for the next run to reach the window.
bool waitForRun(QSignalSpy& spy)
{
    return spy.count() > 0 || spy.wait(kRunTimeoutMs);
}

int programLanes(const ui::TimelineModel& model)
{
    return int(std::count_if(model.lanes().begin(), model.lanes().end(),
                             [](const ui::Lane& lane) { return lane.task != trace::kNoTask && !lane.internal; }));
}

} // namespace

class tst_MainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensOnAFile();
    void steppingMovesEveryView();
    void clickingTheTimelineSelectsAnEvent();
    void editingRunsAgainAndKeepsTheCursor();
    void syntaxErrorIsShownAndNothingCrashes();
    void runtimeErrorIsUnderlined();
    void droppedFileOpens();
    void layoutAndRecentFilesAreRemembered();
    void lessonAsksBeforeItShowsAndKeepsEdits();
    void editsSurviveACrash();
    void limitsAreThePreferences();

private:
    QString writeProgram(const QString& name, const QByteArray& source);
    std::unique_ptr<MainWindow> openOn(const QString& path);

    QTemporaryDir dir_;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LoopscopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(dir_.isValid());
}

void tst_MainWindow::init()
{
    QSettings().clear();
    ui::Autosave().clear();
}

QString tst_MainWindow::writeProgram(const QString& name, const QByteArray& source)
{
    const QString path = dir_.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(source);
    return path;
}

std::unique_ptr<MainWindow> tst_MainWindow::openOn(const QString& path)
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1400, 900);
    window->show();
    QSignalSpy shown(window.get(), &MainWindow::runShown);
    if (!window->openFile(path))
        return nullptr;
    // The first run after the window opens may be the one for its welcome program.
    while (!window->shownRun() || window->shownRun()->path != path) {
        if (!shown.wait(kRunTimeoutMs))
            return nullptr;
    }
    return window;
}

void tst_MainWindow::opensOnAFile()
{
    const QString path =
        writeProgram(QStringLiteral("gather.py"), corpusProgram(QStringLiteral("conformance/article/article_4_gather.py")));
    auto window = openOn(path);
    QVERIFY(window);
    QVERIFY(window->windowTitle().startsWith(QLatin1String("gather.py")));
    const auto run = window->shownRun();
    QCOMPARE(run->outcome.exitStatus, 0);
    // One lane per task of the record (asyncio's shutdown tasks aside), and the loop's.
    const ui::TimelineModel* model = window->timeline()->model();
    QVERIFY(model);
    QCOMPARE(programLanes(*model), 4);
    QCOMPARE(model->lanes()[0].task, trace::kNoTask);
    QCOMPARE(window->editor()->toPlainText().toUtf8(), corpusProgram(QStringLiteral("conformance/article/article_4_gather.py")));
    QVERIFY(!window->error().isError());

    // Its timeline can be exported and copied as an image.
    QVERIFY(action(*window, "actionExport")->isEnabled());
    action(*window, "actionCopyImage")->trigger();
    const QImage copied = QApplication::clipboard()->image();
    QVERIFY(copied.width() >= 640);
    QVERIFY(copied.height() > 4 * 26);
}

void tst_MainWindow::steppingMovesEveryView()
{
    const QString path =
        writeProgram(QStringLiteral("gather.py"), corpusProgram(QStringLiteral("conformance/article/article_4_gather.py")));
    auto window = openOn(path);
    QVERIFY(window);
    ui::Playback* playback = window->playback();
    action(*window, "actionHome")->trigger();
    QCOMPARE(playback->cursor(), trace::EventId(0));
    QCOMPARE(window->output()->shownPrints(), 0);

    // Step until the first print: the output shows it, the event list's row is that event.
    const trace::Trace& trace = *window->shownRun()->trace;
    int steps = 0;
    while (trace.event(playback->cursor()).kind != trace::EventKind::Print && steps < 200) {
        action(*window, "actionNextEvent")->trigger();
        ++steps;
    }
    QCOMPARE(trace.event(playback->cursor()).kind, trace::EventKind::Print);
    QCOMPARE(window->output()->shownPrints(), 1);
    QVERIFY(!window->output()->toPlainText().isEmpty());
    QCOMPARE(window->timeline()->cursor(), playback->cursor());
    const QModelIndex current = window->eventList()->table()->currentIndex();
    QCOMPARE(window->eventList()->model()->eventOfRow(current.row()), playback->cursor());

    // Back one: the print is gone again.
    action(*window, "actionPreviousEvent")->trigger();
    QCOMPARE(window->output()->shownPrints(), 0);

    // At the end, everything the program printed is there.
    action(*window, "actionEnd")->trigger();
    QCOMPARE(window->output()->toPlainText().toUtf8(), QByteArray(trace.output().data(), qsizetype(trace.output().size())));
    QCOMPARE(window->inspector()->topLevelItemCount() > 0, true);
}

void tst_MainWindow::clickingTheTimelineSelectsAnEvent()
{
    const QString path =
        writeProgram(QStringLiteral("gather.py"), corpusProgram(QStringLiteral("conformance/article/article_4_gather.py")));
    auto window = openOn(path);
    QVERIFY(window);
    ui::TimelineWidget* timeline = window->timeline();
    const ui::TimelineModel& model = *timeline->model();
    // The middle of Task-3's long wait.
    const int lane = model.laneOfTask(3);
    const ui::Lane& task = model.lanes()[std::size_t(lane)];
    const auto waiting = std::find_if(task.segments.begin(), task.segments.end(), [](const ui::Segment& s) {
        return s.state == ui::SegmentState::Waiting;
    });
    QVERIFY(waiting != task.segments.end());
    const ui::TimelineLayout layout = timeline->layout();
    const double from = layout.xOf(timeline->axis().positionOf(waiting->from), timeline->viewport());
    const double to = layout.xOf(timeline->axis().positionOf(waiting->to), timeline->viewport());
    const int row = layout.rowOfLane(lane);
    const QPoint point(int((from + to) / 2), int(layout.rowRect(row, timeline->viewport()).center().y()));
    QSignalSpy moved(window->playback(), &ui::Playback::cursorChanged);
    QTest::mouseClick(timeline, Qt::LeftButton, {}, point);
    QCOMPARE(moved.count(), 1);
    const trace::EventId cursor = window->playback()->cursor();
    QCOMPARE(model.laneOfEvent(cursor), lane);
    QCOMPARE(window->playback()->selectedTask(), trace::TaskId(3));
}

void tst_MainWindow::editingRunsAgainAndKeepsTheCursor()
{
    const QByteArray source = corpusProgram(QStringLiteral("conformance/article/article_4_gather.py"));
    auto window = openOn(writeProgram(QStringLiteral("gather.py"), source));
    QVERIFY(window);
    // Put the cursor on Task-3's end.
    const auto beforeRun = window->shownRun(); // (held: the window lets go of it)
    const trace::Trace& before = *beforeRun->trace;
    const trace::EventId ended = before.task(3).ended;
    window->playback()->setCursor(ended);

    QSignalSpy shown(window.get(), &MainWindow::runShown);
    QTextCursor cursor(window->editor()->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral("print('edited')\n"));
    QVERIFY(window->isWindowModified());
    QVERIFY(waitForRun(shown));
    const auto after = window->shownRun();
    QVERIFY(after->source.endsWith(QLatin1String("print('edited')\n")));
    QVERIFY(std::string_view(after->trace->output()).find("edited") != std::string_view::npos);
    // The same event, in the new record.
    const trace::Event& now = after->trace->event(window->playback()->cursor());
    QCOMPARE(now.kind, before.event(ended).kind);
    QCOMPARE(after->trace->finalName(now.task), std::string_view("Task-3"));
}

void tst_MainWindow::syntaxErrorIsShownAndNothingCrashes()
{
    const QByteArray source = corpusProgram(QStringLiteral("conformance/article/article_4_gather.py"));
    auto window = openOn(writeProgram(QStringLiteral("gather.py"), source));
    QVERIFY(window);
    const auto good = window->shownRun();
    QSignalSpy ended(window.get(), &MainWindow::runEnded);
    QTextCursor cursor(window->editor()->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral("def broken(:\n"));
    QVERIFY(waitForRun(ended));
    QVERIFY(window->error().isError());
    QCOMPARE(window->error().kind, QStringLiteral("syntax"));
    QCOMPARE(window->error().line, source.count('\n') + 1);
    QVERIFY(window->editor()->hasError());
    // The timeline of the last version that ran stays up while the learner fixes it.
    QCOMPARE(window->shownRun(), good);
    QVERIFY(window->statusBar()->findChild<QLabel*>(QStringLiteral("RunStatus"))->text().contains(QLatin1String("SyntaxError")));

    // Fixing it clears the error and runs again.
    QSignalSpy shown(window.get(), &MainWindow::runShown);
    window->editor()->undo();
    QVERIFY(waitForRun(shown));
    QVERIFY(!window->error().isError());
    QVERIFY(!window->editor()->hasError());
}

void tst_MainWindow::runtimeErrorIsUnderlined()
{
    // The article's TaskGroup example fails as CPython fails: UnboundLocalError.
    auto window = openOn(writeProgram(QStringLiteral("taskgroup.py"),
                                      corpusProgram(QStringLiteral("conformance/article/article_6_taskgroup.py"))));
    QVERIFY(window);
    QCOMPARE(window->shownRun()->outcome.exitStatus, 1);
    QVERIFY(window->error().message.startsWith(QLatin1String("UnboundLocalError")));
    QCOMPARE(window->error().line, 20);
    QVERIFY(window->editor()->hasError());
}

void tst_MainWindow::droppedFileOpens()
{
    auto window = openOn(writeProgram(QStringLiteral("first.py"), "print('first')\n"));
    QVERIFY(window);
    const QString second = writeProgram(QStringLiteral("second.py"), "print('second')\n");
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(second)});
    QSignalSpy shown(window.get(), &MainWindow::runShown);
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window->editor()->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window->editor()->viewport(), &drop);
    QCOMPARE(window->filePath(), second);
    QCOMPARE(window->editor()->toPlainText(), QStringLiteral("print('second')\n")); // not the path pasted in
    QVERIFY(waitForRun(shown));
    QCOMPARE(std::string(window->shownRun()->trace->output()), std::string("second\n"));
}

void tst_MainWindow::layoutAndRecentFilesAreRemembered()
{
    const QString path = writeProgram(QStringLiteral("remember.py"), "print('x')\n");
    {
        auto window = openOn(path);
        QVERIFY(window);
        window->findChild<QDockWidget*>(QStringLiteral("InspectorDock"))->hide();
        action(*window, "actionStepsScale")->trigger();
        window->close();
    }
    QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList().value(0), path);
    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(!again.findChild<QDockWidget*>(QStringLiteral("InspectorDock"))->isVisible());
    QCOMPARE(again.timeline()->scale(), ui::TimeAxis::Scale::Steps);
    auto* recent = again.findChild<QMenu*>(QStringLiteral("menuRecent"));
    QVERIFY(recent);
    emit recent->aboutToShow();
    QVERIFY(recent->actions().value(0)->text().contains(QLatin1String("remember.py")));
}

void tst_MainWindow::lessonAsksBeforeItShowsAndKeepsEdits()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QSignalSpy shown(&window, &MainWindow::runShown);
    QVERIFY(window.openLesson(0));
    const ui::Lesson lesson = *window.lessonView()->lesson();
    QCOMPARE(window.editor()->toPlainText(), lesson.program);
    QVERIFY(waitForRun(shown));
    // The run is there, but hidden until the learner predicts.
    QVERIFY(window.isVeiled());
    QVERIFY(!window.statusBar()->findChild<QLabel*>(QStringLiteral("RunStatus"))->text().contains(QLatin1String("virtual time")));
    for (std::size_t q = 0; q < lesson.questions.size(); ++q)
        window.lessonView()->activate(QUrl(QStringLiteral("choice:%1/0").arg(q)));
    QVERIFY(!window.isVeiled());

    // A checkpoint moves every view's cursor.
    window.lessonView()->activate(QUrl(QStringLiteral("checkpoint:0")));
    const trace::Event& at = window.shownRun()->trace->event(window.playback()->cursor());
    QCOMPARE(QString::fromLatin1(trace::kindName(at.kind)), lesson.checkpoints.front().event.kind);

    // The learner's edit is kept: another lesson and back, it is still there.
    QTextCursor cursor(window.editor()->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral("# my note\n"));
    QVERIFY(!window.editor()->document()->isModified()); // kept, so nothing to save
    QVERIFY(window.openLesson(1));
    QVERIFY(window.openLesson(0));
    QVERIFY(window.editor()->toPlainText().endsWith(QLatin1String("# my note\n")));
    // Reset brings the lesson's own program back.
    window.findChild<QPushButton*>(QStringLiteral("LessonReset"))->click();
    QCOMPARE(window.editor()->toPlainText(), lesson.program);
    QVERIFY(window.openLesson(1));
    QVERIFY(window.openLesson(0));
    QCOMPARE(window.editor()->toPlainText(), lesson.program);
}

void tst_MainWindow::editsSurviveACrash()
{
    const QString path = writeProgram(QStringLiteral("crash.py"), "print('saved')\n");
    {
        auto window = openOn(path);
        QVERIFY(window);
        QTextCursor cursor(window->editor()->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("print('typed, never saved')\n"));
        window->autosaveNow(); // (a moment after the change, by itself)
        // The window goes without being closed: a crash, a kill.
    }
    MainWindow again;
    const auto pending = again.pendingAutosave();
    QVERIFY(pending);
    QCOMPARE(pending->filePath, QFileInfo(path).absoluteFilePath());
    again.restoreAutosave(*pending);
    QCOMPARE(again.editor()->toPlainText(), QStringLiteral("print('saved')\nprint('typed, never saved')\n"));
    QVERIFY(again.editor()->document()->isModified()); // still to be saved
    QCOMPARE(again.filePath(), QFileInfo(path).absoluteFilePath());

    // Saved, then closed: nothing is left to restore.
    QVERIFY(action(again, "actionSave"));
    action(again, "actionSave")->trigger();
    again.close();
    QVERIFY(!MainWindow().pendingAutosave());
}

void tst_MainWindow::limitsAreThePreferences()
{
    // What the dialog gives is remembered and is what the next window runs under.
    ui::RunSettings chosen = ui::RunSettings::defaults();
    chosen.limits.cpuSeconds = 1.5;
    chosen.limits.memoryBytes = 300ull << 20;
    chosen.seed = 42;
    ui::PreferencesDialog dialog(chosen);
    const ui::RunSettings shown = dialog.settings();
    QCOMPARE(shown.limits.cpuSeconds, 1.5);
    QCOMPARE(shown.limits.memoryBytes, 300ull << 20);
    QCOMPARE(shown.seed, std::int64_t(42));
    shown.save();
    MainWindow window;
    QCOMPARE(window.runner()->limits().cpuSeconds, 1.5);
    QCOMPARE(window.runner()->limits().memoryBytes, 300ull << 20);
    // A runaway program stops at that limit, with a message naming it.
    QSignalSpy ended(&window, &MainWindow::runEnded);
    window.setProgram(QStringLiteral("while True:\n    pass\n"), QStringLiteral("spin.py"));
    QVERIFY(waitForRun(ended));
    QCOMPARE(window.error().kind, QStringLiteral("limit"));
    QVERIFY2(window.error().message.contains(QLatin1String("CPU")), qPrintable(window.error().message));
    QCOMPARE(window.error().line, 1);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
