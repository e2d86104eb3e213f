#include "lesson.h"

#include <QRegularExpression>

namespace loopscope::ui {

namespace {

// A section starts with a line "%% name [arguments]".
constexpr QLatin1String kSectionMark("%% ");

// The words of a section line; a quoted word may hold spaces ("output-contains 'a b'").
QStringList words(const QString& line)
{
    QStringList result;
    QString current;
    QChar quote;
    bool inWord = false;
    for (const QChar c : line) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                current += c;
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                result << current;
            current.clear();
            inWord = false;
        } else {
            current += c;
            inWord = true;
        }
    }
    if (inWord)
        result << current;
    return result;
}

QString trimmedBlock(const QStringList& lines)
{
    int first = 0, last = int(lines.size());
    while (first < last && lines[first].trimmed().isEmpty())
        ++first;
    while (last > first && lines[last - 1].trimmed().isEmpty())
        --last;
    return lines.mid(first, last - first).join(QLatin1Char('\n'));
}

bool parseEventRef(const QStringList& args, EventRef& ref)
{
    if (args.size() < 2 || args.size() > 3)
        return false;
    ref.task = args[0];
    ref.kind = args[1];
    ref.occurrence = 1;
    if (args.size() == 3) {
        bool ok = false;
        ref.occurrence = args[2].toInt(&ok);
        if (!ok || ref.occurrence < 1)
            return false;
    }
    static const QStringList kinds = {QStringLiteral("create"),    QStringLiteral("resume"),  QStringLiteral("suspend"),
                                      QStringLiteral("yield"),     QStringLiteral("cancel"),  QStringLiteral("done"),
                                      QStringLiteral("failed"),    QStringLiteral("cancelled"), QStringLiteral("timer"),
                                      QStringLiteral("callback"),  QStringLiteral("print"),   QStringLiteral("rename"),
                                      QStringLiteral("uncancel")};
    return kinds.contains(ref.kind);
}

bool knownQuestion(const QString& kind, int arguments)
{
    if (kind == QLatin1String("output-line") || kind == QLatin1String("ends") || kind == QLatin1String("count"))
        return arguments == 1;
    if (kind == QLatin1String("first-done") || kind == QLatin1String("last-done") ||
        kind == QLatin1String("end-time") || kind == QLatin1String("exit"))
        return arguments == 0;
    if (kind == QLatin1String("time-of"))
        return arguments == 2 || arguments == 3;
    return false;
}

bool knownGoal(const QStringList& goal)
{
    static const QStringList ops = {QStringLiteral("=="), QStringLiteral("<="), QStringLiteral(">="),
                                    QStringLiteral("<"), QStringLiteral(">")};
    if (goal.isEmpty())
        return false;
    const QString& kind = goal[0];
    if (kind == QLatin1String("end-time"))
        return goal.size() == 3 && (goal[1] == QLatin1String("<=") || goal[1] == QLatin1String("<"));
    if (kind == QLatin1String("output-contains"))
        return goal.size() == 2;
    if (kind == QLatin1String("output-same") || kind == QLatin1String("no-error"))
        return goal.size() == 1;
    if (kind == QLatin1String("count"))
        return goal.size() == 4 && ops.contains(goal[2]);
    return false;
}

} // namespace

