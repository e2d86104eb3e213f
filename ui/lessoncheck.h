// What a run says about a lesson: the event a checkpoint names, the answer a question
// gets from the run (whatever the author expected), and whether an exercise's goals are
// met. The app checks the learner against these; the tests check the author.
#pragma once

#include "lesson.h"
#include "runresult.h"

namespace loopscope::ui::lessoncheck {

// The n-th event of that kind for the task of that name (kNoEvent if none).
trace::EventId findEvent(const trace::Trace& trace, const EventRef& ref);

struct Answer {
    QString value; // what the run gives, in the question's terms ("Task-3", "2.000", "raised")
    int choice = -1; // the choice it is, -1 for none of them
};
Answer answerOf(const Question& question, const RunResult& run);

// What the program wrote on stdout (stderr left out).
QString standardOutput(const trace::Trace& trace);

// `originalOutput`: the lesson's own program's stdout (for output-same).
bool isMet(const Goal& goal, const RunResult& run, const QString& originalOutput);

// What is wrong with a lesson, given its program's run (and its solution's, if it has
// one): a checkpoint whose event the run does not hold, a question whose expected answer
// is not what the run gives, an exercise the original already meets or the solution
// does not. Empty when the lesson is right.
QStringList problemsOf(const Lesson& lesson, const RunResult& run, const RunResult* solution);

} // namespace loopscope::ui::lessoncheck
