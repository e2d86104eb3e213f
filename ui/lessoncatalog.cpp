#include "lessoncatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace loopscope::ui {

namespace {

// A lesson from disk may be anything: a file too big to be one is refused unread.
constexpr qint64 kMaxLessonBytes = 1024 * 1024;

} // namespace

bool LessonCatalog::load(const QString& path, Lesson& lesson, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (file.size() > kMaxLessonBytes) {
        if (error)
            *error = QStringLiteral("the file is too big to be a lesson (%1 KiB)").arg(file.size() / 1024);
        return false;
    }
    const QByteArray bytes = file.readAll();
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes) {
        if (error)
            *error = QStringLiteral("the file is not UTF-8 text");
        return false;
    }
    return Lesson::parse(text, QFileInfo(path).completeBaseName(), lesson, error);
}

const LessonCatalog& LessonCatalog::builtIn()
{
    static const LessonCatalog catalog = [] {
        LessonCatalog built;
        const QDir folder(QStringLiteral(":/lessons"));
        for (const QString& name : folder.entryList({QStringLiteral("*.lesson")}, QDir::Files, QDir::Name)) {
            Lesson lesson;
            QString error;
            if (load(folder.filePath(name), lesson, &error))
                built.lessons_.push_back(std::move(lesson));
            else
                built.errors_ << name + QStringLiteral(": ") + error;
        }
        return built;
    }();
    return catalog;
}

const Lesson* LessonCatalog::find(const QString& id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &lessons_[std::size_t(index)];
}

int LessonCatalog::indexOf(const QString& id) const
{
    for (std::size_t i = 0; i < lessons_.size(); ++i) {
        if (lessons_[i].id == id)
            return int(i);
    }
    return -1;
}

} // namespace loopscope::ui