bool Lesson::parse(const QString& text, const QString& id, Lesson& lesson, QString* error)
{
    lesson = Lesson();
    lesson.id = id;
    const auto fail = [&](int line, const QString& why) {
        if (error)
            *error = QStringLiteral("line %1: %2").arg(line).arg(why);
        return false;
    };
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = normalised.split(QLatin1Char('\n'));

    // Split into sections first: (name, arguments, body lines, line number).
    struct Section {
        QStringList head;
        QStringList body;
        int line;
    };
    std::vector<Section> sections;
    for (int i = 0; i < lines.size(); ++i) {
        const QString& line = lines[i];
        if (line.startsWith(kSectionMark)) {
            const QStringList head = words(line.mid(kSectionMark.size()));
            if (head.isEmpty())
                return fail(i + 1, QStringLiteral("a section line names no section"));
            sections.push_back({head, {}, i + 1});
        } else if (!sections.empty()) {
            sections.back().body << line;
        } else if (!line.trimmed().isEmpty()) {
            return fail(i + 1, QStringLiteral("text before the first section (a lesson starts with \"%% lesson\")"));
        }
    }
    if (sections.empty() || sections.front().head[0] != QLatin1String("lesson"))
        return fail(1, QStringLiteral("a lesson starts with \"%% lesson\""));

    for (const Section& section : sections) {
        const QString& name = section.head[0];
        const QStringList args = section.head.mid(1);
        if (name == QLatin1String("lesson")) {
            for (const QString& line : section.body) {
                const int colon = int(line.indexOf(QLatin1Char(':')));
                if (line.trimmed().isEmpty())
                    continue;
                if (colon < 0)
                    return fail(section.line, QStringLiteral("\"%1\" is no \"key: value\"").arg(line.trimmed()));
                const QString key = line.left(colon).trimmed();
                const QString value = line.mid(colon + 1).trimmed();
                if (key == QLatin1String("title"))
                    lesson.title = value;
                else if (key == QLatin1String("part"))
                    lesson.part = value;
                else
                    return fail(section.line, QStringLiteral("unknown key \"%1\" (title, part)").arg(key));
            }
        } else if (name == QLatin1String("text")) {
            lesson.text = trimmedBlock(section.body);
        } else if (name == QLatin1String("program")) {
            if (!lesson.program.isEmpty())
                return fail(section.line, QStringLiteral("a second program"));
            lesson.program = trimmedBlock(section.body) + QLatin1Char('\n');
        } else if (name == QLatin1String("checkpoint")) {
            Checkpoint checkpoint;
            if (!parseEventRef(args, checkpoint.event))
                return fail(section.line, QStringLiteral("a checkpoint names an event: TASK KIND [N]"));
            checkpoint.note = trimmedBlock(section.body);
            lesson.checkpoints.push_back(checkpoint);
        } else if (name == QLatin1String("question")) {
            Question question;
            if (args.isEmpty() || !knownQuestion(args[0], int(args.size()) - 1))
                return fail(section.line, QStringLiteral("unknown question \"%1\"").arg(args.join(QLatin1Char(' '))));
            question.kind = args[0];
            question.arguments = args.mid(1);
            QStringList prompt, explanation;
            bool answered = false;
            for (const QString& line : section.body) {
                if (line.startsWith(QLatin1String("* ")))
                    question.choices << line.mid(2).trimmed();
                else if (line.startsWith(QLatin1String("answer:"))) {
                    question.answer = line.mid(7).trimmed();
                    answered = true;
                } else if (answered)
                    explanation << line;
                else
                    prompt << line;
            }
            question.prompt = trimmedBlock(prompt);
            question.explanation = trimmedBlock(explanation);
            if (question.choices.size() < 2)
                return fail(section.line, QStringLiteral("a question offers at least two choices (\"* ...\" lines)"));
            if (!question.choices.contains(question.answer))
                return fail(section.line, QStringLiteral("the answer \"%1\" is none of the choices").arg(question.answer));
            lesson.questions.push_back(question);
        } else if (name == QLatin1String("exercise")) {
            QStringList task;
            for (const QString& line : section.body) {
                if (line.startsWith(QLatin1String("goal:"))) {
                    Goal goal;
                    goal.text = line.mid(5).trimmed();
                    const QStringList parts = words(goal.text);
                    if (!knownGoal(parts))
                        return fail(section.line, QStringLiteral("unknown goal \"%1\"").arg(goal.text));
                    goal.kind = parts[0];
                    goal.arguments = parts.mid(1);
                    lesson.exercise.goals.push_back(goal);
                } else {
                    task << line;
                }
            }
            lesson.exercise.task = trimmedBlock(task);
            if (lesson.exercise.goals.empty())
                return fail(section.line, QStringLiteral("an exercise has at least one \"goal:\" line"));
        } else if (name == QLatin1String("solution")) {
            lesson.exercise.solution = trimmedBlock(section.body) + QLatin1Char('\n');
        } else {
            return fail(section.line, QStringLiteral("unknown section \"%1\"").arg(name));
        }
    }
    if (lesson.title.isEmpty())
        return fail(1, QStringLiteral("the lesson has no title"));
    if (lesson.program.trimmed().isEmpty())
        return fail(1, QStringLiteral("the lesson has no program"));
    if (!lesson.exercise.solution.isEmpty() && !lesson.hasExercise())
        return fail(1, QStringLiteral("a solution without an exercise"));
    return true;
}

} // namespace loopscope::ui
