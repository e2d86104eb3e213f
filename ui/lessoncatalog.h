// The course: the lessons compiled into the app (resources/lessons/*.lesson, in file
// name order), and lessons read from disk.
#pragma once

#include "lesson.h"

#include <vector>

namespace loopscope::ui {

class LessonCatalog {
public:
    // The built-in course (read once).
    static const LessonCatalog& builtIn();
    // A lesson file from disk (or a resource path). False, with why, if it cannot be read
    // or is not a lesson.
    static bool load(const QString& path, Lesson& lesson, QString* error);

    const std::vector<Lesson>& lessons() const { return lessons_; }
    const Lesson* find(const QString& id) const;
    int indexOf(const QString& id) const;
    // Built-in lessons that did not parse, as "file: line N: why" (the tests want none).
    const QStringList& errors() const { return errors_; }

private:
    std::vector<Lesson> lessons_;
    QStringList errors_;
};

} // namespace loopscope::ui
