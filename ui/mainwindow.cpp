#include "mainwindow.h"

#include "exportdialog.h"

#include "codeeditor.h"
#include "eventlistview.h"
#include "eventmatch.h"
#include "inspectorview.h"
#include "lessoncatalog.h"
#include "lessonview.h"
#include "veiledview.h"
#include "outputview.h"
#include "preferencesdialog.h"
#include "playback.h"
#include "runcontroller.h"
#include "timelinewidget.h"

#include "trace/eventdescription.h"
#include "trace/tracetext.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>

namespace loopscope::ui {

using trace::EventId;
using trace::kNoEvent;

namespace {

constexpr int kMaxRecentFiles = 8;
constexpr int kAutosaveDelayMs = 1500; // after the last change
constexpr int kRerunDelayMs = 250; // after the last keystroke
constexpr int kMaxTaskMarkers = 64;

bool isPythonFile(const QUrl& url)
{
    return url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".py"), Qt::CaseInsensitive);
}

QString plural(std::size_t count, const QString& one, const QString& many)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(qulonglong(count)), count == 1 ? one : many);
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), runner_(new RunController({}, this)), playback_(new Playback(this)),
      untitledName_(tr("untitled.py")), theme_(TimelineTheme::light())
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    rerunTimer_.setSingleShot(true);
    rerunTimer_.setInterval(kRerunDelayMs);
    connect(&rerunTimer_, &QTimer::timeout, this, &MainWindow::runNow);
    autosaveTimer_.setSingleShot(true);
    autosaveTimer_.setInterval(kAutosaveDelayMs);
    connect(&autosaveTimer_, &QTimer::timeout, this, &MainWindow::autosaveNow);
    const RunSettings run = RunSettings::load();
    runner_->setLimits(run.limits);
    runner_->setSeed(run.seed);

    createViews();
    createActions();
    createMenus();
    createToolBar();
    connectViews();
    applyTheme();
    readSettings();
    setFilePath({});
    updateStepActions();
    updateRunStatus();
}

MainWindow::~MainWindow() = default;

// ---- building the window ----------------------------------------------------------------

void MainWindow::createViews()
{
    editor_ = new CodeEditor(this);
    editor_->setObjectName(QStringLiteral("CodeEditor"));
    editor_->viewport()->installEventFilter(this); // a dropped file opens, not its path pasted
    timeline_ = new TimelineWidget(this);
    timeline_->setObjectName(QStringLiteral("Timeline"));

    splitter_ = new QSplitter(Qt::Horizontal, this);
    splitter_->setObjectName(QStringLiteral("CodeAndTimeline"));
    const QString veil = tr("Predict first: answer the question in the lesson, and the run appears here.");
    auto veiled = [&](QWidget* view) {
        auto* cover = new VeiledView(view, veil, this);
        veiled_.push_back(cover);
        return cover;
    };
    splitter_->addWidget(editor_);
    splitter_->addWidget(veiled(timeline_));
    splitter_->setStretchFactor(0, 2);
    splitter_->setStretchFactor(1, 3);
    splitter_->setChildrenCollapsible(false);
    setCentralWidget(splitter_);

    inspector_ = new InspectorView(this);
    inspector_->setObjectName(QStringLiteral("Inspector"));
    inspectorDock_ = new QDockWidget(tr("Inspector"), this);
    inspectorDock_->setObjectName(QStringLiteral("InspectorDock"));
    inspectorDock_->setWidget(veiled(inspector_));
    addDockWidget(Qt::RightDockWidgetArea, inspectorDock_);

    output_ = new OutputView(this);
    output_->setObjectName(QStringLiteral("Output"));
    outputDock_ = new QDockWidget(tr("Output"), this);
    outputDock_->setObjectName(QStringLiteral("OutputDock"));
    outputDock_->setWidget(veiled(output_));
    addDockWidget(Qt::BottomDockWidgetArea, outputDock_);

    events_ = new EventListView(this);
    events_->setObjectName(QStringLiteral("EventList"));
    eventsDock_ = new QDockWidget(tr("Events"), this);
    eventsDock_->setObjectName(QStringLiteral("EventsDock"));
    eventsDock_->setWidget(veiled(events_));
    addDockWidget(Qt::BottomDockWidgetArea, eventsDock_);
    splitDockWidget(outputDock_, eventsDock_, Qt::Horizontal);

    lessons_ = new LessonView(this);
    lessons_->setObjectName(QStringLiteral("Lessons"));
    lessonDock_ = new QDockWidget(tr("Lesson"), this);
    lessonDock_->setObjectName(QStringLiteral("LessonDock"));
    lessonDock_->setWidget(lessons_);
    addDockWidget(Qt::LeftDockWidgetArea, lessonDock_);
    connect(lessons_, &LessonView::lessonChosen, this, &MainWindow::openLesson);
    connect(lessons_, &LessonView::revealChanged, this, [this](bool revealed) { setVeiled(lessonActive_ && !revealed); });
    connect(lessons_, &LessonView::eventRequested, this, [this](trace::EventId event) { playback_->setCursor(event); });
    connect(lessons_, &LessonView::resetRequested, this, [this] {
        const Lesson* lesson = lessons_->lesson();
        if (!lesson)
            return;
        QSettings().remove(QStringLiteral("lessons/%1/program").arg(lesson->id));
        setProgram(lesson->program, lesson->id + QStringLiteral(".py"));
        lessonActive_ = true;
        lessons_->setRun(nullptr);
    });

    runStatus_ = new QLabel(this);
    runStatus_->setObjectName(QStringLiteral("RunStatus"));
    cursorStatus_ = new QLabel(this);
    cursorStatus_->setObjectName(QStringLiteral("CursorStatus"));
    statusBar()->addWidget(runStatus_, 1);
    statusBar()->addPermanentWidget(cursorStatus_);
}

