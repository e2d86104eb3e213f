// The app's one window: the program in a code view beside its timeline, with the
// inspector, the output and the event list in docks around them; menus and a playback
// toolbar. Editing re-runs the program after a short pause and every view follows the
// new record, the cursor kept on the same event where it still exists. The layout,
// the recent files and the view options are remembered (QSettings).
#pragma once

#include "autosave.h"
#include "errorlocation.h"
#include "exportdialog.h"
#include "runresult.h"
#include "timelinetheme.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;

namespace loopscope::ui {

class CodeEditor;
class EventListView;
class InspectorView;
class LessonView;
class VeiledView;
class OutputView;
class Playback;
class RunController;
class TimelineWidget;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a .py file (asking first if the current one has unsaved changes). False,
    // with a message shown, if it cannot be read.
    bool openFile(const QString& path);
    // Opens lesson `index` of the lesson pane (the course, then lessons from disk): its
    // program (or the learner's edit of it, kept from last time) in the editor, its
    // text and questions beside it. A lesson file from disk is added first.
    bool openLesson(int index);
    bool openLessonFile(const QString& path);
    LessonView* lessonView() const { return lessons_; }
    // True while the views are hidden until the learner answers the lesson's question.
    bool isVeiled() const;

    // What an earlier session left unsaved when it ended without closing (a crash, a
    // kill), if it differs from what is on disk; restoring it puts it back in the
    // editor, unsaved. offerAutosave asks the user first.
    std::optional<AutosavedProgram> pendingAutosave() const;
    void restoreAutosave(const AutosavedProgram& program);
    bool offerAutosave();
    // Puts `source` in the editor as a new, unsaved program (an example, a test).
    void setProgram(const QString& source, const QString& name);
    QString filePath() const { return filePath_; }

    CodeEditor* editor() const { return editor_; }
    TimelineWidget* timeline() const { return timeline_; }
    InspectorView* inspector() const { return inspector_; }
    OutputView* output() const { return output_; }
    EventListView* eventList() const { return events_; }
    Playback* playback() const { return playback_; }
    RunController* runner() const { return runner_; }
    // The run the views show (null before the first).
    std::shared_ptr<const RunResult> shownRun() const { return shown_; }
    const ErrorLocation& error() const { return error_; }

public slots:
    void runNow();
    // Keeps the editor's program in the autosave now (it also does a moment after each
    // change), or removes the autosave when there is nothing unsaved.
    void autosaveNow();

signals:
    // A run has ended and the code view shows its error, if any (the tests wait for it).
    void runEnded(std::shared_ptr<const loopscope::ui::RunResult> result);
    // Every view shows `result` now. (A run that does not compile is not shown while an
    // earlier version's timeline is: only runEnded tells of it.)
    void runShown(std::shared_ptr<const loopscope::ui::RunResult> result);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createViews();
    void createActions();
    void createMenus();
    void createToolBar();
    void connectViews();
    void readSettings();
    void writeSettings() const;
    void applyTheme();

    void newFile();
    void openDialog();
    bool save();
    bool saveAs();
    bool saveTo(const QString& path);
    bool maybeSave();
    void setFilePath(const QString& path);
    void endLesson();
    void setVeiled(bool veiled);
    void keepLessonEdit();
    void fillLessonsMenu();
    void addRecentFile(const QString& path);
    void fillRecentMenu();
    void fillExamplesMenu();
    void about();
    ExportDialog::Source exportSource() const;
    void exportTimeline();
    void editPreferences();
    void copyTimelineImage();
    QString runPath() const;

    void scheduleRun();
    void runFinished(std::shared_ptr<const RunResult> result);
    void cursorChanged(trace::EventId event);
    void selectTask(trace::TaskId task);
    void updateMarkers(trace::EventId event);
    void updateStepActions();
    void updateRunStatus();
    void setPlaying(bool playing);

    RunController* runner_;
    Playback* playback_;
    CodeEditor* editor_ = nullptr;
    TimelineWidget* timeline_ = nullptr;
    InspectorView* inspector_ = nullptr;
    OutputView* output_ = nullptr;
    EventListView* events_ = nullptr;
    QSplitter* splitter_ = nullptr;
    QDockWidget* inspectorDock_ = nullptr;
    QDockWidget* outputDock_ = nullptr;
    QDockWidget* eventsDock_ = nullptr;
    QDockWidget* lessonDock_ = nullptr;
    LessonView* lessons_ = nullptr;
    std::vector<VeiledView*> veiled_;
    QMenu* lessonsMenu_ = nullptr;
    Autosave autosave_;
    QTimer autosaveTimer_;
    bool lessonActive_ = false; // the editor holds the shown lesson's program (or an edit of it)

    QMenu* recentMenu_ = nullptr;
    QMenu* examplesMenu_ = nullptr;
    QAction* newAction_ = nullptr;
    QAction* openAction_ = nullptr;
    QAction* saveAction_ = nullptr;
    QAction* saveAsAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* exportAction_ = nullptr;
    QAction* copyImageAction_ = nullptr;
    QAction* runAction_ = nullptr;
    QAction* stopAction_ = nullptr;
    QAction* zoomInAction_ = nullptr;
    QAction* zoomOutAction_ = nullptr;
    QAction* zoomFitAction_ = nullptr;
    QAction* timeScaleAction_ = nullptr;
    QAction* stepsScaleAction_ = nullptr;
    QAction* internalAction_ = nullptr;
    QAction* fullScreenAction_ = nullptr;
    QAction* playAction_ = nullptr;
    QAction* homeAction_ = nullptr;
    QAction* endAction_ = nullptr;
    QAction* nextEventAction_ = nullptr;
    QAction* previousEventAction_ = nullptr;
    QAction* nextLineAction_ = nullptr;
    QAction* previousLineAction_ = nullptr;
    QAction* nextTaskAction_ = nullptr;
    QAction* previousTaskAction_ = nullptr;
    QAction* nextTroubleAction_ = nullptr;
    QAction* previousTroubleAction_ = nullptr;
    QAction* aboutAction_ = nullptr;
    QAction* aboutQtAction_ = nullptr;
    QActionGroup* scaleGroup_ = nullptr;
    QComboBox* speed_ = nullptr;
    QLabel* runStatus_ = nullptr;
    QLabel* cursorStatus_ = nullptr;

    QTimer rerunTimer_;
    std::shared_ptr<const RunResult> shown_;
    ErrorLocation error_;
    QString filePath_;       // empty: not saved yet
    QString untitledName_;   // the name an unsaved program goes by
    QString requestedSource_; // what was last sent to run
    bool running_ = false;
    TimelineTheme theme_;
};

} // namespace loopscope::ui
