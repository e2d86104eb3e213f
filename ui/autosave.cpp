#include "autosave.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace loopscope::ui {

namespace {

const QLatin1String kProgram("program.py");
const QLatin1String kAbout("program.json");

bool writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

} // namespace

Autosave::Autosave(QString folder) : folder_(std::move(folder))
{
    if (folder_.isEmpty())
        folder_ = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("autosave"));
}

bool Autosave::store(const AutosavedProgram& program) const
{
    if (!QDir().mkpath(folder_))
        return false;
    const QDir dir(folder_);
    QJsonObject about;
    about[QStringLiteral("filePath")] = program.filePath;
    about[QStringLiteral("name")] = program.name;
    about[QStringLiteral("lessonId")] = program.lessonId;
    about[QStringLiteral("savedAt")] = program.savedAt.toString(Qt::ISODate);
    // The program first: a description never points at a program that is not there.
    return writeAtomically(dir.filePath(kProgram), program.source.toUtf8()) &&
           writeAtomically(dir.filePath(kAbout), QJsonDocument(about).toJson());
}

std::optional<AutosavedProgram> Autosave::load() const
{
    const QDir dir(folder_);
    QFile source(dir.filePath(kProgram)), about(dir.filePath(kAbout));
    if (!source.open(QIODevice::ReadOnly) || !about.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject fields = QJsonDocument::fromJson(about.readAll()).object();
    AutosavedProgram program;
    program.source = QString::fromUtf8(source.readAll());
    program.filePath = fields.value(QStringLiteral("filePath")).toString();
    program.name = fields.value(QStringLiteral("name")).toString();
    program.lessonId = fields.value(QStringLiteral("lessonId")).toString();
    program.savedAt = QDateTime::fromString(fields.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
    return program;
}

void Autosave::clear() const
{
    const QDir dir(folder_);
    QFile::remove(dir.filePath(kAbout));
    QFile::remove(dir.filePath(kProgram));
}

} // namespace loopscope::ui
