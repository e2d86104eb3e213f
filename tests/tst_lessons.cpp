// The course as a learner meets it: every lesson reads; its program runs (and is part of
// the conformance corpus, so it runs as CPython runs it); each checkpoint's event is in
// the run; each question's expected answer is what the run gives; an exercise is not met
// by the lesson's own program and is by its solution. The lesson pane asks before it
// shows, judges the learner's prediction by the run, remembers progress, and ticks the
// exercise's goals off as the learner's edit meets them. A broken lesson file says where.
#include "recording.h"

#include "lessoncatalog.h"
#include "lessoncheck.h"
#include "lessonview.h"
#include "recordedrun.h"

#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QtTest>

using namespace loopscope;

class tst_Lessons : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void theCourseReads();
    void everyLessonIsRight_data();
    void everyLessonIsRight();
    void lessonsAreInTheConformanceCorpus_data();
    void lessonsAreInTheConformanceCorpus();
    void brokenLessonsSayWhere_data();
    void brokenLessonsSayWhere();
    void paneAsksBeforeItShows();
    void exerciseIsCheckedByTheRun();

private:
    python::Worker worker_;
};

void tst_Lessons::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LoopscopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_lessons"));
    std::string error;
    QVERIFY2(worker_.start(&error), error.c_str());
}

void tst_Lessons::init()
{
    QSettings().clear();
}

void tst_Lessons::theCourseReads()
{
    const ui::LessonCatalog& course = ui::LessonCatalog::builtIn();
    QVERIFY2(course.errors().isEmpty(), qPrintable(course.errors().join(QLatin1Char('\n'))));
    QVERIFY(course.lessons().size() >= 13);
    QStringList ids;
    for (const ui::Lesson& lesson : course.lessons()) {
        QVERIFY(!ids.contains(lesson.id));
        ids << lesson.id;
        QVERIFY2(!lesson.questions.empty(), qPrintable(lesson.id + QStringLiteral(" asks nothing")));
        QVERIFY2(!lesson.text.isEmpty() && !lesson.part.isEmpty(), qPrintable(lesson.id));
    }
    QVERIFY(std::is_sorted(ids.begin(), ids.end()));
}

void tst_Lessons::everyLessonIsRight_data()
{
    QTest::addColumn<int>("index");
    const auto& lessons = ui::LessonCatalog::builtIn().lessons();
    for (std::size_t i = 0; i < lessons.size(); ++i)
        QTest::newRow(qPrintable(lessons[i].id)) << int(i);
}

