#include "lessoncheck.h"

#include "errorlocation.h"

#include "trace/event.h"
#include "trace/eventdescription.h"

#include <cmath>

namespace loopscope::ui::lessoncheck {

namespace {

using trace::EventId;
using trace::EventKind;
using trace::kNoEvent;

QString nameOf(const trace::Trace& trace, trace::TaskId task)
{
    return task == trace::kNoTask ? QStringLiteral("-") : QString::fromStdString(std::string(trace.finalName(task)));
}

double lastTime(const trace::Trace& trace)
{
    return trace.empty() ? 0 : trace.timeOf(EventId(trace.size() - 1));
}

// The choice that is this number as the app shows it, to `decimals` places (choices are
// written as numbers: "2", "2.0", "1.841").
Answer numberAnswer(const QStringList& choices, double value, int decimals)
{
    Answer answer;
    answer.value = QString::number(value, 'f', decimals);
    for (int i = 0; i < choices.size(); ++i) {
        bool ok = false;
        const double choice = choices[i].toDouble(&ok);
        if (ok && QString::number(choice, 'f', decimals) == answer.value)
            answer.choice = i;
    }
    return answer;
}

Answer textAnswer(const QStringList& choices, const QString& value)
{
    return {value, int(choices.indexOf(value))};
}

int countOf(const trace::Trace& trace, const QString& kind)
{
    int count = 0;
    for (EventId id = 0; id < trace.size(); ++id)
        count += QLatin1String(trace::kindName(trace.event(id).kind)) == kind;
    return count;
}

bool compare(double left, const QString& op, double right)
{
    if (op == QLatin1String("=="))
        return left == right;
    if (op == QLatin1String("<="))
        return left <= right;
    if (op == QLatin1String(">="))
        return left >= right;
    if (op == QLatin1String("<"))
        return left < right;
    return left > right;
}

} // namespace

EventId findEvent(const trace::Trace& trace, const EventRef& ref)
{
    int seen = 0;
    for (EventId id = 0; id < trace.size(); ++id) {
        const trace::Event& event = trace.event(id);
        if (QLatin1String(trace::kindName(event.kind)) != ref.kind)
            continue;
        // The task's name then (as `loopscope trace` prints it) or its final name.
        const QString then = event.task == trace::kNoTask ? QStringLiteral("-")
                                                          : QString::fromStdString(std::string(trace.nameAt(event.task, id)));
        if (then != ref.task && nameOf(trace, event.task) != ref.task)
            continue;
        if (++seen == ref.occurrence)
            return id;
    }
    return kNoEvent;
}

QString standardOutput(const trace::Trace& trace)
{
    std::string out;
    for (EventId id = 0; id < trace.size(); ++id) {
        const trace::Event& event = trace.event(id);
        if (event.kind == EventKind::Print && event.sub == std::uint8_t(trace::Stream::Stdout))
            out += trace.printed(event);
    }
    return QString::fromStdString(out);
}

Answer answerOf(const Question& question, const RunResult& run)
{
    const trace::Trace& trace = *run.trace;
    const QStringList& args = question.arguments;
    if (question.kind == QLatin1String("output-line")) {
        const QStringList lines = standardOutput(trace).split(QLatin1Char('\n'));
        const int n = args.value(0).toInt();
        return textAnswer(question.choices, n >= 1 && n <= lines.size() ? lines[n - 1].trimmed() : QString());
    }
    if (question.kind == QLatin1String("first-done") || question.kind == QLatin1String("last-done")) {
        QString found;
        for (EventId id = 0; id < trace.size(); ++id) {
            const trace::Event& event = trace.event(id);
            if (!trace::endsTask(event.kind) || !question.choices.contains(nameOf(trace, event.task)))
                continue;
            found = nameOf(trace, event.task);
            if (question.kind == QLatin1String("first-done"))
                break;
        }
        return textAnswer(question.choices, found);
    }
    if (question.kind == QLatin1String("end-time"))
        return numberAnswer(question.choices, lastTime(trace), 3);
    if (question.kind == QLatin1String("ends")) {
        for (EventId id = 0; id < trace.size(); ++id) {
            const trace::Event& event = trace.event(id);
            if (!trace::endsTask(event.kind) || nameOf(trace, event.task) != args.value(0))
                continue;
            return textAnswer(question.choices, event.kind == EventKind::Done     ? QStringLiteral("returned")
                                                : event.kind == EventKind::Failed ? QStringLiteral("raised")
                                                                                  : QStringLiteral("cancelled"));
        }
        return textAnswer(question.choices, QStringLiteral("never ends"));
    }
    if (question.kind == QLatin1String("exit")) {
        if (run.outcome.end != python::RunEnd::Finished)
            return textAnswer(question.choices, QStringLiteral("stopped"));
        if (run.outcome.exitStatus == 0)
            return textAnswer(question.choices, QStringLiteral("finished"));
        const QString message = ErrorLocation::of(run).message;
        return textAnswer(question.choices, message.section(QLatin1Char(':'), 0, 0).trimmed());
    }
    if (question.kind == QLatin1String("count"))
        return numberAnswer(question.choices, countOf(trace, args.value(0)), 0);
    if (question.kind == QLatin1String("time-of")) {
        EventRef ref{args.value(0), args.value(1), args.size() > 2 ? args[2].toInt() : 1};
        const EventId event = findEvent(trace, ref);
        if (event == kNoEvent)
            return {QStringLiteral("no such event"), -1};
        return numberAnswer(question.choices, trace.timeOf(event), 3);
    }
    return {};
}

bool isMet(const Goal& goal, const RunResult& run, const QString& originalOutput)
{
    const trace::Trace& trace = *run.trace;
    const QStringList& args = goal.arguments;
    if (goal.kind == QLatin1String("end-time"))
        return compare(lastTime(trace), args[0], args[1].toDouble() + (args[0] == QLatin1String("<=") ? 1e-9 : 0));
    if (goal.kind == QLatin1String("output-contains"))
        return standardOutput(trace).contains(args[0]);
    if (goal.kind == QLatin1String("output-same"))
        return standardOutput(trace) == originalOutput;
    if (goal.kind == QLatin1String("no-error"))
        return run.outcome.end == python::RunEnd::Finished && run.outcome.exitStatus == 0;
    if (goal.kind == QLatin1String("count"))
        return compare(countOf(trace, args[0]), args[1], args[2].toDouble());
    return false;
}

QStringList problemsOf(const Lesson& lesson, const RunResult& run, const RunResult* solution)
{
    QStringList problems;
    if (run.outcome.end == python::RunEnd::Crashed)
        problems << QStringLiteral("the program crashed the worker: %1").arg(QString::fromStdString(run.outcome.message));
    for (const Checkpoint& checkpoint : lesson.checkpoints) {
        const EventRef& ref = checkpoint.event;
        if (findEvent(*run.trace, ref) == kNoEvent)
            problems << QStringLiteral("checkpoint \"%1 %2 %3\": the run has no such event").arg(ref.task, ref.kind).arg(ref.occurrence);
    }
    for (const Question& question : lesson.questions) {
        const Answer answer = answerOf(question, run);
        if (answer.choice < 0 || question.choices[answer.choice] != question.answer)
            problems << QStringLiteral("question \"%1\": the run gives \"%2\", the lesson expects \"%3\"")
                            .arg((QStringList{question.kind} + question.arguments).join(QLatin1Char(' ')), answer.value,
                                 question.answer);
    }
    if (lesson.hasExercise()) {
        const QString original = standardOutput(*run.trace);
        bool all = true;
        for (const Goal& goal : lesson.exercise.goals)
            all = all && isMet(goal, run, original);
        if (all)
            problems << QStringLiteral("the exercise: the lesson's own program already meets every goal");
        if (!solution)
            problems << QStringLiteral("the exercise has no solution to check it by");
        for (const Goal& goal : lesson.exercise.goals) {
            if (solution && !isMet(goal, *solution, original))
                problems << QStringLiteral("the solution does not meet \"%1\"").arg(goal.text);
        }
    }
    return problems;
}

} // namespace loopscope::ui::lessoncheck
