#include "lessonview.h"

#include "lessoncatalog.h"
#include "lessoncheck.h"
#include "runcontroller.h"

#include "trace/eventdescription.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace loopscope::ui {

namespace {

QString key(const Lesson& lesson, const char* what)
{
    return QStringLiteral("lessons/%1/%2").arg(lesson.id, QLatin1String(what));
}

// Text from the run or the lesson, put in Markdown as it is (no emphasis by accident).
QString literal(const QString& text)
{
    QString escaped;
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_[]()#<>!|~").contains(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

} // namespace

LessonView::LessonView(QWidget* parent) : QWidget(parent), lessons_(LessonCatalog::builtIn().lessons())
{
    picker_ = new QComboBox(this);
    picker_->setObjectName(QStringLiteral("LessonPicker"));
    picker_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    picker_->setMinimumContentsLength(16);
    previous_ = new QPushButton(tr("‹"), this);
    next_ = new QPushButton(tr("›"), this);
    previous_->setToolTip(tr("The previous lesson"));
    next_->setToolTip(tr("The next lesson"));
    for (QPushButton* button : {previous_, next_})
        button->setFixedWidth(28);
    auto* top = new QHBoxLayout;
    top->addWidget(previous_);
    top->addWidget(picker_, 1);
    top->addWidget(next_);

    page_ = new QTextBrowser(this);
    page_->setObjectName(QStringLiteral("LessonPage"));
    page_->setOpenLinks(false);
    page_->setOpenExternalLinks(false);
    connect(page_, &QTextBrowser::anchorClicked, this, &LessonView::activate);

    reveal_ = new QPushButton(tr("Show Me the Run"), this);
    reveal_->setObjectName(QStringLiteral("LessonReveal"));
    reveal_->setToolTip(tr("See the timeline without answering first"));
    reset_ = new QPushButton(tr("Reset Program"), this);
    reset_->setObjectName(QStringLiteral("LessonReset"));
    reset_->setToolTip(tr("Put the lesson's own program back in the editor"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(reveal_);
    bottom->addStretch();
    bottom->addWidget(reset_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(page_, 1);
    layout->addLayout(bottom);

    connect(picker_, &QComboBox::activated, this, [this](int index) { emit lessonChosen(index); });
    connect(previous_, &QPushButton::clicked, this, [this] {
        if (current_ > 0)
            emit lessonChosen(current_ - 1);
    });
    connect(next_, &QPushButton::clicked, this, [this] {
        if (current_ + 1 < int(lessons_.size()))
            emit lessonChosen(current_ + 1);
    });
    connect(reveal_, &QPushButton::clicked, this, [this] { setRevealed(true); });
    connect(reset_, &QPushButton::clicked, this, &LessonView::resetRequested);
    updateControls();
    render();
}

int LessonView::addLesson(const Lesson& lesson)
{
    for (std::size_t i = 0; i < lessons_.size(); ++i) {
        if (lessons_[i].id == lesson.id) {
            lessons_[i] = lesson;
            return int(i);
        }
    }
    lessons_.push_back(lesson);
    return int(lessons_.size()) - 1;
}

const Lesson* LessonView::lesson() const
{
    return current_ >= 0 && current_ < int(lessons_.size()) ? &lessons_[std::size_t(current_)] : nullptr;
}

bool LessonView::isDone(const Lesson& lesson)
{
    const QSettings settings;
    const QVariantList answers = settings.value(key(lesson, "answers")).toList();
    const bool answered = answers.size() == qsizetype(lesson.questions.size()) &&
                          std::all_of(answers.begin(), answers.end(), [](const QVariant& a) { return a.toInt() >= 0; });
    return answered && (!lesson.hasExercise() || settings.value(key(lesson, "solved")).toBool());
}

void LessonView::showLesson(int index)
{
    if (index < 0 || index >= int(lessons_.size()))
        return;
    current_ = index;
    const Lesson& shown = lessons_[std::size_t(index)];
    run_.reset();
    originalOutput_.clear();
    chosen_.assign(shown.questions.size(), -1);
    const QVariantList answers = QSettings().value(key(shown, "answers")).toList();
    for (std::size_t i = 0; i < chosen_.size() && i < std::size_t(answers.size()); ++i)
        chosen_[i] = answers[qsizetype(i)].toInt();
    solved_ = QSettings().value(key(shown, "solved")).toBool();
    const bool answered = std::all_of(chosen_.begin(), chosen_.end(), [](int c) { return c >= 0; });
    revealed_ = false;
    setRevealed(answered || shown.questions.empty());
    emit revealChanged(revealed_);

    // The lesson's own output, for a goal that keeps it: from its own run, on the side.
    const bool needsOriginal = std::any_of(shown.exercise.goals.begin(), shown.exercise.goals.end(),
                                           [](const Goal& g) { return g.kind == QLatin1String("output-same"); });
    if (needsOriginal) {
        if (!originalRunner_) {
            originalRunner_ = new RunController(QString(), this);
            connect(originalRunner_, &RunController::runFinished, this,
                    [this](std::shared_ptr<const RunResult> result) {
                        const Lesson* now = lesson();
                        if (now && result->source == now->program) {
                            originalOutput_ = lessoncheck::standardOutput(*result->trace);
                            render();
                        }
                    });
        }
        originalRunner_->run(shown.program, QStringLiteral("/lessons/%1.py").arg(shown.id));
    }
    updateControls();
    render();
}

void LessonView::setRun(std::shared_ptr<const RunResult> run)
{
    run_ = std::move(run);
    const Lesson* shown = lesson();
    if (shown && run_ && run_->source == shown->program)
        originalOutput_ = lessoncheck::standardOutput(*run_->trace);
    // An exercise is solved by a run that meets every goal; it stays solved.
    if (shown && run_ && shown->hasExercise() && !solved_ && run_->source != shown->program) {
        const bool all = std::all_of(shown->exercise.goals.begin(), shown->exercise.goals.end(), [&](const Goal& goal) {
            return (goal.kind != QLatin1String("output-same") || !originalOutput_.isEmpty()) &&
                   lessoncheck::isMet(goal, *run_, originalOutput_);
        });
        if (all) {
            solved_ = true;
            QSettings().setValue(key(*shown, "solved"), true);
            updateControls();
        }
    }
    render();
}

void LessonView::answer(int question, int choice)
{
    const Lesson* shown = lesson();
    if (!shown || question < 0 || question >= int(chosen_.size()) || chosen_[std::size_t(question)] >= 0)
        return;
    chosen_[std::size_t(question)] = choice;
    QVariantList answers;
    for (int c : chosen_)
        answers << c;
    QSettings().setValue(key(*shown, "answers"), answers);
    if (std::all_of(chosen_.begin(), chosen_.end(), [](int c) { return c >= 0; }))
        setRevealed(true);
    updateControls();
    render();
}

void LessonView::setRevealed(bool revealed)
{
    if (revealed == revealed_)
        return;
    revealed_ = revealed;
    reveal_->setEnabled(!revealed_);
    render();
    emit revealChanged(revealed_);
}

void LessonView::activate(const QUrl& link)
{
    const QString scheme = link.scheme();
    const QStringList parts = link.path().split(QLatin1Char('/'));
    if (scheme == QLatin1String("choice") && parts.size() == 2) {
        answer(parts[0].toInt(), parts[1].toInt());
    } else if (scheme == QLatin1String("checkpoint") && lesson() && run_) {
        const int index = parts.value(0).toInt();
        if (index >= 0 && index < int(lesson()->checkpoints.size())) {
            const trace::EventId event = lessoncheck::findEvent(*run_->trace, lesson()->checkpoints[std::size_t(index)].event);
            if (event != trace::kNoEvent)
                emit eventRequested(event);
        }
    } else if (scheme == QLatin1String("lesson")) {
        if (parts.value(0) == QLatin1String("next") && current_ + 1 < int(lessons_.size()))
            emit lessonChosen(current_ + 1);
        else if (parts.value(0) == QLatin1String("reveal"))
            setRevealed(true);
    }
}

void LessonView::updateControls()
{
    const QSignalBlocker blocker(picker_);
    picker_->clear();
    for (const Lesson& each : lessons_)
        picker_->addItem((isDone(each) ? QStringLiteral("✓ ") : QStringLiteral("    ")) + each.title);
    picker_->setCurrentIndex(current_);
    previous_->setEnabled(current_ > 0);
    next_->setEnabled(current_ >= 0 && current_ + 1 < int(lessons_.size()));
    reset_->setEnabled(lesson() != nullptr);
    reveal_->setEnabled(lesson() != nullptr && !revealed_);
}

QString LessonView::questionMarkdown(int index) const
{
    const Question& question = lesson()->questions[std::size_t(index)];
    QString md = question.prompt + QStringLiteral("\n\n");
    const int chosen = chosen_[std::size_t(index)];
    if (chosen < 0) {
        for (int i = 0; i < question.choices.size(); ++i)
            md += QStringLiteral("- [%1](choice:%2/%3)\n").arg(literal(question.choices[i])).arg(index).arg(i);
        return md + QStringLiteral("\n*Click your prediction.*\n\n");
    }
    // Judged by the run the window shows: an edited program is judged by its own run.
    const lessoncheck::Answer truth = run_ ? lessoncheck::answerOf(question, *run_) : lessoncheck::Answer{};
    for (int i = 0; i < question.choices.size(); ++i) {
        QString line = literal(question.choices[i]);
        if (i == chosen)
            line = QStringLiteral("**%1** ← your prediction").arg(line);
        if (run_ && i == truth.choice)
            line += QStringLiteral(" ✓ *what the run does*");
        md += QStringLiteral("- ") + line + QLatin1Char('\n');
    }
    if (!run_)
        md += QStringLiteral("\n*Running…*\n");
    else if (truth.choice == chosen)
        md += QStringLiteral("\n**Right.** ");
    else if (truth.choice >= 0)
        md += QStringLiteral("\n**Not this time.** ");
    else
        md += QStringLiteral("\n**The run gives %1**, none of these (was the program edited?). ").arg(literal(truth.value));
    if (run_ && !question.explanation.isEmpty() && run_->source == lesson()->program)
        md += question.explanation;
    return md + QStringLiteral("\n\n");
}

QString LessonView::checkpointsMarkdown() const
{
    const Lesson& shown = *lesson();
    if (shown.checkpoints.empty())
        return {};
    QString md = QStringLiteral("### Checkpoints\n\n");
    for (std::size_t i = 0; i < shown.checkpoints.size(); ++i) {
        const Checkpoint& checkpoint = shown.checkpoints[i];
        const trace::EventId event = run_ ? lessoncheck::findEvent(*run_->trace, checkpoint.event) : trace::kNoEvent;
        QString where = QStringLiteral("%1 %2").arg(checkpoint.event.task, checkpoint.event.kind);
        if (event != trace::kNoEvent)
            md += QStringLiteral("%1. [t = %2 · %3](checkpoint:%4) — %5\n")
                      .arg(i + 1)
                      .arg(QString::fromStdString(trace::timeLabel(run_->trace->timeOf(event))), literal(where))
                      .arg(i)
                      .arg(checkpoint.note);
        else
            md += QStringLiteral("%1. %2 *(not in this run)* — %3\n").arg(i + 1).arg(literal(where), checkpoint.note);
    }
    return md + QLatin1Char('\n');
}

QString LessonView::exerciseMarkdown() const
{
    const Lesson& shown = *lesson();
    if (!shown.hasExercise())
        return {};
    QString md = QStringLiteral("### Exercise%1\n\n%2\n\n").arg(solved_ ? QStringLiteral(" — solved ✓") : QString(),
                                                                   shown.exercise.task);
    const bool edited = run_ && run_->source != shown.program;
    for (const Goal& goal : shown.exercise.goals) {
        QString mark = QStringLiteral("☐");
        if (edited && (goal.kind != QLatin1String("output-same") || !originalOutput_.isEmpty()))
            mark = lessoncheck::isMet(goal, *run_, originalOutput_) ? QStringLiteral("✓") : QStringLiteral("✗");
        md += QStringLiteral("- %1 `%2`\n").arg(mark, goal.text);
    }
    md += edited ? QStringLiteral("\n*Checked at every run of your edit.*\n\n")
                 : QStringLiteral("\n*Edit the program: each run is checked against these goals.*\n\n");
    return md;
}

void LessonView::render()
{
    const int scroll = page_->verticalScrollBar()->value();
    const Lesson* shown = lesson();
    if (!shown) {
        page_->setMarkdown(tr("## Lessons\n\nPick a lesson above: each is a program to run and a question to "
                              "answer before its timeline is shown."));
        return;
    }
    QString md = QStringLiteral("## %1\n\n%2\n\n").arg(literal(shown->title), shown->text);
    if (!shown->questions.empty()) {
        md += QStringLiteral("### Predict, then run\n\n");
        for (int i = 0; i < int(shown->questions.size()); ++i)
            md += questionMarkdown(i);
    }
    if (revealed_) {
        md += checkpointsMarkdown();
        md += exerciseMarkdown();
        if (current_ + 1 < int(lessons_.size()))
            md += QStringLiteral("[Next lesson: %1 →](lesson:next)\n").arg(literal(lessons_[std::size_t(current_) + 1].title));
    } else {
        md += QStringLiteral("*The timeline, the output and the events are hidden until you answer.* "
                             "[Show me the run anyway](lesson:reveal)\n");
    }
    page_->setMarkdown(md);
    page_->verticalScrollBar()->setValue(scroll);
}

QString LessonView::pageText() const
{
    return page_->toPlainText();
}

} // namespace loopscope::ui
