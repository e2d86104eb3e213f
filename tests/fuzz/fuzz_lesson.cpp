// libFuzzer: a lesson file from disk may be anything. Lesson::parse must answer every
// input with a lesson or an error, never crash, hang or take long.
#include "lesson.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    loopscope::ui::Lesson lesson;
    QString error;
    if (loopscope::ui::Lesson::parse(text, QStringLiteral("fuzzed"), lesson, &error)) {
        // A lesson that reads is whole: every question's answer is one of its choices.
        for (const loopscope::ui::Question& question : lesson.questions) {
            if (!question.choices.contains(question.answer))
                __builtin_trap();
        }
    } else if (error.isEmpty()) {
        __builtin_trap(); // a refusal always says why
    }
    return 0;
}
