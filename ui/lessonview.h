// The lesson pane: the lesson's text, its "predict, then run" questions (answered by
// clicking a choice, and checked against the run), then, once they are answered, its
// checkpoints (a click moves the cursor to the event) and its exercise, whose goals are
// checked at every run of the learner's edit. What was answered and solved is
// remembered (QSettings).
#pragma once

#include "lesson.h"
#include "runresult.h"

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QUrl;

namespace loopscope::ui {

class RunController;

class LessonView : public QWidget {
    Q_OBJECT

public:
    explicit LessonView(QWidget* parent = nullptr);

    // The course's lessons, then any opened from disk.
    const std::vector<Lesson>& lessons() const { return lessons_; }
    // Adds a lesson from disk (or replaces the one with its id) and returns its index.
    int addLesson(const Lesson& lesson);
    // Shows lesson `index` (its program is the window's business: see lessonChosen).
    void showLesson(int index);
    const Lesson* lesson() const;

    // The run the window shows, of the lesson's program or of the learner's edit of it
    // (null when the editor holds something else).
    void setRun(std::shared_ptr<const RunResult> run);

    // True once every question is answered (or the learner asked to see the run).
    bool isRevealed() const { return revealed_; }
    // The lesson's progress, as remembered: its questions answered, its exercise solved.
    static bool isDone(const Lesson& lesson);
    // The page as shown (for the tests).
    QString pageText() const;
    // What a click on the page does, by the link's address (for the tests too).
    void activate(const QUrl& link);

signals:
    void lessonChosen(int index);
    void resetRequested();
    void eventRequested(trace::EventId event);
    void revealChanged(bool revealed);

private:
    void render();
    void answer(int question, int choice);
    void setRevealed(bool revealed);
    void updateControls();
    QString questionMarkdown(int index) const;
    QString checkpointsMarkdown() const;
    QString exerciseMarkdown() const;

    std::vector<Lesson> lessons_;
    int current_ = -1;
    RunController* originalRunner_ = nullptr; // the lesson's own program, for output-same
    std::vector<int> chosen_; // per question, -1 until answered
    std::shared_ptr<const RunResult> run_;
    QString originalOutput_; // the lesson's own program's stdout (for output-same)
    bool revealed_ = false;
    bool solved_ = false;

    QComboBox* picker_ = nullptr;
    QPushButton* previous_ = nullptr;
    QPushButton* next_ = nullptr;
    QTextBrowser* page_ = nullptr;
    QPushButton* reveal_ = nullptr;
    QPushButton* reset_ = nullptr;
};

} // namespace loopscope::ui
