#include "lessonscommand.h"

#include "headlessgui.h"

#include "lessoncatalog.h"
#include "lessoncheck.h"
#include "recordedrun.h"
#include "timelineexport.h"

#include <QDir>

#include <iostream>

namespace loopscope::app {

namespace {

// Where a lesson's program runs from, as far as its tracebacks say.
QString programPath(const ui::Lesson& lesson, const char* what = "")
{
    return QStringLiteral("/lessons/%1%2.py").arg(lesson.id, QLatin1String(what));
}

int list()
{
    const ui::LessonCatalog& course = ui::LessonCatalog::builtIn();
    QString part;
    for (const ui::Lesson& lesson : course.lessons()) {
        if (lesson.part != part) {
            part = lesson.part;
            std::cout << (part.isEmpty() ? std::string() : "\n" + part.toStdString() + "\n");
        }
        std::cout << "  " << lesson.id.toStdString() << "  " << lesson.title.toStdString() << "\n";
    }
    for (const QString& error : course.errors())
        std::cerr << "loopscope: a lesson of the course is damaged: " << error.toStdString() << "\n";
    return course.errors().isEmpty() ? 0 : 1;
}

int check(const std::vector<std::string>& files)
{
    std::vector<ui::Lesson> lessons;
    int status = 0;
    if (files.empty()) {
        lessons = ui::LessonCatalog::builtIn().lessons();
        for (const QString& error : ui::LessonCatalog::builtIn().errors()) {
            std::cout << error.toStdString() << "\n";
            status = 1;
        }
    }
    for (const std::string& file : files) {
        ui::Lesson lesson;
        QString error;
        if (!ui::LessonCatalog::load(QString::fromStdString(file), lesson, &error)) {
            std::cerr << "loopscope: " << file << ": " << error.toStdString() << "\n";
            return 2;
        }
        lessons.push_back(lesson);
    }
    python::Worker worker;
    for (const ui::Lesson& lesson : lessons) {
        const auto run = ui::recordedRun(worker, lesson.program, programPath(lesson));
        std::shared_ptr<ui::RunResult> solution;
        if (!lesson.exercise.solution.isEmpty())
            solution = ui::recordedRun(worker, lesson.exercise.solution, programPath(lesson, "-solution"));
        const QStringList problems = ui::lessoncheck::problemsOf(lesson, *run, solution.get());
        std::cout << lesson.id.toStdString() << ": " << (problems.isEmpty() ? "ok" : "WRONG") << "\n";
        for (const QString& problem : problems)
            std::cout << "  " << problem.toStdString() << "\n";
        if (!problems.isEmpty())
            status = 1;
    }
    return status;
}

int exportAll(int& argc, char** argv, const std::string& folder)
{
    const auto application = headlessApplication(argc, argv);
    const QDir dir(QString::fromStdString(folder));
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        std::cerr << "loopscope: cannot make the folder " << folder << "\n";
        return 1;
    }
    python::Worker worker;
    int status = 0;
    for (const ui::Lesson& lesson : ui::LessonCatalog::builtIn().lessons()) {
        const auto run = ui::recordedRun(worker, lesson.program, programPath(lesson));
        ui::ExportOptions options;
        options.title = lesson.title;
        const ui::TimelineExport image(run->model, options);
        for (const char* suffix : {".png", ".svg"}) {
            QString error;
            const QString path = dir.filePath(lesson.id + QLatin1String(suffix));
            if (!image.write(path, &error)) {
                std::cerr << "loopscope: " << error.toStdString() << "\n";
                status = 1;
            } else {
                std::cout << path.toStdString() << "\n";
            }
        }
    }
    return status;
}

} // namespace

int lessonsCommand(int& argc, char** argv, const CommandLine& commandLine)
{
    const CommandLine::Lessons& lessons = commandLine.lessons;
    if (lessons.list)
        return list();
    if (lessons.check)
        return check(lessons.files);
    return exportAll(argc, argv, lessons.exportDir);
}

} // namespace loopscope::app
