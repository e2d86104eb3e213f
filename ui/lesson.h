// A lesson of the course: its title, its text (Markdown), its program, the checkpoints
// that tie notes to events, the "predict, then run" questions and the exercise, read
// from a .lesson file (resources/lessons/FORMAT.md) that a teacher writes without
// touching C++.
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace loopscope::ui {

// An event of a run, as a lesson names it: the n-th event of a kind for a task.
struct EventRef {
    QString task;    // the task's name ("Task-2", "worker"), or "-" for the loop's own
    QString kind;    // as the trace's text format spells it: create, cancelled, ...
    int occurrence = 1;
};

struct Checkpoint {
    EventRef event;
    QString note; // Markdown
};

// A question whose answer the run gives. What it asks, by `kind`:
//   output-line N        the N-th line the program prints (stdout)
//   first-done           of the tasks among the choices, the one that ends first
//   last-done            ... the one that ends last
//   end-time             the virtual time of the run's last event (choices: numbers)
//   ends TASK            how TASK ends: returned, raised or cancelled
//   exit                 how the program ends: finished, or the exception's type
//   count KIND           how many events of KIND the run holds (choices: numbers)
//   time-of TASK KIND [N]  the virtual time of that event (choices: numbers)
struct Question {
    QString kind;
    QStringList arguments;
    QString prompt;   // Markdown
    QStringList choices;
    QString answer;   // one of the choices: the one the author expects (the tests check it)
    QString explanation; // shown once answered (Markdown, may be empty)
};

// A condition on a run, for the exercise:
//   end-time <= X | end-time < X    the run's last event no later than X
//   output-contains TEXT            stdout holds TEXT
//   output-same                     stdout is the original program's
//   no-error                        the program exits with status 0
//   count KIND OP N                 (OP: ==, <=, >=, <, >)
struct Goal {
    QString kind;
    QStringList arguments;
    QString text; // the goal as written, shown beside its tick
};

struct Exercise {
    QString task; // Markdown: what to change
    std::vector<Goal> goals;
    QString solution; // a program that meets the goals (the tests run it); may be empty
};

struct Lesson {
    QString id;    // the file's base name ("05-blocking")
    QString title;
    QString part;  // the group it is listed under
    QString text;  // Markdown
    QString program;
    std::vector<Checkpoint> checkpoints;
    std::vector<Question> questions;
    Exercise exercise;

    bool hasExercise() const { return !exercise.goals.empty(); }

    // Reads a .lesson file's text. False, with the line and what is wrong, if it is not
    // one (a lesson from disk may be anything).
    static bool parse(const QString& text, const QString& id, Lesson& lesson, QString* error);
};

} // namespace loopscope::ui