void MainWindow::createActions()
{
    auto make = [this](const QString& text, const QString& name, QKeySequence shortcut = {},
                       QStyle::StandardPixmap icon = QStyle::StandardPixmap(-1)) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        if (icon != QStyle::StandardPixmap(-1))
            action->setIcon(style()->standardIcon(icon));
        addAction(action); // shortcuts work in full screen, with the menu bar hidden
        return action;
    };
    newAction_ = make(tr("&New"), QStringLiteral("actionNew"), QKeySequence::New, QStyle::SP_FileIcon);
    openAction_ = make(tr("&Open…"), QStringLiteral("actionOpen"), QKeySequence::Open, QStyle::SP_DialogOpenButton);
    saveAction_ = make(tr("&Save"), QStringLiteral("actionSave"), QKeySequence::Save, QStyle::SP_DialogSaveButton);
    saveAsAction_ = make(tr("Save &As…"), QStringLiteral("actionSaveAs"), QKeySequence::SaveAs);
    quitAction_ = make(tr("&Quit"), QStringLiteral("actionQuit"), QKeySequence::Quit);
    quitAction_->setMenuRole(QAction::QuitRole);
    connect(newAction_, &QAction::triggered, this, &MainWindow::newFile);
    connect(openAction_, &QAction::triggered, this, &MainWindow::openDialog);
    connect(saveAction_, &QAction::triggered, this, &MainWindow::save);
    connect(saveAsAction_, &QAction::triggered, this, &MainWindow::saveAs);
    exportAction_ = make(tr("&Export Timeline…"), QStringLiteral("actionExport"), QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction_->setToolTip(tr("Save the timeline as a PNG, SVG or PDF image"));
    connect(exportAction_, &QAction::triggered, this, &MainWindow::exportTimeline);
    copyImageAction_ = make(tr("Copy Timeline &Image"), QStringLiteral("actionCopyImage"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyImageAction_->setToolTip(tr("Copy the timeline's range in view to the clipboard, as an image"));
    connect(copyImageAction_, &QAction::triggered, this, &MainWindow::copyTimelineImage);
    connect(quitAction_, &QAction::triggered, this, &QWidget::close);

    runAction_ = make(tr("&Run Again"), QStringLiteral("actionRun"), QKeySequence(Qt::Key_F5), QStyle::SP_BrowserReload);
    runAction_->setToolTip(tr("Run the program again (it also runs by itself after each edit)"));
    stopAction_ = make(tr("S&top Run"), QStringLiteral("actionStop"), QKeySequence(Qt::SHIFT | Qt::Key_F5),
                       QStyle::SP_BrowserStop);
    connect(runAction_, &QAction::triggered, this, &MainWindow::runNow);
    connect(stopAction_, &QAction::triggered, this, [this] {
        rerunTimer_.stop();
        runner_->stop();
    });

    zoomInAction_ = make(tr("Zoom &In"), QStringLiteral("actionZoomIn"), QKeySequence::ZoomIn);
    zoomOutAction_ = make(tr("Zoom &Out"), QStringLiteral("actionZoomOut"), QKeySequence::ZoomOut);
    zoomFitAction_ = make(tr("&Fit the Whole Run"), QStringLiteral("actionZoomFit"), QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(zoomInAction_, &QAction::triggered, timeline_, &TimelineWidget::zoomIn);
    connect(zoomOutAction_, &QAction::triggered, timeline_, &TimelineWidget::zoomOut);
    connect(zoomFitAction_, &QAction::triggered, timeline_, &TimelineWidget::zoomToFit);

    scaleGroup_ = new QActionGroup(this);
    timeScaleAction_ = make(tr("Scale by Virtual &Time"), QStringLiteral("actionTimeScale"),
                            QKeySequence(Qt::CTRL | Qt::Key_1));
    stepsScaleAction_ = make(tr("Scale by Loop &Steps"), QStringLiteral("actionStepsScale"),
                             QKeySequence(Qt::CTRL | Qt::Key_2));
    for (QAction* action : {timeScaleAction_, stepsScaleAction_}) {
        action->setCheckable(true);
        scaleGroup_->addAction(action);
    }
    timeScaleAction_->setChecked(true);
    timeScaleAction_->setToolTip(tr("Widths follow virtual time; an instant with many steps is widened"));
    stepsScaleAction_->setToolTip(tr("Every loop step gets a column of its own"));
    connect(timeScaleAction_, &QAction::triggered, this, [this] { timeline_->setScale(TimeAxis::Scale::Time); });
    connect(stepsScaleAction_, &QAction::triggered, this, [this] { timeline_->setScale(TimeAxis::Scale::Steps); });

    internalAction_ = make(tr("Show asyncio's &Own Tasks"), QStringLiteral("actionShowInternal"));
    internalAction_->setCheckable(true);
    internalAction_->setToolTip(tr("Show the tasks asyncio.run creates to shut down (async generators, executors)"));
    connect(internalAction_, &QAction::toggled, timeline_, &TimelineWidget::setShowInternal);

    fullScreenAction_ = make(tr("F&ull Screen"), QStringLiteral("actionFullScreen"), QKeySequence::FullScreen);
    fullScreenAction_->setCheckable(true);
    connect(fullScreenAction_, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    playAction_ = make(tr("&Play"), QStringLiteral("actionPlay"), QKeySequence(Qt::Key_F9), QStyle::SP_MediaPlay);
    homeAction_ = make(tr("&First Event"), QStringLiteral("actionHome"), QKeySequence(Qt::ALT | Qt::Key_Home),
                       QStyle::SP_MediaSkipBackward);
    endAction_ = make(tr("&Last Event"), QStringLiteral("actionEnd"), QKeySequence(Qt::ALT | Qt::Key_End),
                      QStyle::SP_MediaSkipForward);
    nextEventAction_ = make(tr("&Next Event"), QStringLiteral("actionNextEvent"), QKeySequence(Qt::Key_F10),
                            QStyle::SP_MediaSeekForward);
    previousEventAction_ = make(tr("P&revious Event"), QStringLiteral("actionPreviousEvent"),
                                QKeySequence(Qt::SHIFT | Qt::Key_F10), QStyle::SP_MediaSeekBackward);
    nextLineAction_ = make(tr("Next &Line"), QStringLiteral("actionNextLine"), QKeySequence(Qt::Key_F7));
    previousLineAction_ = make(tr("Previous L&ine"), QStringLiteral("actionPreviousLine"),
                               QKeySequence(Qt::SHIFT | Qt::Key_F7));
    nextTaskAction_ = make(tr("Next Event of the &Selected Task"), QStringLiteral("actionNextOfTask"),
                           QKeySequence(Qt::ALT | Qt::Key_Down), QStyle::SP_ArrowDown);
    previousTaskAction_ = make(tr("Previous Event of the S&elected Task"), QStringLiteral("actionPreviousOfTask"),
                               QKeySequence(Qt::ALT | Qt::Key_Up), QStyle::SP_ArrowUp);
    nextTroubleAction_ = make(tr("Next &Cancellation or Failure"), QStringLiteral("actionNextTrouble"),
                              QKeySequence(Qt::Key_F8));
    previousTroubleAction_ = make(tr("Previous Cancellation &or Failure"), QStringLiteral("actionPreviousTrouble"),
                                  QKeySequence(Qt::SHIFT | Qt::Key_F8));
    nextTroubleAction_->setIconText(tr("Next trouble"));
    previousTroubleAction_->setIconText(tr("Previous trouble"));
    connect(playAction_, &QAction::triggered, playback_, &Playback::togglePlaying);
    connect(homeAction_, &QAction::triggered, playback_, &Playback::home);
    connect(endAction_, &QAction::triggered, playback_, &Playback::end);
    connect(nextEventAction_, &QAction::triggered, playback_, &Playback::nextEvent);
    connect(previousEventAction_, &QAction::triggered, playback_, &Playback::previousEvent);
    connect(nextLineAction_, &QAction::triggered, playback_, &Playback::nextLine);
    connect(previousLineAction_, &QAction::triggered, playback_, &Playback::previousLine);
    connect(nextTaskAction_, &QAction::triggered, playback_, &Playback::nextOfTask);
    connect(previousTaskAction_, &QAction::triggered, playback_, &Playback::previousOfTask);
    connect(nextTroubleAction_, &QAction::triggered, playback_, &Playback::nextTrouble);
    connect(previousTroubleAction_, &QAction::triggered, playback_, &Playback::previousTrouble);

    aboutAction_ = make(tr("&About Loopscope"), QStringLiteral("actionAbout"));
    aboutAction_->setMenuRole(QAction::AboutRole);
    aboutQtAction_ = make(tr("About &Qt"), QStringLiteral("actionAboutQt"));
    aboutQtAction_->setMenuRole(QAction::AboutQtRole);
    connect(aboutAction_, &QAction::triggered, this, &MainWindow::about);
    connect(aboutQtAction_, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(newAction_);
    file->addAction(openAction_);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    recentMenu_->setObjectName(QStringLiteral("menuRecent"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    examplesMenu_ = file->addMenu(tr("Open &Example"));
    examplesMenu_->setObjectName(QStringLiteral("menuExamples"));
    fillExamplesMenu();
    file->addSeparator();
    file->addAction(saveAction_);
    file->addAction(saveAsAction_);
    file->addSeparator();
    file->addAction(exportAction_);
    file->addSeparator();
    file->addAction(quitAction_);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    auto editAction = [&](const QString& text, QKeySequence::StandardKey key, auto slot) {
        QAction* action = edit->addAction(text);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        editor_->addAction(action);
        connect(action, &QAction::triggered, editor_, slot);
        return action;
    };
    QAction* undo = editAction(tr("&Undo"), QKeySequence::Undo, &QPlainTextEdit::undo);
    QAction* redo = editAction(tr("&Redo"), QKeySequence::Redo, &QPlainTextEdit::redo);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(editor_, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    connect(editor_, &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);
    edit->addSeparator();
    editAction(tr("Cu&t"), QKeySequence::Cut, &QPlainTextEdit::cut);
    editAction(tr("&Copy"), QKeySequence::Copy, &QPlainTextEdit::copy);
    editAction(tr("&Paste"), QKeySequence::Paste, &QPlainTextEdit::paste);
    edit->addSeparator();
    editAction(tr("Select &All"), QKeySequence::SelectAll, &QPlainTextEdit::selectAll);
    edit->addSeparator();
    edit->addAction(copyImageAction_);
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"));
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::editPreferences);

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    run->addAction(runAction_);
    run->addAction(stopAction_);
    run->addSeparator();
    run->addAction(playAction_);
    run->addAction(homeAction_);
    run->addAction(endAction_);
    run->addSeparator();
    run->addAction(nextEventAction_);
    run->addAction(previousEventAction_);
    run->addAction(nextLineAction_);
    run->addAction(previousLineAction_);
    run->addAction(nextTaskAction_);
    run->addAction(previousTaskAction_);
    run->addAction(nextTroubleAction_);
    run->addAction(previousTroubleAction_);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(zoomInAction_);
    view->addAction(zoomOutAction_);
    view->addAction(zoomFitAction_);
    view->addSeparator();
    view->addAction(timeScaleAction_);
    view->addAction(stepsScaleAction_);
    view->addAction(internalAction_);
    view->addSeparator();
    view->addAction(inspectorDock_->toggleViewAction());
    view->addAction(outputDock_->toggleViewAction());
    view->addAction(eventsDock_->toggleViewAction());
    view->addSeparator();
    view->addAction(fullScreenAction_);

    lessonsMenu_ = menuBar()->addMenu(tr("&Lessons"));
    lessonsMenu_->setObjectName(QStringLiteral("menuLessons"));
    connect(lessonsMenu_, &QMenu::aboutToShow, this, &MainWindow::fillLessonsMenu);
    fillLessonsMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(aboutAction_);
    help->addAction(aboutQtAction_);
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Playback"));
    bar->setObjectName(QStringLiteral("PlaybackToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(runAction_);
    bar->addAction(stopAction_);
    bar->addSeparator();
    bar->addAction(homeAction_);
    bar->addAction(previousEventAction_);
    bar->addAction(playAction_);
    bar->addAction(nextEventAction_);
    bar->addAction(endAction_);
    speed_ = new QComboBox(bar);
    speed_->setObjectName(QStringLiteral("PlaybackSpeed"));
    speed_->setToolTip(tr("Playback speed"));
    speed_->setAccessibleName(tr("Playback speed"));
    for (double speed : {1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 100.0})
        speed_->addItem(tr("%1 events/s").arg(speed), speed);
    speed_->setCurrentIndex(2);
    connect(speed_, &QComboBox::currentIndexChanged, this,
            [this](int index) { playback_->setSpeed(speed_->itemData(index).toDouble()); });
    bar->addWidget(speed_);
    bar->addSeparator();
    bar->addAction(previousTroubleAction_);
    bar->addAction(nextTroubleAction_);
    bar->addSeparator();
    bar->addAction(timeScaleAction_);
    bar->addAction(stepsScaleAction_);
    timeScaleAction_->setIconText(tr("Time"));
    stepsScaleAction_->setIconText(tr("Steps"));
    bar->addAction(zoomFitAction_);
    zoomFitAction_->setIconText(tr("Fit"));
    for (QAction* action : {homeAction_, previousEventAction_, nextEventAction_, endAction_, runAction_, stopAction_}) {
        if (QWidget* button = bar->widgetForAction(action))
            if (auto* tool = qobject_cast<QToolButton*>(button))
                tool->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    for (QAction* action : actions()) {
        if (!action->shortcut().isEmpty())
            action->setToolTip(QStringLiteral("%1 (%2)").arg(action->toolTip(),
                                                             action->shortcut().toString(QKeySequence::NativeText)));
    }
}

void MainWindow::connectViews()
{
    connect(editor_->document(), &QTextDocument::contentsChanged, this, &MainWindow::scheduleRun);
    connect(editor_->document(), &QTextDocument::contentsChanged, this, &MainWindow::keepLessonEdit);
    connect(editor_->document(), &QTextDocument::contentsChanged, &autosaveTimer_, qOverload<>(&QTimer::start));
    connect(editor_->document(), &QTextDocument::modificationChanged, this, &QWidget::setWindowModified);
    connect(runner_, &RunController::runStarted, this, [this] {
        running_ = true;
        updateRunStatus();
    });
    connect(runner_, &RunController::runFinished, this, &MainWindow::runFinished);
    connect(playback_, &Playback::cursorChanged, this, &MainWindow::cursorChanged);
    connect(playback_, &Playback::playingChanged, this, &MainWindow::setPlaying);
    connect(playback_, &Playback::selectedTaskChanged, this, [this](trace::TaskId task) {
        timeline_->setSelectedLane(shown_ && task != trace::kNoTask ? shown_->model->laneOfTask(task) : -1);
        updateStepActions();
    });
    connect(timeline_, &TimelineWidget::cursorRequested, playback_, &Playback::setCursor);
    connect(timeline_, &TimelineWidget::laneSelected, this, [this](int lane) {
        if (shown_ && lane >= 0 && std::size_t(lane) < shown_->model->lanes().size())
            selectTask(shown_->model->lanes()[std::size_t(lane)].task);
    });
    connect(events_, &EventListView::eventRequested, playback_, &Playback::setCursor);
    connect(inspector_, &InspectorView::eventRequested, playback_, &Playback::setCursor);
    connect(inspector_, &InspectorView::taskSelected, this, &MainWindow::selectTask);
}

void MainWindow::readSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1500, 920);
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // First start: room for the inspector's await chains and for a page of output.
        resizeDocks({inspectorDock_, lessonDock_}, {400, 400}, Qt::Horizontal);
        resizeDocks({outputDock_}, {250}, Qt::Vertical);
        resizeDocks({outputDock_, eventsDock_}, {2, 3}, Qt::Horizontal);
    }
    if (!splitter_->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        splitter_->setSizes({2 * width() / 5, 3 * width() / 5}); // a page of code beside its timeline
    if (settings.value(QStringLiteral("timeline/scale")).toString() == QLatin1String("steps")) {
        stepsScaleAction_->setChecked(true);
        timeline_->setScale(TimeAxis::Scale::Steps);
    }
    internalAction_->setChecked(settings.value(QStringLiteral("timeline/internal"), false).toBool());
    const int speed = speed_->findData(settings.value(QStringLiteral("playback/speed"), 4.0).toDouble());
    if (speed >= 0)
        speed_->setCurrentIndex(speed);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), splitter_->saveState());
    settings.setValue(QStringLiteral("timeline/scale"),
                      timeline_->scale() == TimeAxis::Scale::Steps ? QStringLiteral("steps") : QStringLiteral("time"));
    settings.setValue(QStringLiteral("timeline/internal"), internalAction_->isChecked());
    settings.setValue(QStringLiteral("playback/speed"), playback_->speed());
}

void MainWindow::applyTheme()
{
    theme_ = TimelineTheme::forBackground(palette().color(QPalette::Window));
    timeline_->setTheme(theme_);
    inspector_->setTheme(theme_);
    editor_->setDark(theme_.kind == TimelineTheme::Kind::Dark);
    if (shown_)
        updateMarkers(playback_->cursor());
}

// ---- files ----------------------------------------------------------------------------

void MainWindow::newFile()
{
    if (!maybeSave())
        return;
    setProgram(QStringLiteral("import asyncio\n\n\nasync def main():\n    print(\"hello\")\n    await "
                              "asyncio.sleep(1)\n    print(\"world\")\n\n\nasyncio.run(main())\n"),
               tr("untitled.py"));
}

bool MainWindow::openLesson(int index)
{
    const std::vector<Lesson>& all = lessons_->lessons();
    if (index < 0 || index >= int(all.size()))
        return false;
    if (!lessonActive_ && !maybeSave())
        return false;
    const Lesson& lesson = all[std::size_t(index)];
    // The learner's edit of it, if they made one: nothing they typed is lost.
    const QString kept = QSettings().value(QStringLiteral("lessons/%1/program").arg(lesson.id)).toString();
    setProgram(kept.isEmpty() ? lesson.program : kept, lesson.id + QStringLiteral(".py"));
    lessonActive_ = true;
    lessonDock_->show();
    lessons_->showLesson(index);
    setVeiled(!lessons_->isRevealed());
    QSettings().setValue(QStringLiteral("lessons/current"), lesson.id);
    return true;
}

bool MainWindow::openLessonFile(const QString& path)
{
    Lesson lesson;
    QString error;
    if (!LessonCatalog::load(path, lesson, &error)) {
        QMessageBox::warning(this, tr("Cannot Open Lesson"),
                             tr("%1 is not a lesson Loopscope can read:\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    return openLesson(lessons_->addLesson(lesson));
}

void MainWindow::endLesson()
{
    lessonActive_ = false;
    setVeiled(false);
    lessons_->setRun(nullptr);
}

bool MainWindow::isVeiled() const
{
    return !veiled_.empty() && veiled_.front()->isVeiled();
}

void MainWindow::setVeiled(bool veiled)
{
    for (VeiledView* view : veiled_)
        view->setVeiled(veiled);
    // The status bar would give the answers away too (the run's end time, its events).
    updateRunStatus();
    cursorStatus_->setVisible(!veiled);
}

void MainWindow::keepLessonEdit()
{
    const Lesson* lesson = lessons_->lesson();
    if (!lessonActive_ || !lesson)
        return;
    // Kept as the learner types (the lesson's own program is never overwritten); the
    // program counts as saved.
    const QString source = editor_->toPlainText();
    QSettings settings;
    const QString key = QStringLiteral("lessons/%1/program").arg(lesson->id);
    if (source == lesson->program)
        settings.remove(key);
    else
        settings.setValue(key, source);
    editor_->document()->setModified(false);
}

void MainWindow::fillLessonsMenu()
{
    lessonsMenu_->clear();
    QAction* show = lessonDock_->toggleViewAction();
    show->setText(tr("Show the &Lesson Pane"));
    lessonsMenu_->addAction(show);
    QAction* open = lessonsMenu_->addAction(tr("Open Lesson &File…"));
    connect(open, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Lesson"), QDir::homePath(),
                                                          tr("Loopscope lessons (*.lesson)"));
        if (!path.isEmpty())
            openLessonFile(path);
    });
    lessonsMenu_->addSeparator();
    QString part;
    QMenu* partMenu = lessonsMenu_;
    const std::vector<Lesson>& all = lessons_->lessons();
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (all[i].part != part || partMenu == lessonsMenu_) {
            part = all[i].part;
            partMenu = lessonsMenu_->addMenu(part.isEmpty() ? tr("Other lessons") : part);
        }
        QAction* action = partMenu->addAction((LessonView::isDone(all[i]) ? QStringLiteral("✓ ") : QString()) + all[i].title);
        connect(action, &QAction::triggered, this, [this, i] { openLesson(int(i)); });
    }
}

void MainWindow::setProgram(const QString& source, const QString& name)
{
    endLesson();
    untitledName_ = name;
    setFilePath({});
    editor_->setPlainText(source);
    editor_->document()->setModified(false);
    shown_.reset();
    runNow();
}

bool MainWindow::openFile(const QString& path)
{
    if (!maybeSave())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Cannot Open File"),
                             tr("Loopscope cannot read %1:\n%2.").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    const QString text = QString::fromUtf8(bytes);
    endLesson();
    setFilePath(QFileInfo(path).absoluteFilePath());
    editor_->setPlainText(text);
    editor_->document()->setModified(false);
    addRecentFile(filePath_);
    shown_.reset();
    runNow();
    return true;
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    const QString start = filePath_.isEmpty() ? QDir::homePath() : QFileInfo(filePath_).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Program"), start, tr("Python programs (*.py);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    return filePath_.isEmpty() ? saveAs() : saveTo(filePath_);
}

bool MainWindow::saveAs()
{
    const QString start = filePath_.isEmpty() ? QDir::home().filePath(untitledName_) : filePath_;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Program"), start, tr("Python programs (*.py);;All files (*)"));
    return !path.isEmpty() && saveTo(path);
}

bool MainWindow::saveTo(const QString& path)
{
    // A save that fails half-way leaves the old file as it was (QSaveFile), and the
    // text stays in the editor.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(editor_->toPlainText().toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Cannot Save File"),
                             tr("Loopscope cannot write %1:\n%2.\n\nYour program is still here; try another place.")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const bool renamed = QFileInfo(path).absoluteFilePath() != filePath_;
    setFilePath(QFileInfo(path).absoluteFilePath());
    editor_->document()->setModified(false);
    addRecentFile(filePath_);
    if (renamed)
        runNow(); // __file__ and tracebacks name the new path
    return true;
}

bool MainWindow::maybeSave()
{
    if (!editor_->document()->isModified())
        return true;
    const QString name = filePath_.isEmpty() ? untitledName_ : QFileInfo(filePath_).fileName();
    const auto answer = QMessageBox::warning(this, tr("Unsaved Changes"),
                                             tr("%1 has changes that are not saved.\nSave them first?").arg(name),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                             QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::setFilePath(const QString& path)
{
    filePath_ = path;
    const QString name = path.isEmpty() ? untitledName_ : QFileInfo(path).fileName();
    setWindowTitle(tr("%1[*] — Loopscope").arg(name));
    setWindowFilePath(path);
}

void MainWindow::addRecentFile(const QString& path)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
}

void MainWindow::fillRecentMenu()
{
    recentMenu_->clear();
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    int number = 0;
    for (const QString& path : files) {
        QAction* action = recentMenu_->addAction(
            QStringLiteral("&%1 %2").arg(++number).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (files.isEmpty()) {
        recentMenu_->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    recentMenu_->addSeparator();
    connect(recentMenu_->addAction(tr("&Clear the List")), &QAction::triggered, this,
            [] { QSettings().remove(QStringLiteral("recentFiles")); });
}

void MainWindow::fillExamplesMenu()
{
    const QDir examples(QStringLiteral(":/examples"));
    for (const QFileInfo& info : examples.entryInfoList({QStringLiteral("*.py")}, QDir::Files, QDir::Name)) {
        QAction* action = examplesMenu_->addAction(info.completeBaseName().replace(QLatin1Char('_'), QLatin1Char(' ')));
        const QString resource = info.filePath(), name = info.fileName();
        connect(action, &QAction::triggered, this, [this, resource, name] {
            if (!maybeSave())
                return;
            QFile file(resource);
            if (file.open(QIODevice::ReadOnly))
                setProgram(QString::fromUtf8(file.readAll()), name);
        });
    }
    examplesMenu_->setEnabled(!examplesMenu_->isEmpty());
}

ExportDialog::Source MainWindow::exportSource() const
{
    ExportDialog::Source source;
    source.model = shown_ ? shown_->model : nullptr;
    source.title = filePath_.isEmpty() ? untitledName_ : QFileInfo(filePath_).fileName();
    source.folder = filePath_.isEmpty() ? QDir::homePath() : QFileInfo(filePath_).absolutePath();
    source.visibleFrom = timeline_->viewport().from;
    source.visibleTo = timeline_->viewport().to;
    source.scale = timeline_->scale();
    source.dark = theme_.background.lightness() < 128;
    source.showInternal = timeline_->showInternal();
    source.cursor = playback_->cursor();
    return source;
}

void MainWindow::exportTimeline()
{
    if (!exportAction_->isEnabled())
        return;
    ExportDialog dialog(exportSource(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(dialog.lastWritten())), 6000);
}

void MainWindow::copyTimelineImage()
{
    if (!copyImageAction_->isEnabled())
        return;
    // What is in view, as the window shows it, with the cursor.
    const ExportDialog::Source source = exportSource();
    ExportOptions options;
    options.title = source.title;
    options.width = std::max(timeline_->width(), 640);
    options.scale = devicePixelRatioF();
    options.dark = source.dark;
    options.axisScale = source.scale;
    options.showInternal = source.showInternal;
    options.cursor = source.cursor;
    TimelineExport image(source.model, options);
    image.setRange(source.visibleFrom, source.visibleTo);
    QApplication::clipboard()->setImage(image.image());
    statusBar()->showMessage(tr("The timeline in view is on the clipboard"), 4000);
}

void MainWindow::about()
{
    const QString python = runner_->pythonVersion();
    QMessageBox::about(
        this, tr("About Loopscope"),
        tr("<h3>Loopscope %1</h3>"
           "<p>Learn Python's asyncio by watching it: every task a lane on a timeline, every step of the "
           "event loop on record.</p>"
           "<p>Programs run on the real CPython %2, on an event loop of Loopscope's own whose clock is "
           "virtual: it jumps to the next timer, so nothing really waits, and each run is the same "
           "every time.</p>")
            .arg(QApplication::applicationVersion(), python.isEmpty() ? QStringLiteral("3.11") : python));
}

QString MainWindow::runPath() const
{
    // An unsaved program runs as if saved in the home folder: tracebacks need a path.
    return filePath_.isEmpty() ? QDir::home().filePath(untitledName_) : filePath_;
}

// ---- running ----------------------------------------------------------------------------

void MainWindow::scheduleRun()
{
    if (editor_->toPlainText() != requestedSource_)
        rerunTimer_.start();
}

void MainWindow::runNow()
{
    rerunTimer_.stop();
    requestedSource_ = editor_->toPlainText();
    runner_->run(requestedSource_, runPath());
}

void MainWindow::runFinished(std::shared_ptr<const RunResult> result)
{
    running_ = runner_->isRunning();
    error_ = ErrorLocation::of(*result);
    if (error_.isError())
        editor_->setError(error_.line, error_.column, error_.message, error_.length);
    else
        editor_->clearError();

    // While the learner types, most versions do not compile: keep the last timeline
    // that ran rather than blank every view at each keystroke.
    // (A program that does not compile has run nothing: its record holds only the
    // traceback printed on stderr.)
    if (error_.kind == QLatin1String("syntax") && shown_ && shown_->trace && shown_->trace->taskCount() > 0 &&
        result->trace->taskCount() == 0) {
        updateRunStatus();
        emit runEnded(result);
        return;
    }

    const std::shared_ptr<const RunResult> previous = shown_;
    const EventId oldCursor = playback_->cursor();
    const bool sameProgram = previous && previous->path == result->path;
    EventId cursor = kNoEvent;
    if (sameProgram && previous->trace && oldCursor != kNoEvent)
        cursor = matchingEvent(*previous->trace, oldCursor, *result->trace);
    shown_ = result;

    timeline_->setModel(result->model);
    inspector_->setModel(result->model);
    events_->setTrace(result->trace);
    output_->setTrace(result->trace);
    {
        // The cursor is put back where it was, not moved by the user: no scrolling of
        // the code the learner is editing.
        const QSignalBlocker blocker(playback_);
        playback_->setTrace(result->trace, cursor);
    }
    cursorChanged(playback_->cursor());
    updateStepActions();
    updateRunStatus();
    if (lessonActive_)
        lessons_->setRun(result);
    emit runEnded(result);
    emit runShown(result);
}

void MainWindow::cursorChanged(EventId event)
{
    timeline_->setCursor(event);
    inspector_->setCursor(event);
    output_->setCursor(event);
    events_->setCursor(event);
    updateMarkers(event);
    updateStepActions();

    if (!shown_ || event == kNoEvent || event >= shown_->trace->size()) {
        cursorStatus_->clear();
        return;
    }
    const trace::Trace& trace = *shown_->trace;
    cursorStatus_->setText(tr("Event %1 of %2 · t = %3 s · %4")
                               .arg(QLocale().toString(event + 1), QLocale().toString(qulonglong(trace.size())),
                                    QString::fromStdString(trace::timeLabel(trace.timeOf(event))),
                                    QString::fromStdString(trace::eventLine(trace, event)).section(QLatin1Char(' '), 1)));
}

void MainWindow::updateMarkers(EventId event)
{
    QList<TaskLineMarker> markers;
    int executionLine = 0;
    if (shown_ && event != kNoEvent && event < shown_->trace->size()) {
        const trace::Trace& trace = *shown_->trace;
        const TimelineModel& model = *shown_->model;
        const auto& lanes = model.lanes();
        for (std::size_t lane = 1; lane < lanes.size() && markers.size() < kMaxTaskMarkers; ++lane) {
            const Lane& info = lanes[lane];
            if (info.internal || info.created == kNoEvent || info.created > event ||
                (info.ended != kNoEvent && info.ended < event))
                continue;
            const int line = shown_->lines->lineAt(info.task, event);
            if (line <= 0)
                continue;
            const Segment* segment = model.segmentAt(int(lane), event);
            markers.append({line, theme_.taskColor(int(lane)),
                            QString::fromStdString(std::string(trace.nameAt(info.task, event))),
                            segment && segment->state == SegmentState::Running});
        }
        const trace::Event& e = trace.event(event);
        executionLine = e.line != 0 ? int(e.line) : shown_->lines->lineAt(e.task, event);
    }
    editor_->setTaskMarkers(markers);
    editor_->setExecutionLine(executionLine);
    // Follow the cursor in the code, unless the learner is typing there.
    if (executionLine > 0 && !rerunTimer_.isActive() && !editor_->hasFocus())
        editor_->revealLine(executionLine);
}

void MainWindow::selectTask(trace::TaskId task)
{
    playback_->setSelectedTask(task);
}

void MainWindow::updateStepActions()
{
    const bool any = shown_ && shown_->trace && !shown_->trace->empty();
    exportAction_->setEnabled(any && shown_->trace->taskCount() > 0);
    copyImageAction_->setEnabled(exportAction_->isEnabled());
    for (QAction* action : {homeAction_, endAction_, playAction_})
        action->setEnabled(any);
    nextEventAction_->setEnabled(playback_->target(Playback::Step::Event, +1) != kNoEvent);
    previousEventAction_->setEnabled(playback_->target(Playback::Step::Event, -1) != kNoEvent);
    nextLineAction_->setEnabled(any);
    previousLineAction_->setEnabled(any);
    const bool task = any && playback_->selectedTask() != trace::kNoTask;
    nextTaskAction_->setEnabled(task);
    previousTaskAction_->setEnabled(task);
    if (task) {
        const QString name = QString::fromStdString(std::string(shown_->trace->finalName(playback_->selectedTask())));
        nextTaskAction_->setText(tr("Next Event of %1").arg(name));
        previousTaskAction_->setText(tr("Previous Event of %1").arg(name));
    } else {
        nextTaskAction_->setText(tr("Next Event of the Selected Task"));
        previousTaskAction_->setText(tr("Previous Event of the Selected Task"));
    }
    nextTroubleAction_->setEnabled(any);
    previousTroubleAction_->setEnabled(any);
}

void MainWindow::updateRunStatus()
{
    stopAction_->setEnabled(running_);
    if (running_ && !shown_) {
        runStatus_->setText(tr("Running…"));
        return;
    }
    if (!shown_) {
        runStatus_->clear();
        return;
    }
    const RunResult& run = *shown_;
    if (isVeiled()) {
        runStatus_->setText(tr("The run is ready: predict, then see it"));
        return;
    }
    QString text;
    if (error_.isError()) {
        text = error_.line > 0 ? tr("%1 (line %2)").arg(error_.message).arg(error_.line) : error_.message;
        if (error_.kind == QLatin1String("syntax") && run.trace->taskCount() > 0 && shown_->source != requestedSource_)
            text += tr(" — the timeline shows the last version that ran");
    } else {
        text = tr("Finished: %1, %2, %3 s of virtual time, in %4 ms")
                   .arg(plural(run.trace->taskCount(), tr("task"), tr("tasks")),
                        plural(run.trace->size(), tr("event"), tr("events")),
                        QString::fromStdString(trace::timeLabel(run.trace->empty() ? 0
                                                                : run.trace->timeOf(EventId(run.trace->size() - 1)))))
                   .arg(int(run.runMilliseconds + run.modelMilliseconds + 0.5));
    }
    if (running_)
        text = tr("Running… ") + text;
    runStatus_->setText(text);
    runStatus_->setToolTip(error_.isError() ? error_.message : QString());
}

void MainWindow::setPlaying(bool playing)
{
    playAction_->setText(playing ? tr("&Pause") : tr("&Play"));
    playAction_->setIconText(playing ? tr("Pause") : tr("Play"));
    playAction_->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

// ---- window events ------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    // A clean close: what was unsaved has been saved or let go on purpose.
    autosaveTimer_.stop();
    autosave_.clear();
    event->accept();
}

void MainWindow::editPreferences()
{
    RunSettings current = RunSettings::load();
    // What this session runs with (the command line may have set a limit for it).
    current.limits = runner_->limits();
    PreferencesDialog dialog(current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RunSettings chosen = dialog.settings();
    chosen.save();
    runner_->setLimits(chosen.limits);
    runner_->setSeed(chosen.seed);
    runNow(); // the program, under the new limits
}

void MainWindow::autosaveNow()
{
    autosaveTimer_.stop();
    const Lesson* lesson = lessonActive_ ? lessons_->lesson() : nullptr;
    const QString source = editor_->toPlainText();
    const bool unsaved = lesson ? source != lesson->program : editor_->document()->isModified();
    if (!unsaved) {
        autosave_.clear();
        return;
    }
    AutosavedProgram program;
    program.source = source;
    program.filePath = filePath_;
    program.name = untitledName_;
    program.lessonId = lesson ? lesson->id : QString();
    program.savedAt = QDateTime::currentDateTime();
    if (!autosave_.store(program))
        statusBar()->showMessage(tr("Cannot keep a copy of your program in %1; save it yourself.")
                                     .arg(QDir::toNativeSeparators(autosave_.folder())),
                                 8000);
}

std::optional<AutosavedProgram> MainWindow::pendingAutosave() const
{
    std::optional<AutosavedProgram> program = autosave_.load();
    if (!program)
        return std::nullopt;
    // Nothing to offer if it is what the file (or the lesson) holds anyway.
    if (!program->filePath.isEmpty()) {
        QFile file(program->filePath);
        if (file.open(QIODevice::ReadOnly) && QString::fromUtf8(file.readAll()) == program->source)
            return std::nullopt;
    }
    if (!program->lessonId.isEmpty()) {
        for (const Lesson& lesson : lessons_->lessons()) {
            if (lesson.id == program->lessonId && lesson.program == program->source)
                return std::nullopt;
        }
    }
    return program;
}

void MainWindow::restoreAutosave(const AutosavedProgram& program)
{
    const std::vector<Lesson>& all = lessons_->lessons();
    const auto lesson = std::find_if(all.begin(), all.end(), [&](const Lesson& l) { return l.id == program.lessonId; });
    if (!program.lessonId.isEmpty() && lesson != all.end()) {
        QSettings().setValue(QStringLiteral("lessons/%1/program").arg(program.lessonId), program.source);
        openLesson(int(lesson - all.begin()));
        return;
    }
    if (!program.filePath.isEmpty() && QFileInfo::exists(program.filePath)) {
        endLesson();
        setFilePath(program.filePath);
        editor_->setPlainText(program.source);
        editor_->document()->setModified(true);
        shown_.reset();
        runNow();
        return;
    }
    setProgram(program.source, program.name.isEmpty() ? tr("untitled.py") : program.name);
    editor_->document()->setModified(true); // it was never saved
}

bool MainWindow::offerAutosave()
{
    const std::optional<AutosavedProgram> program = pendingAutosave();
    if (!program)
        return false;
    const QString name = !program->filePath.isEmpty() ? QFileInfo(program->filePath).fileName() : program->name;
    const auto answer = QMessageBox::question(
        this, tr("Restore Unsaved Changes"),
        tr("Loopscope closed without saving your changes to %1 (kept at %2).\nRestore them?")
            .arg(name, QLocale().toString(program->savedAt, QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        autosave_.clear();
        return false;
    }
    restoreAutosave(*program);
    return true;
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
    if (event->type() == QEvent::WindowStateChange) {
        const QSignalBlocker blocker(fullScreenAction_);
        fullScreenAction_->setChecked(windowState() & Qt::WindowFullScreen);
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && isPythonFile(urls.first()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && isPythonFile(urls.first())) {
        event->acceptProposedAction();
        openFile(urls.first().toLocalFile());
    }
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == editor_->viewport() && (event->type() == QEvent::DragEnter || event->type() == QEvent::Drop)) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QList<QUrl> urls = drop->mimeData()->urls();
        if (urls.size() == 1 && isPythonFile(urls.first())) {
            if (event->type() == QEvent::DragEnter)
                dragEnterEvent(static_cast<QDragEnterEvent*>(event));
            else
                dropEvent(drop);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace loopscope::ui
