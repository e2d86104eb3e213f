// The program being edited, kept on disk a moment after each change, so that a crash
// or a kill loses nothing: the next start finds it and offers it back. A clean close
// (the edits saved or deliberately discarded) removes it.
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace loopscope::ui {

struct AutosavedProgram {
    QString source;
    QString filePath;    // the file it was opened from (empty: an unsaved program)
    QString name;        // the unsaved program's name ("untitled.py", "04-ready-queue.py")
    QString lessonId;    // the lesson it is an edit of, if any
    QDateTime savedAt;
};

class Autosave {
public:
    // Files in `folder` (default: the app's data folder, under "autosave").
    explicit Autosave(QString folder = {});

    // Writes it (atomically: a crash while writing keeps the previous copy). False if
    // the folder cannot be written (the editor keeps the text regardless).
    bool store(const AutosavedProgram& program) const;
    std::optional<AutosavedProgram> load() const;
    void clear() const;
    QString folder() const { return folder_; }

private:
    QString folder_;
};

} // namespace loopscope::ui