void tst_Lessons::everyLessonIsRight()
{
    QFETCH(int, index);
    const ui::Lesson& lesson = ui::LessonCatalog::builtIn().lessons()[std::size_t(index)];
    const auto run = ui::recordedRun(worker_, lesson.program, QStringLiteral("/lessons/%1.py").arg(lesson.id));
    QCOMPARE(run->outcome.end, python::RunEnd::Finished);
    std::shared_ptr<ui::RunResult> solution;
    if (!lesson.exercise.solution.isEmpty())
        solution = ui::recordedRun(worker_, lesson.exercise.solution, QStringLiteral("/lessons/%1-solution.py").arg(lesson.id));
    const QStringList problems = ui::lessoncheck::problemsOf(lesson, *run, solution.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Lessons::lessonsAreInTheConformanceCorpus_data()
{
    everyLessonIsRight_data();
}

void tst_Lessons::lessonsAreInTheConformanceCorpus()
{
    // tst_conformance runs tests/conformance/lessons/*.py against CPython's expectations;
    // they must be the lessons' own programs (scripts/gen-expected.py --lessons).
    QFETCH(int, index);
    const ui::Lesson& lesson = ui::LessonCatalog::builtIn().lessons()[std::size_t(index)];
    const QString corpus = QStringLiteral(LOOPSCOPE_SOURCE_DIR "/tests/conformance/lessons/");
    const auto read = [](const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    const QString hint = QStringLiteral(" is stale: run /usr/bin/python3.11 scripts/gen-expected.py --lessons");
    QVERIFY2(read(corpus + lesson.id + QStringLiteral(".py")) == lesson.program, qPrintable(lesson.id + hint));
    QVERIFY(QFile::exists(corpus + lesson.id + QStringLiteral(".expected")));
    if (!lesson.exercise.solution.isEmpty())
        QVERIFY2(read(corpus + lesson.id + QStringLiteral("-solution.py")) == lesson.exercise.solution,
                 qPrintable(lesson.id + QStringLiteral("'s solution") + hint));
}

void tst_Lessons::brokenLessonsSayWhere_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    const QString head = QStringLiteral("%% lesson\ntitle: T\npart: P\n%% program\nprint(1)\n");
    QTest::newRow("empty") << QString() << QStringLiteral("line 1: a lesson starts with \"%% lesson\"");
    QTest::newRow("text first") << QStringLiteral("hello\n%% lesson\n")
                                << QStringLiteral("line 1: text before the first section");
    QTest::newRow("no program") << QStringLiteral("%% lesson\ntitle: T\n") << QStringLiteral("no program");
    QTest::newRow("unknown section") << head + QStringLiteral("%% quiz\n") << QStringLiteral("line 6: unknown section \"quiz\"");
    QTest::newRow("answer not a choice")
        << head + QStringLiteral("%% question end-time\nWhen?\n* 1\n* 2\nanswer: 3\n")
        << QStringLiteral("line 6: the answer \"3\" is none of the choices");
    QTest::newRow("one choice") << head + QStringLiteral("%% question end-time\nWhen?\n* 1\nanswer: 1\n")
                                << QStringLiteral("at least two choices");
    QTest::newRow("unknown question") << head + QStringLiteral("%% question colour\n* a\n* b\nanswer: a\n")
                                      << QStringLiteral("unknown question \"colour\"");
    QTest::newRow("bad checkpoint") << head + QStringLiteral("%% checkpoint Task-1 explodes\nBoom.\n")
                                    << QStringLiteral("a checkpoint names an event");
    QTest::newRow("unknown goal") << head + QStringLiteral("%% exercise\nDo it.\ngoal: faster\n")
                                  << QStringLiteral("unknown goal \"faster\"");
    QTest::newRow("unknown key") << QStringLiteral("%% lesson\nauthor: me\n") << QStringLiteral("unknown key \"author\"");
}

void tst_Lessons::brokenLessonsSayWhere()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    ui::Lesson lesson;
    QString why;
    QVERIFY(!ui::Lesson::parse(text, QStringLiteral("broken"), lesson, &why));
    QVERIFY2(why.contains(error), qPrintable(why));
}

void tst_Lessons::paneAsksBeforeItShows()
{
    ui::LessonView pane;
    QSignalSpy revealed(&pane, &ui::LessonView::revealChanged);
    pane.showLesson(0);
    const ui::Lesson& lesson = *pane.lesson();
    QVERIFY(!pane.isRevealed());
    QVERIFY(pane.pageText().contains(QLatin1String("hidden until you answer")));
    QVERIFY(!pane.pageText().contains(QLatin1String("Checkpoints")));

    const auto run = ui::recordedRun(worker_, lesson.program, QStringLiteral("/lessons/first.py"));
    pane.setRun(run);
    // A wrong prediction for the first question, then the expected answer for the rest.
    const ui::Question& first = lesson.questions.front();
    const int wrong = first.choices.indexOf(first.answer) == 0 ? 1 : 0;
    pane.activate(QUrl(QStringLiteral("choice:0/%1").arg(wrong)));
    QVERIFY(pane.pageText().contains(QLatin1String("Not this time.")));
    for (std::size_t q = 1; q < lesson.questions.size(); ++q)
        pane.activate(QUrl(QStringLiteral("choice:%1/%2").arg(q).arg(lesson.questions[q].choices.indexOf(lesson.questions[q].answer))));
    QVERIFY(pane.isRevealed());
    QCOMPARE(revealed.last().first().toBool(), true);
    QVERIFY(pane.pageText().contains(QLatin1String("Checkpoints")));

    // A checkpoint moves the cursor to its event.
    QSignalSpy cursor(&pane, &ui::LessonView::eventRequested);
    pane.activate(QUrl(QStringLiteral("checkpoint:0")));
    QCOMPARE(cursor.count(), 1);
    QCOMPARE(cursor.first().first().value<trace::EventId>(),
             ui::lessoncheck::findEvent(*run->trace, lesson.checkpoints.front().event));

    // Progress is remembered: opened again, the lesson is answered and shown.
    ui::LessonView again;
    again.showLesson(0);
    QVERIFY(again.isRevealed());
    QVERIFY(again.pageText().contains(QLatin1String("your prediction")));
}

void tst_Lessons::exerciseIsCheckedByTheRun()
{
    const auto& lessons = ui::LessonCatalog::builtIn().lessons();
    const auto withExercise = std::find_if(lessons.begin(), lessons.end(), [](const ui::Lesson& lesson) {
        return lesson.hasExercise() && !lesson.exercise.solution.isEmpty();
    });
    QVERIFY(withExercise != lessons.end());
    ui::LessonView pane;
    pane.showLesson(int(withExercise - lessons.begin()));
    pane.activate(QUrl(QStringLiteral("lesson:reveal")));
    QVERIFY(pane.isRevealed());
    const ui::Lesson& lesson = *withExercise;
    pane.setRun(ui::recordedRun(worker_, lesson.program, QStringLiteral("/lessons/x.py")));
    QVERIFY(!pane.pageText().contains(QLatin1String("solved")));
    QVERIFY(!ui::LessonView::isDone(lesson));
    // The learner's edit: the solution. Every goal ticks, and it stays solved.
    pane.setRun(ui::recordedRun(worker_, lesson.exercise.solution, QStringLiteral("/lessons/x.py")));
    QVERIFY2(pane.pageText().contains(QStringLiteral("solved ✓")), qPrintable(pane.pageText().right(600)));
    QVERIFY(!pane.pageText().contains(QStringLiteral("✗")));
    QVERIFY(QSettings().value(QStringLiteral("lessons/%1/solved").arg(lesson.id)).toBool());
}

QTEST_MAIN(tst_Lessons)
#include "tst_lessons.moc"
